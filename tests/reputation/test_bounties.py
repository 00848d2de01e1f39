"""Bounties: offered from 75, 50–500 in 50s on questions 2 days old, 3 at a time, 7 days plus
a day of grace; awarded by the offerer, or half by rule when they do not."""

import datetime

import pytest
import time_machine
from django.urls import reverse

from community.exceptions import ActionForbidden, CommunityError
from community.models import Question, User
from reputation import tasks
from reputation.models import Bounty, ReputationEvent
from reputation.services import bounties, ledger
from tests.community.htmltree import parse
from tests.factories import MemberFactory, answer, ask

pytestmark = pytest.mark.django_db

START = datetime.datetime(2025, 5, 1, 12, tzinfo=datetime.UTC)


def _member(reputation: int) -> User:
    """A member whose reputation is in the ledger too, so totals can be checked against it."""
    member = MemberFactory()
    if reputation > 1:
        ReputationEvent.objects.create(
            user=member, amount=reputation - 1, rule_amount=reputation - 1,
            reason="answer_accepted", cause="earlier",
        )
        User.objects.filter(pk=member.pk).update(reputation=reputation)
        member.refresh_from_db()
    return member


def _reputation(member) -> int:
    member.refresh_from_db()
    return member.reputation


@pytest.fixture
def old_question():
    with time_machine.travel(START - datetime.timedelta(days=3)):
        return ask()


@pytest.fixture
def offerer():
    return _member(300)


def _offer(offerer, question, amount=100) -> Bounty:
    with time_machine.travel(START):
        return bounties.bounty_offer(offerer=offerer, question=question, amount=amount)


def test_offering_takes_the_amount_and_lists_the_question_under_bounties(
    client, offerer, old_question
):
    _offer(offerer, old_question, 150)
    assert _reputation(offerer) == 150
    assert Question.objects.get(pk=old_question.pk).bounty_amount == 150
    page = parse(client.get(reverse("community:question_list"), {"sort": "bounties"}).text)
    [row] = page.find_all("li", class_="question-row")
    assert row.find("span", class_="bounty-flag").text == "+150 bounty"
    assert ledger.reputation_drift() == []


def test_offering_needs_75_reputation_and_says_what_earns_it(old_question):
    with pytest.raises(ActionForbidden) as refused:
        _offer(_member(74), old_question, 50)
    assert "Offering a bounty needs 75 reputation; you have 74." in str(refused.value)
    assert not Bounty.objects.exists()
    _offer(_member(75), old_question, 50)


@pytest.mark.parametrize("amount", [0, 40, 75, 550])
def test_amounts_are_50_to_500_in_steps_of_50(offerer, old_question, amount):
    with pytest.raises(CommunityError, match="50 to 500 reputation, in steps of 50"):
        _offer(_member(1000), old_question, amount)


@pytest.mark.parametrize("amount", [50, 250, 500])
def test_allowed_amounts_are_accepted(old_question, amount):
    assert _offer(_member(1000), old_question, amount).amount == amount


def test_question_must_be_two_days_old(offerer):
    with time_machine.travel(START - datetime.timedelta(days=1, hours=23)):
        young = ask()
    with pytest.raises(CommunityError, match="once a question is 2 days old"):
        _offer(offerer, young)


def test_offering_may_not_take_reputation_below_one():
    with pytest.raises(CommunityError, match="not enough to offer 100"):
        _offer(_member(100), _aged_question(), 100)


def _aged_question():
    with time_machine.travel(START - datetime.timedelta(days=5)):
        return ask()


def test_at_most_three_open_bounties_per_member(offerer):
    for _ in range(3):
        _offer(offerer, _aged_question(), 50)
    with pytest.raises(CommunityError, match="already have 3 open bounties"):
        _offer(offerer, _aged_question(), 50)


def test_one_open_bounty_per_question(offerer, old_question):
    _offer(offerer, old_question)
    with pytest.raises(CommunityError, match="already has an open bounty"):
        _offer(_member(500), old_question)


def test_offerer_awards_it_to_an_answer_and_its_author_gets_it_all(offerer, old_question):
    bounty = _offer(offerer, old_question, 200)
    reply = answer(old_question)
    with time_machine.travel(START + datetime.timedelta(days=3)):
        bounties.bounty_award(member=offerer, bounty=bounty, answer_id=reply.pk)
    assert _reputation(reply.author) == 201
    bounty.refresh_from_db()
    assert (bounty.state, bounty.awarded_answer, bounty.awarded_amount) == ("awarded", reply, 200)
    assert Question.objects.get(pk=old_question.pk).bounty_amount == 0
    assert ledger.reputation_drift() == []


