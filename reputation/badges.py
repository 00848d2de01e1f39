"""The badges, and who qualifies for each.

Each badge's rule is a query over the community's rows that lists who qualifies (for the
members asked about, or everyone): the Celery tasks award what is missing, so running a
rule again or on several workers at once awards nothing twice (reputation.models.Award).
"""

import datetime
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from django.db.models import Count, Exists, F, OuterRef, QuerySet, Sum
from django.utils import timezone
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from community.models import Answer, Comment, Question, Revision, Vote
from community.roles import MODERATORS, SUPPORT_AGENTS
from support.selectors import escalated_question_ids, official_answer_ids

from .models import Tier, VisitDay

Members = set[int] | None  # the members to look at; None for everyone
# Who qualifies: (member id, what it is for: a post's id, a tag's name, or None)
Candidate = tuple[int, int | str | None]


@dataclass(frozen=True)
class Badge:
    slug: str
    name: Promise
    description: Promise
    tier: str
    rule: Callable[[Members], Iterable[Candidate]]
    per: str = "member"  # held once per "member", per "question", per "answer" or per "tag"

    @property
    def is_repeatable(self) -> bool:
        return self.per != "member"

    def get_tier_display(self) -> str:
        return str(Tier(self.tier).label)


def _only(rows: QuerySet, field: str, members: Members) -> QuerySet:
    return rows if members is None else rows.filter(**{f"{field}__in": members})


def _members_in(rows: QuerySet, field: str, members: Members) -> list[Candidate]:
    ids = _only(rows, field, members).values_list(field, flat=True).distinct()
    return [(pk, None) for pk in ids]


def _posts_in(rows: QuerySet, members: Members) -> list[Candidate]:
    return list(_only(rows, "author_id", members).values_list("author_id", "pk"))


def _questions():
    return Question.objects.filter(is_deleted=False)


def _answers():
    return Answer.objects.filter(is_deleted=False, question__is_deleted=False)


def _accepted_answers():
    """Accepted answers, not by the asker (accepting one's own answer earns nothing)."""
    return _answers().filter(question__accepted_answer=F("pk")).exclude(
        author=F("question__author")
    )


def _first_answers():
    earlier = Answer.objects.filter(
        question=OuterRef("question"), is_deleted=False, created_at__lt=OuterRef("created_at")
    )
    return _answers().exclude(Exists(earlier))


def _scored_questions(score: int) -> Callable[[Members], list[Candidate]]:
    return lambda members: _posts_in(_questions().filter(score__gte=score), members)


def _scored_answers(score: int) -> Callable[[Members], list[Candidate]]:
    return lambda members: _posts_in(_answers().filter(score__gte=score), members)


def _student(members):
    return _members_in(_questions().filter(score__gte=1), "author_id", members)


def _teacher(members):
    return _members_in(_answers().filter(score__gte=1), "author_id", members)


def _scholar(members):
    rows = _questions().filter(accepted_answer__isnull=False).exclude(
        accepted_answer__author=F("author")
    )
    return _members_in(rows, "author_id", members)


def _supporter(members):
    return _members_in(Vote.objects.filter(value=Vote.UP), "voter_id", members)


def _critic(members):
    return _members_in(Vote.objects.filter(value=Vote.DOWN), "voter_id", members)


def _editor(members):
    return _members_in(Revision.objects.filter(number__gt=1), "editor_id", members)


def _commentator(members):
    rows = _only(Comment.objects.filter(is_deleted=False), "author_id", members)
    counts = rows.values("author_id").annotate(n=Count("pk")).filter(n__gte=10)
    return [(row["author_id"], None) for row in counts]


def _necromancer(members):
    late = _answers().filter(
        score__gte=5, created_at__gte=F("question__created_at") + datetime.timedelta(days=60)
    )
    return _posts_in(late, members)


def _enlightened(members):
    return _posts_in(_first_answers().filter(score__gte=10, pk__in=_accepted_answers()), members)


def _guru(members):
    return _posts_in(_accepted_answers().filter(score__gte=40), members)


def _first_responder(members):
    quick = _first_answers().filter(
        created_at__lte=F("question__created_at") + datetime.timedelta(hours=1),
        pk__in=_accepted_answers(),
    )
    return _posts_in(quick, members)


def _lifesaver(members):
    """An accepted answer by a community member on an escalated question: support was spared."""
    rows = (
        _accepted_answers()
        .filter(question_id__in=escalated_question_ids())
        .exclude(pk__in=official_answer_ids())
        .exclude(author__is_superuser=True)
        .exclude(author__groups__name__in=[MODERATORS, SUPPORT_AGENTS])
    )
    return _posts_in(rows, members)


ENTHUSIAST_DAYS = 30


