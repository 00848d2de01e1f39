"""Peers first: "Can you help?" requests to experienced members, and the asker's nudge."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from community.models import Question


class AnswerRequestOptIn(models.Model):
    """A member who agreed to receive "Can you help?" requests (nobody gets them unasked)."""

    member = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+",
        verbose_name=_("member"),
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("answer-request opt-in")
        verbose_name_plural = _("answer-request opt-ins")

    def __str__(self):
        return str(self.member)


class PeerRound(models.Model):
    """That experts were looked for on a question, once, and how many were asked.

    Its existence is the record that the round ran: the sweep runs it for recent
    questions without one, so a lost message does not lose the round.
    """

    question = models.OneToOneField(Question, on_delete=models.CASCADE, related_name="+")
    asked_count = models.PositiveSmallIntegerField(default=0)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("peer round")
        verbose_name_plural = _("peer rounds")

    def __str__(self):
        return f"{self.question_id}: {self.asked_count}"


class HelpRequest(models.Model):
    """One "Can you help?" request: an expert asked to look at a question."""

    question = models.ForeignKey(Question, on_delete=models.CASCADE, related_name="+")
    expert = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("help request")
        verbose_name_plural = _("help requests")
        constraints = [
            models.UniqueConstraint(
                fields=["question", "expert"], name="support_helprequest_once_per_expert"
            ),
        ]
        indexes = [models.Index(fields=["expert", "-created_at"], name="support_help_expert_idx")]

    def __str__(self):
        return f"{self.expert_id} → {self.question_id}"


class SolvedNudge(models.Model):
    """The asker was asked "Did any answer solve this?" about their question, once."""

    question = models.OneToOneField(Question, on_delete=models.CASCADE, related_name="+")
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("“did any answer solve this?” nudge")
        verbose_name_plural = _("“did any answer solve this?” nudges")

    def __str__(self):
        return str(self.question_id)
