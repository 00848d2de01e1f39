"""Emails about notifications: claimed in the database first, then sent as text and HTML.

Claiming gathers a member's notifications that wait for this way of delivery (at once,
daily, weekly), unread and not yet emailed, into one ``NotificationEmail`` row; sending
turns that row into a message in the member's language and marks it sent. A digest's key
is its day or week, unique per member: a digest run twice sends one email. An email
claimed by a worker that died is sent by the next sweep (``emails_unsent``).
"""

import email.policy
from datetime import datetime, timedelta

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import ngettext

from community.models import Delivery, Notification, NotificationEmail, User

from .selectors import group_notifications
from .tokens import unsubscribe_token

EMAILED = (Delivery.INSTANT, Delivery.DAILY, Delivery.WEEKLY)


def digest_key(delivery: str, now: datetime) -> str:
    """The day or the ISO week a digest made at ``now`` belongs to."""
    if delivery == Delivery.WEEKLY:
        year, week, _day = now.isocalendar()
        return f"weekly:{year}-W{week:02d}"
    return f"daily:{now.date().isoformat()}"


def _waiting(member_id: int, delivery: str):
    return Notification.objects.filter(
        recipient_id=member_id, delivery=delivery, email__isnull=True, read_at__isnull=True
    )


def members_to_email(delivery: str) -> list[int]:
    """Members with notifications waiting for an email of this kind of delivery."""
    waiting = Notification.objects.filter(
        delivery=delivery, email__isnull=True, read_at__isnull=True, recipient__is_active=True
    )
    return list(waiting.values_list("recipient_id", flat=True).distinct().order_by())


def emails_unsent(*, claimed_before: datetime) -> list[int]:
    return list(
        NotificationEmail.objects.filter(sent_at__isnull=True, created_at__lt=claimed_before)
        .values_list("pk", flat=True)
    )


def notification_email_claim(
    *, member_id: int, delivery: str, key: str | None = None
) -> NotificationEmail | None:
    """Gather the member's waiting notifications into one email; None if there is nothing.

    With a ``key`` (digests), an email already claimed under it is returned while unsent
    and never claimed twice. Without one (at once), the key is the newest notification's.
    The member's row is locked, so one member's emails are claimed one at a time.
    """
    with transaction.atomic():
        User.objects.select_for_update().only("pk").get(pk=member_id)
        if key is not None:
            earlier = NotificationEmail.objects.filter(recipient_id=member_id, key=key).first()
            if earlier is not None:
                return earlier if earlier.sent_at is None else None
        ids = list(_waiting(member_id, delivery).values_list("pk", flat=True))
        if not ids:
            return None
        try:
            with transaction.atomic():
                email = NotificationEmail.objects.create(
                    recipient_id=member_id, delivery=delivery, key=key or f"instant:{max(ids)}"
                )
        except IntegrityError:  # claimed by another worker a moment ago
            return None
        Notification.objects.filter(pk__in=ids).update(email=email)
    return email


def notification_email_instant(*, member_id: int, now: datetime | None = None):
    """Claim an "at once" email unless the member had one less than an interval ago.

    What waits is sent by the sweep once the interval has passed: a busy thread gives
    one email per interval, not one per answer.
    """
    now = now or timezone.now()
    last = (
        NotificationEmail.objects.filter(recipient_id=member_id, delivery=Delivery.INSTANT)
        .order_by("-created_at").values_list("created_at", flat=True).first()
    )
    if last is not None and now - last < settings.CCN_NOTIFICATION_EMAIL_INTERVAL:
        return None
    return notification_email_claim(member_id=member_id, delivery=Delivery.INSTANT)


def notification_email_send(*, email_id: int) -> bool:
    """Send a claimed email, once; False if it was sent already (or is gone)."""
    with transaction.atomic():
        email = (
            NotificationEmail.objects.select_for_update()
            .filter(pk=email_id, sent_at__isnull=True).select_related("recipient").first()
        )
        if email is None:
            return False
        # What the member stopped since the claim (unsubscribed, read) is left out.
        notifications = list(
            email.notifications.filter(delivery=email.delivery)
            .select_related("actor").order_by("pk")
        )
        if notifications and email.recipient.is_active:
            message_for(email.recipient, email.delivery, notifications).send()
        email.sent_at = timezone.now()
        email.save(update_fields=["sent_at"])
    return True


class NotificationMessage(EmailMultiAlternatives):
    """A notification email whose header lines may run to RFC 5322's 998 characters.

    At the usual 78, Python turns a long ``List-Unsubscribe`` address (which has nowhere
    to fold) into encoded words, and mail clients then cannot read the address.
    """

    def message(self, *, policy=email.policy.default):
        return super().message(policy=policy.clone(max_line_length=998))


def _absolute(path: str) -> str:
    return f"{settings.CCN_SITE_URL}{path}"


def _subject(delivery: str, groups, count: int) -> str:
    if delivery == Delivery.DAILY:
        return ngettext(
            "Your daily digest: %(count)s update", "Your daily digest: %(count)s updates", count
        ) % {"count": count}
    if delivery == Delivery.WEEKLY:
        return ngettext(
            "Your weekly digest: %(count)s update", "Your weekly digest: %(count)s updates", count
        ) % {"count": count}
    if len(groups) == 1:
        return groups[0].text
    return ngettext(
        "%(count)s new notification", "%(count)s new notifications", count
    ) % {"count": count}


def message_for(
    member: User, delivery: str, notifications: list[Notification]
) -> NotificationMessage:
    """The email telling ``member`` about ``notifications``, in the member's language."""
    kinds = {notification.kind for notification in notifications}
    unsubscribe = _absolute(
        reverse("community:unsubscribe", args=[unsubscribe_token(member.pk, kinds)])
    )
    with translation.override(member.language or settings.LANGUAGE_CODE):
        groups = group_notifications(notifications)
        for group in groups:
            group.link = _absolute(reverse("community:notification_open", args=[group.first.pk]))
        context = {
            "member": member,
            "site_name": settings.CCN_SITE_NAME,
            "delivery": delivery,
            "groups": groups,
            "inbox_url": _absolute(reverse("community:notifications")),
            "settings_url": _absolute(reverse("community:settings_notifications")),
            "unsubscribe_url": unsubscribe,
        }
        subject = f"[{settings.CCN_SITE_NAME}] " + _subject(delivery, groups, len(notifications))
        text = render_to_string("community/emails/notifications.txt", context)
        html = render_to_string("community/emails/notifications.html", context)
    message = NotificationMessage(
        subject=subject, body=text, from_email=settings.DEFAULT_FROM_EMAIL, to=[member.email],
        headers={
            "List-Unsubscribe": f"<{unsubscribe}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        },
    )
    message.attach_alternative(html, "text/html")
    return message


def unsent_claim_cutoff(now: datetime | None = None) -> datetime:
    """Emails claimed before this and still unsent were left by a worker that stopped."""
    return (now or timezone.now()) - timedelta(minutes=2)

