"""Reads that support's pages share, each with the joins that keep its query count fixed."""

from dataclasses import dataclass, field
from datetime import datetime, timedelta

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db.models import (
    Case,
    Count,
    Exists,
    F,
    Max,
    OuterRef,
    Q,
    QuerySet,
    Subquery,
    Sum,
    When,
)
from django.db.models.functions import Coalesce, Least, TruncWeek
from django.utils import timezone
from taggit.models import TaggedItem

from community.models import Answer, Question, SimilarSuggestion, User
from community.roles import SUPPORT_AGENTS

from .models import (
    ACTIVE_STATES,
    AnswerRequestOptIn,
    Escalation,
    EscalationEvent,
    HelpRequest,
    OfficialAnswer,
    PeerRound,
    SolvedNudge,
)

# --- the agents' queue ----------------------------------------------------------------

QUEUE_VIEWS = ("all", "unclaimed", "mine", "breached", "soon", "resolved", "returned")
ACCEPTED_WEIGHT = 5  # one accepted answer counts as much as five up-votes for expertise


def _late(now: datetime) -> Q:
    return Q(first_response_at__isnull=True, first_response_due_at__lte=now) | Q(
        resolution_due_at__lte=now
    )


def _due_before(moment: datetime) -> Q:
    return Q(first_response_at__isnull=True, first_response_due_at__lte=moment) | Q(
        resolution_due_at__lte=moment
    )


def escalation_queue(
    *, view: str = "all", agent: User | None = None, tag: str = "", priority: int | None = None,
    now: datetime | None = None,
) -> QuerySet[Escalation]:
    """Escalations for the queue, soonest deadline first, filtered as the agent asked."""
    now = now or timezone.now()
    if view == "resolved":
        escalations = Escalation.objects.filter(state=Escalation.State.RESOLVED)
    elif view == "returned":
        escalations = Escalation.objects.filter(state=Escalation.State.RETURNED)
    else:
        escalations = Escalation.objects.filter(state__in=ACTIVE_STATES)
    if view == "unclaimed":
        escalations = escalations.filter(state=Escalation.State.OPEN)
    elif view == "mine":
        escalations = escalations.filter(assignee=agent)
    elif view == "breached":
        escalations = escalations.filter(_late(now))
    elif view == "soon":
        escalations = escalations.filter(_due_before(now + settings.CCN_SLA_WARNING)).exclude(
            _late(now)
        )
    if tag:
        escalations = escalations.filter(question__tags__name=tag)
    if priority:
        escalations = escalations.filter(priority=priority)
    ordering = ["-resolved_at", "-pk"] if view in ("resolved", "returned") else [
        "next_due", "-priority", "pk"
    ]
    return _for_queue(escalations).order_by(*ordering)


def _for_queue(escalations: QuerySet[Escalation]) -> QuerySet[Escalation]:
    next_due = Case(
        When(first_response_at__isnull=True,
             then=Least("first_response_due_at", "resolution_due_at")),
        default=F("resolution_due_at"),
    )
    return (
        escalations.annotate(next_due=next_due)
        .select_related("question__author", "assignee")
        .prefetch_related("question__tags")
        .defer("question__body", "question__body_html", "question__search_vector")
    )


def queue_row(pk: int) -> Escalation:
    return _for_queue(Escalation.objects.filter(pk=pk)).get()


def mark_deadlines(escalations, *, now: datetime) -> None:
    """Set ``breached`` and ``due_soon`` on each escalation, for the queue to highlight."""
    soon = now + settings.CCN_SLA_WARNING
    for escalation in escalations:
        escalation.breached = escalation.is_breached(now)
        escalation.due_soon = (
            escalation.is_active and not escalation.breached and escalation.next_due_at <= soon
        )


def queue_counts(*, now: datetime | None = None) -> dict[str, int]:
    """How many escalations are in each state, and how many open ones are late or nearly."""
    now = now or timezone.now()
    active = Q(state__in=ACTIVE_STATES)
    counts = Escalation.objects.aggregate(
        **{state: Count("pk", filter=Q(state=state)) for state in Escalation.State.values},
        breached=Count("pk", filter=active & _late(now)),
        soon=Count(
            "pk",
            filter=active & _due_before(now + settings.CCN_SLA_WARNING) & ~_late(now),
        ),
    )
    counts["active"] = sum(counts[s] for s in ACTIVE_STATES)
    return counts


def agents() -> QuerySet[User]:
    return User.objects.filter(is_active=True, groups__name=SUPPORT_AGENTS).order_by(
        "display_name", "pk"
    )


