import pytest

from support.models import SlaPolicy
from tests.factories import MemberFactory, agent, ask, moderator

from .clock import at


@pytest.fixture(autouse=True)
def _default_policy(settings):
    """The defaults of CONTRACT.md, whatever the environment running the tests says."""
    from datetime import timedelta

    settings.CCN_ESCALATE_AFTER = timedelta(hours=24)
    settings.CCN_ESCALATE_UNACCEPTED_AFTER = timedelta(hours=72)
    settings.CCN_SLA_FIRST_RESPONSE = timedelta(hours=4)
    settings.CCN_SLA_RESOLUTION = timedelta(hours=24)
    settings.CCN_SLA_WARNING = timedelta(hours=1)
    settings.CCN_ESCALATE_LOOKBACK = timedelta(days=30)


@pytest.fixture
def asker(db):
    return MemberFactory(display_name="Asker")


@pytest.fixture
def question(asker):
    """A question asked at T0 under the tag ``wifi``."""
    with at():
        return ask(asker, tags="wifi")


@pytest.fixture
def support_agent(db):
    return agent(display_name="Agent Ana")


@pytest.fixture
def other_agent(db):
    return agent(display_name="Agent Bruno")


@pytest.fixture
def mod(db):
    return moderator(display_name="Moderator Mia")


def policy(tag_name: str, **fields) -> SlaPolicy:
    from taggit.models import Tag

    tag, _ = Tag.objects.get_or_create(name=tag_name, defaults={"slug": tag_name})
    return SlaPolicy.objects.create(tag=tag, **fields)
