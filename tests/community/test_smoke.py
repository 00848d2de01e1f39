from django.urls import reverse

from tests.factories import answer, ask


def test_question_page_shows_question_and_answer(client, db):
    question = ask(title="Why does my invoice show two charges?")
    answer(question, body="The second charge is a temporary authorisation hold.")
    response = client.get(question.get_absolute_url())
    assert response.status_code == 200
    assert "Why does my invoice show two charges?" in response.text
    assert "temporary authorisation hold" in response.text


def test_home_lists_questions(client, db):
    ask(title="Can I pause my subscription for a month?")
    response = client.get(reverse("community:question_list"))
    assert "Can I pause my subscription for a month?" in response.text
