"""The SLA policy that applies to a question: its tags' policies, or the default one.

A question under several policies gets the most urgent of each: the shortest delays and
targets, the highest priority. A question under none gets the environment's defaults.
"""

from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings

from .models import Priority, SlaPolicy


@dataclass(frozen=True)
class Policy:
    escalate_after: timedelta
    escalate_unaccepted_after: timedelta
    priority: int
    first_response_target: timedelta
    resolution_target: timedelta
    source: SlaPolicy | None = None  # the most urgent tag policy, or None for the default


def default_policy() -> Policy:
    return Policy(
        escalate_after=settings.CCN_ESCALATE_AFTER,
        escalate_unaccepted_after=settings.CCN_ESCALATE_UNACCEPTED_AFTER,
        priority=Priority.NORMAL,
        first_response_target=settings.CCN_SLA_FIRST_RESPONSE,
        resolution_target=settings.CCN_SLA_RESOLUTION,
    )


def combine(policies: list[SlaPolicy]) -> Policy:
    """The effective policy of a question whose tags carry ``policies``."""
    if not policies:
        return default_policy()
    most_urgent = max(policies, key=lambda p: (p.priority, -p.escalate_after, -p.pk))
    return Policy(
        escalate_after=min(p.escalate_after for p in policies),
        escalate_unaccepted_after=min(p.escalate_unaccepted_after for p in policies),
        priority=max(p.priority for p in policies),
        first_response_target=min(p.first_response_target for p in policies),
        resolution_target=min(p.resolution_target for p in policies),
        source=most_urgent,
    )


class PolicyBook:
    """Every tag policy, read once, for code that looks up many questions (the sweep)."""

    def __init__(self):
        self.by_tag_id = {p.tag_id: p for p in SlaPolicy.objects.all()}

    def for_tag_ids(self, tag_ids) -> Policy:
        return combine([self.by_tag_id[t] for t in tag_ids if t in self.by_tag_id])

    def delays(self, field: str) -> dict[timedelta, list[int]]:
        """The distinct values of ``field`` among the tag policies, with their tag ids."""
        grouped: dict[timedelta, list[int]] = {}
        for tag_id, policy in self.by_tag_id.items():
            grouped.setdefault(getattr(policy, field), []).append(tag_id)
        return grouped


def policy_for_question(question) -> Policy:
    tag_ids = [tag.pk for tag in question.tags.all()]
    return combine(list(SlaPolicy.objects.filter(tag_id__in=tag_ids)))
