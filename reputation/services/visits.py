"""The days members visit, for the Enthusiast badge."""

import datetime
import logging

from django.core.cache import cache
from django.db import IntegrityError, transaction
from django.utils import timezone

from ccn.queue import enqueue_on_commit
from community.models import User

from ..models import VisitDay

logger = logging.getLogger(__name__)


def visit_note(*, member: User) -> None:
    """Once a day per member: queue the visit to be recorded (no database work per page)."""
    from .. import tasks

    day = timezone.now().astimezone(member.tzinfo).date()
    try:
        if cache.add(f"visit:{member.pk}:{day.isoformat()}", 1, timeout=2 * 86400):
            enqueue_on_commit(tasks.record_visit, member.pk, day.isoformat())
    except Exception:  # a cache or broker outage must not break the page; a day goes unrecorded
        logger.exception("could not note the visit of member %s", member.pk)


def visit_record(*, member_id: int, day: datetime.date) -> bool:
    """Record the day; a new day may complete Enthusiast's 30 in a row."""
    from .. import tasks

    try:
        with transaction.atomic():
            _visit, created = VisitDay.objects.get_or_create(user_id=member_id, day=day)
    except IntegrityError:  # recorded by another worker at the same moment
        return False
    if created:
        enqueue_on_commit(tasks.award_badges, [member_id])
    return created
