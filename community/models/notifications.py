"""Notifications: what a member is told about, how they want to hear it, and what was emailed."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .posts import Question


class Delivery(models.TextChoices):
    """How a member wants to hear about one kind of notification."""

    PORTAL = "portal", _("In the portal only")
    INSTANT = "instant", _("Email at once")
    DAILY = "daily", _("Daily digest email")
    WEEKLY = "weekly", _("Weekly digest email")
    NONE = "none", _("Nothing")


class Notification(models.Model):
    """One member told about one event.

    ``event_key`` names the event ("answer:12"): a member is told about an event once,
    whatever the number of reasons (the unique constraint). ``group_key`` names what
    related events share ("question:7"), so the inbox can say "3 new answers on …".
    ``delivery`` is the member's choice for this kind when the notification was made.
    """

    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notifications"
    )
    kind = models.CharField(_("kind"), max_length=40)
    event_key = models.CharField(max_length=100)
    group_key = models.CharField(max_length=100)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
        related_name="+",
    )
    question = models.ForeignKey(
        Question, null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    subject = models.CharField(_("subject"), max_length=200)
    url = models.CharField(max_length=500)
    data = models.JSONField(default=dict, blank=True)
    delivery = models.CharField(max_length=10, choices=Delivery.choices)
    created_at = models.DateTimeField(default=timezone.now)
    read_at = models.DateTimeField(null=True, blank=True)
    email = models.ForeignKey(
        "community.NotificationEmail", null=True, blank=True, on_delete=models.SET_NULL,
        related_name="notifications",
    )

    class Meta:
        verbose_name = _("notification")
        verbose_name_plural = _("notifications")
        constraints = [
            models.UniqueConstraint(
                fields=["recipient", "event_key"], name="community_notification_once_per_event"
            ),
        ]
        indexes = [
            models.Index(fields=["recipient", "-id"], name="community_notif_inbox_idx"),
            models.Index(
                fields=["recipient"], condition=models.Q(read_at__isnull=True),
                name="community_notif_unread_idx",
            ),
            models.Index(
                fields=["delivery", "recipient"],
                condition=models.Q(read_at__isnull=True, email__isnull=True),
                name="community_notif_to_email_idx",
            ),
        ]

    def __str__(self):
        return f"{self.kind} → {self.recipient_id}: {self.subject}"

    @property
    def is_unread(self) -> bool:
        return self.read_at is None


class NotificationPreference(models.Model):
    """A member's choice for one kind; without a row, the kind's default applies."""

    member = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE,
        related_name="notification_preferences",
    )
    kind = models.CharField(max_length=40)
    delivery = models.CharField(max_length=10, choices=Delivery.choices)

    class Meta:
        verbose_name = _("notification preference")
        verbose_name_plural = _("notification preferences")
        constraints = [
            models.UniqueConstraint(
                fields=["member", "kind"], name="community_notification_pref_once"
            ),
        ]

    def __str__(self):
        return f"{self.member_id} {self.kind}: {self.delivery}"


class NotificationEmail(models.Model):
    """One email about notifications, at once or as a digest: claimed first, then sent.

    ``key`` names the batch ("daily:2026-03-02", "weekly:2026-W10", "instant:<id>"): with
    the unique constraint, a digest run twice for the same day sends one email. The
    notifications it tells about point at it. ``sent_at`` stays empty until the mail
    server took the message, so an email claimed by a worker that died is sent later.
    """

    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+"
    )
    delivery = models.CharField(max_length=10, choices=Delivery.choices)
    key = models.CharField(max_length=40)
    created_at = models.DateTimeField(default=timezone.now)
    sent_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("notification email")
        verbose_name_plural = _("notification emails")
        constraints = [
            models.UniqueConstraint(
                fields=["recipient", "key"], name="community_notification_email_once"
            ),
        ]
        indexes = [
            models.Index(
                fields=["recipient", "delivery", "-created_at"], name="community_nemail_idx"
            ),
            models.Index(
                fields=["created_at"], condition=models.Q(sent_at__isnull=True),
                name="community_nemail_unsent_idx",
            ),
        ]

    def __str__(self):
        return f"{self.recipient_id} {self.key}"
