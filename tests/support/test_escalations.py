"""Working an escalation: claim, release, reassign, notes, official answers, resolving."""

import pytest
from django.core.exceptions import ValidationError

from community import services as community
from community.models import Notification
from support import services
from support.exceptions import AlreadyClaimed, SupportError, SupportForbidden
from support.models import Escalation, OfficialAnswer
from tests.factories import MemberFactory, answer, ask, comment

pytestmark = pytest.mark.django_db


@pytest.fixture
def escalation(question):
    return services.escalation_create(question=question, reason="no_answer")


def fresh(escalation) -> Escalation:
    return Escalation.objects.get(pk=escalation.pk)


def kinds(escalation) -> list[str]:
    return list(escalation.events.values_list("kind", flat=True))


# --- claim, release, reassign ---------------------------------------------------------------


def test_agent_claims_an_open_escalation(escalation, support_agent):
    services.escalation_claim(agent=support_agent, escalation=escalation)
    escalation = fresh(escalation)
    assert (escalation.state, escalation.assignee) == ("claimed", support_agent)
    assert kinds(escalation) == ["created", "claimed"]
    event = escalation.events.last()
    assert (event.actor, event.assignee) == (support_agent, support_agent)


def test_second_agent_cannot_claim_a_claimed_escalation_and_is_told_who_did(
    escalation, support_agent, other_agent
):
    services.escalation_claim(agent=support_agent, escalation=escalation)
    with pytest.raises(AlreadyClaimed, match="Agent Ana claimed this escalation first") as info:
        services.escalation_claim(agent=other_agent, escalation=escalation)
    assert info.value.assignee == support_agent
    assert fresh(escalation).assignee == support_agent


def test_claiming_twice_is_harmless(escalation, support_agent):
    services.escalation_claim(agent=support_agent, escalation=escalation)
    services.escalation_claim(agent=support_agent, escalation=escalation)
    assert kinds(escalation) == ["created", "claimed"]


def test_only_agents_claim(escalation, mod, asker):
    for member in (mod, asker, MemberFactory()):
        with pytest.raises(SupportForbidden):
            services.escalation_claim(agent=member, escalation=escalation)
    assert fresh(escalation).state == "open"


def test_closed_escalation_cannot_be_claimed(escalation, support_agent):
    services.escalation_return(agent=support_agent, escalation=escalation)
    with pytest.raises(SupportError, match="closed"):
        services.escalation_claim(agent=support_agent, escalation=escalation)


def test_release_puts_the_escalation_back_unassigned(escalation, support_agent):
    services.escalation_claim(agent=support_agent, escalation=escalation)
    services.escalation_release(agent=support_agent, escalation=escalation)
    escalation = fresh(escalation)
    assert (escalation.state, escalation.assignee) == ("open", None)
    assert kinds(escalation) == ["created", "claimed", "released"]


def test_reassign_hands_it_to_another_agent(escalation, support_agent, other_agent):
    services.escalation_claim(agent=support_agent, escalation=escalation)
    services.escalation_reassign(agent=support_agent, escalation=escalation, assignee=other_agent)
    escalation = fresh(escalation)
    assert (escalation.state, escalation.assignee) == ("claimed", other_agent)
    assert escalation.events.last().assignee == other_agent


def test_reassign_of_an_unclaimed_escalation_claims_it_for_the_new_agent(
    escalation, support_agent, other_agent
):
    services.escalation_reassign(agent=support_agent, escalation=escalation, assignee=other_agent)
    assert (fresh(escalation).state, fresh(escalation).assignee) == ("claimed", other_agent)


def test_cannot_reassign_to_someone_who_is_not_an_agent(escalation, support_agent, mod):
    with pytest.raises(SupportError, match="is not a support agent"):
        services.escalation_reassign(agent=support_agent, escalation=escalation, assignee=mod)


# --- internal notes ---------------------------------------------------------------------------


def test_agents_and_moderators_write_internal_notes(escalation, support_agent, mod):
    services.note_add(author=support_agent, escalation=escalation, body="Checked the logs.")
    services.note_add(author=mod, escalation=escalation, body="Same as last week's outage.")
    notes = escalation.events.filter(kind="note")
    assert [(n.actor, n.body) for n in notes] == [
        (support_agent, "Checked the logs."), (mod, "Same as last week's outage.")
    ]


