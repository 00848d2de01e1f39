"""Writes on escalations: create, request, claim, release, reassign, note, answer, resolve.

Each runs in one transaction, locks what it changes, writes an event to the escalation's
log and raises SupportError with a readable message when a rule refuses it.
"""

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from community import services as community_services
from community.exceptions import CommunityError
from community.models import Answer, Question, User
from community.roles import is_agent

from .. import notify, permissions
from ..exceptions import AlreadyClaimed, SupportError, SupportForbidden
from ..models import ACTIVE_STATES, Escalation, EscalationEvent, OfficialAnswer
from ..policies import Policy, policy_for_question

State = Escalation.State
Kind = EscalationEvent.Kind

# Resolutions an agent chooses; "resolved by the community" is the system's alone.
AGENT_RESOLUTIONS = [
    choice for choice in Escalation.Resolution
    if choice != Escalation.Resolution.RESOLVED_BY_COMMUNITY
]


def log_event(escalation: Escalation, kind: str, *, actor: User | None = None, body: str = ""):
    return EscalationEvent.objects.create(
        escalation=escalation, kind=kind, actor=actor, assignee_id=escalation.assignee_id,
        state=escalation.state, resolution=escalation.resolution, body=body,
    )


def escalation_build(*, question: Question, reason: str, policy: Policy, now,
                     requested_by: User | None = None) -> Escalation:
    """An unsaved escalation of ``question`` with its SLA due times (the sweep saves many)."""
    return Escalation(
        question=question, reason=reason, priority=policy.priority, policy=policy.source,
        requested_by=requested_by, created_at=now,
        first_response_due_at=now + policy.first_response_target,
        resolution_due_at=now + policy.resolution_target,
    )


def escalation_create(
    *, question: Question, reason: str, requested_by: User | None = None
) -> Escalation:
    """Put ``question`` in front of the agents now, unless support already has it."""
    with transaction.atomic():
        question = Question.objects.select_for_update(of=("self",)).get(pk=question.pk)
        if question.is_deleted:
            raise SupportError(_("A deleted question cannot be escalated."))
        if question.is_solved:
            raise SupportError(_("This question is already solved."))
        if Escalation.objects.filter(question=question, state__in=ACTIVE_STATES).exists():
            raise SupportError(_("Support already has this question."))
        escalation = escalation_build(
            question=question, reason=reason, policy=policy_for_question(question),
            now=timezone.now(), requested_by=requested_by,
        )
        try:
            with transaction.atomic():
                escalation.save()
        except IntegrityError as error:  # the question lock makes this unreachable in practice
            raise SupportError(_("Support already has this question.")) from error
        log_event(escalation, Kind.CREATED, actor=requested_by)
        transaction.on_commit(lambda: _announce(escalation))
    return escalation


def _announce(escalation: Escalation) -> None:
    notify.agents_new_escalations([escalation.pk])
    notify.asker_support_has_it(escalation)


def escalation_request(*, member: User, question: Question) -> Escalation:
    """"Ask support" from the asker, or a moderator's escalation of any question."""
    if permissions.can_ask_support(member, question):
        return _asker_request(member=member, question=question)
    if permissions.can_escalate_any(member):
        return escalation_create(
            question=question, reason=Escalation.Reason.MODERATOR, requested_by=member
        )
    raise SupportForbidden(_("Only the person who asked can ask support about this question."))


def _asker_request(*, member: User, question: Question) -> Escalation:
    reason = Escalation.Reason.ASKER_REQUEST
    with transaction.atomic():
        # One member's requests are counted one at a time, so the limit holds under races.
        User.objects.select_for_update().only("pk").get(pk=member.pk)
        if Escalation.objects.filter(question=question, reason=reason).exists():
            raise SupportError(_("You already asked support about this question."))
        open_requests = Escalation.objects.filter(
            requested_by=member, reason=reason, state__in=ACTIVE_STATES
        ).count()
        if open_requests >= settings.CCN_SUPPORT_REQUESTS_OPEN_MAX:
            raise SupportError(_(
                "You have %(count)d questions with support already. Ask again when one "
                "of them is answered."
            ) % {"count": open_requests})
        return escalation_create(question=question, reason=reason, requested_by=member)