@dataclass
class EscalationPage:
    escalation: Escalation
    events: list[EscalationEvent]
    answers: list[Answer]
    official_answer_ids: set[int]
    other_escalations: list[Escalation] = field(default_factory=list)


def escalation_for_page(pk: int) -> EscalationPage:
    escalation = (
        Escalation.objects.select_related("question__author", "assignee", "requested_by",
                                          "policy__tag")
        .prefetch_related("question__tags")
        .get(pk=pk)
    )
    question = escalation.question
    events = list(
        EscalationEvent.objects.filter(escalation=escalation).select_related("actor", "assignee")
    )
    answers = list(
        Answer.objects.filter(question=question, is_deleted=False).select_related("author")
        .order_by("created_at")
    )
    for answer in answers:
        answer.question = question  # links to the answer need no query each
    official = set(
        OfficialAnswer.objects.filter(answer__question=question).values_list("answer_id", flat=True)
    )
    others = list(
        Escalation.objects.filter(question=question).exclude(pk=pk).order_by("-created_at")
    )
    return EscalationPage(escalation, events, answers, official, others)


# --- what members see on a question ---------------------------------------------------


@dataclass
class QuestionSupport:
    """Support's part of a question page: its escalation, official answers, peer help.

    Everyone sees which answers are official; the asker and staff see the escalation;
    the asker alone sees that experts were asked and the "did any answer solve this?" nudge.
    """

    official_answer_ids: set[int]
    escalation: Escalation | None = None
    asker_requested: bool = False
    experts_asked: int = 0
    nudged: bool = False


def question_support(question: Question, *, sees_escalation: bool, is_asker: bool):
    """One query for a visitor, two for staff, three for the asker; never one per answer."""
    support = QuestionSupport(official_answer_ids=set(
        OfficialAnswer.objects.filter(answer__question=question).values_list("answer_id", flat=True)
    ))
    if sees_escalation or is_asker:
        escalations = list(
            Escalation.objects.filter(question=question).only(
                "pk", "state", "reason", "created_at", "first_response_at", "resolved_at",
                "resolution", "question_id",
            ).order_by("-created_at", "-pk")
        )
        support.escalation = escalations[0] if escalations else None
        support.asker_requested = any(
            e.reason == Escalation.Reason.ASKER_REQUEST for e in escalations
        )
    if is_asker:
        facts = Question.objects.filter(pk=question.pk).values(
            experts_asked=Subquery(
                PeerRound.objects.filter(question=OuterRef("pk")).values("asked_count")[:1]
            ),
            nudged=Exists(SolvedNudge.objects.filter(question=OuterRef("pk"))),
        ).get()
        support.experts_asked, support.nudged = facts["experts_asked"] or 0, facts["nudged"]
    return support


# --- peer help --------------------------------------------------------------------------


def _over_daily_limit() -> QuerySet:
    return (
        HelpRequest.objects.filter(created_at__gte=timezone.now() - timedelta(days=1))
        .values("expert_id").annotate(n=Count("pk"))
        .filter(n__gte=settings.CCN_PEER_DAILY_LIMIT).values("expert_id")
    )


def experts_for(question: Question, *, limit: int | None = None) -> list[User]:
    """The members who answer best in ``question``'s tags and may be asked to help.

    Expertise is accepted answers (each worth ACCEPTED_WEIGHT) plus answer score, in
    those tags. Only members who opted in, active in the last CCN_PEER_ACTIVE_DAYS, under
    their daily limit, never the asker.
    """
    limit = limit or 2 * settings.CCN_PEER_EXPERTS  # spares, for the re-check under lock
    question_type = ContentType.objects.get_for_model(Question)
    tag_ids = TaggedItem.objects.filter(
        content_type_id=question_type.pk, object_id=question.pk
    ).values("tag_id")
    in_tags = TaggedItem.objects.filter(
        content_type_id=question_type.pk, tag_id__in=tag_ids
    ).values("object_id")
    since = timezone.now() - timedelta(days=settings.CCN_PEER_ACTIVE_DAYS)
    ranked = (
        Answer.objects.filter(
            is_deleted=False, question__is_deleted=False, question_id__in=in_tags,
            author__is_active=True,
        )
        .exclude(author_id=question.author_id)
        .exclude(author_id__in=_over_daily_limit())
        .filter(Exists(AnswerRequestOptIn.objects.filter(member=OuterRef("author"))))
        .values("author_id")
        .annotate(
            accepted=Count("pk", filter=Q(question__accepted_answer=F("pk"))),
            score=Coalesce(Sum("score"), 0),
            last_answered=Max("created_at"),
            last_login=Max("author__last_login"),
        )
        .annotate(expertise=F("accepted") * ACCEPTED_WEIGHT + F("score"))
        .filter(expertise__gt=0)
        .filter(Q(last_answered__gte=since) | Q(last_login__gte=since))
        .order_by("-expertise", "-last_answered", "author_id")[:limit]
    )
    ids = [row["author_id"] for row in ranked]
    members = User.objects.in_bulk(ids)
    return [members[pk] for pk in ids]


