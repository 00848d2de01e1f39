"""Member pages: ordered by reputation, with their posts, and never an email address."""

import pytest
from django.urls import reverse

from community import services
from community.models import User
from tests.community.htmltree import parse
from tests.factories import MemberFactory, answer, ask

pytestmark = pytest.mark.django_db


@pytest.fixture
def members():
    return [
        MemberFactory(display_name="Ada Lovelace", email="ada.private@example.org",
                      reputation=250),
        MemberFactory(display_name="Grace Hopper", email="grace.private@example.org",
                      reputation=1200),
        MemberFactory(display_name="Linus", email="linus.private@example.org"),
    ]


def _assert_no_email(text: str, members):
    for member in members:
        assert member.email not in text
        assert member.email.split("@")[0] not in text
    assert "@example.org" not in text


def test_members_list_is_ordered_by_reputation(client, members):
    page = parse(client.get(reverse("reputation:user_list")).text)
    names = [li.find("a").text for li in page.find("ol", class_="member-grid").find_all("li")]
    assert names == ["Grace Hopper", "Ada Lovelace", "Linus"]


def test_members_list_never_shows_email_addresses(client, members):
    _assert_no_email(client.get(reverse("reputation:user_list")).text, members)


def test_members_list_leaves_out_deactivated_members(client, members):
    User.objects.filter(pk=members[2].pk).update(is_active=False)
    assert "Linus" not in client.get(reverse("reputation:user_list")).text


def test_profile_never_shows_the_email_address_even_to_its_owner(client, members):
    ada = members[0]
    ask(ada, title="Question written by Ada herself")
    _assert_no_email(client.get(ada.get_absolute_url()).text, members)
    client.force_login(ada)
    _assert_no_email(client.get(ada.get_absolute_url()).text, members)


def test_question_pages_never_show_email_addresses(client, members):
    question = ask(members[0], title="Question written by Ada herself")
    reply = answer(question, members[1])
    services.comment_add(author=members[2], post=reply, body="Thanks Grace!")
    client.force_login(members[0])
    _assert_no_email(client.get(question.get_absolute_url()).text, members)
    _assert_no_email(client.get(reverse("community:question_list")).text, members)


def test_display_name_that_looks_like_an_email_is_not_the_real_address(client):
    member = MemberFactory(display_name="Sam", email="sam.secret@example.org")
    ask(member)
    for url in (member.get_absolute_url(), reverse("reputation:user_list")):
        assert "sam.secret" not in client.get(url).text


def test_profile_shows_reputation_questions_and_answers(client, members):
    grace = members[1]
    question = ask(grace, title="How do I move my plan to a new address?")
    reply = answer(ask(), grace, body="You can do this under Settings, Plans.")
    services.answer_accept(member=reply.question.author, answer=reply)
    page = parse(client.get(grace.get_absolute_url()).text)
    assert page.find("h1").text == "Grace Hopper"
    assert page.find("strong", class_="rep").text == "1200"
    questions = page.find("section", aria_labelledby="member-questions")
    assert questions.find("h2").text == "1 question"
    assert questions.find("a").get("href") == question.get_absolute_url()
    answers = page.find("section", aria_labelledby="member-answers")
    assert answers.find("h2").text == "1 answer"
    assert answers.find("a").get("href") == reply.get_absolute_url()
    assert answers.find("span", class_="accepted") is not None


def test_profile_escapes_what_the_member_wrote_about_themselves(client):
    member = MemberFactory(display_name="<b>Bold</b> Bob", about="<script>alert(1)</script>")
    response = client.get(member.get_absolute_url())
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in response.text
    assert parse(response.text).find("h1").text == "<b>Bold</b> Bob"


def test_own_profile_links_to_settings_and_others_do_not(client, members):
    client.force_login(members[0])
    settings_url = reverse("community:settings")
    assert parse(client.get(members[0].get_absolute_url()).text).find(
        "main").find("a", href=settings_url) is not None
    assert parse(client.get(members[1].get_absolute_url()).text).find(
        "main").find("a", href=settings_url) is None
