"""Recognition people see: /users/ by period and tag, profile history and impact, author cards."""

import datetime

import pytest
import time_machine
from django.core.cache import cache
from django.urls import reverse
from django.utils import timezone

from community import services
from community.models import Question
from reputation.models import Award, ReputationEvent
from tests.community.htmltree import parse
from tests.factories import MemberFactory, answer, ask
from tests.reputation.actions import accept, upvote

pytestmark = pytest.mark.django_db

NOW = datetime.datetime(2025, 6, 15, 12, tzinfo=datetime.UTC)


def _earned(member, points: int, *, days_ago: int, post=None):
    """A ledger row (and the total with it), as the rules would have written it."""
    target = {}
    if post is not None:
        target = {"answer": post} if hasattr(post, "question_id") else {"question": post}
    ReputationEvent.objects.create(
        user=member, amount=points, rule_amount=points, reason="upvoted", cause=f"t{points}",
        created_at=NOW - datetime.timedelta(days=days_ago), **target,
    )
    type(member).objects.filter(pk=member.pk).update(reputation=member.reputation + points)
    member.refresh_from_db()


def _ranking(client, **params) -> list[tuple[str, str]]:
    page = parse(client.get(reverse("reputation:user_list"), params).text)
    ranked = page.find("ol", class_="member-grid")
    if ranked is None:
        return []
    return [(li.find("a").text, li.find("span", class_="rep").text) for li in ranked.find_all("li")]


@pytest.fixture
def members():
    veteran, newcomer = MemberFactory(display_name="Vera"), MemberFactory(display_name="Nico")
    _earned(veteran, 500, days_ago=200)
    _earned(veteran, 40, days_ago=20)
    _earned(newcomer, 30, days_ago=2)
    return veteran, newcomer


@pytest.mark.parametrize(("period", "expected"), [
    ("week", [("Nico", "+30 reputation")]),
    ("month", [("Vera", "+40 reputation"), ("Nico", "+30 reputation")]),
    ("year", [("Vera", "+540 reputation"), ("Nico", "+30 reputation")]),
    ("all", [("Vera", "541 reputation"), ("Nico", "31 reputation")]),
])
def test_members_are_ranked_by_what_they_earned_in_the_period(client, members, period, expected):
    with time_machine.travel(NOW):
        assert _ranking(client, period=period) == expected


def test_members_are_ranked_within_a_tag_by_what_their_posts_there_earned(client):
    billing_helper, roaming_helper = MemberFactory(display_name="Bill"), MemberFactory(
        display_name="Rosa"
    )
    billing_answer = answer(ask(tags="billing"), billing_helper)
    roaming_answer = answer(ask(tags="roaming"), roaming_helper)
    _earned(billing_helper, 20, days_ago=1, post=billing_answer)
    _earned(roaming_helper, 90, days_ago=1, post=roaming_answer)
    _earned(roaming_helper, 10, days_ago=1, post=billing_answer.question)
    with time_machine.travel(NOW):
        assert _ranking(client, tag="billing") == [
            ("Bill", "+20 reputation"), ("Rosa", "+10 reputation")
        ]
        assert _ranking(client, tag="roaming", period="week") == [("Rosa", "+90 reputation")]


def test_deactivated_members_are_left_out_of_every_ranking(client, members):
    veteran, _newcomer = members
    type(veteran).objects.filter(pk=veteran.pk).update(is_active=False)
    with time_machine.travel(NOW):
        for period in ("month", "all"):
            assert "Vera" not in [name for name, _ in _ranking(client, period=period)]


def test_next_page_keeps_the_period_and_the_tag(client):
    for number in range(40):
        _earned(MemberFactory(), 10 + number, days_ago=1)
    with time_machine.travel(NOW):
        page = parse(client.get(reverse("reputation:user_list"), {"period": "week"}).text)
    assert page.find("a", rel="next").attrs["href"] == "?period=week&page=2"


def test_ranking_costs_the_same_with_few_or_many_members(client, django_assert_max_num_queries):
    counts = []
    for extra in (1, 40):
        for _ in range(extra):
            member = MemberFactory()
            _earned(member, 15, days_ago=1)
            Award.objects.create(user=member, badge="supporter", tier="bronze")
        for params in ({"period": "all"}, {"period": "week"}, {"tag": "billing"}):
            with time_machine.travel(NOW), django_assert_max_num_queries(5) as captured:
                client.get(reverse("reputation:user_list"), params)
            counts.append(len(captured.captured_queries))
    assert counts[:3] == counts[3:]


# --- the profile ----------------------------------------------------------------------


def test_profile_shows_reputation_history_by_day_in_the_members_time_zone(client):
    helper = MemberFactory(time_zone="America/Sao_Paulo")
    reply = answer(author=helper)
    fan = MemberFactory(display_name="Secret Fan")
    with time_machine.travel(datetime.datetime(2025, 3, 10, 23, 30, tzinfo=helper.tzinfo)):
        upvote(reply, fan)  # 02:30 UTC on the 11th, but the 10th for the helper
    with time_machine.travel(datetime.datetime(2025, 3, 11, 9, 0, tzinfo=helper.tzinfo)):
        upvote(reply)
        accept(reply)
    page = parse(client.get(helper.get_absolute_url()).text)
    history = page.find("section", class_="reputation-history")
    days = [
        (day.find("time").attrs["datetime"], day.find("span", class_="day-total").text)
        for day in history.find("ol").find_all("h3")
    ]
    assert days == [("2025-03-11", "+25"), ("2025-03-10", "+10")]
    assert "Answer accepted" in history.text and "Up-voted" in history.text
    assert "Secret Fan" not in history.text  # votes are anonymous