def test_customers_cannot_write_internal_notes(escalation, asker):
    with pytest.raises(SupportForbidden):
        services.note_add(author=asker, escalation=escalation, body="Let me in")
    assert not escalation.events.filter(kind="note").exists()


def test_empty_note_is_refused(escalation, support_agent):
    with pytest.raises(SupportError, match="Write the note first"):
        services.note_add(author=support_agent, escalation=escalation, body="   ")


# --- official answers, resolving, returning -----------------------------------------------


def test_official_answer_is_a_public_answer_marked_official(escalation, support_agent, question):
    reply = services.official_answer_post(
        agent=support_agent, escalation=escalation, body="Restart the router, then update it."
    )
    assert reply.question == question and reply.author == support_agent
    assert OfficialAnswer.objects.get(answer=reply).escalation == escalation
    escalation = fresh(escalation)
    assert (escalation.state, escalation.assignee) == ("waiting", support_agent)
    assert escalation.first_response_at == reply.created_at
    assert kinds(escalation) == ["created", "official_answer"]


def test_official_answer_on_another_agents_escalation_is_refused(
    escalation, support_agent, other_agent
):
    services.escalation_claim(agent=support_agent, escalation=escalation)
    with pytest.raises(SupportError, match="Agent Ana has this escalation"):
        services.official_answer_post(
            agent=other_agent, escalation=escalation, body="Restart the router, then update."
        )
    assert not OfficialAnswer.objects.exists()


def test_official_answer_follows_the_community_rules_for_answers(escalation, support_agent):
    with pytest.raises(SupportError):
        services.official_answer_post(agent=support_agent, escalation=escalation, body="Short")


def test_asker_accepting_the_official_answer_resolves_it_as_answered_officially(
    escalation, support_agent, asker, django_capture_on_commit_callbacks
):
    reply = services.official_answer_post(
        agent=support_agent, escalation=escalation, body="Restart the router, then update it."
    )
    with django_capture_on_commit_callbacks(execute=True):
        community.answer_accept(member=asker, answer=reply)
    escalation = fresh(escalation)
    assert (escalation.state, escalation.resolution) == ("resolved", "answered_officially")
    assert escalation.events.last().actor == asker


def test_community_answer_accepted_while_open_resolves_it_as_saved_and_tells_the_agent(
    escalation, support_agent, asker, question, django_capture_on_commit_callbacks
):
    services.escalation_claim(agent=support_agent, escalation=escalation)
    peer = answer(question)
    with django_capture_on_commit_callbacks(execute=True):
        community.answer_accept(member=asker, answer=peer)
    escalation = fresh(escalation)
    assert (escalation.state, escalation.resolution) == ("resolved", "resolved_by_community")
    assert Notification.objects.filter(recipient=support_agent, kind="escalation_saved").exists()


def test_accepting_after_the_escalation_closed_changes_nothing(
    escalation, support_agent, asker, question, django_capture_on_commit_callbacks
):
    services.escalation_return(agent=support_agent, escalation=escalation)
    with django_capture_on_commit_callbacks(execute=True):
        community.answer_accept(member=asker, answer=answer(question))
    assert fresh(escalation).state == "returned"


def test_agent_resolves_with_a_resolution_and_an_internal_note(escalation, support_agent):
    services.escalation_resolve(
        agent=support_agent, escalation=escalation, resolution="other_channel",
        note="Moved to a phone call.",
    )
    escalation = fresh(escalation)
    assert (escalation.state, escalation.resolution) == ("resolved", "other_channel")
    assert escalation.resolved_at is not None
    assert escalation.events.last().body == "Moved to a phone call."


def test_resolved_by_the_community_is_not_an_agents_choice(escalation, support_agent):
    with pytest.raises(SupportError, match="Choose how"):
        services.escalation_resolve(
            agent=support_agent, escalation=escalation, resolution="resolved_by_community"
        )


def test_return_to_community_closes_it_unresolved(escalation, support_agent):
    services.escalation_return(agent=support_agent, escalation=escalation, note="Peers know.")
    escalation = fresh(escalation)
    assert (escalation.state, escalation.resolution) == ("returned", "")
    assert kinds(escalation)[-1] == "returned"