def _locked(escalation: Escalation) -> Escalation:
    return Escalation.objects.select_for_update(of=("self",)).select_related("question").get(
        pk=escalation.pk
    )


def _require_agent(member: User) -> None:
    if not permissions.can_work_escalations(member):
        raise SupportForbidden(_("Only support agents can do this."))


def _require_active(escalation: Escalation) -> None:
    if not escalation.is_active:
        raise SupportError(_("This escalation is closed."))


def escalation_claim(*, agent: User, escalation: Escalation) -> Escalation:
    """Make ``agent`` the assignee of an open escalation; of two at once, one wins.

    The conditional UPDATE is the arbiter: PostgreSQL makes the second claimer wait for
    the first to commit, then finds the row no longer open and updates nothing.
    """
    _require_agent(agent)
    with transaction.atomic():
        claimed = Escalation.objects.filter(
            pk=escalation.pk, state=State.OPEN, assignee__isnull=True
        ).update(state=State.CLAIMED, assignee=agent)
        escalation = Escalation.objects.select_related("assignee", "question").get(
            pk=escalation.pk
        )
        if not claimed:
            if escalation.assignee_id == agent.pk:
                return escalation  # a double click: it is already theirs
            _require_active(escalation)
            raise AlreadyClaimed(
                _("%(name)s claimed this escalation first.")
                % {"name": escalation.assignee.display_name},
                assignee=escalation.assignee,
            )
        log_event(escalation, Kind.CLAIMED, actor=agent)
    return escalation


def escalation_release(*, agent: User, escalation: Escalation) -> Escalation:
    """Give a claimed escalation back to the queue, unassigned."""
    _require_agent(agent)
    with transaction.atomic():
        escalation = _locked(escalation)
        _require_active(escalation)
        if escalation.state == State.OPEN:
            return escalation
        escalation.state, escalation.assignee = State.OPEN, None
        escalation.save(update_fields=["state", "assignee"])
        log_event(escalation, Kind.RELEASED, actor=agent)
    return escalation


def escalation_reassign(*, agent: User, escalation: Escalation, assignee: User) -> Escalation:
    _require_agent(agent)
    if not (assignee.is_active and is_agent(assignee)):
        raise SupportError(_("%(name)s is not a support agent.") % {"name": assignee})
    with transaction.atomic():
        escalation = _locked(escalation)
        _require_active(escalation)
        if escalation.assignee_id == assignee.pk:
            return escalation
        escalation.assignee = assignee
        if escalation.state == State.OPEN:
            escalation.state = State.CLAIMED
        escalation.save(update_fields=["state", "assignee"])
        log_event(escalation, Kind.REASSIGNED, actor=agent)
    return escalation


def note_add(*, author: User, escalation: Escalation, body: str) -> EscalationEvent:
    """An internal note: agents and moderators read it; customers never do."""
    if not permissions.can_add_note(author):
        raise SupportForbidden(_("Only support agents and moderators can write internal notes."))
    body = body.strip()
    if not body:
        raise SupportError(_("Write the note first."))
    if len(body) > 5000:
        raise SupportError(_("A note can be at most 5000 characters long."))
    with transaction.atomic():
        escalation = _locked(escalation)
        return log_event(escalation, Kind.NOTE, actor=author, body=body)


