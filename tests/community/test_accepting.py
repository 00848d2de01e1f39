"""Accepting an answer: only the asker, one at a time, changeable, and undoable."""

import pytest

from community import services, signals
from community.exceptions import ActionForbidden, CommunityError
from community.models import Answer, Question
from tests.factories import answer, ask, moderator

pytestmark = pytest.mark.django_db


@pytest.fixture
def question(member):
    return ask(member)


def _accepted_id(question):
    return Question.objects.values_list("accepted_answer_id", flat=True).get(pk=question.pk)


def test_asker_can_accept_an_answer(member, question):
    reply = answer(question)
    services.answer_accept(member=member, answer=reply)
    assert _accepted_id(question) == reply.pk
    assert Question.objects.get(pk=question.pk).is_solved


def test_asker_can_accept_their_own_answer(member, question):
    own = answer(question, author=member)
    services.answer_accept(member=member, answer=own)
    assert _accepted_id(question) == own.pk


def test_member_cannot_accept_an_answer_on_someone_elses_question(question, other_member):
    reply = answer(question)
    with pytest.raises(ActionForbidden, match="Only the person who asked"):
        services.answer_accept(member=other_member, answer=reply)
    assert _accepted_id(question) is None


def test_answerer_cannot_accept_their_own_answer_on_someone_elses_question(question):
    reply = answer(question)
    with pytest.raises(ActionForbidden):
        services.answer_accept(member=reply.author, answer=reply)
    assert _accepted_id(question) is None


def test_moderator_cannot_accept_on_behalf_of_the_asker(question):
    with pytest.raises(ActionForbidden):
        services.answer_accept(member=moderator(), answer=answer(question))
    assert _accepted_id(question) is None


def test_accepting_another_answer_replaces_the_first(member, question):
    first, second = answer(question), answer(question)
    services.answer_accept(member=member, answer=first)
    services.answer_accept(member=member, answer=second)
    assert _accepted_id(question) == second.pk
    accepted = [a.pk for a in Answer.objects.filter(question=question) if a.is_accepted]
    assert accepted == [second.pk]


def test_asker_can_unaccept_and_the_question_is_unsolved_again(member, question):
    reply = answer(question)
    services.answer_accept(member=member, answer=reply)
    services.answer_unaccept(member=member, question=question)
    assert _accepted_id(question) is None
    assert not Question.objects.get(pk=question.pk).is_solved


def test_unaccepting_when_nothing_is_accepted_changes_nothing(member, question):
    services.answer_unaccept(member=member, question=question)
    assert _accepted_id(question) is None


def test_member_cannot_unaccept_on_someone_elses_question(member, question, other_member):
    reply = answer(question)
    services.answer_accept(member=member, answer=reply)
    with pytest.raises(ActionForbidden):
        services.answer_unaccept(member=other_member, question=question)
    assert _accepted_id(question) == reply.pk


def test_deleted_answer_cannot_be_accepted(member, question):
    reply = answer(question)
    Answer.objects.filter(pk=reply.pk).update(is_deleted=True)
    reply.refresh_from_db()
    with pytest.raises(CommunityError, match="deleted answer"):
        services.answer_accept(member=member, answer=reply)
    assert _accepted_id(question) is None


def test_accepting_is_announced_with_the_answer_it_replaced(
    member, question, django_capture_on_commit_callbacks
):
    first, second = answer(question), answer(question)
    heard = []

    def receiver(sender, answer, previous, **kwargs):
        heard.append((answer.pk, previous.pk if previous else None))

    signals.answer_accepted.connect(receiver, dispatch_uid="test-accept-heard")
    try:
        with django_capture_on_commit_callbacks(execute=True):
            services.answer_accept(member=member, answer=first)
            services.answer_accept(member=member, answer=first)  # already accepted: no news
            services.answer_accept(member=member, answer=second)
    finally:
        signals.answer_accepted.disconnect(dispatch_uid="test-accept-heard")
    assert heard == [(first.pk, None), (second.pk, first.pk)]
