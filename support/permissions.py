"""One function per support action: the views enforce them, the templates show buttons."""

from community.roles import is_agent, is_moderator, is_staff_member


def can_work_escalations(user) -> bool:
    """Claim, release, reassign, answer officially, resolve, return: agents only."""
    return user.is_active and is_agent(user)


def can_view_escalations(user) -> bool:
    """The queue, escalation pages and internal notes: agents and moderators."""
    return user.is_active and is_staff_member(user)


def can_add_note(user) -> bool:
    return can_view_escalations(user)


def can_escalate_any(user) -> bool:
    """A moderator (or an agent) may put any question in front of support."""
    return user.is_active and (is_moderator(user) or is_agent(user))


def can_ask_support(user, question) -> bool:
    """The asker's own "Ask support" button (the service checks the limits)."""
    return (
        user.is_authenticated and user.is_active and question.author_id == user.pk
        and not question.is_deleted and not question.is_solved
    )


def can_view_insights(user) -> bool:
    return user.is_active and (is_staff_member(user) or user.is_superuser)
