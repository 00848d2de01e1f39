"""Reads that pages share, each with the joins that keep its query count fixed."""

from django.db.models import Count, Prefetch, Q, QuerySet
from taggit.models import Tag

from .models import Answer, Comment, Question, Revision, User, Vote

SORTS = ("newest", "active", "unanswered", "votes", "bounties")


def question_list(*, sort: str = "newest", tag: str | None = None) -> QuerySet[Question]:
    questions = (
        Question.objects.filter(is_deleted=False)
        .select_related("author")
        .prefetch_related("tags")
        .defer("body", "body_html", "search_vector")
    )
    if tag:
        questions = questions.filter(tags__name=tag)
    if sort == "active":
        return questions.order_by("-last_activity_at", "-pk")
    if sort == "unanswered":
        return questions.filter(answer_count=0).order_by("-created_at", "-pk")
    if sort == "votes":
        return questions.order_by("-score", "-created_at", "-pk")
    if sort == "bounties":
        return questions.filter(bounty_amount__gt=0).order_by(
            "-bounty_amount", "-created_at", "-pk"
        )
    return questions.order_by("-created_at", "-pk")


def question_for_page(pk: int, *, include_deleted: bool = False) -> Question:
    questions = Question.objects.select_related("author").prefetch_related("tags")
    if not include_deleted:
        questions = questions.filter(is_deleted=False)
    return questions.get(pk=pk)


def answers_for_page(question: Question) -> list[Answer]:
    """Visible answers, the accepted one first, then by score, each with its comments."""
    comments = Comment.objects.filter(is_deleted=False).select_related("author")
    answers = (
        Answer.objects.filter(question=question, is_deleted=False)
        .select_related("author")
        .prefetch_related(Prefetch("comments", queryset=comments, to_attr="visible_comments"))
        .order_by("-score", "created_at")
    )
    ordered = sorted(answers, key=lambda a: a.pk != question.accepted_answer_id)
    for answer in ordered:
        answer.question = question  # avoids a query per answer for is_accepted
    return ordered


def question_comments(question: Question) -> list[Comment]:
    return list(
        Comment.objects.filter(question=question, is_deleted=False).select_related("author")
    )


def votes_by(member: User, question: Question, answers: list[Answer]) -> dict[str, int]:
    """The member's votes on a question page, keyed ``q<pk>`` and ``a<pk>``."""
    if not member.is_authenticated:
        return {}
    votes = Vote.objects.filter(voter=member).filter(
        Q(question=question) | Q(answer__in=[a.pk for a in answers])
    )
    return {
        (f"q{v.question_id}" if v.question_id else f"a{v.answer_id}"): v.value for v in votes
    }


def vote_of(member: User, post: Question | Answer) -> int:
    """The member's vote on ``post``: 1, -1, or 0 for none."""
    votes = Vote.objects.filter(voter=member, **Vote.target_of(post))
    return votes.values_list("value", flat=True).first() or 0


def revisions_of(post: Question | Answer) -> list[Revision]:
    field = "question" if isinstance(post, Question) else "answer"
    return list(Revision.objects.filter(**{field: post}).select_related("editor"))


def tag_list(*, name_contains: str = "") -> QuerySet[Tag]:
    tags = Tag.objects.filter(question__is_deleted=False)
    if name_contains:
        tags = tags.filter(name__icontains=name_contains)
    return tags.annotate(question_count=Count("question")).order_by("-question_count", "name")


def member_activity(member: User) -> dict:
    visible = {"author": member, "is_deleted": False}
    return {
        "questions": Question.objects.filter(**visible).prefetch_related("tags").defer(
            "body", "body_html", "search_vector"
        ).order_by("-score", "-created_at")[:10],
        "answers": Answer.objects.filter(**visible)
        .select_related("question")
        .only("pk", "score", "created_at", "question__title", "question__accepted_answer_id")
        .order_by("-score", "-created_at")[:10],
        "question_count": Question.objects.filter(**visible).count(),
        "answer_count": Answer.objects.filter(**visible).count(),
    }
