"""Deleting a post hides it (nothing is lost) and can be undone; an accepted answer stays."""

import pytest

from community import services, signals
from community.exceptions import ActionForbidden
from community.models import Answer, Question
from tests.community.htmltree import parse
from tests.factories import MemberFactory, answer, ask, moderator

pytestmark = pytest.mark.django_db


def _answer_count(question) -> int:
    return Question.objects.values_list("answer_count", flat=True).get(pk=question.pk)


def _delete_buttons(client, url) -> list:
    page = parse(client.get(url).text)
    return [b for b in page.find_all("button") if b.text.strip() == "Delete"]


def test_author_deletes_their_answer_and_it_leaves_the_page(client):
    reply = answer(body="This answer will be deleted by its author.")
    client.force_login(reply.author)
    response = client.post(f"/answers/{reply.pk}/delete/", follow=True)
    assert "The post is deleted." in response.text
    assert "This answer will be deleted by its author." not in response.text
    assert _answer_count(reply.question) == 0
    assert Answer.objects.get(pk=reply.pk).is_deleted  # kept, only hidden


def test_author_deletes_their_question_and_it_is_gone_from_the_list(client):
    question = ask(title="A question its author no longer needs")
    client.force_login(question.author)
    client.post(f"/questions/{question.pk}/delete/")
    assert client.get(question.get_absolute_url()).status_code == 404
    assert "A question its author no longer needs" not in client.get("/").text


def test_delete_button_is_shown_to_the_author_only(client):
    reply = answer()
    url = reply.question.get_absolute_url()
    client.force_login(MemberFactory())
    assert _delete_buttons(client, url) == []
    client.force_login(reply.author)
    assert len(_delete_buttons(client, url)) == 1


def test_author_cannot_delete_an_answer_that_was_accepted(client):
    reply = answer()
    services.answer_accept(member=reply.question.author, answer=reply)
    client.force_login(reply.author)
    assert client.post(f"/answers/{reply.pk}/delete/").status_code == 403
    assert not Answer.objects.get(pk=reply.pk).is_deleted


def test_moderator_can_delete_an_accepted_answer():
    reply = answer()
    services.answer_accept(member=reply.question.author, answer=reply)
    services.post_delete(member=moderator(), post=reply)
    assert Answer.objects.get(pk=reply.pk).is_deleted


def test_restoring_brings_the_answer_and_its_count_back():
    reply = answer()
    services.post_delete(member=reply.author, post=reply)
    services.post_restore(member=reply.author, post=reply)
    assert not Answer.objects.get(pk=reply.pk).is_deleted
    assert _answer_count(reply.question) == 1


def test_another_member_can_neither_delete_nor_restore():
    reply = answer()
    with pytest.raises(ActionForbidden):
        services.post_delete(member=MemberFactory(), post=reply)
    services.post_delete(member=reply.author, post=reply)
    with pytest.raises(ActionForbidden):
        services.post_restore(member=MemberFactory(), post=reply)


def test_deletion_and_restoring_are_announced_once_after_commit(
    django_capture_on_commit_callbacks,
):
    reply = answer()
    heard = []

    def on_deleted(sender, post, **kwargs):
        heard.append(("deleted", post.pk))

    def on_restored(sender, post, **kwargs):
        heard.append(("restored", post.pk))

    signals.post_deleted.connect(on_deleted, dispatch_uid="test-deleted")
    signals.post_restored.connect(on_restored, dispatch_uid="test-restored")
    try:
        with django_capture_on_commit_callbacks(execute=True):
            services.post_delete(member=reply.author, post=reply)
            with pytest.raises(ActionForbidden):  # already deleted
                services.post_delete(member=reply.author, post=reply)
            services.post_restore(member=reply.author, post=reply)
    finally:
        signals.post_deleted.disconnect(dispatch_uid="test-deleted")
        signals.post_restored.disconnect(dispatch_uid="test-restored")
    assert heard == [("deleted", reply.pk), ("restored", reply.pk)]
