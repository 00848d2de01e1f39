"""Celery tasks of support: thin, idempotent wrappers around its services.

Beat sends ``escalation_sweep`` every CCN_ESCALATION_SWEEP_SECONDS. The sweep reads what
is due from the database, so running it twice, late, or on several workers at once is
safe; a lost run is made up by the next one.
"""

from dataclasses import asdict

from celery import shared_task
from django.db import InterfaceError, OperationalError

from . import services

TASK_OPTIONS = {
    "acks_late": True,
    "reject_on_worker_lost": True,
    "autoretry_for": (OperationalError, InterfaceError),
    "retry_backoff": True,
    "retry_backoff_max": 300,
    "retry_jitter": True,
    "max_retries": 5,
}


@shared_task(**TASK_OPTIONS)
def escalation_sweep() -> dict:
    return asdict(services.escalation_sweep())
