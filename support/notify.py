"""Who support tells about what, through the community's notification service.

Every function here runs after the transaction that made the change commits, and never
raises: a notification that could not be written is logged, and what it said stays
visible where it happened (the question page, the queue, the escalation's log).
The kinds agents receive are registered by support (support/notification_kinds.py); the
members' kinds (official answer, escalation status, "Can you help?") by the community.
"""

import logging
from functools import wraps

from django.utils.translation import gettext as _

from community.models import User
from community.notifications import services as notifications
from community.roles import SUPPORT_AGENTS

from . import notification_kinds as kinds

logger = logging.getLogger("support.notify")


def _never_raises(function):
    @wraps(function)
    def wrapper(*args, **kwargs):
        try:
            return function(*args, **kwargs)
        except Exception:
            logger.exception("support could not notify (%s)", function.__name__)
            return None

    return wrapper


def _agent_ids() -> list[int]:
    return list(
        User.objects.filter(is_active=True, groups__name=SUPPORT_AGENTS)
        .values_list("pk", flat=True)
    )


def _tell(member_ids, *, kind, event_key: str, subject: str, url: str, question=None,
          group_key: str = "", data: dict | None = None) -> int:
    reason = notifications.Reason(
        kind=kinds.get(kind), group_key=group_key or event_key, data=data or {}
    )
    audience = notifications.Audience()
    audience.add(member_ids, reason)
    return len(notifications.notify(
        audience=audience, event_key=event_key, subject=subject, url=url, question=question,
    ))


@_never_raises
def asker_support_has_it(escalation) -> None:
    question = escalation.question
    notifications.notification_send(
        recipient=question.author, kind="escalation_status",
        event_key=f"escalation:{escalation.pk}:open", subject=question.title,
        url=question.get_absolute_url(), question=question,
        group_key=f"escalation:{escalation.pk}", data={"status": _("support has it")},
    )


@_never_raises
def asker_official_answer(escalation, answer) -> None:
    question = escalation.question
    notifications.notification_send(
        recipient=question.author, kind="official_answer",
        event_key=f"official_answer:{answer.pk}", subject=question.title,
        url=answer.get_absolute_url(), actor=answer.author, question=question,
    )


@_never_raises
def asker_did_any_answer_solve_this(question) -> None:
    notifications.notification_send(
        recipient=question.author, kind=kinds.SOLVED_NUDGE.key,
        event_key=f"solved_nudge:{question.pk}", subject=question.title,
        url=question.get_absolute_url(), question=question,
    )


@_never_raises
def agents_new_escalations(escalation_ids) -> None:
    from .models import Escalation

    agent_ids = _agent_ids()
    new = Escalation.objects.filter(pk__in=escalation_ids).select_related("question")
    for escalation in new:
        _tell(
            agent_ids, kind=kinds.ESCALATION_NEW.key, event_key=f"escalation:{escalation.pk}",
            subject=escalation.question.title, url=escalation.get_absolute_url(),
            question=escalation.question, group_key="support:new",
        )


@_never_raises
def agents_breaching(escalation) -> None:
    recipients = [escalation.assignee_id] if escalation.assignee_id else _agent_ids()
    _tell(
        recipients, kind=kinds.ESCALATION_BREACHED.key,
        event_key=f"escalation:{escalation.pk}:breached", subject=escalation.question.title,
        url=escalation.get_absolute_url(), question=escalation.question,
        group_key="support:breached",
    )


@_never_raises
def assignee_resolved_by_community(escalation) -> None:
    if escalation.assignee_id is None:
        return
    _tell(
        [escalation.assignee_id], kind=kinds.ESCALATION_SAVED.key,
        event_key=f"escalation:{escalation.pk}:saved", subject=escalation.question.title,
        url=escalation.get_absolute_url(), question=escalation.question,
    )


@_never_raises
def expert_can_you_help(help_request) -> None:
    question = help_request.question
    notifications.notification_send(
        recipient=help_request.expert, kind="help_requested",
        event_key=f"help:{question.pk}", subject=question.title,
        url=question.get_absolute_url(), actor=question.author, question=question,
    )
