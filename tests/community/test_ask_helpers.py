"""What helps while asking: the live markdown preview and similar-question suggestions."""

import datetime as dt

import pytest
import time_machine
from django.urls import reverse

from community import services
from community.models import SimilarSuggestion
from tests.community.htmltree import parse, unsafe_markup
from tests.factories import MemberFactory, answer, ask

pytestmark = pytest.mark.django_db

PREVIEW = reverse("community:markdown_preview")
SIMILAR = reverse("community:similar_questions")


# --- preview --------------------------------------------------------------------------


def test_preview_renders_markdown(member_client):
    body = "# Steps\n\n1. **Open** the app\n2. Tap `Help`"
    response = member_client.post(PREVIEW, {"body": body})
    assert response.status_code == 200
    page = parse(response.text)
    assert page.find("h1").text == "Steps"
    assert [li.text for li in page.find_all("li")] == ["Open the app", "Tap Help"]
    assert page.find("strong").text == "Open"


def test_preview_is_sanitised_like_a_saved_post(member_client):
    body = ('<script>alert(1)</script> [click](javascript:alert(2)) '
            '<img src=x onerror=alert(3)> ![x](data:image/png;base64,iVBORw0KGgo=)')
    response = member_client.post(PREVIEW, {"body": body})
    assert response.status_code == 200
    assert unsafe_markup(response.text) == []
    attribute_values = [v or "" for e in parse(response.text).iter() for v in e.attrs.values()]
    assert not any("alert" in value for value in attribute_values)


def test_preview_matches_what_is_saved(member_client, member):
    body = (
        "Compare `v1` and `v2`:\n\n| plan | price |\n|---|---|\n| basic | 5 |\n\n"
        "See https://example.com"
    )
    preview = member_client.post(PREVIEW, {"body": body}).text.strip()
    question = ask(member, body=body)
    assert preview == question.body_html.strip()


def test_empty_preview_says_there_is_nothing_yet(member_client):
    response = member_client.post(PREVIEW, {"body": ""})
    assert "Nothing to preview yet." in response.text


def test_preview_only_answers_post_requests(member_client):
    assert member_client.get(PREVIEW, {"body": "hi"}).status_code == 405


# --- similar questions ----------------------------------------------------------------


@pytest.fixture
def existing():
    solved_asker = MemberFactory()
    solved = ask(solved_asker, title="How do I cancel my subscription online?")
    services.answer_accept(member=solved_asker, answer=answer(solved))
    unsolved = ask(title="Cancel subscription button is missing")
    unrelated = ask(title="Where can I download my invoices?")
    return solved, unsolved, unrelated


def test_similar_questions_appear_while_typing_a_title(member_client, existing):
    solved, unsolved, _ = existing
    response = member_client.get(SIMILAR, {"title": "cancel my subscription"})
    assert response.status_code == 200
    links = parse(response.text).find("section", class_="similar").find_all("a")
    assert [a.text for a in links] == [solved.title, unsolved.title]  # solved first
    assert "Solved" in parse(response.text).find("li").text


def test_each_shown_suggestion_is_recorded(member_client, member, existing):
    solved, unsolved, _ = existing
    member_client.get(SIMILAR, {"title": "cancel my subscription"})
    rows = SimilarSuggestion.objects.order_by("pk")
    assert [(r.question_id, r.member, r.typed_title, r.clicked_at) for r in rows] == [
        (solved.pk, member, "cancel my subscription", None),
        (unsolved.pk, member, "cancel my subscription", None),
    ]


def test_suggestion_links_point_at_their_recorded_rows(member_client, existing):
    response = member_client.get(SIMILAR, {"title": "cancel my subscription"})
    hrefs = [a.get("href") for a in parse(response.text).find_all("a")]
    expected = [reverse("community:suggestion_open", args=[s.pk])
                for s in SimilarSuggestion.objects.order_by("pk")]
    assert hrefs == expected


def test_short_or_unmatched_titles_suggest_nothing_and_record_nothing(member_client, existing):
    for title in ["", "cancel", "quantum entanglement physics"]:
        response = member_client.get(SIMILAR, {"title": title})
        assert response.status_code == 200
        assert parse(response.text).find("a") is None
    assert not SimilarSuggestion.objects.exists()


def test_deleted_questions_are_never_suggested(member_client, existing):
    solved, unsolved, _ = existing
    type(unsolved).objects.filter(pk=unsolved.pk).update(is_deleted=True)
    response = member_client.get(SIMILAR, {"title": "cancel my subscription"})
    assert [a.text for a in parse(response.text).find_all("a")] == [solved.title]


def test_opening_a_suggestion_records_the_click_and_goes_to_the_question(client, existing):
    solved = existing[0]
    [suggestion] = services.suggestions_record_shown(
        questions=[solved], typed_title="cancel subscription", member=None
    )
    clicked_at = dt.datetime(2026, 7, 1, 9, 0, tzinfo=dt.UTC)
    with time_machine.travel(clicked_at, tick=False):
        response = client.get(reverse("community:suggestion_open", args=[suggestion.pk]))
    assert response.status_code == 302
    assert response["Location"] == solved.get_absolute_url()
    suggestion.refresh_from_db()
    assert suggestion.clicked_at == clicked_at


def test_opening_a_suggestion_twice_keeps_the_first_click_time(client, existing):
    [suggestion] = services.suggestions_record_shown(
        questions=[existing[0]], typed_title="cancel subscription", member=None
    )
    first = dt.datetime(2026, 7, 1, 9, 0, tzinfo=dt.UTC)
    for moment in (first, first + dt.timedelta(minutes=5)):
        with time_machine.travel(moment, tick=False):
            client.get(reverse("community:suggestion_open", args=[suggestion.pk]))
    suggestion.refresh_from_db()
    assert suggestion.clicked_at == first
