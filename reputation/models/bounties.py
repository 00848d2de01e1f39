"""Bounties: reputation a member offers to draw answers to a question."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

BOUNTY_AMOUNTS = list(range(50, 501, 50))


class Bounty(models.Model):
    """Offered for 7 days plus a day of grace; the offerer awards it, or half goes by rule.

    The amount leaves the offerer's reputation when offered (the ledger says so); one bounty
    at a time per question (the partial unique constraint).
    """

    class State(models.TextChoices):
        OPEN = "open", _("open")
        AWARDED = "awarded", _("awarded")
        EXPIRED = "expired", _("ended without an award by the offerer")

    question = models.ForeignKey(
        "community.Question", on_delete=models.CASCADE, related_name="+",
        verbose_name=_("question"),
    )
    offerer = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="bounties_offered",
        verbose_name=_("offered by"),
    )
    amount = models.PositiveIntegerField(_("amount"))
    state = models.CharField(_("state"), max_length=8, choices=State.choices, default=State.OPEN)
    created_at = models.DateTimeField(default=timezone.now)
    ends_at = models.DateTimeField(_("ends"))
    grace_ends_at = models.DateTimeField(_("grace period ends"))
    awarded_answer = models.ForeignKey(
        "community.Answer", null=True, blank=True, on_delete=models.SET_NULL, related_name="+",
        verbose_name=_("awarded answer"),
    )
    awarded_amount = models.PositiveIntegerField(_("awarded"), default=0)
    closed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("bounty")
        verbose_name_plural = _("bounties")
        constraints = [
            models.UniqueConstraint(
                fields=["question"], condition=models.Q(state="open"),
                name="reputation_bounty_one_open_per_question",
            ),
            models.CheckConstraint(
                condition=models.Q(amount__in=BOUNTY_AMOUNTS), name="reputation_bounty_amount"
            ),
        ]
        indexes = [
            models.Index(
                fields=["grace_ends_at"], condition=models.Q(state="open"),
                name="reputation_bounty_due_idx",
            ),
            models.Index(fields=["offerer", "state"], name="reputation_bounty_offerer_idx"),
        ]

    def __str__(self):
        return f"{self.amount} on {self.question_id}"

    @property
    def is_open(self) -> bool:
        return self.state == self.State.OPEN
