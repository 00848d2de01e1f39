"""Suggested edits: members below the edit privilege propose, reviewers with 500 decide."""

import pytest
from django.urls import reverse

from community.exceptions import ActionForbidden, CommunityError
from community.models import Answer, Question, Revision, SuggestedEdit
from community.review import services
from tests.community.htmltree import parse
from tests.factories import MemberFactory, answer, ask, committed

pytestmark = [pytest.mark.django_db, pytest.mark.privileges]

BETTER_BODY = "Open Settings, then Plans, pick the cheaper plan and press Confirm."


@pytest.fixture
def reply():
    return answer(body="Open Settings, then Plans.")


@pytest.fixture
def reviewer():
    return MemberFactory(reputation=500, display_name="Rita Reviewer")


def _suggest(post, author=None, body=BETTER_BODY, **fields) -> SuggestedEdit:
    return services.suggested_edit_propose(
        author=author or MemberFactory(), post=post, body=body, **fields
    )


def test_suggestion_changes_nothing_until_it_is_reviewed(reply):
    edit = _suggest(reply, summary="added the missing steps")
    assert edit.is_pending and edit.summary == "added the missing steps"
    assert Answer.objects.get(pk=reply.pk).body == "Open Settings, then Plans."


def test_one_suggestion_per_post_waits_at_a_time(reply):
    _suggest(reply)
    with pytest.raises(CommunityError, match="Another edit of this post is waiting for review"):
        _suggest(reply, body=BETTER_BODY + " Then sign out.")


def test_suggestion_that_changes_nothing_is_refused(reply):
    with pytest.raises(CommunityError, match="changes nothing"):
        _suggest(reply, body=reply.body)


def test_author_and_members_with_the_edit_privilege_do_not_suggest_they_edit(reply):
    with pytest.raises(ActionForbidden):
        _suggest(reply, author=reply.author)
    with pytest.raises(ActionForbidden):
        _suggest(reply, author=MemberFactory(reputation=1000))


def test_approved_edit_is_published_with_its_author_as_editor_and_earns_two(reply, reviewer):
    proposer = MemberFactory(display_name="Paula Proposer")
    edit = _suggest(reply, author=proposer, summary="clearer")
    with committed():
        services.suggested_edit_review(reviewer=reviewer, edit=edit, approve=True)
    assert Answer.objects.get(pk=reply.pk).body == BETTER_BODY
    latest = Revision.objects.filter(answer=reply).latest("number")
    assert (latest.editor, latest.summary) == (proposer, "clearer")
    edit.refresh_from_db()
    assert (edit.status, edit.reviewer) == (SuggestedEdit.Status.APPROVED, reviewer)
    proposer.refresh_from_db()
    assert proposer.reputation == 3


def test_approved_question_edit_changes_title_and_tags():
    question = ask(title="how change plan???", tags="billing")
    ask(tags="plans")
    edit = _suggest(
        question, title="How do I change my plan?", tags="billing plans",
        body="I want to move to a cheaper plan but cannot find the option anywhere.",
    )
    services.suggested_edit_review(
        reviewer=MemberFactory(reputation=500), edit=edit, approve=True
    )
    question = Question.objects.get(pk=question.pk)
    assert question.title == "How do I change my plan?"
    assert sorted(question.tags.names()) == ["billing", "plans"]


def test_rejected_edit_changes_nothing_and_earns_nothing(reply, reviewer):
    proposer = MemberFactory()
    edit = _suggest(reply, author=proposer)
    with committed():
        services.suggested_edit_review(reviewer=reviewer, edit=edit, approve=False)
    assert Answer.objects.get(pk=reply.pk).body == "Open Settings, then Plans."
    proposer.refresh_from_db()
    assert proposer.reputation == 1
    assert SuggestedEdit.objects.get(pk=edit.pk).status == SuggestedEdit.Status.REJECTED


def test_reviewing_needs_500_and_says_so(reply):
    edit = _suggest(reply)
    with pytest.raises(ActionForbidden, match="Reviewing suggested edits needs 500 reputation"):
        services.suggested_edit_review(
            reviewer=MemberFactory(reputation=499), edit=edit, approve=True
        )


def test_nobody_reviews_their_own_suggestion(reply):
    proposer = MemberFactory(reputation=500)
    edit = _suggest(reply, author=proposer)
    with pytest.raises(ActionForbidden):
        services.suggested_edit_review(reviewer=proposer, edit=edit, approve=True)


def test_an_edit_is_reviewed_once(reply, reviewer):
    edit = _suggest(reply)
    services.suggested_edit_review(reviewer=reviewer, edit=edit, approve=False)
    with pytest.raises(CommunityError, match="already been reviewed"):
        services.suggested_edit_review(
            reviewer=MemberFactory(reputation=500), edit=edit, approve=True
        )


def test_reviewer_sees_the_queue_and_the_changes_and_approves(client, reply, reviewer):
    edit = _suggest(reply, summary="added the missing steps")
    client.force_login(reviewer)
    queue = parse(client.get(reverse("community:review_queue")).text)
    link = queue.find("a", href=reverse("community:suggested_edit", args=[edit.pk]))
    assert link.text == f"Answer to {reply.question.title}"
    page = parse(client.get(reverse("community:suggested_edit", args=[edit.pk])).text)
    assert page.find("ins").text == f"+ {BETTER_BODY}"
    assert page.find("del").text == "- Open Settings, then Plans."
    response = client.post(
        reverse("community:suggested_edit", args=[edit.pk]), {"decision": "approve"}, follow=True
    )
    assert "The edit is approved and published." in response.text
    assert "No edits are waiting for review." in response.text


def test_review_queue_costs_the_same_with_one_or_many_edits(
    client, reviewer, django_assert_max_num_queries
):
    client.force_login(reviewer)
    url = reverse("community:review_queue")
    _suggest(answer())
    client.get(url)
    with django_assert_max_num_queries(12) as few:
        client.get(url)
    for _ in range(10):
        _suggest(ask(), body="I want to move to a cheaper plan but I cannot find the option.",
                 title="How do I change my plan, please?", tags="billing")
    with django_assert_max_num_queries(len(few.captured_queries)):
        response = client.get(url)
    assert len(parse(response.text).find("ul", class_="review-queue").find_all("li")) == 11
