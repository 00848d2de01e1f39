"""Voting, accepting, answering and commenting through the pages: who may, and what they see."""

from urllib.parse import parse_qs, urlsplit

import pytest
from django.urls import reverse

from community import services
from community.models import Answer, Comment, Question, Revision, SuggestedEdit, Vote
from tests.community.htmltree import parse
from tests.factories import MemberFactory, answer, ask

pytestmark = pytest.mark.django_db


def _vote_url(post) -> str:
    kind = "questions" if isinstance(post, Question) else "answers"
    return reverse("community:vote", args=[kind, post.pk])


def _score(post) -> int:
    return type(post).objects.values_list("score", flat=True).get(pk=post.pk)


def _sign_in_next(response) -> str | None:
    """The page a sign-in redirect returns to, or None when it is not one."""
    if response.status_code != 302:
        return None
    location = urlsplit(response["Location"])
    if location.path != reverse("account_login"):
        return None
    return parse_qs(location.query)["next"][0]


# --- visitors -------------------------------------------------------------------------


def test_visitor_who_tries_to_ask_is_sent_to_sign_in_and_back(client, db):
    url = reverse("community:question_ask")
    assert _sign_in_next(client.get(url)) == url
    response = client.post(url, {"title": "A perfectly fine question title", "body": "x" * 40,
                                 "tags": "billing"})
    assert _sign_in_next(response) == url
    assert not Question.objects.exists()


def test_visitor_cannot_answer_and_is_sent_to_sign_in(client):
    question = ask()
    url = reverse("community:answer_create", args=[question.pk])
    response = client.post(url, {"body": "Restart the router and try again."})
    assert _sign_in_next(response) == url
    assert not Answer.objects.exists()


def test_visitor_cannot_comment_and_is_sent_to_sign_in(client):
    question = ask()
    url = reverse("community:comment_create", args=["questions", question.pk])
    assert _sign_in_next(client.post(url, {"body": "Same here."})) == url
    assert not Comment.objects.exists()


def test_visitor_cannot_vote_and_is_sent_to_sign_in(client):
    reply = answer()
    assert _sign_in_next(client.post(_vote_url(reply), {"value": "1"})) == _vote_url(reply)
    assert _score(reply) == 0
    assert not Vote.objects.exists()


def test_visitor_cannot_accept_and_is_sent_to_sign_in(client):
    reply = answer()
    url = reverse("community:answer_accept", args=[reply.pk])
    assert _sign_in_next(client.post(url)) == url
    assert not Question.objects.get(pk=reply.question_id).is_solved


def test_visitor_cannot_edit_and_is_sent_to_sign_in(client):
    question = ask()
    url = reverse("community:question_edit", args=[question.pk])
    assert _sign_in_next(client.get(url)) == url
    assert _sign_in_next(client.post(url, {"title": "Vandalised title here!"})) == url
    assert Question.objects.get(pk=question.pk).title == question.title


def test_visitor_sees_sign_in_instead_of_the_answer_form_and_vote_buttons(client):
    question = ask()
    answer(question)
    page = parse(client.get(question.get_absolute_url()).text)
    assert page.find("textarea", name="body") is None
    assert page.find("button", class_="vote-up") is None
    [sign_in] = [a for a in page.find_all("a") if a.text == "Sign in to answer"]
    assert parse_qs(urlsplit(sign_in.get("href")).query)["next"] == [question.get_absolute_url()]


# --- forbidden actions ----------------------------------------------------------------


def test_member_below_the_edit_privilege_is_offered_to_suggest_an_edit(member_client):
    question = ask()
    response = member_client.get(reverse("community:question_edit", args=[question.pk]))
    assert response.status_code == 200
    page = parse(response.text)
    assert page.find("h1").text == "Suggest an edit to this question"
    form = page.find("form", class_="post-form")
    assert form.find("button", type="submit").text == "Suggest this edit"


