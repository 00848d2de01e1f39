"""Suggested edits: what members who may not edit a post propose, and the review of it."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .posts import PostTarget


class SuggestedEdit(PostTarget):
    """An edit proposed by a member below the edit privilege; a reviewer approves it.

    One edit per post waits for review at a time (the partial unique constraints), so two
    proposals never overwrite each other.
    """

    class Status(models.TextChoices):
        PENDING = "pending", _("waiting for review")
        APPROVED = "approved", _("approved")
        REJECTED = "rejected", _("rejected")

    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="suggested_edits",
        verbose_name=_("suggested by"),
    )
    title = models.CharField(_("title"), max_length=150, blank=True)
    body = models.TextField(_("body"))
    tag_names = models.CharField(_("tags"), max_length=300, blank=True)
    summary = models.CharField(_("edit summary"), max_length=200, blank=True)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.PENDING
    )
    reviewer = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
        related_name="+", verbose_name=_("reviewer"),
    )
    reviewed_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("suggested edit")
        verbose_name_plural = _("suggested edits")
        ordering = ["created_at"]
        constraints = [
            *PostTarget.Meta.constraints,
            models.UniqueConstraint(
                fields=["question"],
                condition=models.Q(status="pending", question__isnull=False),
                name="community_suggestededit_one_pending_per_question",
            ),
            models.UniqueConstraint(
                fields=["answer"],
                condition=models.Q(status="pending", answer__isnull=False),
                name="community_suggestededit_one_pending_per_answer",
            ),
        ]
        indexes = [models.Index(fields=["status", "created_at"], name="community_sedit_queue_idx")]

    def __str__(self):
        return f"{self.author_id} → {self.post}"

    @property
    def is_pending(self) -> bool:
        return self.status == self.Status.PENDING
