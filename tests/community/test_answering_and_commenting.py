"""Answering questions and commenting on posts."""

import datetime as dt

import pytest
import time_machine
from django.contrib.auth.models import AnonymousUser

from community import services
from community.exceptions import ActionForbidden, CommunityError
from community.models import Answer, Comment, Question, Revision
from tests.community.htmltree import parse
from tests.factories import MemberFactory, answer, ask

pytestmark = pytest.mark.django_db

ANSWER_BODY = "Go to Settings, then Billing, and press Request refund."


def test_member_can_answer_someone_elses_question(member):
    question = ask()
    posted = services.answer_post(author=member, question=question, body=ANSWER_BODY)
    stored = Answer.objects.get(pk=posted.pk)
    assert (stored.question, stored.author, stored.body) == (question, member, ANSWER_BODY)
    assert "Request refund" in stored.body_html


def test_member_can_answer_their_own_question(member):
    question = ask(member)
    services.answer_post(author=member, question=question, body="I found it myself: Settings.")
    assert Answer.objects.filter(question=question, author=member).count() == 1


def test_answering_counts_the_answer_and_marks_the_question_active(member):
    start = dt.datetime(2026, 3, 1, 9, 0, tzinfo=dt.UTC)
    with time_machine.travel(start, tick=False):
        question = ask()
    with time_machine.travel(start + dt.timedelta(hours=5), tick=False):
        services.answer_post(author=member, question=question, body=ANSWER_BODY)
        services.answer_post(author=MemberFactory(), question=question, body=ANSWER_BODY)
    question.refresh_from_db()
    assert question.answer_count == 2
    assert question.last_activity_at == start + dt.timedelta(hours=5)


def test_answering_records_the_first_revision(member):
    posted = services.answer_post(author=member, question=ask(), body=ANSWER_BODY)
    revision = Revision.objects.get(answer=posted)
    assert (revision.number, revision.editor, revision.body) == (1, member, ANSWER_BODY)


def test_answer_shorter_than_15_characters_is_refused(member):
    question = ask()
    with pytest.raises(CommunityError, match="at least 15 characters"):
        services.answer_post(author=member, question=question, body="   too short   ")
    assert not Answer.objects.exists()
    assert Question.objects.get(pk=question.pk).answer_count == 0


def test_visitor_cannot_answer():
    with pytest.raises(ActionForbidden):
        services.answer_post(author=AnonymousUser(), question=ask(), body=ANSWER_BODY)
    assert not Answer.objects.exists()


def test_deleted_question_cannot_be_answered(member):
    question = ask()
    Question.objects.filter(pk=question.pk).update(is_deleted=True)
    question.refresh_from_db()
    with pytest.raises(ActionForbidden):
        services.answer_post(author=member, question=question, body=ANSWER_BODY)


def test_member_can_comment_on_a_question_and_on_an_answer(member):
    question = ask()
    reply = answer(question)
    on_question = services.comment_add(author=member, post=question, body="Which plan are you on?")
    on_answer = services.comment_add(author=member, post=reply, body="This worked for me too.")
    assert Comment.objects.get(pk=on_question.pk).question == question
    assert Comment.objects.get(pk=on_answer.pk).answer == reply
    assert on_question.author == member


def test_comment_of_600_characters_is_accepted_and_601_refused(member):
    question = ask()
    services.comment_add(author=member, post=question, body="c" * 600)
    with pytest.raises(CommunityError, match="at most 600 characters; yours has 601"):
        services.comment_add(author=member, post=question, body="c" * 601)
    assert Comment.objects.count() == 1


@pytest.mark.parametrize("body", ["", "   ", "\n\t\n"])
def test_empty_comment_is_refused(member, body):
    with pytest.raises(CommunityError, match="Write a comment first"):
        services.comment_add(author=member, post=ask(), body=body)
    assert not Comment.objects.exists()


def test_spaces_around_a_comment_are_trimmed(member):
    comment = services.comment_add(author=member, post=ask(), body="  Good point.  \n")
    assert Comment.objects.get(pk=comment.pk).body == "Good point."


@pytest.mark.parametrize(
    ("typed", "href"),
    [
        ("See https://help.example.com/refunds for details", "https://help.example.com/refunds"),
        ("Try www.example.com/status first", "http://www.example.com/status"),
        ("The [status page](https://status.example.com) says so", "https://status.example.com"),
        ("Mail <support@example.com>", "mailto:support@example.com"),
    ],
)
def test_links_in_comments_become_clickable(member, typed, href):
    comment = services.comment_add(author=member, post=ask(), body=typed)
    link = parse(comment.body_html).find("a")
    assert link is not None, comment.body_html
    assert link.get("href") == href
    assert link.get("rel") == "nofollow ugc noopener"


def test_comments_show_inline_formatting_but_no_headings_or_lists(member):
    comment = services.comment_add(
        author=member, post=ask(), body="# Not a heading\n\n- not a list, but **bold** and `code`"
    )
    tree = parse(comment.body_html)
    assert tree.find("h1") is None and tree.find("ul") is None
    assert tree.find("strong").text == "bold"
    assert tree.find("code").text == "code"


def test_visitor_cannot_comment():
    with pytest.raises(ActionForbidden):
        services.comment_add(author=AnonymousUser(), post=ask(), body="Nice question")
    assert not Comment.objects.exists()


def test_deleted_answer_cannot_be_commented_on(member):
    reply = answer()
    Answer.objects.filter(pk=reply.pk).update(is_deleted=True)
    reply.refresh_from_db()
    with pytest.raises(ActionForbidden):
        services.comment_add(author=member, post=reply, body="Where did it go?")
