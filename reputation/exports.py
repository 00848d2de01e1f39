"""The member's reputation history, for their data export (registered in ReputationConfig)."""

from .models import ReputationEvent


def reputation_history(member) -> list:
    """Each change to the member's reputation; the other member involved is left out."""
    events = ReputationEvent.objects.filter(user=member).order_by("pk")
    return [
        {"amount": e.amount, "rule_amount": e.rule_amount, "reason": e.reason,
         "question_id": e.question_id, "answer_id": e.answer_id,
         "created_at": e.created_at.isoformat()}
        for e in events
    ]
