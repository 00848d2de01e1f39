"""Cached pages and fragments: a write shows at once, and nobody sees what is not theirs."""

import re

import pytest
from django.conf import settings
from django.test import Client
from django.urls import reverse

from community import services
from community.models import Question
from tests.community.htmltree import parse
from tests.factories import MemberFactory, answer, ask, moderator

pytestmark = pytest.mark.django_db

HOME = reverse("community:question_list")


def _answers(response) -> list[str]:
    return [a.get("id") for a in parse(response.text).find_all("article", class_="answer")]


def test_a_new_answer_appears_at_once_for_a_visitor(client):
    question = ask()
    assert _answers(client.get(question.get_absolute_url())) == []
    reply = answer(question)
    assert _answers(client.get(question.get_absolute_url())) == [f"answer-{reply.pk}"]


def test_an_edit_appears_at_once_for_a_visitor_and_a_member(client, member):
    question = ask(member)
    client.get(question.get_absolute_url())
    services.question_edit(
        editor=member, question=question, title="A clearer title about my invoice",
        body="The invoice for May shows a charge I do not recognise at all.", tags="billing",
    )
    url = Question.objects.get(pk=question.pk).get_absolute_url()
    assert "A clearer title about my invoice" in client.get(url).text
    assert "A clearer title about my invoice" in client.get(HOME).text
    client.force_login(member)
    assert "A clearer title about my invoice" in client.get(url).text


def test_lists_and_their_counts_follow_new_questions(client):
    ask(title="The first question about billing dates")
    assert "1 question from customers like you" in client.get(HOME).text
    ask(title="The second question about billing dates")
    page = client.get(HOME).text
    assert "2 questions from customers like you" in page
    assert "The second question about billing dates" in page


def test_a_vote_moves_the_score_on_the_list_and_the_page(client):
    question = ask()
    client.get(HOME)
    client.get(question.get_absolute_url())
    services.vote_set(voter=MemberFactory(), post=question, value=1)
    row = parse(client.get(HOME).text).find("li", class_="question-row")
    assert row.find("strong").text == "1"
    score = parse(client.get(question.get_absolute_url()).text).find("span", class_="score")
    assert score.text == "1"


def test_a_visitor_never_gets_a_members_page(client, member):
    question = ask(member)
    client.force_login(member)
    assert member.display_name in client.get(question.get_absolute_url()).text
    client.logout()
    page = client.get(question.get_absolute_url()).text
    assert "Sign in to answer" in page
    assert "Sign out" not in page and 'class="bell' not in page


def test_a_member_never_gets_the_visitors_page(client, member):
    question = ask()
    client.get(question.get_absolute_url())
    client.get(HOME)
    client.force_login(member)
    for url in (question.get_absolute_url(), HOME):
        page = client.get(url).text
        assert member.display_name in page and "Sign out" in page


def test_posts_are_shared_only_between_viewers_with_the_same_rights(client):
    author, reader, mod = MemberFactory(), MemberFactory(), moderator()
    question = ask(author)
    reply = answer(question, author)
    edit_url = reverse("community:answer_edit", args=[reply.pk])

    def edit_link(member) -> str | None:
        client.force_login(member)
        page = parse(client.get(question.get_absolute_url()).text)
        post = page.find("article", id=f"answer-{reply.pk}")
        links = [a.text.strip() for a in post.find_all("a") if a.get("href") == edit_url]
        return links[0] if links else None

    seen = [edit_link(member) for member in (reader, author, mod, reader)]
    assert seen == ["Suggest an edit", "Edit", "Edit", "Suggest an edit"]


def test_a_members_vote_shows_pressed_for_them_only(client):
    question = ask()
    reply = answer(question)
    voter, other = MemberFactory(), MemberFactory()
    services.vote_set(voter=voter, post=reply, value=1)

    def pressed(member) -> str:
        client.force_login(member)
        page = parse(client.get(question.get_absolute_url()).text)
        form = page.find("article", id=f"answer-{reply.pk}").find("form", class_="vote")
        return form.find("button", class_="vote-up").get("aria-pressed")

    assert (pressed(voter), pressed(other), pressed(voter)) == ("true", "false", "true")


def test_each_visitor_gets_their_own_csrf_token_and_it_works():
    question = ask()
    first, second = Client(enforce_csrf_checks=True), Client(enforce_csrf_checks=True)
    tokens = []
    for browser in (first, second):
        page = parse(browser.get(question.get_absolute_url()).text)
        tokens.append(page.find("input", name="csrfmiddlewaretoken").get("value"))
    assert tokens[0] != tokens[1]
    form = {"language": "pt-br", "next": "/", "csrfmiddlewaretoken": tokens[0]}
    switched = first.post(reverse("set_language"), form)
    assert switched.status_code == 302


def test_each_response_has_its_own_nonce_matching_its_policy(client):
    question = ask()
    nonces = []
    for _ in range(2):
        response = client.get(question.get_absolute_url())
        header = re.search(r"'nonce-([^']+)'", response["Content-Security-Policy"]).group(1)
        scripts = {s.get("nonce") for s in parse(response.text).find_all("script")}
        assert scripts == {header}
        nonces.append(header)
    assert nonces[0] != nonces[1]


def test_conditional_get_answers_304_until_the_page_changes(client):
    question = ask()
    first = client.get(question.get_absolute_url())
    etag = first["ETag"]
    again = client.get(question.get_absolute_url(), HTTP_IF_NONE_MATCH=etag)
    assert again.status_code == 304
    assert "Content-Security-Policy" not in again  # the browser's copy keeps its own nonce
    answer(question)
    changed = client.get(question.get_absolute_url(), HTTP_IF_NONE_MATCH=etag)
    assert changed.status_code == 200 and changed["ETag"] != etag


def test_cached_pages_are_private_and_vary_on_cookies(client):
    response = client.get(HOME)
    assert "private" in response["Cache-Control"]
    assert "Cookie" in response["Vary"]


def test_a_visitor_with_a_message_waiting_is_not_served_from_the_cache(client, member):
    question = ask()
    client.get(question.get_absolute_url())
    client.force_login(member)
    client.post(reverse("account_logout"))
    assert "You have signed out." in client.get(HOME).text


def test_a_visitor_page_still_counts_the_view(client):
    question = ask()
    client.get(question.get_absolute_url(), HTTP_USER_AGENT="Firefox")
    client.get(question.get_absolute_url(), HTTP_USER_AGENT="Safari")
    assert Question.objects.get(pk=question.pk).view_count == 2


def test_deep_pages_list_the_same_questions_as_an_offset_would(client, settings):
    settings.CCN_QUESTIONS_PER_PAGE = 3
    for number in range(8):
        ask(title=f"Question number {number} about the billing cycle")
    expected = list(
        Question.objects.order_by("-created_at", "-pk").values_list("title", flat=True)[6:8]
    )
    page = parse(client.get(HOME, {"page": 3}).text)
    titles = [h.text.strip() for h in page.find("ol", class_="question-list").find_all("h3")]
    assert titles == expected


def test_session_activity_is_recorded_once_per_interval(client, member):
    from allauth.usersessions.models import UserSession

    client.force_login(member)
    client.get(HOME, HTTP_USER_AGENT="Firefox")
    seen = UserSession.objects.get(user=member).last_seen_at
    client.get(HOME, HTTP_USER_AGENT="Firefox")
    assert UserSession.objects.get(user=member).last_seen_at == seen
    assert settings.CCN_SESSION_ACTIVITY_INTERVAL > 0
