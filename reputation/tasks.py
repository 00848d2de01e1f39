"""Celery tasks of the reputation app: thin wrappers around its services, safe to run twice."""

import datetime

from celery import shared_task

from ccn.queue import TASK_OPTIONS

from .services import badges, bounties, fairplay, visits


@shared_task(**TASK_OPTIONS)
def award_badges(member_ids: list[int]) -> int:
    """After an event: the badges the members involved may have earned."""
    return len(badges.badges_award(member_ids=member_ids))


@shared_task(**TASK_OPTIONS)
def sweep_badges() -> int:
    """Periodically (CELERY_BEAT_SCHEDULE): every badge anyone earned and did not get yet."""
    return len(badges.badges_award())


@shared_task(**TASK_OPTIONS)
def record_visit(member_id: int, day: str) -> bool:
    return visits.visit_record(member_id=member_id, day=datetime.date.fromisoformat(day))


@shared_task(**TASK_OPTIONS)
def expire_bounties() -> int:
    """Periodically (CELERY_BEAT_SCHEDULE): end the bounties past their grace period."""
    return bounties.bounties_expire()


@shared_task(**TASK_OPTIONS)
def reverse_serial_voting() -> int:
    """Nightly (CELERY_BEAT_SCHEDULE): find serial voting and reverse it."""
    return len(fairplay.serial_voting_reverse())


@shared_task(**TASK_OPTIONS)
def report_voting_rings() -> int:
    """Nightly (CELERY_BEAT_SCHEDULE): report new accounts voting for each other."""
    return len(fairplay.voting_rings_report())
