"""A real Celery worker picks up what the code sends and sees what the tests committed.

Runs only beside a worker (``CCN_CELERY_WORKER=1``): .ci/run starts one for the
PostgreSQL run, on the test database and the same Redis broker.
"""

import time

import pytest

pytestmark = [pytest.mark.worker, pytest.mark.django_db(transaction=True)]


def _eventually(condition, timeout: float = 30) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.25)
    return False


def test_worker_tells_the_asker_about_a_new_answer():
    from community.models import Notification
    from tests.factories import answer, ask

    question = ask()
    posted = answer(question)  # its notification task goes to the broker after commit

    def asker_notified():
        return Notification.objects.filter(
            recipient=question.author, event_key=f"answer:{posted.pk}"
        ).exists()

    assert _eventually(asker_notified), "no notification within 30s: is the worker running?"
