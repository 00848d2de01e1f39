import os
from contextlib import contextmanager

import pytest
from celery.app.task import Task
from django.core.cache import cache


def pytest_collection_modifyitems(config, items):
    """``postgres`` tests run only on PostgreSQL; ``worker`` tests only with a Celery worker."""
    from django.db import connection

    skip_postgres = pytest.mark.skip(reason="needs PostgreSQL (set DATABASE_URL=postgres://…)")
    skip_worker = pytest.mark.skip(reason="needs a Celery worker (set CCN_CELERY_WORKER=1)")
    for item in items:
        if item.get_closest_marker("postgres") and connection.vendor != "postgresql":
            item.add_marker(skip_postgres)
        if item.get_closest_marker("worker") and not os.environ.get("CCN_CELERY_WORKER"):
            item.add_marker(skip_worker)


class TaskQueue:
    """Celery tasks the code under test sent, held here instead of reaching a broker."""

    def __init__(self, request):
        self.request = request
        self.sent: list[tuple[Task, tuple, dict]] = []

    def record(self, task: Task, args=None, kwargs=None, **options) -> None:
        self.sent.append((task, tuple(args or ()), dict(kwargs or {})))

    @property
    def names(self) -> list[str]:
        return [task.name for task, _args, _kwargs in self.sent]

    def run_all(self) -> None:
        """Run every task sent, and the ones they send, in order, as one worker would.

        Each task's own transactions count as committed, so what it queues on commit runs.
        """
        on_commit = self.request.getfixturevalue("django_capture_on_commit_callbacks")
        while self.sent:
            task, args, kwargs = self.sent.pop(0)
            with on_commit(execute=True):
                task(*args, **kwargs)


@pytest.fixture(autouse=True)
def celery_queue(request, monkeypatch):
    """Outside ``worker`` tests, sending a task records it (see ``deliver``)."""
    if request.node.get_closest_marker("worker"):
        yield None
        return
    queue = TaskQueue(request)

    def apply_async(task, args=None, kwargs=None, **options):
        queue.record(task, args, kwargs, **options)

    monkeypatch.setattr(Task, "apply_async", apply_async)
    yield queue


@pytest.fixture
def deliver(django_capture_on_commit_callbacks, celery_queue):
    """``with deliver(): …`` commits what happens inside, then runs the tasks it queued."""

    @contextmanager
    def run():
        with django_capture_on_commit_callbacks(execute=True):
            yield
        celery_queue.run_all()

    return run


EVERYDAY_PRIVILEGES = ("vote_up", "flag", "comment_anywhere", "vote_down", "create_tags")


@pytest.fixture(autouse=True)
def _everyday_privileges_for_everyone(request, settings):
    """Every member may vote, flag, comment and create tags, except in tests marked
    ``privileges`` and in the browser tests, which keep the thresholds of ccn/settings.py.

    Most tests are about what members do; the reputation each action needs is tested where
    it is the point (tests/community/test_privileges.py). Reviewing, editing others' posts
    and closing keep their thresholds everywhere.
    """
    if request.node.get_closest_marker("privileges") or request.node.get_closest_marker("e2e"):
        return
    settings.CCN_PRIVILEGES = {**settings.CCN_PRIVILEGES, **dict.fromkeys(EVERYDAY_PRIVILEGES, 1)}


@pytest.fixture(autouse=True)
def _isolated_cache():
    """View counts and rate limits live in the cache: start every test with it empty."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture(autouse=True)
def _english(settings):
    settings.LANGUAGE_CODE = "en"


@pytest.fixture(autouse=True)
def _fast_password_hashing(settings):
    """Members are made by the hundred here; the production hasher is slow on purpose."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture
def local_clock_cache(settings):
    """A process-local cache for tests that move the clock with time_machine.

    Redis expires keys on its own clock, which time_machine cannot move; the local-memory
    cache reads time.time(), so "an hour later" really is an hour later for it.
    """
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": "ccn-tests-local-clock",
        }
    }
    cache.clear()
    yield cache
    cache.clear()


@pytest.fixture
def member(db):
    from tests.factories import MemberFactory

    return MemberFactory()


@pytest.fixture
def other_member(db):
    from tests.factories import MemberFactory

    return MemberFactory()


@pytest.fixture
def member_client(client, member):
    client.force_login(member)
    return client
