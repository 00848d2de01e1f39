"""Reads for the inbox, the bell and the follow buttons, each a fixed number of queries."""

from dataclasses import dataclass

from django.core.paginator import Page, Paginator
from django.db.models import BooleanField, Count, ExpressionWrapper, Max, Min, Q
from django.utils.translation import gettext as _
from taggit.models import Tag

from community.models import Follow, Notification, NotificationPreference, User

from . import kinds
from .services import FollowTarget


def unread_count(member: User) -> int:
    return Notification.objects.filter(recipient=member, read_at__isnull=True).count()


def is_following(member: User, target: FollowTarget) -> bool:
    if not member.is_authenticated:
        return False
    return Follow.objects.filter(follower=member, **Follow.target_of(target)).exists()


@dataclass
class InboxGroup:
    """Related notifications shown as one entry: "3 new answers on …"."""

    kind: kinds.NotificationKind
    count: int
    is_unread: bool
    first: Notification  # the oldest in the group: where reading should start
    latest: Notification
    unfollow: tuple[str, object] | None = None  # what "Unfollow" here stops following
    link: str = ""  # in emails: the absolute address that opens it

    @property
    def text(self) -> str:
        actor = self.latest.actor.display_name if self.latest.actor else _("Someone")
        return self.kind.text(
            count=self.count, actor=actor, subject=self.latest.subject, data=self.latest.data
        )


def _follow_target_of(notification: Notification) -> tuple[str, object] | None:
    """What the member follows that brought this notification, if anything."""
    if notification.kind == kinds.QUESTION_IN_FOLLOWED_TAG.key:
        return ("tag", Tag(name=notification.data.get("tag", "")))
    if notification.kind == kinds.FOLLOWED_MEMBER_POSTED.key and notification.actor_id:
        return ("member", notification.actor)
    if notification.kind == kinds.ANSWER_ON_FOLLOWED.key and notification.question_id:
        return ("question", notification.question)
    return None


def _followed_keys(member: User, targets) -> set[tuple[str, object]]:
    questions = [t.pk for kind, t in targets if kind == "question"]
    tags = [t.name for kind, t in targets if kind == "tag"]
    members = [t.pk for kind, t in targets if kind == "member"]
    follows = Follow.objects.filter(follower=member).filter(
        Q(question_id__in=questions) | Q(tag__name__in=tags) | Q(member_id__in=members)
    ).values_list("question_id", "tag__name", "member_id")
    followed = set()
    for question_id, tag_name, member_id in follows:
        followed.add(("question", question_id) if question_id else
                     ("tag", tag_name) if tag_name else ("member", member_id))
    return followed


def _key(target: tuple[str, object]) -> tuple[str, object]:
    kind, value = target
    return (kind, value.name if kind == "tag" else value.pk)


def group_notifications(notifications: list[Notification]) -> list[InboxGroup]:
    """``notifications`` (oldest first) gathered by kind and subject, in order of first news."""
    groups: dict[tuple[str, str], InboxGroup] = {}
    for notification in notifications:
        if notification.kind not in kinds.KINDS:
            continue
        key = (notification.kind, notification.group_key)
        if key in groups:
            groups[key].count += 1
            groups[key].latest = notification
        else:
            groups[key] = InboxGroup(
                kind=kinds.get(notification.kind), count=1,
                is_unread=notification.read_at is None, first=notification, latest=notification,
            )
    return list(groups.values())


def notification_preferences(member: User) -> dict[str, str]:
    """The member's choice for every kind: their own where they made one, else the default."""
    chosen = dict(
        NotificationPreference.objects.filter(member=member).values_list("kind", "delivery")
    )
    return {key: chosen.get(key, kind.default) for key, kind in kinds.KINDS.items()}


def inbox_page(member: User, page_number, *, per_page: int = 30) -> Page:
    """The member's notifications grouped by kind, subject and read state, newest first.

    Four queries whatever the page holds: the count of groups, the page of groups, the
    notifications that stand for them, the follows behind them.
    """
    groups = (
        Notification.objects.filter(recipient=member)
        .annotate(unread=ExpressionWrapper(Q(read_at__isnull=True), output_field=BooleanField()))
        .values("kind", "group_key", "unread")
        .annotate(count=Count("pk"), first_id=Min("pk"), latest_id=Max("pk"))
        .order_by("-latest_id")
    )
    page = Paginator(groups, per_page).get_page(page_number)
    ids = {row[key] for row in page.object_list for key in ("first_id", "latest_id")}
    rows = Notification.objects.filter(pk__in=ids).select_related("actor", "question")
    by_id = {notification.pk: notification for notification in rows}
    entries = []
    for row in page.object_list:
        if row["kind"] not in kinds.KINDS:  # a kind no longer registered: nothing to say
            continue
        latest = by_id[row["latest_id"]]
        entries.append(InboxGroup(
            kind=kinds.get(row["kind"]), count=row["count"], is_unread=row["unread"],
            first=by_id[row["first_id"]], latest=latest, unfollow=_follow_target_of(latest),
        ))
    targets = [entry.unfollow for entry in entries if entry.unfollow]
    followed = _followed_keys(member, targets) if targets else set()
    for entry in entries:
        if entry.unfollow and _key(entry.unfollow) not in followed:
            entry.unfollow = None
    page.object_list = entries
    return page