def test_history_says_when_the_daily_limit_took_an_upvote(client):
    question = ask()
    for _ in range(21):
        upvote(question)
    history = parse(client.get(question.author.get_absolute_url()).text).find(
        "section", class_="reputation-history"
    )
    assert "(of 10: daily limit reached)" in history.text


def test_impact_counts_customers_reached_and_questions_solved(client):
    helper = MemberFactory()
    first = answer(ask(), helper)
    answer(first.question)  # a later answer by someone else
    accept(first)
    late_question = ask()
    answer(late_question)
    late = answer(late_question, helper)
    accept(late)
    own_question = ask(helper)
    accept(answer(own_question, helper))  # accepting one's own answer is no help to others
    unaccepted = answer(ask(), helper)
    Question.objects.filter(pk=first.question_id).update(view_count=120)
    Question.objects.filter(pk=late_question.pk).update(view_count=30)
    Question.objects.filter(pk__in=[own_question.pk, unaccepted.question_id]).update(
        view_count=999
    )
    impact = parse(client.get(helper.get_absolute_url()).text).find("section", class_="impact")
    figures = {div.find("dt").text: div.find("dd").text for div in impact.find_all("div")}
    assert figures == {
        "Customers reached": "150", "Questions solved": "2", "Escalated questions solved": "0",
        "Solved before support had to step in": "1",
    }


def test_impact_counts_the_escalated_questions_the_member_solved(client):
    from support.services import escalation_create

    helper = MemberFactory()
    escalated = ask()
    escalation_create(question=escalated, reason="no_answer")
    accept(answer(escalated, helper))
    accept(answer(ask(), helper))
    impact = parse(client.get(helper.get_absolute_url()).text).find("section", class_="impact")
    figures = {div.find("dt").text: div.find("dd").text for div in impact.find_all("div")}
    assert (figures["Questions solved"], figures["Escalated questions solved"]) == ("2", "1")


def test_profile_lists_top_tags_by_answer_score(client):
    helper = MemberFactory()
    for tag, score in (("billing", 7), ("roaming", 12), ("billing", 1)):
        reply = answer(ask(tags=tag), helper)
        type(reply).objects.filter(pk=reply.pk).update(score=score)
    top = parse(client.get(helper.get_absolute_url()).text).find("section", class_="top-tags")
    assert [" ".join(li.text.split()) for li in top.find_all("li")] == [
        "roaming score 12 over 1 answer", "billing score 8 over 2 answers"
    ]


def test_profile_costs_the_same_with_little_or_much_history(
    client, django_assert_max_num_queries
):
    helper = MemberFactory()
    counts = []
    for rounds in (1, 12):
        for _ in range(rounds):
            reply = answer(ask(), helper)
            upvote(reply)
            accept(reply)
            Award.objects.get_or_create(user=helper, badge="teacher", tier="bronze")
        with django_assert_max_num_queries(20) as captured:
            assert client.get(helper.get_absolute_url()).status_code == 200
        counts.append(len(captured.captured_queries))
    assert counts[0] == counts[1]


# --- the author card ------------------------------------------------------------------


def test_every_post_shows_its_authors_reputation_and_badges_with_a_card(client):
    helper = MemberFactory(display_name="Hana Helper")
    reply = answer(author=helper)
    upvote(reply)
    for slug, tier in (("teacher", "bronze"), ("supporter", "bronze"), ("guru", "silver")):
        Award.objects.create(user=helper, badge=slug, tier=tier, awarded_at=timezone.now())
    page = parse(client.get(reply.question.get_absolute_url()).text)
    article = page.find("article", id=f"answer-{reply.pk}")
    card = article.find("div", class_="author-card")
    assert card.find("span", class_="rep").text == "11"
    link = card.find("a", href=helper.get_absolute_url())
    tooltip = card.find("span", id=link.attrs["aria-describedby"])
    assert tooltip.attrs["role"] == "tooltip"
    assert " ".join(tooltip.text.split()).startswith("Hana Helper 11 reputation 1 silver 2 bronze")


def test_question_page_costs_the_same_whoever_holds_badges(
    client, django_assert_max_num_queries
):
    question = ask()
    replies = [answer(question) for _ in range(3)]
    client.get(question.get_absolute_url())
    cache.clear()  # both measures render the page, none reads it from the cache
    with django_assert_max_num_queries(30) as before:
        client.get(question.get_absolute_url())
    for reply in replies:
        Award.objects.create(user=reply.author, badge="teacher", tier="bronze")
        Award.objects.create(user=reply.author, badge="guru", tier="silver")
    services.comment_add(author=question.author, post=replies[0], body="Thanks a lot!")
    cache.clear()
    with django_assert_max_num_queries(len(before.captured_queries)):
        client.get(question.get_absolute_url())
