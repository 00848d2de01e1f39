"""Reads that pages share, each with the joins that keep its query count fixed."""

from collections import defaultdict

from django.contrib.contenttypes.models import ContentType
from django.db.models import Count, Prefetch, Q, QuerySet, prefetch_related_objects
from taggit.models import Tag, TaggedItem

from .models import Answer, Comment, Question, Revision, User, Vote

SORTS = ("newest", "active", "unanswered", "votes", "bounties")


def question_list(*, sort: str = "newest", tag: str | None = None) -> QuerySet[Question]:
    questions = (
        Question.objects.filter(is_deleted=False)
        .select_related("author")
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
    """The question and its author; what rendering it needs comes with ``prepare_posts``."""
    questions = Question.objects.select_related("author").defer("search_vector")
    if not include_deleted:
        questions = questions.filter(is_deleted=False)
    return questions.get(pk=pk)


def answers_for_page(question: Question) -> list[Answer]:
    """Visible answers, the accepted one first, then by score.

    Their comments come with ``prepare_posts``, for the posts a page renders.
    """
    answers = (
        Answer.objects.filter(question=question, is_deleted=False)
        .select_related("author")
        .defer("body")
        .order_by("-score", "created_at")
    )
    ordered = sorted(answers, key=lambda a: a.pk != question.accepted_answer_id)
    for answer in ordered:
        answer.question = question  # avoids a query per answer for is_accepted
    return ordered


def prepare_posts(posts: list[Question | Answer]) -> None:
    """Give each post its visible comments (``visible_comments``), and a question its tags:
    a fixed number of queries for any number of posts (a page renders only the posts that
    are not cached already, see community.fragments)."""
    comments = Comment.objects.filter(is_deleted=False).select_related("author")
    answers = [post for post in posts if isinstance(post, Answer)]
    questions = [post for post in posts if isinstance(post, Question)]
    if answers:
        prefetch_related_objects(
            answers, Prefetch("comments", queryset=comments, to_attr="visible_comments")
        )
    if questions:
        with_tags(questions)
        prefetch_related_objects(
            questions, Prefetch("comments", queryset=comments, to_attr="visible_comments")
        )


def with_tags(questions: list[Question]) -> list[Question]:
    """Each question's tags, in one query, where ``question.tags.all`` finds them.

    The same as ``prefetch_related("tags")``, without its cost: django-taggit builds (and
    then discards) a filtered queryset for every question, a third of a millisecond each,
    which is most of the time a list of twenty questions takes.
    """
    if not questions:
        return questions
    content_type = ContentType.objects.get_for_model(Question)
    items = (
        TaggedItem.objects.filter(
            content_type=content_type, object_id__in=[q.pk for q in questions]
        )
        .select_related("tag").order_by("object_id", "tag_id")
    )
    tags = defaultdict(list)
    for item in items:
        tags[item.object_id].append(item.tag)
    for question in questions:
        cached = Tag.objects.all()
        cached._result_cache, cached._prefetch_done = tags[question.pk], True
        question._prefetched_objects_cache = {
            **getattr(question, "_prefetched_objects_cache", {}), "tags": cached,
        }
    return questions


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