def test_resolved_escalation_cannot_be_resolved_again(escalation, support_agent):
    services.escalation_resolve(agent=support_agent, escalation=escalation, resolution="duplicate")
    with pytest.raises(SupportError, match="closed"):
        services.escalation_resolve(
            agent=support_agent, escalation=escalation, resolution="duplicate"
        )


def test_database_refuses_a_resolved_escalation_without_resolution(escalation):
    escalation.state = "resolved"
    with pytest.raises(ValidationError):
        escalation.full_clean()


# --- replies on the thread ----------------------------------------------------------------


def test_asker_reply_while_support_waits_hands_it_back_to_the_agent(
    escalation, support_agent, asker, question, django_capture_on_commit_callbacks
):
    services.official_answer_post(
        agent=support_agent, escalation=escalation, body="Restart the router, then update it."
    )
    with django_capture_on_commit_callbacks(execute=True):
        comment(question, asker, body="I did, and it still drops every hour.")
    escalation = fresh(escalation)
    assert (escalation.state, escalation.assignee) == ("claimed", support_agent)
    assert kinds(escalation)[-1] == "customer_replied"


def test_agents_first_public_comment_is_the_first_response(
    escalation, support_agent, question, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        reply = comment(question, support_agent, body="Which router model do you have?")
    assert fresh(escalation).first_response_at == reply.created_at


# --- "Ask support" and moderators -------------------------------------------------------------


def test_asker_asks_support_once_per_question(asker, question):
    escalation = services.escalation_request(member=asker, question=question)
    assert (escalation.reason, escalation.requested_by) == ("asker_request", asker)
    assert escalation.events.get().actor == asker
    services.escalation_return(agent=_an_agent(), escalation=escalation)
    with pytest.raises(SupportError, match="already asked support"):
        services.escalation_request(member=asker, question=question)


def test_asker_has_at_most_three_open_requests(asker):
    questions = [ask(asker, tags="wifi") for _ in range(4)]
    for question in questions[:3]:
        services.escalation_request(member=asker, question=question)
    with pytest.raises(SupportError, match="You have 3 questions with support already"):
        services.escalation_request(member=asker, question=questions[3])
    first = Escalation.objects.get(question=questions[0])
    services.escalation_resolve(agent=_an_agent(), escalation=first, resolution="duplicate")
    assert services.escalation_request(member=asker, question=questions[3])


def test_asker_cannot_ask_support_about_a_solved_question(asker, question):
    community.answer_accept(member=asker, answer=answer(question))
    with pytest.raises(SupportError, match="already solved"):
        services.escalation_request(member=asker, question=question)


def test_asking_support_while_support_has_it_is_refused(asker, question):
    services.escalation_create(question=question, reason="no_answer")
    with pytest.raises(SupportError, match="Support already has this question"):
        services.escalation_request(member=asker, question=question)


def test_moderator_escalates_any_question(mod, question):
    escalation = services.escalation_request(member=mod, question=question)
    assert (escalation.reason, escalation.requested_by) == ("moderator", mod)


def test_other_members_cannot_escalate_someone_elses_question(question):
    with pytest.raises(SupportForbidden):
        services.escalation_request(member=MemberFactory(), question=question)


def test_asker_is_told_support_has_it_and_of_the_official_answer(
    asker, question, support_agent, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        escalation = services.escalation_request(member=asker, question=question)
    with django_capture_on_commit_callbacks(execute=True):
        services.official_answer_post(
            agent=support_agent, escalation=escalation, body="Restart the router, then update."
        )
    told = set(Notification.objects.filter(recipient=asker).values_list("kind", flat=True))
    assert told == {"escalation_status", "official_answer"}


def test_agents_are_told_of_new_escalations(
    asker, question, support_agent, other_agent, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        services.escalation_request(member=asker, question=question)
    told = Notification.objects.filter(kind="escalation_new")
    assert set(told.values_list("recipient", flat=True)) == {support_agent.pk, other_agent.pk}


def _an_agent():
    from tests.factories import agent

    return agent()
