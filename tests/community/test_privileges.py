"""What reputation unlocks: below each threshold the server refuses and says what earns it.

These tests run with the thresholds of ccn/settings.py (the ``privileges`` marker).
"""

import pytest
from django.urls import reverse

from community import privileges, services
from community.exceptions import ActionForbidden, CommunityError
from community.models import Comment, Question, Vote
from tests.community.htmltree import parse
from tests.factories import MemberFactory, agent, answer, ask, moderator

pytestmark = [pytest.mark.django_db, pytest.mark.privileges]

EARN = "You earn reputation when members up-vote your questions and answers"


def _member(reputation: int):
    return MemberFactory(reputation=reputation)


@pytest.fixture
def reply():
    return answer()


def test_default_thresholds_are_sized_for_a_brand_community(settings):
    assert settings.CCN_PRIVILEGES == {
        "vote_up": 15, "flag": 15, "comment_anywhere": 50, "vote_down": 100,
        "create_tags": 150, "review": 500, "edit_any": 1000, "close": 2000,
    }


def test_upvoting_below_15_is_refused_with_what_earns_it(reply):
    with pytest.raises(ActionForbidden) as refused:
        services.vote_set(voter=_member(14), post=reply, value=1)
    assert "Up-voting needs 15 reputation; you have 14." in str(refused.value)
    assert EARN in str(refused.value)
    assert not Vote.objects.exists()


def test_upvoting_at_15_counts(reply):
    assert services.vote_set(voter=_member(15), post=reply, value=1) == 1


def test_downvoting_below_100_is_refused_even_with_the_upvote_privilege(reply):
    with pytest.raises(ActionForbidden, match="Down-voting needs 100 reputation; you have 99."):
        services.vote_set(voter=_member(99), post=reply, value=-1)
    assert services.vote_set(voter=_member(100), post=reply, value=-1) == -1


def test_withdrawing_a_vote_needs_no_privilege(reply):
    voter = _member(15)
    services.vote_set(voter=voter, post=reply, value=1)
    voter.reputation = 1  # lost reputation since
    assert services.vote_set(voter=voter, post=reply, value=0) == 0


def test_newcomers_downvote_through_htmx_is_refused_with_the_reason_beside_the_buttons(
    client, reply
):
    client.force_login(_member(1))
    response = client.post(
        reverse("community:vote", args=["answers", reply.pk]), {"value": "-1"},
        headers={"HX-Request": "true"},
    )
    control = parse(response.text).find("form", class_="vote")
    assert control.find("p", role="alert").text.startswith(
        "Down-voting needs 100 reputation; you have 1."
    )
    assert control.find("span", class_="score").text == "0"
    assert control.find("button", class_="vote-down").attrs["aria-pressed"] == "false"
    assert not Vote.objects.exists()


def test_newcomers_downvote_without_javascript_gets_a_page_with_the_reason(client, reply):
    client.force_login(_member(1))
    response = client.post(reverse("community:vote", args=["answers", reply.pk]), {"value": "-1"})
    assert response.status_code == 403
    assert "Down-voting needs 100 reputation; you have 1." in response.text


def test_newcomer_comments_on_their_own_question_and_on_answers_to_it():
    asker = _member(1)
    question = ask(asker)
    reply = answer(question)
    services.comment_add(author=asker, post=question, body="Adding my phone model: X200.")
    services.comment_add(author=asker, post=reply, body="Thanks, where is that menu?")
    services.comment_add(author=reply.author, post=reply, body="Under Settings, then Plans.")
    assert Comment.objects.count() == 3


def test_commenting_on_others_posts_needs_50(reply):
    with pytest.raises(ActionForbidden) as refused:
        services.comment_add(author=_member(49), post=reply, body="Same problem here.")
    assert "Commenting on other members' posts needs 50 reputation; you have 49." in str(
        refused.value
    )
    services.comment_add(author=_member(50), post=reply, body="Same problem here.")


