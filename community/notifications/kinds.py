"""The kinds of notification: what each says, and how a member hears it unless they choose.

Each kind is registered once, by its key. Community registers the kinds it and its
satellites need; reputation and support only send them (``notification_send``). A
satellite that needs a new kind calls ``register`` in its ``AppConfig.ready()``.
"""

from dataclasses import dataclass, field

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext_lazy

from community.models import Delivery


@dataclass(frozen=True)
class NotificationKind:
    """``one`` says a single notification; ``many`` (optional) a group of related ones.

    The texts are %-format strings; they may use ``%(actor)s`` (who did it),
    ``%(subject)s`` (what it is about, e.g. the question's title), ``%(count)s`` (in
    ``many``) and any key of the notification's ``data``.
    """

    key: str
    label: Promise
    one: Promise
    many: Promise | None = None
    default: Delivery = Delivery.PORTAL
    placeholders: dict = field(default_factory=dict)

    def text(self, *, count: int, actor: str, subject: str, data: dict) -> str:
        values = {**self.placeholders, **data, "actor": actor, "subject": subject, "count": count}
        template = self.many if count > 1 and self.many is not None else self.one
        return str(template % values)


KINDS: dict[str, NotificationKind] = {}


def register(kind: NotificationKind) -> NotificationKind:
    if kind.key in KINDS and KINDS[kind.key] != kind:
        raise ValueError(f"notification kind {kind.key!r} is already registered")
    KINDS[kind.key] = kind
    return kind


def get(key: str) -> NotificationKind:
    return KINDS[key]


ANSWER_ON_FOLLOWED = register(NotificationKind(
    key="answer_on_followed",
    label=_("New answers on questions I follow"),
    one=_("%(actor)s answered “%(subject)s”"),
    many=ngettext_lazy(
        "%(count)s new answer on “%(subject)s”", "%(count)s new answers on “%(subject)s”", "count"
    ),
    default=Delivery.INSTANT,
))
COMMENT_ON_MY_POST = register(NotificationKind(
    key="comment_on_my_post",
    label=_("Comments on my questions and answers"),
    one=_("%(actor)s commented on your post in “%(subject)s”"),
    many=ngettext_lazy(
        "%(count)s new comment on your posts in “%(subject)s”",
        "%(count)s new comments on your posts in “%(subject)s”",
        "count",
    ),
    default=Delivery.INSTANT,
))
MENTION = register(NotificationKind(
    key="mention",
    label=_("Mentions of me"),
    one=_("%(actor)s mentioned you in “%(subject)s”"),
    many=ngettext_lazy(
        "You were mentioned %(count)s time in “%(subject)s”",
        "You were mentioned %(count)s times in “%(subject)s”",
        "count",
    ),
    default=Delivery.INSTANT,
))
ANSWER_ACCEPTED = register(NotificationKind(
    key="answer_accepted",
    label=_("My answer accepted"),
    one=_("%(actor)s accepted your answer to “%(subject)s”"),
    default=Delivery.INSTANT,
))
QUESTION_IN_FOLLOWED_TAG = register(NotificationKind(
    key="question_in_followed_tag",
    label=_("New questions in tags I follow"),
    one=_("New question in %(tag)s: “%(subject)s”"),
    many=ngettext_lazy(
        "%(count)s new question in %(tag)s", "%(count)s new questions in %(tag)s", "count"
    ),
    default=Delivery.DAILY,
    placeholders={"tag": ""},
))
FOLLOWED_MEMBER_POSTED = register(NotificationKind(
    key="followed_member_posted",
    label=_("Questions and answers by members I follow"),
    one=_("%(actor)s posted in “%(subject)s”"),
    many=ngettext_lazy(
        "%(count)s new post by %(actor)s", "%(count)s new posts by %(actor)s", "count"
    ),
    default=Delivery.PORTAL,
))
# Sent by the satellites: reputation (badges) and support (escalations).
BADGE_EARNED = register(NotificationKind(
    key="badge_earned",
    label=_("Badges I earn"),
    one=_("You earned the badge “%(subject)s”"),
    default=Delivery.PORTAL,
))
HELP_REQUESTED = register(NotificationKind(
    key="help_requested",
    label=_("“Can you help?” requests"),
    one=_("%(actor)s asks whether you can help with “%(subject)s”"),
    default=Delivery.INSTANT,
))
ESCALATION_STATUS = register(NotificationKind(
    key="escalation_status",
    label=_("The status of my escalated questions"),
    one=_("Your escalated question “%(subject)s” is now: %(status)s"),
    default=Delivery.INSTANT,
    placeholders={"status": ""},
))
OFFICIAL_ANSWER = register(NotificationKind(
    key="official_answer",
    label=_("Official answers on my questions"),
    one=_("%(actor)s posted an official answer to “%(subject)s”"),
    default=Delivery.INSTANT,
))
DATA_EXPORT_READY = register(NotificationKind(
    key="data_export_ready",
    label=_("My data export is ready"),
    one=_("Your data export is ready to download until %(expires)s"),
    default=Delivery.PORTAL,
    placeholders={"expires": ""},
))