def _enthusiast(members):
    """Visited on 30 days in a row (days in the member's own time zone)."""
    since = timezone.now().date() - datetime.timedelta(days=400)
    rows = _only(VisitDay.objects.filter(day__gte=since), "user_id", members)
    regulars = rows.values("user_id").annotate(n=Count("pk")).filter(n__gte=ENTHUSIAST_DAYS)
    days_by_member: dict[int, list[datetime.date]] = {}
    for user_id, day in rows.filter(user_id__in=regulars.values("user_id")).order_by(
        "user_id", "day"
    ).values_list("user_id", "day"):
        days_by_member.setdefault(user_id, []).append(day)
    return [
        (pk, None) for pk, days in days_by_member.items()
        if _longest_run(days) >= ENTHUSIAST_DAYS
    ]


def _longest_run(days: list[datetime.date]) -> int:
    longest = run = 0
    previous = None
    for day in days:
        run = run + 1 if previous and day - previous == datetime.timedelta(days=1) else 1
        longest, previous = max(longest, run), day
    return longest


TAG_BADGE_RULES = {Tier.BRONZE: (100, 20), Tier.SILVER: (400, 80), Tier.GOLD: (1000, 200)}


def _tag_badge(tier: str) -> Callable[[Members], list[Candidate]]:
    """A total answer score over at least a number of answers in one tag (TAG_BADGE_RULES)."""

    def rule(members):
        score, count = TAG_BADGE_RULES[tier]
        rows = _only(_answers(), "author_id", members).values("author_id", "question__tags__name")
        totals = rows.annotate(total=Sum("score"), n=Count("pk")).filter(
            question__tags__name__isnull=False, total__gte=score, n__gte=count
        )
        return [(row["author_id"], row["question__tags__name"]) for row in totals]

    return rule


CATALOGUE = (
    Badge("student", _("Student"), _("Asked a question with a score of 1 or more."),
          Tier.BRONZE, _student),
    Badge("teacher", _("Teacher"), _("Answered a question with a score of 1 or more."),
          Tier.BRONZE, _teacher),
    Badge("scholar", _("Scholar"), _("Asked a question and accepted an answer."),
          Tier.BRONZE, _scholar),
    Badge("supporter", _("Supporter"), _("First up-vote."), Tier.BRONZE, _supporter),
    Badge("critic", _("Critic"), _("First down-vote."), Tier.BRONZE, _critic),
    Badge("editor", _("Editor"), _("First edit of a post."), Tier.BRONZE, _editor),
    Badge("commentator", _("Commentator"), _("Left 10 comments."), Tier.BRONZE, _commentator),
    Badge("nice-answer", _("Nice Answer"), _("An answer with a score of 10 or more."),
          Tier.BRONZE, _scored_answers(10), per="answer"),
    Badge("good-answer", _("Good Answer"), _("An answer with a score of 25 or more."),
          Tier.SILVER, _scored_answers(25), per="answer"),
    Badge("great-answer", _("Great Answer"), _("An answer with a score of 100 or more."),
          Tier.GOLD, _scored_answers(100), per="answer"),
    Badge("nice-question", _("Nice Question"), _("A question with a score of 10 or more."),
          Tier.BRONZE, _scored_questions(10), per="question"),
    Badge("good-question", _("Good Question"), _("A question with a score of 25 or more."),
          Tier.SILVER, _scored_questions(25), per="question"),
    Badge("great-question", _("Great Question"), _("A question with a score of 100 or more."),
          Tier.GOLD, _scored_questions(100), per="question"),
    Badge("necromancer", _("Necromancer"),
          _("Answered a question more than 60 days after it was asked, with a score of 5 or "
            "more."), Tier.SILVER, _necromancer, per="answer"),
    Badge("enlightened", _("Enlightened"),
          _("First to answer, and the answer was accepted with a score of 10 or more."),
          Tier.SILVER, _enlightened, per="answer"),
    Badge("guru", _("Guru"), _("An accepted answer with a score of 40 or more."),
          Tier.SILVER, _guru, per="answer"),
    Badge("first-responder", _("First Responder"),
          _("The first answer to a question, within an hour of it being asked, later accepted."),
          Tier.BRONZE, _first_responder, per="answer"),
    Badge("lifesaver", _("Lifesaver"),
          _("An accepted answer to a question that had gone to support, so staff did not "
            "have to answer it."), Tier.GOLD, _lifesaver, per="answer"),
    Badge("enthusiast", _("Enthusiast"), _("Visited the community 30 days in a row."),
          Tier.SILVER, _enthusiast),
    Badge("tag-bronze", _("Bronze tag badge"),
          _("A total score of 100 on at least 20 answers in one tag."),
          Tier.BRONZE, _tag_badge(Tier.BRONZE), per="tag"),
    Badge("tag-silver", _("Silver tag badge"),
          _("A total score of 400 on at least 80 answers in one tag."),
          Tier.SILVER, _tag_badge(Tier.SILVER), per="tag"),
    Badge("tag-gold", _("Gold tag badge"),
          _("A total score of 1,000 on at least 200 answers in one tag."),
          Tier.GOLD, _tag_badge(Tier.GOLD), per="tag"),
)
BY_SLUG = {badge.slug: badge for badge in CATALOGUE}
