"""Celery tasks of the community: thin wrappers around services, safe to run twice."""

from celery import shared_task

from ccn.queue import TASK_OPTIONS

from .notifications import fanout


@shared_task(**TASK_OPTIONS)
def notify_question_asked(question_id: int) -> int:
    return fanout.fan_out_question_asked(question_id=question_id)


@shared_task(**TASK_OPTIONS)
def notify_answer_posted(answer_id: int) -> int:
    return fanout.fan_out_answer_posted(answer_id=answer_id)


@shared_task(**TASK_OPTIONS)
def notify_comment_posted(comment_id: int) -> int:
    return fanout.fan_out_comment_posted(comment_id=comment_id)


@shared_task(**TASK_OPTIONS)
def notify_answer_accepted(answer_id: int) -> int:
    return fanout.fan_out_answer_accepted(answer_id=answer_id)
