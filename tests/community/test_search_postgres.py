"""Full-text search on PostgreSQL: ranking, answers, websearch syntax, highlighted snippets."""

import pytest
from django.urls import reverse

from community import services
from community.models import Question
from tests.community.htmltree import parse, script_risks
from tests.factories import MemberFactory, answer, ask

pytestmark = [pytest.mark.postgres, pytest.mark.django_db]

SEARCH = reverse("community:search")


def _results(client, q: str):
    response = client.get(SEARCH, {"q": q})
    assert response.status_code == 200
    listing = parse(response.text).find("ol", class_="question-list")
    return [] if listing is None else listing.find_all("li", class_="question-row")


def _titles(client, q: str) -> list[str]:
    return [row.find("h3").text.strip() for row in _results(client, q)]


def test_title_match_ranks_above_body_match(client):
    in_body = ask(title="Question about my monthly statement",
                  body="The voucher from the shop was not applied to my monthly statement.")
    in_title = ask(title="Voucher not applied at checkout",
                   body="I typed the code at checkout and the total did not change at all.")
    # The body match is better voted, so only the ranking can put the title match first.
    for _ in range(3):
        services.vote_set(voter=MemberFactory(), post=in_body, value=1)
    assert _titles(client, "voucher") == [in_title.title, in_body.title]


def test_body_match_ranks_above_answer_match(client):
    in_answer = ask(title="Question about shipping times",
                    body="My parcel has been travelling for two weeks already, is that normal?")
    answer(in_answer, body="Ask for a tracking number; the courier shows each stop.")
    in_body = ask(title="Question about a lost parcel",
                  body="The tracking number I received does not work on the courier site.")
    assert _titles(client, "tracking") == [in_body.title, in_answer.title]


def test_answer_text_is_found(client):
    question = ask(title="Television shows no picture", body="Sound works but the screen is black.")
    answer(question, body="Switch the HDMI input with the source button on the remote.")
    assert _titles(client, "hdmi") == [question.title]


def test_edited_answer_text_is_found_and_old_text_is_not(client):
    question = ask(title="Television shows no picture", body="Sound works but the screen is black.")
    reply = answer(question, body="Switch the HDMI input with the source button.")
    services.answer_edit(editor=reply.author, answer=reply,
                         body="Use the composite cable instead of the other one.")
    assert _titles(client, "composite") == [question.title]
    assert _titles(client, "hdmi") == []


def test_edited_title_is_found(client, member):
    question = ask(member, title="Television shows no picture")
    services.question_edit(editor=member, question=question,
                           title="Projector shows no picture", body=question.body, tags="tv")
    assert _titles(client, "projector") == ["Projector shows no picture"]


def test_words_are_matched_by_their_stem(client):
    question = ask(title="Charges after cancelling my contract",
                   body="I cancelled in May and was charged again in June.")
    assert _titles(client, "cancel charge") == [question.title]


def test_quoted_phrase_matches_only_the_words_in_that_order(client):
    exact = ask(title="Router firmware update failed",
                body="The firmware update stopped at 80 percent and the light is red.")
    ask(title="How do I update my router password?",
        body="The firmware is fine, I only need a new admin password after the update.")
    assert _titles(client, '"firmware update"') == [exact.title]
    assert len(_titles(client, "firmware update")) == 2


def test_minus_word_excludes_questions_with_it(client):
    ask(title="Roaming charges in France", body="I was charged for data while in Paris.")
    spain = ask(title="Roaming charges in Spain", body="I was charged for data in Madrid.")
    assert _titles(client, "roaming -france") == [spain.title]


def test_or_finds_either_word(client):
    first = ask(title="Voucher not applied", body="The code was refused at checkout.")
    second = ask(title="Coupon expired too early", body="It said valid until the end of May.")
    assert sorted(_titles(client, "voucher or coupon")) == sorted([first.title, second.title])


def test_unbalanced_quotes_and_operators_do_not_break_search(client):
    question = ask(title="Voucher not applied", body="The code was refused at checkout.")
    for q in ['"voucher', "voucher -", "- -", '"" -"', "voucher & | ! :*", "(voucher"]:
        response = client.get(SEARCH, {"q": q})
        assert response.status_code == 200, q
    assert _titles(client, '"voucher') == [question.title]


def test_snippet_highlights_the_matched_words_with_mark(client):
    ask(title="Question about my bill",
        body="Last month the invoice listed a roaming fee although I never left the country.")
    [row] = _results(client, "roaming")
    snippet = row.find("p", class_="snippet")
    assert [mark.text for mark in snippet.find_all("mark")] == ["roaming"]
    assert "invoice listed a" in snippet.text


def test_snippet_escapes_html_from_the_body(client):
    ask(title="Question with markup in it",
        body='Roaming cost 5 < 6 & "more" <b>bold</b> <img src=x onerror=alert(1)> '
             "<script>alert(2)</script> and the roaming fee again.")
    response = client.get(SEARCH, {"q": "roaming"})
    snippet = parse(response.text).find("p", class_="snippet")
    assert snippet is not None
    assert {e.tag for e in snippet.iter()} == {"p", "mark"}
    assert [mark.text for mark in snippet.find_all("mark")] == ["Roaming", "roaming"]
    assert 'cost 5 < 6 & "more"' in snippet.text
    assert "5 &lt; 6 &amp; &quot;more&quot;" in response.text
    assert script_risks(parse(response.text).find("main")) == []


def test_tag_filter_combines_with_words(client):
    mobile = ask(title="Roaming does not work on my phone", tags="mobile roaming")
    ask(title="Roaming charges on my bill", tags="billing roaming")
    assert _titles(client, "roaming [mobile]") == [mobile.title]


def test_deleted_questions_are_not_found(client):
    question = ask(title="Roaming charges in France")
    Question.objects.filter(pk=question.pk).update(is_deleted=True)
    assert _titles(client, "roaming") == []
