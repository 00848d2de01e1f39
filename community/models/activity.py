"""What members do to posts: votes, revisions; and the similar-question suggestions shown."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .posts import PostTarget, Question


class Vote(PostTarget):
    UP = 1
    DOWN = -1

    voter = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="votes"
    )
    value = models.SmallIntegerField(choices=[(UP, _("up")), (DOWN, _("down"))])
    created_at = models.DateTimeField(default=timezone.now)
    # The voter's network as a keyed hash (ccn.networks), for fair-play checks; never an address.
    network = models.CharField(max_length=16, blank=True, editable=False)

    class Meta:
        verbose_name = _("vote")
        verbose_name_plural = _("votes")
        constraints = [
            *PostTarget.Meta.constraints,
            models.CheckConstraint(
                condition=models.Q(value__in=[1, -1]), name="community_vote_value_up_or_down"
            ),
            models.UniqueConstraint(
                fields=["voter", "question"], condition=models.Q(question__isnull=False),
                name="community_vote_one_per_question",
            ),
            models.UniqueConstraint(
                fields=["voter", "answer"], condition=models.Q(answer__isnull=False),
                name="community_vote_one_per_answer",
            ),
        ]


class Revision(PostTarget):
    """A snapshot of a post after an edit; revision 1 is the post as first written."""

    editor = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    number = models.PositiveIntegerField()
    title = models.CharField(max_length=150, blank=True)
    body = models.TextField()
    tag_names = models.CharField(max_length=300, blank=True)
    summary = models.CharField(_("edit summary"), max_length=200, blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("revision")
        verbose_name_plural = _("revisions")
        ordering = ["number"]
        constraints = [
            *PostTarget.Meta.constraints,
            models.UniqueConstraint(
                fields=["question", "number"], condition=models.Q(question__isnull=False),
                name="community_revision_question_number",
            ),
            models.UniqueConstraint(
                fields=["answer", "number"], condition=models.Q(answer__isnull=False),
                name="community_revision_answer_number",
            ),
        ]


class SimilarSuggestion(models.Model):
    """One similar question shown to an asker while typing, and whether they opened it.

    Staff insights count these to measure deflection: questions not asked because the
    answer already existed.
    """

    question = models.ForeignKey(Question, on_delete=models.CASCADE, related_name="+")
    member = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
        related_name="+",
    )
    typed_title = models.CharField(max_length=150)
    shown_at = models.DateTimeField(default=timezone.now, db_index=True)
    clicked_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("similar-question suggestion")
        verbose_name_plural = _("similar-question suggestions")

    def __str__(self):
        return f"{self.typed_title} → {self.question_id}"