def official_answer_post(*, agent: User, escalation: Escalation, body: str) -> Answer:
    """A public answer from ``agent``, marked official; the escalation waits on the asker.

    An unclaimed escalation becomes the agent's; one claimed by another agent is theirs
    to answer.
    """
    _require_agent(agent)
    with transaction.atomic():
        escalation = _locked(escalation)
        _require_active(escalation)
        if escalation.assignee_id not in (None, agent.pk):
            raise SupportError(
                _("%(name)s has this escalation; ask them, or reassign it first.")
                % {"name": escalation.assignee}
            )
        try:
            answer = community_services.answer_post(
                author=agent, question=escalation.question, body=body
            )
        except CommunityError as error:
            raise SupportError(str(error)) from error
        OfficialAnswer.objects.create(answer=answer, escalation=escalation, agent=agent)
        escalation.assignee, escalation.state = agent, State.WAITING
        escalation.first_response_at = escalation.first_response_at or answer.created_at
        escalation.save(update_fields=["assignee", "state", "first_response_at"])
        log_event(escalation, Kind.OFFICIAL_ANSWER, actor=agent)
        transaction.on_commit(lambda: notify.asker_official_answer(escalation, answer))
    return answer


def _finish(escalation: Escalation, *, state: str, resolution: str, actor: User | None,
            note: str = "") -> Escalation:
    escalation.state, escalation.resolution = state, resolution
    escalation.resolved_at = timezone.now()
    escalation.save(update_fields=["state", "resolution", "resolved_at"])
    kind = Kind.RESOLVED if state == State.RESOLVED else Kind.RETURNED
    log_event(escalation, kind, actor=actor, body=note.strip()[:5000])
    return escalation


def escalation_resolve(
    *, agent: User, escalation: Escalation, resolution: str, note: str = ""
) -> Escalation:
    """Close the escalation with one of the agents' resolutions (and an internal note)."""
    _require_agent(agent)
    if resolution not in AGENT_RESOLUTIONS:
        raise SupportError(_("Choose how the escalation was resolved."))
    with transaction.atomic():
        escalation = _locked(escalation)
        _require_active(escalation)
        return _finish(
            escalation, state=State.RESOLVED, resolution=resolution, actor=agent, note=note
        )


def escalation_return(*, agent: User, escalation: Escalation, note: str = "") -> Escalation:
    """Hand the question back to the community: support closes its escalation unresolved."""
    _require_agent(agent)
    with transaction.atomic():
        escalation = _locked(escalation)
        _require_active(escalation)
        return _finish(escalation, state=State.RETURNED, resolution="", actor=agent, note=note)


def escalation_settle_on_accept(*, answer: Answer) -> Escalation | None:
    """The asker accepted ``answer``: resolve the question's open escalation by it.

    Accepting the official answer resolves it as answered officially; accepting a
    community answer as resolved by the community, a saving the insights count, and the
    agent who had it is told.
    """
    with transaction.atomic():
        escalation = (
            Escalation.objects.select_for_update(of=("self",)).select_related("question")
            .filter(question_id=answer.question_id, state__in=ACTIVE_STATES).first()
        )
        if escalation is None or escalation.question.accepted_answer_id != answer.pk:
            return None
        if OfficialAnswer.objects.filter(answer=answer).exists():
            resolution = Escalation.Resolution.ANSWERED_OFFICIALLY
        else:
            resolution = Escalation.Resolution.RESOLVED_BY_COMMUNITY
            transaction.on_commit(lambda: notify.assignee_resolved_by_community(escalation))
        return _finish(
            escalation, state=State.RESOLVED, resolution=resolution,
            actor=escalation.question.author,
        )


def escalation_record_reply(*, question_id: int, member: User, at) -> Escalation | None:
    """Someone wrote on an escalated question: an agent's first public reply stops the
    first-response clock; the asker's reply while support waited on them hands the
    escalation back to its agent."""
    with transaction.atomic():
        escalation = (
            Escalation.objects.select_for_update(of=("self",)).select_related("question")
            .filter(question_id=question_id, state__in=ACTIVE_STATES).first()
        )
        if escalation is None:
            return None
        if escalation.first_response_at is None and permissions.can_work_escalations(member):
            escalation.first_response_at = at
            escalation.save(update_fields=["first_response_at"])
        elif escalation.state == State.WAITING and escalation.question.author_id == member.pk:
            escalation.state = State.CLAIMED
            escalation.save(update_fields=["state"])
            log_event(escalation, Kind.CUSTOMER_REPLIED, actor=member)
    return escalation
