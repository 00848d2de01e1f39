"""Writes about follows and notifications: follow, unfollow, notify, mark read.

``notification_send`` is the one way other apps tell a member something: reputation
(badges) and support (escalations) call it with a kind from ``community.notifications.kinds``.
"""

from dataclasses import dataclass, field

from django.conf import settings
from django.core import signing
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from taggit.models import Tag

from ccn.queue import enqueue_on_commit
from community.exceptions import CommunityError
from community.models import (
    Delivery,
    Follow,
    Notification,
    NotificationPreference,
    Question,
    User,
)

from . import kinds as notification_kinds
from .kinds import NotificationKind
from .tokens import read_unsubscribe_token

FollowTarget = Question | Tag | User


def follow_add(*, follower: User, target: FollowTarget) -> Follow:
    """``follower`` follows ``target``; following twice changes nothing."""
    if isinstance(target, User) and target.pk == follower.pk:
        raise CommunityError(_("You cannot follow yourself."))
    lookup = {"follower": follower, **Follow.target_of(target)}
    try:
        with transaction.atomic():
            follow, _created = Follow.objects.get_or_create(**lookup)
    except IntegrityError:  # a concurrent request made the same follow
        follow = Follow.objects.get(**lookup)
    return follow


def follow_remove(*, follower: User, target: FollowTarget) -> None:
    Follow.objects.filter(follower=follower, **Follow.target_of(target)).delete()


@dataclass(frozen=True)
class Reason:
    """Why a member hears about an event: the kind, and what related events share."""

    kind: NotificationKind
    group_key: str
    data: dict = field(default_factory=dict)


@dataclass
class Audience:
    """Who hears about one event, each for one reason: the first reason given wins."""

    reasons: dict[int, Reason] = field(default_factory=dict)

    def add(self, member_ids, reason: Reason) -> None:
        for member_id in member_ids:
            self.reasons.setdefault(member_id, reason)


def deliveries_for(member_ids, kind_keys) -> dict[tuple[int, str], str]:
    """The members' own choices for these kinds, keyed (member id, kind key)."""
    chosen = NotificationPreference.objects.filter(
        member_id__in=member_ids, kind__in=kind_keys
    ).values_list("member_id", "kind", "delivery")
    return {(member_id, kind): delivery for member_id, kind, delivery in chosen}


def notify(
    *, audience: Audience, event_key: str, subject: str, url: str,
    actor: User | None = None, question: Question | None = None,
) -> list[Notification]:
    """Tell each member of ``audience`` about one event, once, as they chose to hear it.

    Never the actor about their own action, never a member who chose "nothing" for the
    kind, never an inactive member. Running it again for the same event adds nothing.
    """
    reasons = {pk: r for pk, r in audience.reasons.items() if actor is None or pk != actor.pk}
    if not reasons:
        return []
    active = set(
        User.objects.filter(pk__in=reasons, is_active=True).values_list("pk", flat=True)
    )
    chosen = deliveries_for(active, {reason.kind.key for reason in reasons.values()})
    rows = []
    for member_id, reason in reasons.items():
        delivery = chosen.get((member_id, reason.kind.key), reason.kind.default)
        if member_id not in active or delivery == Delivery.NONE:
            continue
        rows.append(Notification(
            recipient_id=member_id, kind=reason.kind.key, event_key=event_key,
            group_key=reason.group_key, data=reason.data, actor=actor, question=question,
            subject=subject[:200], url=url, delivery=delivery,
        ))
    with transaction.atomic():
        Notification.objects.bulk_create(rows, ignore_conflicts=True)
        _email_at_once({row.recipient_id for row in rows if row.delivery == Delivery.INSTANT})
    return rows


def _email_at_once(member_ids) -> None:
    from community import tasks  # tasks import the fan-out, which imports this module

    for member_id in sorted(member_ids):
        enqueue_on_commit(tasks.email_notifications_now, member_id)


