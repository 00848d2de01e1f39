"""Editing posts keeps a revision per edit, and the revision page shows what changed."""

import datetime as dt

import pytest
import time_machine
from django.urls import reverse

from community import services
from community.exceptions import ActionForbidden, CommunityError
from community.models import Answer, Question, Revision
from tests.community.htmltree import parse
from tests.factories import MemberFactory, answer, ask, moderator

pytestmark = pytest.mark.django_db

ASKED_AT = dt.datetime(2026, 4, 2, 8, 30, tzinfo=dt.UTC)
TITLE = "How do I export my invoices as PDF?"
BODY = "I need every invoice from last year as a PDF for my accountant.\nIs there a way?"


@pytest.fixture
def question(member):
    with time_machine.travel(ASKED_AT, tick=False):
        return ask(member, title=TITLE, body=BODY, tags="billing invoices")


def _edit(question, editor, *, at, **changes):
    fields = {"title": question.title, "body": question.body, "tags": "billing invoices"}
    with time_machine.travel(at, tick=False):
        return services.question_edit(editor=editor, question=question, **(fields | changes))


def test_each_question_edit_keeps_a_revision_with_who_when_and_what(question, member):
    first_edit = ASKED_AT + dt.timedelta(hours=1)
    second_edit = ASKED_AT + dt.timedelta(days=2)
    _edit(question, member, at=first_edit, title="How do I export all my invoices as PDF?",
          summary="clearer title")
    _edit(question, member, at=second_edit, tags="billing pdf", body=BODY + "\nThanks!")

    revisions = list(Revision.objects.filter(question=question).order_by("number"))
    assert [r.number for r in revisions] == [1, 2, 3]
    assert [r.editor for r in revisions] == [member, member, member]
    assert [r.created_at for r in revisions] == [ASKED_AT, first_edit, second_edit]
    assert revisions[0].title == TITLE
    assert revisions[1].title == "How do I export all my invoices as PDF?"
    assert revisions[1].summary == "clearer title"
    assert revisions[2].tag_names == "billing pdf"
    assert revisions[2].body == BODY + "\nThanks!"


def test_edited_question_shows_the_new_text_and_when_it_was_edited(question, member):
    edited_at = ASKED_AT + dt.timedelta(hours=3)
    body = "Where can I download **all** invoices as PDF files?"
    _edit(question, member, at=edited_at, body=body, tags="Billing, PDF")
    stored = Question.objects.get(pk=question.pk)
    assert "<strong>all</strong>" in stored.body_html
    assert sorted(stored.tags.names()) == ["billing", "pdf"]
    assert stored.edited_at == edited_at
    assert stored.last_activity_at == edited_at


def test_edit_must_follow_the_same_rules_as_asking(question, member):
    with pytest.raises(CommunityError, match="15 to 150 characters"):
        _edit(question, member, at=ASKED_AT, title="Too short")
    with pytest.raises(CommunityError, match="at most 5 tags"):
        _edit(question, member, at=ASKED_AT, tags="a b c d e f")
    assert Revision.objects.filter(question=question).count() == 1
    assert Question.objects.get(pk=question.pk).title == TITLE


def test_member_cannot_edit_someone_elses_question(question, other_member):
    with pytest.raises(ActionForbidden):
        _edit(question, other_member, at=ASKED_AT, title="A title I would prefer instead")
    assert Question.objects.get(pk=question.pk).title == TITLE
    assert Revision.objects.filter(question=question).count() == 1


def test_moderator_can_edit_any_post_and_is_named_as_the_editor(question):
    curator = moderator()
    _edit(question, curator, at=ASKED_AT, title="Exporting invoices as PDF files")
    latest = Revision.objects.filter(question=question).latest("number")
    assert latest.editor == curator
    assert Question.objects.get(pk=question.pk).author != curator


