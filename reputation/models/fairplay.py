"""Fair play: what the nightly check found, for moderators to read."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class SerialVotingFinding(models.Model):
    """One member voted on another member's posts too often within a day; it was reversed."""

    voter = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+",
        verbose_name=_("voter"),
    )
    target = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+",
        verbose_name=_("member voted for"),
    )
    votes_reversed = models.PositiveIntegerField(_("votes reversed"))
    first_vote_at = models.DateTimeField(_("first vote"))
    last_vote_at = models.DateTimeField(_("last vote"))
    found_at = models.DateTimeField(_("found"), default=timezone.now)

    class Meta:
        verbose_name = _("serial voting finding")
        verbose_name_plural = _("serial voting findings")
        ordering = ["-found_at"]

    def __str__(self):
        return f"{self.voter_id} → {self.target_id}: {self.votes_reversed}"


class VotingRingReport(models.Model):
    """Two new accounts up-voted each other from the same network: for moderators to judge.

    Nothing is reversed: a household or an office shares a network too.
    """

    member = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+",
        verbose_name=_("member"),
    )
    partner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+",
        verbose_name=_("other member"),
    )
    votes = models.PositiveIntegerField(_("votes between them"))
    found_at = models.DateTimeField(_("found"), default=timezone.now)

    class Meta:
        verbose_name = _("voting ring report")
        verbose_name_plural = _("voting ring reports")
        ordering = ["-found_at"]
        constraints = [
            models.UniqueConstraint(fields=["member", "partner"], name="reputation_ring_once"),
            models.CheckConstraint(
                condition=models.Q(member__lt=models.F("partner")),
                name="reputation_ring_ordered_pair",
            ),
        ]

    def __str__(self):
        return f"{self.member_id} ↔ {self.partner_id}"
