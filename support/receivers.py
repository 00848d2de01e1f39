"""Support's reactions to what happens in the community (community/signals.py).

The signals arrive after the community's transaction committed. A failure here is logged,
never raised into the member's request: the sweep reconciles the same state a minute
later (an accepted question's escalation is settled by ``settle_accepted``).
"""

import logging

from . import services

logger = logging.getLogger(__name__)


def settle_escalation_on_accept(sender, answer, previous=None, **kwargs):
    try:
        services.escalation_settle_on_accept(answer=answer)
    except Exception:
        logger.exception("settling the escalation of question %s failed", answer.question_id)


def note_reply_on_answer(sender, answer, **kwargs):
    _record_reply(answer.question_id, answer.author, answer.created_at)


def note_reply_on_comment(sender, comment, **kwargs):
    question_id = comment.question_id or comment.answer.question_id
    _record_reply(question_id, comment.author, comment.created_at)


def _record_reply(question_id, member, at):
    try:
        services.escalation_record_reply(question_id=question_id, member=member, at=at)
    except Exception:
        logger.exception("recording a reply on question %s failed", question_id)
