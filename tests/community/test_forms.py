"""Forms keep what a member typed and say clearly what to fix."""

import pytest
from django.urls import reverse

from community.models import Answer, Comment, Question, Revision
from tests.community.htmltree import parse
from tests.factories import answer, ask

pytestmark = pytest.mark.django_db

ASK_URL = reverse("community:question_ask")
TYPED_BODY = "When I open the app on my phone it shows a blank screen <b>since</b> Monday."


def _field_errors(page, field: str) -> list[str]:
    element = page.find(id=f"id_{field}")
    assert element is not None, f"no field {field}"
    container = next(d for d in page.find_all("div", class_="field") if element in d.iter())
    return [p.text for p in container.find_all("p", class_="error")]


def _textarea(page, name: str) -> str:
    """What a browser shows in the textarea (Django writes one newline after the tag)."""
    return page.find("textarea", name=name).text.removeprefix("\n")


def test_too_short_title_returns_the_form_with_everything_typed(member_client):
    response = member_client.post(
        ASK_URL, {"title": "App blank", "body": TYPED_BODY, "tags": "Mobile-App android"}
    )
    assert response.status_code == 200
    page = parse(response.text)
    assert page.find("input", name="title").get("value") == "App blank"
    assert _textarea(page, "body") == TYPED_BODY
    assert page.find("input", name="tags").get("value") == "Mobile-App android"
    assert _field_errors(page, "title") == [
        "The title must have 15 to 150 characters; it has 9."
    ]
    assert page.find(role="alert") is not None
    assert not Question.objects.exists()


def test_too_short_body_is_explained_and_the_title_kept(member_client):
    title = "The app shows a blank screen on Android"
    response = member_client.post(ASK_URL, {"title": title, "body": "Blank.", "tags": "app"})
    page = parse(response.text)
    assert page.find("input", name="title").get("value") == title
    assert _textarea(page, "body") == "Blank."
    assert _field_errors(page, "body") == ["Describe your question in at least 30 characters."]


def test_too_many_tags_are_explained(member_client):
    response = member_client.post(ASK_URL, {
        "title": "The app shows a blank screen on Android", "body": TYPED_BODY,
        "tags": "a b c d e f",
    })
    page = parse(response.text)
    assert _field_errors(page, "tags") == ["Use at most 5 tags; you gave 6."]
    assert page.find("input", name="tags").get("value") == "a b c d e f"


def test_empty_ask_form_names_every_missing_field(member_client):
    response = member_client.post(ASK_URL, {"title": "", "body": "", "tags": ""})
    page = parse(response.text)
    for field in ("title", "body", "tags"):
        assert _field_errors(page, field) == ["This field is required."], field


def test_ask_form_labels_its_fields_title_body_and_tags(member_client):
    page = parse(member_client.get(ASK_URL).text)
    labels = {label.get("for"): label.text.strip() for label in page.find_all("label")}
    assert labels["id_title"] == "Title"
    assert labels["id_body"] == "Body"
    assert labels["id_tags"] == "Tags"


def test_valid_question_is_posted_and_shown_with_a_confirmation(member_client, member):
    response = member_client.post(ASK_URL, {
        "title": "  The app shows a blank screen on Android  ", "body": TYPED_BODY,
        "tags": "Mobile_App, android",
    }, follow=True)
    question = Question.objects.get()
    assert response.redirect_chain[-1][0] == question.get_absolute_url()
    assert question.title == "The app shows a blank screen on Android"
    assert question.author == member
    assert sorted(question.tags.names()) == ["android", "mobile-app"]
    assert "Your question is posted." in response.text
    assert "&lt;b&gt;since&lt;/b&gt;" in response.text


def test_too_short_answer_returns_the_typed_answer_with_a_message(member_client):
    question = ask()
    response = member_client.post(
        reverse("community:answer_create", args=[question.pk]), {"body": "Restart it."}
    )
    assert response.status_code == 400
    page = parse(response.text)
    assert _textarea(page, "body") == "Restart it."
    assert _field_errors(page, "body") == ["Write an answer of at least 15 characters."]
    assert not Answer.objects.exists()


