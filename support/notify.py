"""Who support tells about what: the one place where support meets notifications.

Every function here is called after the transaction that made the change commits. Until
the community's notification service exists on main (issue 6), they record the event in
the log only; what members need is already visible without them: the asker sees the
escalation's state on the question page, agents see new and breaching escalations in the
queue, experts see their "Can you help?" requests on /settings/answer-requests/.
Connecting the notification service means filling in these functions, nothing else.
"""

import logging

logger = logging.getLogger("support.notify")


def asker_support_has_it(escalation) -> None:
    logger.info("escalation %s: the asker is told support has the question", escalation.pk)


def asker_official_answer(escalation, answer) -> None:
    logger.info("escalation %s: the asker is told of official answer %s", escalation.pk, answer.pk)


def asker_did_any_answer_solve_this(question) -> None:
    logger.info("question %s: the asker is asked whether an answer solved it", question.pk)


def agents_new_escalations(escalation_ids) -> None:
    logger.info("agents are told of %d new escalations", len(escalation_ids))


def agents_breaching(escalation) -> None:
    logger.info("escalation %s: agents are told its SLA is breached", escalation.pk)


def assignee_resolved_by_community(escalation) -> None:
    logger.info("escalation %s: its agent is told the community solved it", escalation.pk)


def expert_can_you_help(help_request) -> None:
    logger.info(
        "question %s: member %s is asked whether they can help",
        help_request.question_id, help_request.expert_id,
    )