def notification_send(
    *, recipient: User, kind: str, event_key: str, subject: str, url: str,
    actor: User | None = None, question: Question | None = None, group_key: str = "",
    data: dict | None = None,
) -> Notification | None:
    """Tell ``recipient`` about one event; return the notification, or None if not told.

    ``kind`` is a key of ``community.notifications.kinds.KINDS``; ``event_key`` names the
    event, unique for the recipient ("badge:42:7"); ``url`` is where the event is seen,
    anchor included; ``group_key`` gathers related notifications in the inbox (by default
    each stands alone). Safe to call twice for the same event.
    """
    reason = Reason(
        kind=notification_kinds.get(kind), group_key=group_key or event_key, data=data or {}
    )
    audience = Audience({recipient.pk: reason})
    if not notify(audience=audience, event_key=event_key, subject=subject, url=url,
                  actor=actor, question=question):
        return None
    return Notification.objects.get(recipient=recipient, event_key=event_key)


def _unread_group_of(member: User, notification_id: int):
    notification = Notification.objects.filter(pk=notification_id, recipient=member).first()
    if notification is None:
        return None, Notification.objects.none()
    group = Notification.objects.filter(
        recipient=member, kind=notification.kind, group_key=notification.group_key,
        read_at__isnull=True,
    )
    return notification, group


def notification_mark_read(*, member: User, notification_id: int) -> Notification | None:
    """Mark the notification and the unread ones grouped with it as read."""
    notification, group = _unread_group_of(member, notification_id)
    group.update(read_at=timezone.now())
    return notification


def notifications_mark_all_read(*, member: User) -> int:
    return Notification.objects.filter(recipient=member, read_at__isnull=True).update(
        read_at=timezone.now()
    )


def _deliveries_set(member: User, deliveries: dict[str, str]) -> None:
    """Store the member's choices, and apply them to what still waits to be emailed."""
    for kind, delivery in deliveries.items():
        NotificationPreference.objects.update_or_create(
            member=member, kind=kind, defaults={"delivery": delivery}
        )
        waiting = Notification.objects.filter(
            recipient=member, kind=kind, email__isnull=True, read_at__isnull=True
        ).exclude(delivery=delivery)
        waiting.update(delivery=Delivery.PORTAL if delivery == Delivery.NONE else delivery)


def notification_preferences_set(
    *, member: User, deliveries: dict[str, str], language: str | None = None
) -> None:
    """Set how the member hears about each kind (kind key → Delivery) and their language."""
    for kind, delivery in deliveries.items():
        if kind not in notification_kinds.KINDS or delivery not in Delivery.values:
            raise CommunityError(_("That is not a choice for notifications."))
    if language is not None and language not in dict(settings.LANGUAGES):
        raise CommunityError(_("That language is not available."))
    with transaction.atomic():
        _deliveries_set(member, deliveries)
        if language is not None and language != member.language:
            member.language = language
            member.save(update_fields=["language"])


def unsubscribe_target(token: str) -> tuple[User, list[NotificationKind]]:
    """The member and kinds a signed unsubscribe link names; CommunityError if not valid."""
    invalid = CommunityError(_("This unsubscribe link is not valid."))
    try:
        member_id, keys = read_unsubscribe_token(token)
    except signing.BadSignature as error:
        raise invalid from error
    member = User.objects.filter(pk=member_id, is_active=True).first()
    if member is None:
        raise invalid
    return member, [notification_kinds.get(key) for key in keys if key in notification_kinds.KINDS]


def notifications_unsubscribe(*, token: str) -> tuple[User, list[NotificationKind]]:
    """Stop the emails a signed unsubscribe link names: those kinds stay in the portal only.

    A forged or altered token changes nothing and raises CommunityError.
    """
    member, stopped = unsubscribe_target(token)
    current = deliveries_for([member.pk], [kind.key for kind in stopped])
    emailed = {Delivery.INSTANT, Delivery.DAILY, Delivery.WEEKLY}
    with transaction.atomic():
        _deliveries_set(member, {
            kind.key: Delivery.PORTAL for kind in stopped
            if current.get((member.pk, kind.key), kind.default) in emailed
        })
    return member, stopped