def test_only_the_offerer_awards_and_never_to_their_own_answer(offerer, old_question):
    bounty = _offer(offerer, old_question)
    reply, own = answer(old_question), answer(old_question, offerer)
    with time_machine.travel(START + datetime.timedelta(days=1)):
        with pytest.raises(ActionForbidden):
            bounties.bounty_award(member=reply.author, bounty=bounty, answer_id=reply.pk)
        with pytest.raises(CommunityError, match="to yourself"):
            bounties.bounty_award(member=offerer, bounty=bounty, answer_id=own.pk)


def test_offerer_may_award_during_the_grace_day_but_not_after(offerer, old_question):
    bounty = _offer(offerer, old_question)
    reply = answer(old_question)
    with (
        time_machine.travel(START + datetime.timedelta(days=8, minutes=1)),
        pytest.raises(CommunityError, match="has ended"),
    ):
        bounties.bounty_award(member=offerer, bounty=bounty, answer_id=reply.pk)
    with time_machine.travel(START + datetime.timedelta(days=7, hours=23)):
        bounties.bounty_award(member=offerer, bounty=bounty, answer_id=reply.pk)


def _answer_at(question, moment, score):
    with time_machine.travel(moment):
        reply = answer(question)
    type(reply).objects.filter(pk=reply.pk).update(score=score)
    return reply


def test_unawarded_bounty_gives_half_to_the_best_answer_posted_during_it(old_question):
    bounty = _offer(_member(400), old_question, 300)
    before = _answer_at(old_question, START - datetime.timedelta(hours=1), 9)
    best = _answer_at(old_question, START + datetime.timedelta(days=1), 4)
    _answer_at(old_question, START + datetime.timedelta(days=2), 3)
    with time_machine.travel(START + datetime.timedelta(days=7, hours=23)):
        assert tasks.expire_bounties() == 0  # still in its grace day
    with time_machine.travel(START + datetime.timedelta(days=8, minutes=1)):
        assert tasks.expire_bounties() == 1
        assert tasks.expire_bounties() == 0
    assert _reputation(best.author) == 151
    assert _reputation(before.author) == 1
    bounty.refresh_from_db()
    assert (bounty.state, bounty.awarded_answer, bounty.awarded_amount) == ("expired", best, 150)
    assert Question.objects.get(pk=old_question.pk).bounty_amount == 0
    assert ledger.reputation_drift() == []


def test_unawarded_bounty_goes_to_nobody_without_an_answer_scoring_two(offerer, old_question):
    bounty = _offer(offerer, old_question, 100)
    low = _answer_at(old_question, START + datetime.timedelta(days=1), 1)
    own = _answer_at(old_question, START + datetime.timedelta(days=1), 2)
    type(own).objects.filter(pk=own.pk).update(author=offerer)
    with time_machine.travel(START + datetime.timedelta(days=9)):
        tasks.expire_bounties()
    bounty.refresh_from_db()
    assert (bounty.state, bounty.awarded_answer, bounty.awarded_amount) == ("expired", None, 0)
    assert _reputation(low.author) == 1
    assert _reputation(offerer) == 200  # the offered reputation is not given back


def test_beat_ends_bounties_every_ten_minutes(settings):
    assert settings.CELERY_BEAT_SCHEDULE["reputation-bounty-expiry"] == {
        "task": "reputation.tasks.expire_bounties", "schedule": 600.0
    }


# --- on the question page ---------------------------------------------------------------


def test_member_with_75_offers_a_bounty_from_the_question_page(client, old_question):
    member = _member(120)
    client.force_login(member)
    page = parse(client.get(old_question.get_absolute_url()).text)
    options = [o.attrs["value"] for o in page.find("select", id="bounty-amount").find_all("option")]
    assert options == ["50", "100"]
    response = client.post(
        reverse("reputation:bounty_offer", args=[old_question.pk]), {"amount": "100"},
        follow=True,
    )
    assert "Your bounty is offered" in response.text
    panel = parse(response.text).find("section", class_="bounty-panel")
    assert "+100 bounty" in panel.text


def test_newcomers_see_no_bounty_form(client, old_question, member):
    client.force_login(member)
    assert parse(client.get(old_question.get_absolute_url()).text).find(
        "select", id="bounty-amount"
    ) is None


def test_offerer_awards_with_the_button_under_an_answer(client, offerer, old_question):
    bounty = _offer(offerer, old_question, 50)
    reply = answer(old_question)
    client.force_login(offerer)
    page = parse(client.get(old_question.get_absolute_url()).text)
    form = page.find("form", action=reverse("reputation:bounty_award", args=[bounty.pk]))
    assert form.find("button").text == "Award the +50 bounty"
    with time_machine.travel(START + datetime.timedelta(days=1)):
        client.post(form.attrs["action"], {"answer": str(reply.pk)})
    assert _reputation(reply.author) == 51
