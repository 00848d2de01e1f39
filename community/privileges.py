"""What reputation unlocks, and what to tell a member who has not earned it yet.

The thresholds are settings (``CCN_PRIVILEGES``); the member's reputation is the number the
reputation app's ledger keeps on ``User.reputation``. Moderators and support agents hold
every privilege.
"""

from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass

from django.conf import settings
from django.utils.functional import Promise
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from .roles import is_staff_member

_suspended: ContextVar[bool] = ContextVar("privileges_suspended", default=False)


@dataclass(frozen=True)
class Privilege:
    key: str  # its threshold is settings.CCN_PRIVILEGES[key]
    name: Promise
    description: Promise
    refusal: Promise  # may use %(threshold)s, %(reputation)s and the action's own values

    @property
    def threshold(self) -> int:
        return settings.CCN_PRIVILEGES[self.key]


PRIVILEGES = (
    Privilege(
        "vote_up", gettext_lazy("Up-vote"),
        gettext_lazy("Up-vote the questions and answers that helped you."),
        gettext_lazy("Up-voting needs %(threshold)s reputation; you have %(reputation)s."),
    ),
    Privilege(
        "flag", gettext_lazy("Flag"),
        gettext_lazy("Flag posts that need a moderator's attention."),
        gettext_lazy("Flagging needs %(threshold)s reputation; you have %(reputation)s."),
    ),
    Privilege(
        "comment_anywhere", gettext_lazy("Comment everywhere"),
        gettext_lazy(
            "Comment on any question or answer, not only on your own posts and on the "
            "answers to your questions."
        ),
        gettext_lazy(
            "Commenting on other members' posts needs %(threshold)s reputation; "
            "you have %(reputation)s."
        ),
    ),
    Privilege(
        "vote_down", gettext_lazy("Down-vote"),
        gettext_lazy("Down-vote questions and answers that are wrong or do not help."),
        gettext_lazy("Down-voting needs %(threshold)s reputation; you have %(reputation)s."),
    ),
    Privilege(
        "create_tags", gettext_lazy("Create tags"),
        gettext_lazy("Add a new tag when none of the existing ones fits."),
        gettext_lazy(
            "The tag “%(tag)s” does not exist yet, and creating tags needs %(threshold)s "
            "reputation; you have %(reputation)s. Please use existing tags."
        ),
    ),
    Privilege(
        "review", gettext_lazy("Review suggested edits"),
        gettext_lazy("Approve or reject the edits other members suggest."),
        gettext_lazy(
            "Reviewing suggested edits needs %(threshold)s reputation; you have %(reputation)s."
        ),
    ),
    Privilege(
        "edit_any", gettext_lazy("Edit any post"),
        gettext_lazy("Edit any question or answer without waiting for review."),
        gettext_lazy(
            "Editing other members' posts without review needs %(threshold)s reputation; "
            "you have %(reputation)s."
        ),
    ),
    Privilege(
        "close", gettext_lazy("Vote to close"),
        gettext_lazy("Vote to close questions and to mark them as duplicates."),
        gettext_lazy("Voting to close needs %(threshold)s reputation; you have %(reputation)s."),
    ),
)
BY_KEY = {privilege.key: privilege for privilege in PRIVILEGES}


def ordered() -> list[Privilege]:
    """Every privilege, the one that needs the least reputation first."""
    return sorted(PRIVILEGES, key=lambda privilege: privilege.threshold)


def has_privilege(user, key: str) -> bool:
    if not user.is_authenticated or not user.is_active:
        return False
    if _suspended.get() or is_staff_member(user):
        return True
    return user.reputation >= BY_KEY[key].threshold


def refusal(user, key: str, **values) -> str:
    """Why ``user`` may not do this yet, and how reputation is earned."""
    privilege = BY_KEY[key]
    reason = privilege.refusal % {
        "threshold": privilege.threshold, "reputation": user.reputation, **values
    }
    return " ".join([
        reason,
        _("You earn reputation when members up-vote your questions and answers and when "
          "your answers are accepted."),
    ])


@dataclass(frozen=True)
class Standing:
    """A member's privileges: which they hold, and the next one to earn."""

    held: list[Privilege]
    not_yet: list[Privilege]
    holds_all_by_role: bool
    reputation: int

    @property
    def next(self) -> Privilege | None:
        return self.not_yet[0] if self.not_yet else None

    @property
    def reputation_to_go(self) -> int:
        return self.next.threshold - self.reputation if self.next else 0


def standing(user) -> Standing:
    by_role = is_staff_member(user)
    held = [p for p in ordered() if by_role or user.reputation >= p.threshold]
    not_yet = [p for p in ordered() if p not in held]
    return Standing(held, not_yet, by_role, user.reputation)


@contextmanager
def suspended():
    """Replay history in which everyone may do everything (the demo seed builds a past).

    Outside such a replay nothing calls this: privileges hold for everyone else.
    """
    token = _suspended.set(True)
    try:
        yield
    finally:
        _suspended.reset(token)
