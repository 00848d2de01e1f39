"""What the reputation app does when the community announces something (community.signals).

Receivers run after the community's transaction has committed. The ledger is settled at
once (members see their reputation move on the next page); badges are checked by a Celery
task for the members involved. Both are safe to repeat.
"""

from ccn.queue import enqueue_on_commit

from . import tasks
from .services import ledger


def _check_badges(*member_ids: int) -> None:
    enqueue_on_commit(tasks.award_badges, sorted(set(member_ids)))


def on_vote_changed(sender, *, voter, post, **kwargs):
    ledger.vote_settle(voter_id=voter.pk, post=post)
    _check_badges(voter.pk, post.author_id)


def on_answer_accepted(sender, *, answer, previous=None, **kwargs):
    ledger.accept_settle(answer=answer)
    if previous is not None:
        ledger.accept_settle(answer=previous)
    _check_badges(answer.author_id, answer.question.author_id)


def on_answer_unaccepted(sender, *, answer, **kwargs):
    ledger.accept_settle(answer=answer)


def on_post_deleted(sender, *, post, **kwargs):
    ledger.post_settle(post=post)


def on_post_restored(sender, *, post, **kwargs):
    ledger.post_settle(post=post, restoring=True)


def on_suggested_edit_approved(sender, *, edit, **kwargs):
    ledger.edit_approved_reward(
        edit_id=edit.pk, editor_id=edit.author_id, post=edit.post, reviewer_id=edit.reviewer_id
    )


def on_comment_posted(sender, *, comment, **kwargs):
    _check_badges(comment.author_id)


def on_post_edited(sender, *, post, editor, **kwargs):
    _check_badges(editor.pk)
