"""Follows: a member following a question, a tag or another member, to hear what happens there."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from taggit.models import Tag

from .posts import Question


class Follow(models.Model):
    """``follower`` follows exactly one of: a question, a tag, a member."""

    follower = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="follows"
    )
    question = models.ForeignKey(
        Question, null=True, blank=True, on_delete=models.CASCADE, related_name="follows"
    )
    tag = models.ForeignKey(
        Tag, null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    member = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.CASCADE,
        related_name="followers",
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("follow")
        verbose_name_plural = _("follows")
        constraints = [
            models.CheckConstraint(
                condition=(
                    models.Q(question__isnull=False, tag__isnull=True, member__isnull=True)
                    | models.Q(question__isnull=True, tag__isnull=False, member__isnull=True)
                    | models.Q(question__isnull=True, tag__isnull=True, member__isnull=False)
                ),
                name="community_follow_one_target",
            ),
            models.CheckConstraint(
                condition=~models.Q(member=models.F("follower")),
                name="community_follow_not_oneself",
            ),
            models.UniqueConstraint(
                fields=["follower", "question"], condition=models.Q(question__isnull=False),
                name="community_follow_one_per_question",
            ),
            models.UniqueConstraint(
                fields=["follower", "tag"], condition=models.Q(tag__isnull=False),
                name="community_follow_one_per_tag",
            ),
            models.UniqueConstraint(
                fields=["follower", "member"], condition=models.Q(member__isnull=False),
                name="community_follow_one_per_member",
            ),
        ]

    def __str__(self):
        return f"{self.follower_id} → {self.question or self.tag or self.member}"

    @staticmethod
    def target_of(target) -> dict:
        """The filter/field values that point at ``target``: a question, a tag or a member."""
        if isinstance(target, Question):
            return {"question": target}
        if isinstance(target, Tag):
            return {"tag": target}
        return {"member": target}