def experts_under_daily_limit(member_ids) -> list[int]:
    over = set(_over_daily_limit().filter(expert_id__in=member_ids).values_list(
        "expert_id", flat=True
    ))
    return [pk for pk in member_ids if pk not in over]


def help_requests_for(member: User) -> QuerySet[HelpRequest]:
    return (
        HelpRequest.objects.filter(expert=member, question__is_deleted=False)
        .select_related("question")
        .defer("question__body", "question__body_html", "question__search_vector")
        .order_by("-created_at")[:50]
    )


def has_opted_in(member: User) -> bool:
    return AnswerRequestOptIn.objects.filter(member=member).exists()


# --- insights ---------------------------------------------------------------------------

SAVED = Escalation.Resolution.RESOLVED_BY_COMMUNITY


@dataclass
class Insights:
    since: datetime
    asked: int
    solved_by_community: int
    escalated: int
    saved: int
    answered_officially: int
    breached: int
    suggestions_shown: int
    suggestions_clicked: int
    weeks: list[dict]

    @staticmethod
    def _rate(part: int, whole: int) -> float | None:
        return round(100 * part / whole, 1) if whole else None

    @property
    def self_service_rate(self):
        """Share of questions the community solved: alone, or before support could."""
        return self._rate(self.solved_by_community + self.saved, self.asked)

    @property
    def escalation_rate(self):
        return self._rate(self.escalated, self.asked)

    @property
    def click_rate(self):
        return self._rate(self.suggestions_clicked, self.suggestions_shown)


def _question_facts(questions: QuerySet[Question]) -> dict:
    ever_escalated = Exists(Escalation.objects.filter(question=OuterRef("pk")))
    official = Exists(OfficialAnswer.objects.filter(answer=OuterRef("accepted_answer")))
    saved = Exists(Escalation.objects.filter(question=OuterRef("pk"), resolution=SAVED))
    return questions.annotate(
        was_escalated=ever_escalated, official_accepted=official, was_saved=saved
    ).aggregate(
        asked=Count("pk"),
        solved_by_community=Count("pk", filter=Q(
            accepted_answer__isnull=False, was_escalated=False, official_accepted=False
        )),
        escalated=Count("pk", filter=Q(was_escalated=True)),
        saved=Count("pk", filter=Q(was_saved=True)),
        answered_officially=Count("pk", filter=Q(official_accepted=True)),
    )


def community_insights(*, days: int = 30, now: datetime | None = None) -> Insights:
    """The community's health over the last ``days``: five queries."""
    now = now or timezone.now()
    since = now - timedelta(days=days)
    questions = Question.objects.filter(is_deleted=False, created_at__gte=since)
    totals = _question_facts(questions)
    weeks = list(
        questions.annotate(week=TruncWeek("created_at")).values("week").order_by("week")
        .annotate(
            asked=Count("pk"),
            solved=Count("pk", filter=Q(accepted_answer__isnull=False)),
        )
    )
    escalation_weeks = {  # by the week the question was asked, like the rows
        row["week"]: row for row in Escalation.objects.filter(question__in=questions)
        .annotate(week=TruncWeek("question__created_at")).values("week").order_by("week")
        .annotate(
            escalated=Count("question", distinct=True),
            saved=Count("question", filter=Q(resolution=SAVED), distinct=True),
        )
    }
    for week in weeks:
        extra = escalation_weeks.get(week["week"], {})
        week["escalated"], week["saved"] = extra.get("escalated", 0), extra.get("saved", 0)
    breached = Escalation.objects.filter(
        question__in=questions, breach_notified_at__isnull=False
    ).count()
    suggestions = SimilarSuggestion.objects.filter(shown_at__gte=since).aggregate(
        shown=Count("pk"), clicked=Count("pk", filter=Q(clicked_at__isnull=False))
    )
    return Insights(
        since=since, breached=breached, weeks=weeks,
        suggestions_shown=suggestions["shown"], suggestions_clicked=suggestions["clicked"],
        **totals,
    )


# --- for the reputation app ---------------------------------------------------------------


def escalated_question_ids() -> QuerySet:
    """The questions ever escalated to support, as a subquery (Lifesaver, a member's impact)."""
    return Escalation.objects.values("question_id")


def official_answer_ids() -> QuerySet:
    """The answers support marked official, as a subquery."""
    return OfficialAnswer.objects.values("answer_id")
