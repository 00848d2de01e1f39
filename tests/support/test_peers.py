"""Peers first: "Can you help?" requests to the members who answer best in the tags."""

from datetime import timedelta

import pytest
from django.urls import reverse

from community import services as community
from community.models import Answer, Notification
from support import selectors, services
from support.models import AnswerRequestOptIn, HelpRequest, PeerRound
from tests.community.htmltree import parse
from tests.factories import MemberFactory, answer, ask

from .clock import at, sweep

pytestmark = pytest.mark.django_db


def expert(name: str, *, tag: str = "wifi", accepted: int = 0, score: int = 0,
           opted_in: bool = True):
    """A member whose answers under ``tag`` were accepted ``accepted`` times and scored."""
    member = MemberFactory(display_name=name)
    for _ in range(max(accepted, 1)):
        earlier = ask(tags=tag)
        reply = answer(earlier, member)
        if accepted:
            community.answer_accept(member=earlier.author, answer=reply)
    Answer.objects.filter(pk=reply.pk).update(score=score)
    if opted_in:
        services.answer_requests_opt_in(member=member)
    return member


def asked(question) -> set[str]:
    return set(
        HelpRequest.objects.filter(question=question).values_list("expert__display_name", flat=True)
    )


def test_the_three_best_answerers_in_the_tags_are_asked(asker):
    with at(hours=-24):
        expert("Ana", accepted=3)
        expert("Bia", accepted=1, score=4)
        expert("Caio", score=6)
        expert("Duda", score=1)
    with at():
        question = ask(asker, tags="wifi")
    assert sweep(minutes=1).peer_rounds == 1
    assert asked(question) == {"Ana", "Bia", "Caio"}
    assert PeerRound.objects.get(question=question).asked_count == 3


def test_expertise_counts_only_the_questions_tags(asker):
    with at(hours=-24):
        expert("Wifi whiz", tag="wifi", accepted=2)
        expert("Billing buff", tag="billing", accepted=5)
    with at():
        question = ask(asker, tags="wifi")
    sweep(minutes=1)
    assert asked(question) == {"Wifi whiz"}


def test_never_the_asker_never_without_opt_in_never_the_inactive(asker):
    with at(hours=-24 * 40):
        expert("Gone quiet", accepted=4)
    with at(hours=-24):
        expert("Not interested", accepted=4, opted_in=False)
        expert("Eager", score=2)
        own = ask(tags="wifi")
        community.answer_accept(member=own.author, answer=answer(own, asker))
        services.answer_requests_opt_in(member=asker)
    with at():
        question = ask(asker, tags="wifi")
    sweep(minutes=1)
    assert asked(question) == {"Eager"}


def test_an_expert_gets_at_most_five_requests_a_day(asker):
    with at(hours=-24):
        star = expert("Star", accepted=5)
    questions = []
    for n in range(6):
        with at(minutes=n):
            questions.append(ask(asker, tags="wifi"))
        sweep(minutes=n, seconds=30)
    assert [star.display_name in asked(q) for q in questions] == [True] * 5 + [False]
    with at(hours=25):
        later = ask(asker, tags="wifi")
    sweep(hours=25, minutes=1)
    assert asked(later) == {"Star"}


def test_peer_round_runs_once_per_question(asker):
    with at(hours=-24):
        expert("Ana", accepted=1)
    with at():
        question = ask(asker, tags="wifi")
    sweep(minutes=1)
    sweep(minutes=2)
    services.peer_round_run(question_id=question.pk)
    assert HelpRequest.objects.filter(question=question).count() == 1
    assert PeerRound.objects.filter(question=question).count() == 1


def test_questions_older_than_the_round_window_get_no_round(asker):
    with at(hours=-24):
        expert("Ana", accepted=1)
    with at():
        question = ask(asker, tags="wifi")
    assert sweep(hours=2).peer_rounds == 0
    assert asked(question) == set()


def test_expert_is_told_can_you_help(asker, django_capture_on_commit_callbacks):
    with at(hours=-24):
        ana = expert("Ana", accepted=1)
    with at():
        question = ask(asker, tags="wifi")
    with django_capture_on_commit_callbacks(execute=True):
        sweep(minutes=1)
    told = Notification.objects.get(recipient=ana, kind="help_requested")
    assert told.question == question and told.actor == asker


def test_asker_sees_that_experts_were_asked(client, asker):
    with at(hours=-24):
        expert("Ana", accepted=1)
        expert("Bia", score=3)
    with at():
        question = ask(asker, tags="wifi")
    sweep(minutes=1)
    client.force_login(asker)
    status = parse(client.get(question.get_absolute_url()).text).find(
        "aside", class_="support-status"
    )
    assert "We asked 2 experienced members to help." in status.text
    client.force_login(MemberFactory())
    assert "experienced members" not in client.get(question.get_absolute_url()).text


def test_experts_for_ranks_accepted_answers_as_five_points_plus_score(asker):
    with at(hours=-24):
        expert("Nine points", score=9)
        expert("Two accepted", accepted=2)  # 2 × 5
        expert("One accepted", accepted=1, score=2)  # 5 + 2
    with at():
        question = ask(asker, tags="wifi")
        ranked = [m.display_name for m in selectors.experts_for(question)]
    assert ranked == ["Two accepted", "Nine points", "One accepted"]


# --- the member's own page ----------------------------------------------------------------


def test_member_opts_in_and_out_of_answer_requests(client, member):
    client.force_login(member)
    url = reverse("support:answer_requests")
    page = parse(client.get(url).text)
    assert [b.text for b in page.find_all("button") if "answer requests" in b.text] == [
        "Send me answer requests"
    ]
    client.post(url, {"opt_in": "1"})
    assert AnswerRequestOptIn.objects.filter(member=member).exists()
    client.post(url, {"opt_in": "0"})
    assert not AnswerRequestOptIn.objects.filter(member=member).exists()


def test_member_sees_the_requests_they_received(client, asker):
    with at(hours=-24):
        ana = expert("Ana", accepted=1)
    with at():
        question = ask(asker, tags="wifi")
    sweep(minutes=1)
    client.force_login(ana)
    page = client.get(reverse("support:answer_requests")).text
    assert question.title in page


def test_answer_requests_page_needs_sign_in(client):
    response = client.get(reverse("support:answer_requests"))
    assert response.status_code == 302 and "login" in response["Location"]


def test_round_window_is_a_setting(settings, asker):
    settings.CCN_PEER_ROUND_WINDOW = timedelta(hours=3)
    with at(hours=-24):
        expert("Ana", accepted=1)
    with at():
        question = ask(asker, tags="wifi")
    sweep(hours=2)
    assert asked(question) == {"Ana"}


def test_asker_is_asked_did_any_answer_solve_this(asker, question,
                                                  django_capture_on_commit_callbacks):
    with at(hours=1):
        answer(question)
    with django_capture_on_commit_callbacks(execute=True):
        sweep(hours=36)
    told = Notification.objects.get(recipient=asker, kind="solved_nudge")
    assert told.question == question