def test_valid_answer_is_posted_and_shown_on_the_question(member_client, member):
    question = ask()
    body = "Clear the app's storage in Android settings, then sign in again."
    response = member_client.post(
        reverse("community:answer_create", args=[question.pk]), {"body": body}
    )
    posted = Answer.objects.get()
    assert response.status_code == 302
    assert response["Location"] == posted.get_absolute_url()
    assert posted.author == member
    page = parse(member_client.get(question.get_absolute_url()).text)
    assert body in page.find("article", id=f"answer-{posted.pk}").text
    assert "Your answer is posted." in page.find(role="status").text


def test_too_long_comment_returns_the_typed_comment_with_a_message(member_client):
    question = ask()
    typed = "word " * 130
    response = member_client.post(
        reverse("community:comment_create", args=["questions", question.pk]), {"body": typed}
    )
    assert response.status_code == 400
    page = parse(response.text)
    assert _textarea(page, "body").strip() == typed.strip()
    [error] = _field_errors(page, "body")
    assert "at most 600 characters" in error
    assert not Comment.objects.exists()


def test_comment_is_posted_and_links_to_itself(member_client):
    reply = answer()
    response = member_client.post(
        reverse("community:comment_create", args=["answers", reply.pk]),
        {"body": "Also see https://help.example.com/android"},
    )
    posted = Comment.objects.get()
    assert response.status_code == 302
    assert response["Location"].endswith(f"#comment-{posted.pk}")
    page = parse(member_client.get(reply.question.get_absolute_url()).text)
    item = page.find("li", id=f"comment-{posted.pk}")
    link = item.find("a", href="https://help.example.com/android")
    assert link is not None and link.get("rel") == "nofollow ugc noopener"


def test_question_edit_with_bad_input_keeps_the_typed_text(member_client, member):
    question = ask(member, title="The app shows a blank screen on Android")
    url = reverse("community:question_edit", args=[question.pk])
    typed = {"title": "Blank", "body": "Now it also crashes on start.", "tags": "app",
             "summary": "more detail"}
    page = parse(member_client.post(url, typed).text)
    assert page.find("input", name="title").get("value") == "Blank"
    assert _textarea(page, "body") == "Now it also crashes on start."
    assert page.find("input", name="summary").get("value") == "more detail"
    assert _field_errors(page, "title")
    assert Revision.objects.filter(question=question).count() == 1


def test_question_edit_form_starts_with_the_current_text(member_client, member):
    question = ask(member, title="The app shows a blank screen on Android", tags="b-tag a-tag")
    page = parse(member_client.get(reverse("community:question_edit", args=[question.pk])).text)
    assert page.find("input", name="title").get("value") == question.title
    assert _textarea(page, "body") == question.body
    assert page.find("input", name="tags").get("value") == "a-tag b-tag"


def test_saved_question_edit_is_shown_and_recorded(member_client, member):
    question = ask(member, title="The app shows a blank screen on Android")
    response = member_client.post(reverse("community:question_edit", args=[question.pk]), {
        "title": "The Android app shows a blank screen", "body": TYPED_BODY + " Still.",
        "tags": "android", "summary": "clearer title",
    }, follow=True)
    assert "Your edit is saved." in response.text
    assert "The Android app shows a blank screen" in response.text
    latest = Revision.objects.filter(question=question).latest("number")
    assert (latest.number, latest.summary, latest.editor) == (2, "clearer title", member)


def test_answer_edit_with_bad_input_keeps_the_typed_text(client):
    reply = answer()
    client.force_login(reply.author)
    response = client.post(reverse("community:answer_edit", args=[reply.pk]), {"body": "Short."})
    page = parse(response.text)
    assert _textarea(page, "body") == "Short."
    assert _field_errors(page, "body") == ["Write an answer of at least 15 characters."]
    assert Answer.objects.get(pk=reply.pk).body != "Short."


def test_profile_settings_change_the_display_name(member_client, member):
    response = member_client.post(
        reverse("community:settings"),
        {"display_name": "Maria S.", "about": "Night owl", "time_zone": "UTC"},
        follow=True,
    )
    assert "Your profile is saved." in response.text
    member.refresh_from_db()
    assert (member.display_name, member.about) == ("Maria S.", "Night owl")
