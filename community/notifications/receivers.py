"""Community events, turned into fan-out tasks (connected in CommunityConfig.ready())."""

from ccn.queue import enqueue_on_commit
from community import tasks


def on_question_asked(sender, question, **kwargs):
    enqueue_on_commit(tasks.notify_question_asked, question.pk)


def on_answer_posted(sender, answer, **kwargs):
    enqueue_on_commit(tasks.notify_answer_posted, answer.pk)


def on_comment_posted(sender, comment, **kwargs):
    enqueue_on_commit(tasks.notify_comment_posted, comment.pk)


def on_answer_accepted(sender, answer, previous=None, **kwargs):
    enqueue_on_commit(tasks.notify_answer_accepted, answer.pk)