def test_comment_form_is_replaced_by_a_hint_below_50(client, reply):
    client.force_login(_member(1))
    page = parse(client.get(reply.question.get_absolute_url()).text)
    comment_url = reverse("community:comment_create", args=["answers", reply.pk])
    assert page.find("form", action=comment_url) is None
    hints = [p.text for p in page.find_all("p", class_="hint")]
    assert any("commenting everywhere comes at 50 reputation" in hint for hint in hints)


def test_asking_with_a_new_tag_below_150_is_refused_and_existing_tags_are_fine():
    ask(tags="billing")  # the tag exists
    newcomer = _member(149)
    with pytest.raises(CommunityError) as refused:
        services.question_ask(
            author=newcomer, title="How do I pay by bank transfer?",
            body="I want to pay my invoice by bank transfer, where are the details?",
            tags="billing bank-transfer",
        )
    assert "The tag “bank-transfer” does not exist yet, and creating tags needs 150" in str(
        refused.value
    )
    services.question_ask(
        author=newcomer, title="How do I pay by bank transfer?",
        body="I want to pay my invoice by bank transfer, where are the details?", tags="billing",
    )
    services.question_ask(
        author=_member(150), title="How do I pay by bank transfer now?",
        body="I want to pay my invoice by bank transfer, where are the details?",
        tags="bank-transfer",
    )
    assert Question.objects.count() == 3


def test_ask_form_keeps_the_text_when_a_new_tag_is_refused(client):
    ask(tags="billing")
    client.force_login(_member(1))
    response = client.post(reverse("community:question_ask"), {
        "title": "How do I pay by bank transfer?", "tags": "bank-transfer",
        "body": "I want to pay my invoice by bank transfer, where are the details?",
    })
    assert "creating tags needs 150 reputation" in response.text
    assert "where are the details?" in response.text


def test_editing_others_posts_without_review_needs_1000(reply):
    with pytest.raises(ActionForbidden):
        services.answer_edit(editor=_member(999), answer=reply, body="A better answer, longer.")
    services.answer_edit(editor=_member(1000), answer=reply, body="A better answer, longer.")


@pytest.mark.parametrize("make_staff", [moderator, agent], ids=["moderator", "agent"])
def test_moderators_and_agents_hold_every_privilege(make_staff, reply):
    staff = make_staff()
    assert staff.reputation == 1
    assert all(privileges.has_privilege(staff, p.key) for p in privileges.PRIVILEGES)
    assert services.vote_set(voter=staff, post=reply, value=-1) == -1


def test_own_profile_shows_reputation_privileges_held_and_the_next_one(client):
    member = _member(60)
    client.force_login(member)
    page = parse(client.get(member.get_absolute_url()).text)
    assert page.find("strong", class_="rep").text == "60"
    section = page.find("section", class_="privileges")
    held = [li.find("strong").text for li in section.find_all("li", class_="held")]
    assert held == ["Up-vote", "Flag", "Comment everywhere"]
    assert section.find("p", class_="next-privilege").text.startswith(
        "Next: Down-vote at 100 reputation — 40 to go."
    )


def test_staff_profile_says_every_privilege_is_held(client):
    staff = moderator()
    client.force_login(staff)
    section = parse(client.get(staff.get_absolute_url()).text).find("section", class_="privileges")
    assert "As a member of staff you hold every privilege." in section.text
    assert len(section.find_all("li", class_="held")) == len(privileges.PRIVILEGES)


def test_privileges_are_shown_to_the_member_only(client):
    member = _member(60)
    client.force_login(MemberFactory())
    assert parse(client.get(member.get_absolute_url()).text).find(
        "section", class_="privileges"
    ) is None


def test_a_member_holding_every_privilege_has_no_next_one():
    standing = privileges.standing(_member(5000))
    assert standing.next is None and standing.reputation_to_go == 0
    assert len(standing.held) == len(privileges.PRIVILEGES)
