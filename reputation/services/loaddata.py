"""The ledger for what generate_load_data writes, in bulk (community.loadgen).

The same rows that settling each vote and acceptance one at a time would write (causes,
reasons, amounts by the rules, the daily up-vote limit, the floor of 1), computed for a
whole batch in memory and written with the batch's own sink, so a load of a million posts
ends with every member's reputation equal to 1 plus their ledger, as
``recalculate_reputation`` checks.
"""

from collections import defaultdict

from community.models import User

from ..models import ReputationEvent
from ..models.ledger import Reason
from .ledger import rule


def on_load_batch_written(sender, *, votes, acceptances, sink, **kwargs) -> None:
    rows = _rows(votes, acceptances)
    if not rows:
        return
    state = sink.state.setdefault("reputation", {"balances": {}, "earned": defaultdict(int)})
    balances, earned = state["balances"], state["earned"]
    unknown = {row["user_id"] for row in rows} - balances.keys()
    balances.update(User.objects.filter(pk__in=unknown).values_list("pk", "reputation"))
    changed = set()
    for row in sorted(rows, key=lambda r: r["created_at"]):
        member, amount = row["user_id"], row["rule_amount"]
        if row["reason"] == Reason.UPVOTED:  # members of a load keep UTC days
            day = (member, row["created_at"].date())
            amount = max(0, min(amount, rule("daily_vote_limit") - earned[day]))
            earned[day] += amount
        amount = max(amount, 1 - balances[member])  # nobody goes below 1
        row["amount"] = amount
        balances[member] += amount
        changed.add(member)
    sink.write(ReputationEvent, rows)
    sink.update(User, "reputation", {pk: balances[pk] for pk in sorted(changed)})


def _rows(votes, acceptances) -> list[dict]:
    rows = []
    for vote in votes:
        post = {"question_id": vote.question_id, "answer_id": vote.answer_id}
        key = f"q{vote.question_id}" if vote.question_id else f"a{vote.answer_id}"
        cause = f"vote:{vote.voter_id}:{key}"
        at = vote.created_at
        if vote.value == 1:
            rows.append(_row(vote.author_id, rule("upvoted"), Reason.UPVOTED, cause, post,
                             vote.voter_id, at))
            continue
        rows.append(_row(vote.author_id, rule("downvoted"), Reason.DOWNVOTED, cause, post,
                         vote.voter_id, at))
        if vote.answer_id:
            rows.append(_row(vote.voter_id, rule("downvote_answer_cost"), Reason.DOWNVOTE_CAST,
                             cause, post, vote.author_id, at))
    for accepted in acceptances:
        if accepted.answerer_id == accepted.asker_id:
            continue
        post = {"question_id": None, "answer_id": accepted.answer_id}
        cause = f"accept:a{accepted.answer_id}"
        at = accepted.accepted_at
        rows.append(_row(accepted.answerer_id, rule("answer_accepted"), Reason.ANSWER_ACCEPTED,
                         cause, post, accepted.asker_id, at))
        rows.append(_row(accepted.asker_id, rule("accepted_an_answer"),
                         Reason.ACCEPTED_AN_ANSWER, cause, post, accepted.answerer_id, at))
    return rows


def _row(member, rule_amount, reason, cause, post, actor, at) -> dict:
    return {"user_id": member, "rule_amount": rule_amount, "amount": rule_amount,
            "reason": reason, "cause": cause, "actor_id": actor, "created_at": at, **post}