def test_saving_an_edit_of_someone_elses_question_only_suggests_it(member_client, member):
    question = ask()
    response = member_client.post(reverse("community:question_edit", args=[question.pk]), {
        "title": "A title the author never wrote", "body": "b" * 40, "tags": "spam",
    }, follow=True)
    assert "Your edit will show once a reviewer approves it." in response.text
    assert Question.objects.get(pk=question.pk).title == question.title
    assert Revision.objects.filter(question=question).count() == 1
    assert SuggestedEdit.objects.get(question=question).author == member


def test_editing_someone_elses_answer_only_suggests_it(member_client):
    reply = answer()
    url = reverse("community:answer_edit", args=[reply.pk])
    assert parse(member_client.get(url).text).find("h1").text == "Suggest an edit to this answer"
    member_client.post(url, {"body": "Replaced by someone else."})
    assert Answer.objects.get(pk=reply.pk).body == reply.body
    assert SuggestedEdit.objects.get(answer=reply).body == "Replaced by someone else."


def test_member_cannot_accept_an_answer_on_someone_elses_question(member_client):
    reply = answer()
    response = member_client.post(reverse("community:answer_accept", args=[reply.pk]))
    assert response.status_code == 403
    assert "Only the person who asked can accept an answer." in response.text
    assert not Question.objects.get(pk=reply.question_id).is_solved


def test_member_cannot_vote_on_own_answer(member_client, member):
    own = answer(author=member)
    response = member_client.post(_vote_url(own), {"value": "1"})
    assert response.status_code == 403
    assert "You cannot vote on your own post." in response.text
    assert _score(own) == 0 and not Vote.objects.exists()


def test_member_cannot_vote_on_own_question_even_through_htmx(member_client, member):
    own = ask(member)
    response = member_client.post(_vote_url(own), {"value": "-1"}, HTTP_HX_REQUEST="true")
    assert response.status_code == 403
    assert _score(own) == 0


def test_own_posts_show_no_vote_buttons(member_client, member):
    question = ask(member)
    answer(question, member)
    page = parse(member_client.get(question.get_absolute_url()).text)
    assert page.find("button", class_="vote-up") is None
    assert page.find("button", class_="vote-down") is None


# --- voting ---------------------------------------------------------------------------


def test_upvote_without_javascript_returns_to_the_answer_with_the_new_score(member_client):
    reply = answer()
    response = member_client.post(_vote_url(reply), {"value": "1"})
    assert response.status_code == 302
    assert response["Location"] == reply.get_absolute_url()
    page = parse(member_client.get(reply.question.get_absolute_url()).text)
    control = page.find("article", id=f"answer-{reply.pk}").find("form", class_="vote")
    assert control.find("span", class_="score").text == "1"
    upvote = control.find("button", class_="vote-up")
    assert upvote.get("aria-pressed") == "true"
    assert upvote.get("value") == "0"  # pressing it again takes the vote back


def test_htmx_vote_returns_only_the_vote_control_with_the_new_score(member_client):
    reply = answer()
    response = member_client.post(_vote_url(reply), {"value": "1"}, HTTP_HX_REQUEST="true")
    assert response.status_code == 200
    assert "<html" not in response.text
    control = parse(response.text).find("form", class_="vote")
    assert control.get("hx-post") == _vote_url(reply)
    assert control.find("span", class_="score").text == "1"
    assert control.find("button", class_="vote-up").get("aria-pressed") == "true"
    assert control.find("button", class_="vote-down").get("aria-pressed") == "false"
    assert _score(reply) == 1


def test_htmx_downvote_after_upvote_changes_the_score_by_two(member_client):
    reply = answer()
    services.vote_set(voter=MemberFactory(), post=reply, value=1)
    member_client.post(_vote_url(reply), {"value": "1"}, HTTP_HX_REQUEST="true")
    response = member_client.post(_vote_url(reply), {"value": "-1"}, HTTP_HX_REQUEST="true")
    control = parse(response.text).find("form", class_="vote")
    assert control.find("span", class_="score").text == "0"
    assert control.find("button", class_="vote-down").get("aria-pressed") == "true"
    assert control.find("button", class_="vote-down").get("value") == "0"


