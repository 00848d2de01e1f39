"""Questions, answers and comments: what members write."""

from django.conf import settings
from django.contrib.postgres.search import SearchVectorField
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from taggit.managers import TaggableManager


class Post(models.Model):
    """What questions and answers share: an author, markdown and its rendering, a score."""

    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+",
        verbose_name=_("author"),
    )
    body = models.TextField(_("body"))
    body_html = models.TextField(editable=False)
    score = models.IntegerField(default=0, help_text=_("Sum of the votes; derived."))
    created_at = models.DateTimeField(default=timezone.now, db_index=True)
    edited_at = models.DateTimeField(null=True, blank=True)
    is_deleted = models.BooleanField(default=False)

    class Meta:
        abstract = True


class Question(Post):
    title = models.CharField(_("title"), max_length=150)
    tags = TaggableManager(verbose_name=_("tags"), help_text=_("1 to 5 tags"))
    accepted_answer = models.OneToOneField(
        "community.Answer", null=True, blank=True, on_delete=models.SET_NULL,
        related_name="+", verbose_name=_("accepted answer"),
    )
    answer_count = models.PositiveIntegerField(default=0)
    view_count = models.PositiveIntegerField(default=0)
    bounty_amount = models.PositiveIntegerField(
        _("open bounty"), default=0,
        help_text=_("The reputation offered on the question now; kept by the reputation app."),
    )
    last_activity_at = models.DateTimeField(default=timezone.now, db_index=True)
    search_vector = SearchVectorField(null=True, editable=False)

    class Meta:
        verbose_name = _("question")
        verbose_name_plural = _("questions")
        # One per sort of the question lists, over visible questions only, ending with the
        # id: a page's ids come from the index alone (community.pagination).
        indexes = [
            models.Index(
                fields=["-created_at", "-id"], condition=models.Q(is_deleted=False),
                name="community_q_list_new_idx",
            ),
            models.Index(
                fields=["-last_activity_at", "-id"], condition=models.Q(is_deleted=False),
                name="community_q_list_active_idx",
            ),
            models.Index(
                fields=["-score", "-created_at", "-id"], condition=models.Q(is_deleted=False),
                name="community_q_list_votes_idx",
            ),
            models.Index(
                fields=["-created_at", "-id"],
                condition=models.Q(answer_count=0, is_deleted=False),
                name="community_q_list_unans_idx",
            ),
            models.Index(
                fields=["-bounty_amount", "-created_at"], condition=models.Q(bounty_amount__gt=0),
                name="community_q_bounty_idx",
            ),
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("community:question_detail", args=[self.pk, self.slug])

    @property
    def slug(self) -> str:
        return slugify(self.title)[:80] or "question"

    @property
    def is_solved(self) -> bool:
        return self.accepted_answer_id is not None


class Answer(Post):
    question = models.ForeignKey(
        Question, on_delete=models.CASCADE, related_name="answers", verbose_name=_("question")
    )

    class Meta:
        verbose_name = _("answer")
        verbose_name_plural = _("answers")
        indexes = [models.Index(fields=["question", "-score"], name="community_a_question_idx")]

    def __str__(self):
        return _("Answer to %(title)s") % {"title": self.question.title}

    def get_absolute_url(self):
        return f"{self.question.get_absolute_url()}#answer-{self.pk}"

    @property
    def is_accepted(self) -> bool:
        return self.question.accepted_answer_id == self.pk


class PostTarget(models.Model):
    """Points at exactly one question or one answer (votes, comments, revisions)."""

    question = models.ForeignKey(
        Question, null=True, blank=True, on_delete=models.CASCADE, related_name="%(class)ss"
    )
    answer = models.ForeignKey(
        Answer, null=True, blank=True, on_delete=models.CASCADE, related_name="%(class)ss"
    )

    class Meta:
        abstract = True
        constraints = [
            models.CheckConstraint(
                condition=(
                    models.Q(question__isnull=False, answer__isnull=True)
                    | models.Q(question__isnull=True, answer__isnull=False)
                ),
                name="%(app_label)s_%(class)s_one_target",
            )
        ]

    @property
    def post(self) -> Question | Answer:
        return self.question or self.answer

    @staticmethod
    def target_of(post: Question | Answer) -> dict:
        """The filter/field values that point at ``post``."""
        return {"question": post} if isinstance(post, Question) else {"answer": post}


class Comment(PostTarget):
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    body = models.TextField(_("comment"), max_length=600)
    body_html = models.TextField(editable=False)
    created_at = models.DateTimeField(default=timezone.now)
    is_deleted = models.BooleanField(default=False)

    class Meta(PostTarget.Meta):
        verbose_name = _("comment")
        verbose_name_plural = _("comments")
        ordering = ["created_at"]

    def __str__(self):
        return self.body[:60]

    def get_absolute_url(self):
        thread = self.question or self.answer.question
        return f"{thread.get_absolute_url()}#comment-{self.pk}"
