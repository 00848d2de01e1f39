"""What reputation keeps about a member: in their data export, and erased with the account.

Registered and connected in ReputationConfig.ready().
"""

from .models import Award, Bounty, ReputationEvent, VisitDay


def reputation_history(member) -> list:
    """Each change to the member's reputation; the other member involved is left out."""
    events = ReputationEvent.objects.filter(user=member).order_by("pk")
    return [
        {"amount": e.amount, "rule_amount": e.rule_amount, "reason": e.reason,
         "question_id": e.question_id, "answer_id": e.answer_id,
         "created_at": e.created_at.isoformat()}
        for e in events
    ]


def badges(member) -> list:
    return [
        {"badge": a.badge, "tier": a.tier, "tag": a.tag_name, "question_id": a.question_id,
         "answer_id": a.answer_id, "awarded_at": a.awarded_at.isoformat()}
        for a in Award.objects.filter(user=member).order_by("pk")
    ]


def bounties(member) -> list:
    """The bounties the member offered; who won one is left out (the answer's id stays)."""
    return [
        {"question_id": b.question_id, "amount": b.amount, "state": b.state,
         "awarded_answer_id": b.awarded_answer_id, "awarded_amount": b.awarded_amount,
         "created_at": b.created_at.isoformat(), "ends_at": b.ends_at.isoformat()}
        for b in Bounty.objects.filter(offerer=member).order_by("pk")
    ]


def visit_days(member) -> list:
    return [day.isoformat() for day in
            VisitDay.objects.filter(user=member).order_by("day").values_list("day", flat=True)]


def on_member_erased(sender, member_id, **kwargs):
    """The days a deleted account visited say when a person was here: they go."""
    VisitDay.objects.filter(user_id=member_id).delete()
