"""Queueing Celery tasks so that a worker never sees a change that was rolled back."""

from django.db import InterfaceError, OperationalError, transaction

# What every task of the project is run with: acknowledged only once done (a worker lost
# mid-task means another runs it), retried with growing pauses when the database or the
# mail server is briefly unreachable.
TASK_OPTIONS = {
    "acks_late": True,
    "reject_on_worker_lost": True,
    "autoretry_for": (OperationalError, InterfaceError, OSError),  # OSError: SMTP too
    "retry_backoff": True,
    "retry_backoff_max": 600,
    "retry_jitter": True,
    "max_retries": 6,
}


def enqueue_on_commit(task, *args, **kwargs) -> None:
    """Send ``task`` to the broker once the current transaction commits."""
    transaction.on_commit(lambda: task.apply_async(args, kwargs))
