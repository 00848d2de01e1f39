"""What happened in the community, for reputation and support to react to.

Services send these after their transaction commits (``send_on_commit``), so a receiver
never sees a change that was rolled back.
"""

from django.db import transaction
from django.dispatch import Signal

question_asked = Signal()  # question
answer_posted = Signal()  # answer
answer_accepted = Signal()  # answer, previous (the answer accepted before, or None)
answer_unaccepted = Signal()  # answer
vote_changed = Signal()  # voter, post, old_value, new_value (0 means no vote)
comment_posted = Signal()  # comment
post_edited = Signal()  # post, editor
suggested_edit_approved = Signal()  # edit (a SuggestedEdit, now applied)
post_deleted = Signal()  # post (a question or an answer, now hidden)
post_restored = Signal()  # post (visible again)
member_erased = Signal()  # member_id (the account was deleted: erase what you keep about it)
# Sent by generate_load_data inside each batch's transaction, not after commit: votes and
# acceptances (community.loadgen.LoadVote, LoadAcceptance) and the sink that wrote them,
# for satellites to write their own rows in the same transaction.
load_batch_written = Signal()  # votes, acceptances, sink


def send_on_commit(signal: Signal, **kwargs) -> None:
    # Cached pages that show what changed are made stale at once, not only after commit
    # (community.caching, which also receives the signal itself after commit).
    from .caching import on_community_signal

    on_community_signal(None, signal, **kwargs)
    transaction.on_commit(lambda: signal.send(sender=None, **kwargs))
