"""What the reputation app does when the community announces something (community.signals).

Receivers run after the community's transaction has committed; each settles the causes the
event touched, which is safe to repeat.
"""

from .services import ledger


def on_vote_changed(sender, *, voter, post, **kwargs):
    ledger.vote_settle(voter_id=voter.pk, post=post)


def on_answer_accepted(sender, *, answer, previous=None, **kwargs):
    ledger.accept_settle(answer=answer)
    if previous is not None:
        ledger.accept_settle(answer=previous)


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
