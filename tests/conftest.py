import pytest
from django.core.cache import cache


def pytest_collection_modifyitems(config, items):
    """Tests marked ``postgres`` run only when the suite runs on PostgreSQL."""
    from django.db import connection

    if connection.vendor == "postgresql":
        return
    skip = pytest.mark.skip(reason="needs PostgreSQL (set DATABASE_URL=postgres://…)")
    for item in items:
        if item.get_closest_marker("postgres"):
            item.add_marker(skip)


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
