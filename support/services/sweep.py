"""The escalation sweep: every minute (Celery beat) or once (``escalate_unanswered``).

It reads what is due from the database, so nothing depends on a message having been
delivered: after an outage the next sweep catches up, nothing missed, nothing doubled.
Several sweeps may run at once: each locks its own batch of questions with
``SKIP LOCKED``, and the partial unique constraint allows one open escalation per question.
"""

from dataclasses import dataclass
from datetime import datetime, timedelta

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.db.models import Exists, OuterRef, Q, QuerySet
from django.utils import timezone
from taggit.models import TaggedItem

from community.models import Question

from .. import notify
from ..models import ACTIVE_STATES, Escalation, EscalationEvent, PeerRound, SolvedNudge
from ..policies import PolicyBook, default_policy
from .escalations import escalation_build, escalation_settle_on_accept, log_event
from .peers import peer_round_run


@dataclass
class SweepResult:
    escalated: int = 0
    nudged: int = 0
    peer_rounds: int = 0
    settled: int = 0
    breached: int = 0


def escalable_questions() -> QuerySet[Question]:
    """Questions the ladder still applies to; the sweep index covers exactly these.

    When the community gains closed or duplicate questions, exclude them here (and in
    the index's condition, support/migrations/0002).
    """
    return Question.objects.filter(is_deleted=False, accepted_answer__isnull=True)


def _tagged_with(tag_ids) -> Q:
    question_type = ContentType.objects.get_for_model(Question)
    return Q(Exists(TaggedItem.objects.filter(
        content_type_id=question_type.pk, object_id=OuterRef("pk"), tag_id__in=tag_ids
    )))


def due_after(book: PolicyBook, field: str, now: datetime, fraction: float = 1) -> Q:
    """Questions asked at least their policy's ``field`` (times ``fraction``) before now.

    Policies are few, so the condition is spelled out per distinct delay: no interval
    arithmetic in SQL, the same on PostgreSQL and SQLite.
    """
    default = getattr(default_policy(), field) * fraction
    policy_tags = list(book.by_tag_id)
    due = Q(created_at__lte=now - default)
    if policy_tags:
        due &= ~_tagged_with(policy_tags)
    for delay, tag_ids in book.delays(field).items():
        due |= Q(created_at__lte=now - delay * fraction) & _tagged_with(tag_ids)
    return due


def _shortest(book: PolicyBook, field: str) -> timedelta:
    return min([getattr(default_policy(), field), *book.delays(field)])


def _window(book: PolicyBook, now: datetime, *fields: str, fraction: float = 1) -> Q:
    """A created_at range that the sweep index answers before any policy is looked at."""
    newest = now - min(_shortest(book, f) for f in fields) * fraction
    return Q(created_at__lte=newest, created_at__gte=now - settings.CCN_ESCALATE_LOOKBACK)


def due_for_escalation(book: PolicyBook, now: datetime) -> QuerySet[Question]:
    unanswered = Q(answer_count=0) & due_after(book, "escalate_after", now)
    unaccepted = Q(answer_count__gt=0) & due_after(book, "escalate_unaccepted_after", now)
    ever_escalated = Exists(Escalation.objects.filter(question=OuterRef("pk")))
    return (
        escalable_questions()
        .filter(_window(book, now, "escalate_after", "escalate_unaccepted_after"))
        .filter(unanswered | unaccepted)
        .exclude(ever_escalated)
    )


def due_for_nudge(book: PolicyBook, now: datetime) -> QuerySet[Question]:
    half = 0.5
    return (
        escalable_questions()
        .filter(_window(book, now, "escalate_unaccepted_after", fraction=half))
        .filter(answer_count__gt=0)
        .filter(due_after(book, "escalate_unaccepted_after", now, fraction=half))
        .exclude(Exists(SolvedNudge.objects.filter(question=OuterRef("pk"))))
        .exclude(Exists(Escalation.objects.filter(question=OuterRef("pk"))))
    )


def in_locked_batches(questions: QuerySet[Question], handle, *, batch_size: int) -> int:
    """Call ``handle(batch)`` on locked batches of ``questions``; return the sum of results.

    Each batch is one transaction holding its rows with ``FOR UPDATE SKIP LOCKED``: a
    concurrent sweep skips them and takes the next ones. Batches go in (created_at, pk)
    order, each after the last, so the loop ends even when ``handle`` skips rows.
    """
    total, after = 0, None
    ordered = questions.order_by("created_at", "pk").only("pk", "created_at", "answer_count")
    while True:
        with transaction.atomic():
            batch = ordered
            if after is not None:
                batch = batch.filter(
                    Q(created_at__gt=after[0]) | Q(created_at=after[0], pk__gt=after[1])
                )
            rows = list(batch.select_for_update(skip_locked=True, of=("self",))[:batch_size])
            if rows:
                total += handle(rows)
        if len(rows) < batch_size:
            return total
        after = (rows[-1].created_at, rows[-1].pk)


