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
