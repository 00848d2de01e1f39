"""Asking a question: the rules for title, body and tags, and what is stored."""

import pytest
from django.contrib.auth.models import AnonymousUser

from community import services
from community.exceptions import ActionForbidden, CommunityError
from community.models import Question, Revision
from tests.factories import MemberFactory

pytestmark = pytest.mark.django_db

BODY = "My invoice for March shows the same charge twice, how can I get it fixed?"


def _ask(author, *, title="Why was I charged twice in March?", body=BODY, tags="billing"):
    return services.question_ask(author=author, title=title, body=body, tags=tags)


def _tag_names(question) -> list[str]:
    return sorted(question.tags.names())


@pytest.mark.parametrize("length", [15, 80, 150])
def test_member_can_ask_with_a_title_of_15_to_150_characters(member, length):
    title = ("Refund question " + "x" * 150)[:length]
    question = _ask(member, title=title)
    assert Question.objects.get(pk=question.pk).title == title


@pytest.mark.parametrize("length", [0, 14, 151])
def test_title_shorter_than_15_or_longer_than_150_characters_is_refused(member, length):
    with pytest.raises(CommunityError, match=rf"15 to 150 characters; it has {length}\."):
        _ask(member, title="T" * length)
    assert not Question.objects.exists()


def test_spaces_around_the_title_do_not_count_towards_its_length(member):
    with pytest.raises(CommunityError, match="it has 14"):
        _ask(member, title="   " + "a" * 14 + "   ")
    question = _ask(member, title="   " + "a" * 15 + "   ")
    assert question.title == "a" * 15


def test_body_of_29_characters_is_refused_and_30_is_enough(member):
    with pytest.raises(CommunityError, match="at least 30 characters"):
        _ask(member, body="b" * 29)
    with pytest.raises(CommunityError, match="at least 30 characters"):
        _ask(member, body="  " + "b" * 29 + "\n\n")
    question = _ask(member, body="b" * 30)
    assert question.body == "b" * 30


def test_body_is_stored_as_written_and_rendered_to_html(member):
    body = "Steps I tried:\n\n1. **Signed out**\n2. Cleared the cache\n"
    question = _ask(member, body=body)
    stored = Question.objects.get(pk=question.pk)
    assert stored.body == body
    assert "<strong>Signed out</strong>" in stored.body_html
    assert "<ol>" in stored.body_html


def test_tags_are_lower_cased_hyphenated_and_deduplicated(member):
    question = _ask(member, tags="Billing  Mobile_App, BILLING;invoices billing")
    assert _tag_names(question) == ["billing", "invoices", "mobile-app"]


def test_tag_punctuation_is_dropped_and_repeated_hyphens_collapse(member):
    question = _ask(member, tags="--Wi__Fi!!-- C++ .net")
    assert _tag_names(question) == ["c++", "net", "wi-fi"]


@pytest.mark.parametrize("tags", ["", "   ", ",,; ", "!!! ???"])
def test_question_without_any_tag_is_refused(member, tags):
    with pytest.raises(CommunityError, match="at least one tag"):
        _ask(member, tags=tags)
    assert not Question.objects.exists()


def test_five_tags_are_allowed_and_a_sixth_is_refused(member):
    question = _ask(member, tags="one two three four five")
    assert len(_tag_names(question)) == 5
    with pytest.raises(CommunityError, match="at most 5 tags; you gave 6"):
        _ask(member, tags="one two three four five six")


def test_duplicates_do_not_count_towards_the_five_tag_limit(member):
    question = _ask(member, tags="one two three four five FIVE five")
    assert _tag_names(question) == ["five", "four", "one", "three", "two"]


def test_tag_longer_than_35_characters_is_refused(member):
    with pytest.raises(CommunityError, match="at most 35 characters"):
        _ask(member, tags="a" * 36)
    assert _tag_names(_ask(member, tags="a" * 35)) == ["a" * 35]


def test_asking_records_the_first_revision_by_the_asker(member):
    question = _ask(member, tags="billing refunds")
    revision = Revision.objects.get(question=question)
    assert revision.number == 1
    assert revision.editor == member
    assert revision.title == question.title
    assert revision.body == BODY
    assert revision.tag_names == "billing refunds"


def test_asked_question_starts_unanswered_unsolved_and_unvoted(member):
    question = Question.objects.get(pk=_ask(member).pk)
    assert (question.score, question.answer_count, question.view_count) == (0, 0, 0)
    assert not question.is_solved
    assert question.author == member


def test_visitor_cannot_ask():
    with pytest.raises(ActionForbidden):
        _ask(AnonymousUser())
    assert not Question.objects.exists()


def test_deactivated_member_cannot_ask():
    with pytest.raises(ActionForbidden):
        _ask(MemberFactory(is_active=False))
    assert not Question.objects.exists()


def test_refused_question_leaves_no_tags_or_revisions_behind(member):
    with pytest.raises(CommunityError):
        _ask(member, title="short")
    assert not Revision.objects.exists()
    from taggit.models import Tag

    assert not Tag.objects.exists()