def _tag_ids_of(questions) -> dict[int, list[int]]:
    question_type = ContentType.objects.get_for_model(Question)
    tag_ids: dict[int, list[int]] = {q.pk: [] for q in questions}
    pairs = TaggedItem.objects.filter(
        content_type_id=question_type.pk, object_id__in=list(tag_ids)
    ).values_list("object_id", "tag_id")
    for question_id, tag_id in pairs:
        tag_ids[question_id].append(tag_id)
    return tag_ids


def _escalate_batch(questions, *, book: PolicyBook, now: datetime) -> int:
    # Rows are locked now: whatever escalation another sweep committed is visible here.
    escalated = set(
        Escalation.objects.filter(question__in=questions).values_list("question_id", flat=True)
    )
    tag_ids = _tag_ids_of(questions)
    Reason = Escalation.Reason
    new = [
        escalation_build(
            question=question, policy=book.for_tag_ids(tag_ids[question.pk]), now=now,
            reason=Reason.NO_ANSWER if question.answer_count == 0 else Reason.NO_ACCEPTED_ANSWER,
        )
        for question in questions if question.pk not in escalated
    ]
    Escalation.objects.bulk_create(new)
    EscalationEvent.objects.bulk_create(
        EscalationEvent(escalation=e, kind=EscalationEvent.Kind.CREATED, state=e.state,
                        created_at=now)
        for e in new
    )
    ids = [e.pk for e in new]
    if ids:
        transaction.on_commit(lambda: notify.agents_new_escalations(ids))
    return len(new)


def _nudge_batch(questions, *, now: datetime) -> int:
    nudged = set(
        SolvedNudge.objects.filter(question__in=questions).values_list("question_id", flat=True)
    )
    new = [q for q in questions if q.pk not in nudged]
    SolvedNudge.objects.bulk_create(SolvedNudge(question=q, created_at=now) for q in new)
    for question in new:
        transaction.on_commit(lambda q=question: notify.asker_did_any_answer_solve_this(q))
    return len(new)


def escalate_due(*, now: datetime | None = None, batch_size: int | None = None) -> int:
    """Escalate every question whose time has come; return how many were escalated."""
    now = now or timezone.now()
    book = PolicyBook()
    return in_locked_batches(
        due_for_escalation(book, now),
        lambda batch: _escalate_batch(batch, book=book, now=now),
        batch_size=batch_size or settings.CCN_ESCALATION_BATCH_SIZE,
    )


def nudge_due(*, now: datetime | None = None) -> int:
    now = now or timezone.now()
    return in_locked_batches(
        due_for_nudge(PolicyBook(), now),
        lambda batch: _nudge_batch(batch, now=now),
        batch_size=settings.CCN_ESCALATION_BATCH_SIZE,
    )


def settle_accepted() -> int:
    """Resolve open escalations whose question was accepted (if the receiver missed it)."""
    settled = 0
    pending = Escalation.objects.filter(
        state__in=ACTIVE_STATES, question__accepted_answer__isnull=False
    ).select_related("question__accepted_answer")
    for escalation in pending:
        settled += bool(escalation_settle_on_accept(answer=escalation.question.accepted_answer))
    return settled


def flag_breaches(*, now: datetime | None = None) -> int:
    """Log and announce, once each, the open escalations that missed an SLA target."""
    now = now or timezone.now()
    late = Q(first_response_at__isnull=True, first_response_due_at__lte=now) | Q(
        resolution_due_at__lte=now
    )
    flagged = 0
    with transaction.atomic():
        breaching = list(
            Escalation.objects.filter(state__in=ACTIVE_STATES, breach_notified_at__isnull=True)
            .filter(late).select_for_update(skip_locked=True)[:500]
        )
        for escalation in breaching:
            escalation.breach_notified_at = now
            escalation.save(update_fields=["breach_notified_at"])
            log_event(escalation, EscalationEvent.Kind.BREACHED)
            transaction.on_commit(lambda e=escalation: notify.agents_breaching(e))
            flagged += 1
    return flagged


def peer_rounds_due(*, now: datetime | None = None) -> int:
    """Ask experts to help with the questions asked lately that had no peer round yet."""
    now = now or timezone.now()
    missed = (
        Question.objects.filter(
            is_deleted=False, created_at__gte=now - settings.CCN_PEER_ROUND_WINDOW
        )
        .exclude(Exists(PeerRound.objects.filter(question=OuterRef("pk"))))
        .values_list("pk", flat=True)[:100]
    )
    return sum(peer_round_run(question_id=pk) is not None for pk in list(missed))


def escalation_sweep(*, now: datetime | None = None) -> SweepResult:
    """One pass of the ladder over the whole community."""
    now = now or timezone.now()
    return SweepResult(
        peer_rounds=peer_rounds_due(now=now),
        settled=settle_accepted(),
        nudged=nudge_due(now=now),
        escalated=escalate_due(now=now),
        breached=flag_breaches(now=now),
    )