def test_each_answer_edit_keeps_a_revision(member, other_member):
    reply = answer(author=member, body="Open Billing and press Export.")
    with time_machine.travel(ASKED_AT, tick=False):
        services.answer_edit(
            editor=member, answer=reply, body="Open Billing, then press Export all.",
            summary="more precise",
        )
    revisions = list(Revision.objects.filter(answer=reply).order_by("number"))
    assert [(r.number, r.body) for r in revisions] == [
        (1, "Open Billing and press Export."), (2, "Open Billing, then press Export all.")
    ]
    assert (revisions[1].editor, revisions[1].summary, revisions[1].created_at) == (
        member, "more precise", ASKED_AT
    )
    assert Answer.objects.get(pk=reply.pk).edited_at == ASKED_AT
    with pytest.raises(ActionForbidden):
        services.answer_edit(editor=other_member, answer=reply, body="Something else entirely.")
    assert Revision.objects.filter(answer=reply).count() == 2


def test_revision_page_shows_added_and_removed_lines(client, question, member):
    _edit(question, member, at=ASKED_AT + dt.timedelta(hours=1),
          body="I need every invoice from last year as a PDF for my accountant.\nAny export?",
          summary="asked more directly")
    response = client.get(reverse("community:revisions", args=["questions", question.pk]))
    assert response.status_code == 200
    page = parse(response.text)
    inserted = [e.text for e in page.find_all("ins")]
    deleted = [e.text for e in page.find_all("del")]
    assert "+ Any export?" in inserted
    assert "- Is there a way?" in deleted
    unchanged = "I need every invoice from last year as a PDF for my accountant."
    assert f"+ {unchanged}" not in inserted and f"- {unchanged}" not in deleted
    headings = [h.text for h in page.find_all("h2")]
    assert any(f"Revision 2 by {member.display_name}" in h for h in headings)
    assert any(f"Revision 1 by {member.display_name}" in h for h in headings)
    assert "asked more directly" in response.text


def test_revision_page_shows_title_and_tag_changes(client, question, member):
    _edit(question, member, at=ASKED_AT, title="Exporting invoices as PDF, all at once",
          tags="billing pdf")
    page = parse(client.get(reverse("community:revisions", args=["questions", question.pk])).text)
    inserted = [e.text for e in page.find_all("ins")]
    deleted = [e.text for e in page.find_all("del")]
    assert "+ Exporting invoices as PDF, all at once" in inserted
    assert f"- {TITLE}" in deleted
    assert "+ billing pdf" in inserted and "- billing invoices" in deleted


def test_revision_page_for_an_answer_shows_its_edits(client, member):
    reply = answer(author=member, body="Open Billing and press Export.")
    services.answer_edit(editor=member, answer=reply, body="Open Billing and press Export all.")
    response = client.get(reverse("community:revisions", args=["answers", reply.pk]))
    page = parse(response.text)
    assert "+ Open Billing and press Export all." in [e.text for e in page.find_all("ins")]
    assert "- Open Billing and press Export." in [e.text for e in page.find_all("del")]


def test_edited_post_links_to_its_revisions(client, question, member):
    _edit(question, member, at=ASKED_AT, title="Exporting invoices as PDF, all at once")
    question.refresh_from_db()
    page = parse(client.get(question.get_absolute_url()).text)
    revisions_url = reverse("community:revisions", args=["questions", question.pk])
    assert page.find("a", href=revisions_url) is not None


def test_unedited_post_has_no_revisions_link(client, question):
    page = parse(client.get(question.get_absolute_url()).text)
    revisions_url = reverse("community:revisions", args=["questions", question.pk])
    assert page.find("a", href=revisions_url) is None


def test_member_who_is_not_the_author_is_offered_to_suggest_an_edit_instead(client, question):
    client.force_login(MemberFactory())
    page = parse(client.get(question.get_absolute_url()).text)
    [link] = page.find_all("a", href=reverse("community:question_edit", args=[question.pk]))
    assert link.text == "Suggest an edit"
