"""Posting, voting and commenting are rate-limited per member and per address."""

from django.urls import reverse

from community.models import Answer, Comment, Question, Vote
from tests.factories import MemberFactory, answer, ask

BODY = "The invoice shows a charge I do not recognise; what is it for?"


def _ask(client, n: int):
    return client.post(
        reverse("community:question_ask"),
        {"title": f"Unknown charge on my bill, case {n}", "body": BODY, "tags": "billing"},
    )


def test_asking_past_the_limit_is_refused_with_a_message_and_the_text_kept(
    client, settings, db
):
    settings.CCN_RATE_LIMITS = {**settings.CCN_RATE_LIMITS, "ask": "3/h"}
    client.force_login(MemberFactory())
    for n in range(3):
        assert _ask(client, n).status_code == 302
    refused = _ask(client, 99)
    assert refused.status_code == 200
    assert "You are doing that too often" in refused.text
    assert "Unknown charge on my bill, case 99" in refused.text
    assert BODY in refused.text
    assert Question.objects.count() == 3


def test_the_limit_is_per_member(client, settings, db):
    settings.CCN_RATE_LIMITS = {**settings.CCN_RATE_LIMITS, "ask": "1/h"}
    client.force_login(MemberFactory())
    assert _ask(client, 1).status_code == 302
    client.force_login(MemberFactory())
    assert _ask(client, 2).status_code == 302


def test_one_address_gets_a_larger_but_finite_allowance(client, settings, db):
    settings.CCN_RATE_LIMITS = {**settings.CCN_RATE_LIMITS, "answer": "1/h"}
    settings.CCN_RATE_LIMIT_IP_FACTOR = 2
    question = ask()
    url = reverse("community:answer_create", args=[question.pk])
    statuses = []
    for _member in range(3):
        client.force_login(MemberFactory())
        statuses.append(client.post(url, {"body": "Restart the router and wait a minute."}))
    assert [r.status_code for r in statuses] == [302, 302, 400]
    assert "You are doing that too often" in statuses[-1].text
    assert Answer.objects.count() == 2


def test_voting_past_the_limit_is_refused(client, settings, db):
    settings.CCN_RATE_LIMITS = {**settings.CCN_RATE_LIMITS, "vote": "2/m"}
    client.force_login(MemberFactory())
    answers = [answer() for _ in range(3)]
    for target in answers:
        client.post(
            reverse("community:vote", args=["answers", target.pk]), {"value": "1"},
            HTTP_HX_REQUEST="true",
        )
    assert Vote.objects.count() == 2


def test_commenting_past_the_limit_keeps_the_comment_text(client, settings, db):
    settings.CCN_RATE_LIMITS = {**settings.CCN_RATE_LIMITS, "comment": "1/h"}
    question = ask()
    client.force_login(MemberFactory())
    url = reverse("community:comment_create", args=["questions", question.pk])
    client.post(url, {"body": "Which plan are you on?"})
    refused = client.post(url, {"body": "Also, which country are you in?"})
    assert refused.status_code == 400
    assert "Also, which country are you in?" in refused.text
    assert Comment.objects.count() == 1
