"""Every community page opens for the people who may see it, and unknown objects are 404."""

from types import SimpleNamespace
from urllib.parse import urlsplit

import pytest
from django.urls import reverse

from community import services
from tests.community.htmltree import parse
from tests.factories import MemberFactory, answer, ask, comment

pytestmark = pytest.mark.django_db

TITLE = "How do I change the billing address on my account?"


@pytest.fixture
def world(member):
    """The member asked a question, someone answered, someone commented."""
    helper = MemberFactory(display_name="Helpful Hannah")
    question = ask(member, title=TITLE, tags="billing account-settings")
    reply = answer(question, helper, body="Open Settings, then Billing, then Address.")
    comment(reply, member, body="Thank you, found it.")
    [suggestion] = services.suggestions_record_shown(
        questions=[question], typed_title="billing address", member=None
    )
    return SimpleNamespace(question=question, answer=reply, helper=helper, suggestion=suggestion)


def _public_pages(world) -> dict[str, str]:
    """Pages anyone may read, with a text each must show."""
    question, reply, helper = world.question, world.answer, world.helper
    return {
        reverse("community:question_list"): TITLE,
        question.get_absolute_url(): "Open Settings, then Billing, then Address.",
        reverse("community:revisions", args=["questions", question.pk]): "Revision 1",
        reverse("community:revisions", args=["answers", reply.pk]): "Revision 1",
        reverse("community:tag_list"): "account-settings",
        reverse("community:tag_detail", args=["billing"]): TITLE,
        reverse("community:search") + "?q=address": TITLE,
        reverse("community:search"): "Search questions and answers",
        reverse("reputation:user_list"): "Helpful Hannah",
        helper.get_absolute_url(): "Helpful Hannah",
    }


def _member_pages(world) -> dict[str, str]:
    """Pages for a signed-in member who asked ``world.question``."""
    return {
        reverse("community:question_ask"): "Post your question",
        reverse("community:question_edit", args=[world.question.pk]): TITLE,
        reverse("community:settings"): "Save profile",
        reverse("community:similar_questions") + "?title=billing address change": TITLE,
    }


def test_every_public_page_renders_for_a_visitor(client, world):
    for url, text in _public_pages(world).items():
        response = client.get(url)
        assert response.status_code == 200, url
        assert text in response.text, url


def test_every_public_and_member_page_renders_for_a_member(member_client, world):
    pages = _public_pages(world) | _member_pages(world)
    for url, text in pages.items():
        response = member_client.get(url)
        assert response.status_code == 200, url
        assert text in response.text, url


def test_answerer_can_open_the_edit_page_of_their_answer(client, world):
    client.force_login(world.helper)
    response = client.get(reverse("community:answer_edit", args=[world.answer.pk]))
    assert response.status_code == 200
    textarea = parse(response.text).find("textarea", name="body")
    assert "Open Settings, then Billing, then Address." in textarea.text


def test_preview_renders_for_a_member(member_client):
    response = member_client.post(reverse("community:markdown_preview"), {"body": "**bold**"})
    assert response.status_code == 200
    assert "<strong>bold</strong>" in response.text


def test_pages_have_one_main_heading_and_a_title(client, world):
    for url in _public_pages(world):
        page = parse(client.get(url).text)
        assert len(page.find_all("h1")) == 1, url
        assert page.find("title").text.strip(), url


def test_question_address_without_slug_redirects_to_the_full_address(client, world):
    response = client.get(reverse("community:question_redirect", args=[world.question.pk]))
    assert response.status_code in (301, 302)
    assert response["Location"] == world.question.get_absolute_url()
    assert world.question.get_absolute_url().endswith(
        "/how-do-i-change-the-billing-address-on-my-account/"
    )


def test_question_address_with_an_old_slug_redirects_permanently(client, world):
    response = client.get(f"/questions/{world.question.pk}/an-old-title/")
    assert response.status_code == 301
    assert response["Location"] == world.question.get_absolute_url()


def test_member_address_with_an_old_slug_redirects_permanently(client, world):
    response = client.get(f"/users/{world.helper.pk}/someone-else/")
    assert response.status_code == 301
    assert urlsplit(response["Location"]).path == world.helper.get_absolute_url()


@pytest.mark.parametrize(
    "url",
    [
        "/questions/999999/",
        "/questions/999999/some-title/",
        "/questions/999999/edit/",
        "/answers/999999/edit/",
        "/questions/999999/revisions/",
        "/answers/999999/revisions/",
        "/tags/no-such-tag/",
        "/users/999999/nobody/",
        "/questions/suggestions/999999/",
    ],
)
def test_missing_objects_are_not_found(member_client, world, url):
    response = member_client.get(url)
    assert response.status_code == 404


@pytest.mark.parametrize(
    ("url", "data"),
    [
        ("/questions/999999/answer/", {"body": "An answer to nothing at all."}),
        ("/answers/999999/accept/", {}),
        ("/answers/999999/vote/", {"value": "1"}),
        ("/questions/999999/vote/", {"value": "1"}),
        ("/answers/999999/comments/", {"body": "Hello?"}),
        ("/questions/999999/comments/", {"body": "Hello?"}),
    ],
)
def test_actions_on_missing_objects_are_not_found(member_client, world, url, data):
    assert member_client.post(url, data).status_code == 404


def test_deleted_question_is_not_found(client, world):
    type(world.question).objects.filter(pk=world.question.pk).update(is_deleted=True)
    assert client.get(world.question.get_absolute_url()).status_code == 404
    assert client.get(f"/questions/{world.question.pk}/").status_code == 404
    assert TITLE not in client.get(reverse("community:question_list")).text


def test_deactivated_members_profile_is_not_found(client, world):
    type(world.helper).objects.filter(pk=world.helper.pk).update(is_active=False)
    assert client.get(world.helper.get_absolute_url()).status_code == 404


def test_not_found_page_is_the_sites_own(client, db):
    response = client.get("/questions/999999/")
    assert response.status_code == 404
    assert "<!DOCTYPE html>" in response.text


def test_health_probe_says_ok(client, db):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok"}
    assert "no-cache" in response["Cache-Control"]


def test_readiness_probe_checks_database_and_broker(client, db):
    response = client.get("/readyz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "checks": {"database": True, "broker": True}}


def test_readiness_probe_fails_when_the_broker_is_unreachable(client, db, settings):
    settings.CELERY_BROKER_URL = "redis://127.0.0.1:9/0"
    settings.CELERY_BROKER_TRANSPORT_OPTIONS = {}
    response = client.get("/readyz")
    assert response.status_code == 503
    assert response.json() == {
        "status": "unavailable", "checks": {"database": True, "broker": False}
    }
