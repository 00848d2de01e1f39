"""End to end: a real Celery worker and beat escalate an unanswered question on their own.

The test starts its own worker and beat with ``CCN_ESCALATE_AFTER=2s`` and the sweep every
second, on the test database and on a Redis database of their own, so that the worker CI
runs beside the suite (with the default 24 hours) never takes their sweeps. Both are
stopped at the end, whatever happens.
"""

import os
import subprocess  # nosec B404 - our own fixed commands, no shell
import sys
import time
from urllib.parse import quote, urlsplit, urlunsplit

import pytest
from django.conf import settings
from django.db import connection

from support.models import Escalation
from tests.factories import ask

pytestmark = [
    pytest.mark.worker, pytest.mark.postgres, pytest.mark.slow,
    pytest.mark.django_db(transaction=True),
]
# Redis databases 0-15: the test's worker and beat talk on the last one.
OWN_REDIS_DB = 15


def _test_database_url() -> str:
    db = connection.settings_dict
    credentials = quote(db["USER"] or "")
    if db["PASSWORD"]:
        credentials += ":" + quote(db["PASSWORD"])
    host = f"{credentials}@{db['HOST'] or 'localhost'}:{db['PORT'] or 5432}"
    return f"postgres://{host}/{db['NAME']}"


def _own_redis_url() -> str:
    parts = urlsplit(settings.REDIS_URL)
    return urlunsplit(parts._replace(path=f"/{OWN_REDIS_DB}"))


@pytest.fixture
def celery_processes(tmp_path):
    if not settings.REDIS_URL:
        pytest.skip("needs Redis (set REDIS_URL=redis://…)")
    env = {
        **os.environ, "DATABASE_URL": _test_database_url(), "REDIS_URL": _own_redis_url(),
        "CONN_MAX_AGE": "0", "CCN_TESTING": "1", "CCN_ESCALATE_AFTER": "2s",
        "CCN_ESCALATION_SWEEP_SECONDS": "1",
    }
    celery = [sys.executable, "-m", "celery", "-A", "ccn"]
    commands = {
        "worker": [*celery, "worker", "--loglevel", "INFO", "--concurrency", "1",
                   "--hostname", f"escalation-test-{os.getpid()}@%h", "--purge"],
        "beat": [*celery, "beat", "--loglevel", "INFO",
                 "--schedule", str(tmp_path / "celerybeat-schedule")],
    }
    logs = {name: open(tmp_path / f"{name}.log", "w+") for name in commands}  # noqa: SIM115
    processes = {
        name: subprocess.Popen(argv, env=env, cwd=settings.BASE_DIR,  # noqa: S603 # nosec B603
                               stdout=logs[name], stderr=subprocess.STDOUT)
        for name, argv in commands.items()
    }
    yield processes, logs
    for process in processes.values():
        process.terminate()
    for process in processes.values():
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=5)
    for log in logs.values():
        log.close()


def _log_tail(logs) -> str:
    text = []
    for name, log in logs.items():
        log.seek(0)
        text.append(f"--- {name}\n" + "".join(log.readlines()[-20:]))
    return "\n".join(text)


def test_worker_and_beat_escalate_a_question_left_alone(celery_processes):
    processes, logs = celery_processes
    question = ask(tags="wifi")  # committed: the test runs outside a transaction
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if Escalation.objects.filter(question=question).exists():
            break
        assert all(p.poll() is None for p in processes.values()), _log_tail(logs)
        time.sleep(0.5)
    else:
        pytest.fail("no escalation within 60s\n" + _log_tail(logs))
    escalation = Escalation.objects.get(question=question)
    assert (escalation.reason, escalation.state) == ("no_answer", "open")
    assert (escalation.created_at - question.created_at).total_seconds() >= 2
    time.sleep(2.5)  # more sweeps run: none doubles it
    assert Escalation.objects.filter(question=question).count() == 1
