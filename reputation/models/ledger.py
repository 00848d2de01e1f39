"""The reputation ledger: one row per change to a member's reputation."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class Reason(models.TextChoices):
    UPVOTED = "upvoted", _("Up-voted")
    DOWNVOTED = "downvoted", _("Down-voted")
    DOWNVOTE_CAST = "downvote_cast", _("Down-voted an answer")
    VOTE_RETRACTED = "vote_retracted", _("Vote withdrawn")
    ANSWER_ACCEPTED = "answer_accepted", _("Answer accepted")
    ACCEPTED_AN_ANSWER = "accepted_an_answer", _("Accepted an answer")
    UNACCEPTED = "unaccepted", _("Acceptance withdrawn")
    POST_DELETED = "post_deleted", _("Post deleted")
    POST_RESTORED = "post_restored", _("Post restored")
    EDIT_APPROVED = "edit_approved", _("Suggested edit approved")
    REMOVED_AS_SPAM = "removed_as_spam", _("Post removed as spam or abuse")
    PENALTY_LIFTED = "penalty_lifted", _("Removal undone")
    BOUNTY_OFFERED = "bounty_offered", _("Bounty offered")
    BOUNTY_AWARDED = "bounty_awarded", _("Bounty awarded")
    SERIAL_VOTING_REVERSED = "serial_voting_reversed", _("Serial voting reversed")


class ReputationEvent(models.Model):
    """One change to one member's reputation, and why.

    Rows that share a ``cause`` (one member's vote on one post, one acceptance, one
    suggested edit…) add up to what that cause earns now: withdrawing a vote writes a row
    that takes back what the vote gave. ``rule_amount`` is what the rule gives;
    ``amount`` is what was applied after the daily limit and the floor of 1. A member's
    reputation is always 1 plus the sum of their ``amount``.
    """

    Reason = Reason

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="reputation_events",
        verbose_name=_("member"),
    )
    amount = models.IntegerField(_("change"))
    rule_amount = models.IntegerField(_("change by the rule"))
    reason = models.CharField(_("reason"), max_length=32, choices=Reason.choices)
    cause = models.CharField(max_length=64)
    # Posts are soft-deleted; if one is ever purged the row stays, so totals do not drift.
    question = models.ForeignKey(
        "community.Question", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    answer = models.ForeignKey(
        "community.Answer", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
        related_name="+", verbose_name=_("other member"),
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("reputation change")
        verbose_name_plural = _("reputation changes")
        indexes = [
            models.Index(fields=["user", "cause"], name="reputation_event_cause_idx"),
            models.Index(fields=["user", "-created_at"], name="reputation_event_user_idx"),
            models.Index(fields=["-created_at"], name="reputation_event_time_idx"),
        ]

    def __str__(self):
        return f"{self.user_id} {self.amount:+d} {self.reason}"

    @property
    def post(self):
        return self.question or self.answer

    @property
    def was_limited(self) -> bool:
        """The daily limit or the floor of 1 took some of what the rule gives."""
        return self.amount != self.rule_amount
