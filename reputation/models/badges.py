"""Badges members hold, and the days they visited (for Enthusiast)."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class Tier(models.TextChoices):
    BRONZE = "bronze", _("bronze")
    SILVER = "silver", _("silver")
    GOLD = "gold", _("gold")


class Award(models.Model):
    """One badge held by one member. The badges themselves are reputation.badges.CATALOGUE.

    A badge is held once per member (and tag, for tag badges), or once per post for the
    badges a post earns (Nice Answer…): the partial unique constraints make awarding twice,
    or by two workers at once, a no-op.
    """

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="badge_awards",
        verbose_name=_("member"),
    )
    badge = models.CharField(_("badge"), max_length=40)
    tier = models.CharField(_("tier"), max_length=6, choices=Tier.choices)
    tag_name = models.CharField(_("tag"), max_length=100, blank=True)
    question = models.ForeignKey(
        "community.Question", null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    answer = models.ForeignKey(
        "community.Answer", null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    awarded_at = models.DateTimeField(_("awarded"), default=timezone.now)

    class Meta:
        verbose_name = _("badge award")
        verbose_name_plural = _("badge awards")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "badge", "tag_name"],
                condition=models.Q(question__isnull=True, answer__isnull=True),
                name="reputation_award_once_per_member",
            ),
            models.UniqueConstraint(
                fields=["user", "badge", "question"], condition=models.Q(question__isnull=False),
                name="reputation_award_once_per_question",
            ),
            models.UniqueConstraint(
                fields=["user", "badge", "answer"], condition=models.Q(answer__isnull=False),
                name="reputation_award_once_per_answer",
            ),
        ]
        indexes = [
            models.Index(fields=["badge", "-awarded_at"], name="reputation_award_badge_idx"),
            models.Index(fields=["user", "-awarded_at"], name="reputation_award_user_idx"),
        ]

    def __str__(self):
        return f"{self.badge} → {self.user_id}"


class VisitDay(models.Model):
    """A day (in the member's time zone) on which the member opened a page while signed in."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+"
    )
    day = models.DateField()

    class Meta:
        verbose_name = _("visit day")
        verbose_name_plural = _("visit days")
        constraints = [
            models.UniqueConstraint(fields=["user", "day"], name="reputation_visit_once_a_day")
        ]

    def __str__(self):
        return f"{self.user_id} {self.day}"