def test_htmx_retract_returns_the_control_unpressed(member_client):
    question = ask()
    member_client.post(_vote_url(question), {"value": "1"}, HTTP_HX_REQUEST="true")
    response = member_client.post(_vote_url(question), {"value": "0"}, HTTP_HX_REQUEST="true")
    control = parse(response.text).find("form", class_="vote")
    assert control.find("span", class_="score").text == "0"
    assert control.find("button", class_="vote-up").get("aria-pressed") == "false"
    assert not Vote.objects.exists()


@pytest.mark.parametrize("value", ["", "up", "2"])
def test_nonsense_vote_is_refused_with_a_message(member_client, value):
    reply = answer()
    response = member_client.post(_vote_url(reply), {"value": value}, follow=True)
    assert response.status_code == 200
    assert "That is not a vote." in response.text
    assert _score(reply) == 0


def test_vote_cannot_be_cast_with_a_get_request(member_client):
    reply = answer()
    assert member_client.get(_vote_url(reply) + "?value=1").status_code == 405
    assert _score(reply) == 0


def test_vote_on_a_deleted_answer_is_not_found(member_client):
    reply = answer()
    Answer.objects.filter(pk=reply.pk).update(is_deleted=True)
    assert member_client.post(_vote_url(reply), {"value": "1"}).status_code == 404


# --- accepting ------------------------------------------------------------------------


def test_asker_accepts_an_answer_and_it_is_shown_first_and_marked(member_client, member):
    question = ask(member)
    popular = answer(question, body="The popular answer that many people liked.")
    chosen = answer(question, body="The answer that actually solved the problem.")
    for _ in range(3):
        services.vote_set(voter=MemberFactory(), post=popular, value=1)

    response = member_client.post(reverse("community:answer_accept", args=[chosen.pk]),
                                  follow=True)
    assert "Answer accepted." in response.text
    page = parse(response.text)
    articles = page.find_all("article", class_="answer")
    assert [a.get("id") for a in articles] == [f"answer-{chosen.pk}", f"answer-{popular.pk}"]
    assert "accepted" in articles[0].get("class").split()
    assert "Accepted answer" in articles[0].find("p", class_="accepted-mark").text
    assert articles[1].find("p", class_="accepted-mark") is None
    assert page.find("span", class_="solved") is not None


def test_answers_are_ordered_by_score_until_one_is_accepted(client):
    question = ask()
    low, high = answer(question), answer(question)
    services.vote_set(voter=MemberFactory(), post=high, value=1)
    services.vote_set(voter=MemberFactory(), post=low, value=-1)
    page = parse(client.get(question.get_absolute_url()).text)
    ids = [a.get("id") for a in page.find_all("article", class_="answer")]
    assert ids == [f"answer-{high.pk}", f"answer-{low.pk}"]


def test_asker_sees_accept_buttons_and_others_do_not(client, member):
    question = ask(member)
    answer(question)
    client.force_login(member)
    assert "Accept this answer" in client.get(question.get_absolute_url()).text
    client.force_login(MemberFactory())
    assert "Accept this answer" not in client.get(question.get_absolute_url()).text


def test_asker_can_change_the_accepted_answer(member_client, member):
    question = ask(member)
    first, second = answer(question), answer(question)
    member_client.post(reverse("community:answer_accept", args=[first.pk]))
    member_client.post(reverse("community:answer_accept", args=[second.pk]))
    assert Question.objects.get(pk=question.pk).accepted_answer_id == second.pk
    page = parse(member_client.get(question.get_absolute_url()).text)
    assert len(page.find_all("p", class_="accepted-mark")) == 1


def test_asker_can_unaccept_from_the_page(member_client, member):
    question = ask(member)
    reply = answer(question)
    services.answer_accept(member=member, answer=reply)
    page = parse(member_client.get(question.get_absolute_url()).text)
    undo_form = page.find("form", action=reverse("community:answer_accept", args=[reply.pk]))
    assert undo_form.find("input", name="undo") is not None
    assert "Unaccept this answer" in undo_form.text
    response = member_client.post(
        reverse("community:answer_accept", args=[reply.pk]), {"undo": "1"}, follow=True
    )
    assert "The answer is no longer accepted." in response.text
    assert not Question.objects.get(pk=question.pk).is_solved
    assert parse(response.text).find("p", class_="accepted-mark") is None
