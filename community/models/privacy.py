"""The member's own data: the exports they download."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class DataExport(models.Model):
    """A JSON file of everything one member wrote and did, built by Celery.

    Kept in the database (web and worker may run on different hosts), downloadable by
    its member only, until ``expires_at``; a beat task then deletes it.
    """

    member = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="data_exports"
    )
    requested_at = models.DateTimeField(default=timezone.now)
    ready_at = models.DateTimeField(null=True, blank=True)
    expires_at = models.DateTimeField(null=True, blank=True)
    content = models.TextField(blank=True, editable=False)

    class Meta:
        verbose_name = _("data export")
        verbose_name_plural = _("data exports")
        ordering = ["-requested_at"]
        indexes = [
            models.Index(fields=["member", "-requested_at"], name="community_export_member_idx"),
            models.Index(fields=["expires_at"], name="community_export_expiry_idx"),
        ]

    def __str__(self):
        return f"{self.member_id} {self.requested_at:%Y-%m-%d %H:%M}"

    @property
    def is_ready(self) -> bool:
        return self.ready_at is not None

    def is_downloadable(self, now=None) -> bool:
        return self.is_ready and self.expires_at > (now or timezone.now())
