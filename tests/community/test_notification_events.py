"""Each community event notifies exactly the right members, once, never about their own action."""

import pytest
from django.urls import reverse
from taggit.models import Tag

from community import services
from community.models import Notification, NotificationPreference
from community.notifications.services import follow_add, follow_remove, notification_send
from community.tasks import notify_answer_posted
from tests.community.htmltree import parse
from tests.factories import MemberFactory, answer, ask, comment

pytestmark = pytest.mark.django_db


def told(member) -> list[tuple[str, str]]:
    """(kind, event) of each notification ``member`` has, oldest first."""
    return list(
        Notification.objects.filter(recipient=member).order_by("pk").values_list(
            "kind", "event_key"
        )
    )


def recipients(event_key: str) -> set:
    return set(Notification.objects.filter(event_key=event_key).values_list(
        "recipient__display_name", flat=True
    ))


def test_new_answer_notifies_the_asker_and_earlier_answerers_but_not_its_author(deliver):
    asker, first, second = (MemberFactory(display_name=n) for n in ("Asker", "First", "Second"))
    question = ask(asker)
    with deliver():
        answer(question, first)
    with deliver():
        reply = answer(question, second)
    assert recipients(f"answer:{reply.pk}") == {"Asker", "First"}
    assert told(second) == []
    [(kind, _event)] = list(told(first))
    assert kind == "answer_on_followed"


def test_answer_to_ones_own_question_notifies_no_one(deliver):
    asker = MemberFactory()
    question = ask(asker)
    with deliver():
        answer(question, asker)
    assert not Notification.objects.exists()


def test_member_who_unfollowed_a_question_hears_nothing_more_about_it(deliver):
    asker = MemberFactory()
    question = ask(asker)
    follow_remove(follower=asker, target=question)
    with deliver():
        answer(question)
    assert told(asker) == []


def test_follower_of_a_question_who_did_not_take_part_hears_about_new_answers(deliver):
    question, watcher = ask(), MemberFactory()
    follow_add(follower=watcher, target=question)
    with deliver():
        reply = answer(question)
    assert told(watcher) == [("answer_on_followed", f"answer:{reply.pk}")]


def test_comment_notifies_the_author_of_the_post_commented_on_only(deliver):
    asker, helper, commenter = MemberFactory(), MemberFactory(), MemberFactory()
    question = ask(asker)
    with deliver():
        reply = answer(question, helper)
    with deliver():
        note = comment(reply, commenter, body="Which version of the app is this?")
    assert told(helper) == [("comment_on_my_post", f"comment:{note.pk}")]
    assert [event for _kind, event in told(asker)] == [f"answer:{reply.pk}"]
    assert told(commenter) == []


def test_comment_on_ones_own_post_notifies_no_one(deliver):
    asker = MemberFactory()
    question = ask(asker)
    with deliver():
        comment(question, asker, body="Edit: I am on the family plan.")
    assert not Notification.objects.exists()


def test_mention_notifies_the_member_of_the_thread_named(deliver):
    asker = MemberFactory(display_name="Ana Souza")
    helper, other = MemberFactory(display_name="Bruno"), MemberFactory(display_name="Carla")
    question = ask(asker)
    with deliver():
        reply = answer(question, helper)
    with deliver():
        note = comment(reply, other, body="@ana_souza did this work for you?")
    assert ("mention", f"comment:{note.pk}") in told(asker)
    assert recipients(f"comment:{note.pk}") == {"Ana Souza", "Bruno"}


def test_member_mentioned_and_followed_is_told_once_as_mentioned(deliver):
    asker, helper = MemberFactory(display_name="Dora"), MemberFactory()
    question = ask(asker)
    with deliver():
        reply = answer(question, helper, body="@Dora open Settings, then Plans, then Change.")
    assert told(asker) == [("mention", f"answer:{reply.pk}")]


def test_mention_of_someone_outside_the_thread_notifies_nobody(deliver):
    outsider = MemberFactory(display_name="Eve")
    question = ask()
    with deliver():
        answer(question, body="Maybe @Eve knows, she had the same router last year.")
    assert told(outsider) == []


def test_mention_inside_code_is_not_a_mention(deliver):
    asker = MemberFactory(display_name="Fabio")
    question = ask(asker)
    follow_remove(follower=asker, target=question)
    with deliver():
        answer(question, body="Type `@Fabio` in the search box of the app to find it.")
    assert told(asker) == []


def test_accepting_an_answer_notifies_its_author(deliver):
    asker, helper = MemberFactory(display_name="Gil"), MemberFactory()
    question = ask(asker)
    reply = answer(question, helper)
    with deliver():
        services.answer_accept(member=asker, answer=reply)
    assert ("answer_accepted", f"accepted:{reply.pk}") in told(helper)  # badges may follow
    assert Notification.objects.get(event_key=f"accepted:{reply.pk}").actor == asker


def test_accepting_ones_own_answer_notifies_no_one(deliver):
    asker = MemberFactory()
    question = ask(asker)
    reply = answer(question, asker)
    with deliver():
        services.answer_accept(member=asker, answer=reply)
    assert not Notification.objects.filter(kind="answer_accepted").exists()


def test_new_question_notifies_followers_of_its_tags_once_each(deliver):
    ask(tags="billing roaming")  # the tags exist
    both, one, asker = MemberFactory(), MemberFactory(), MemberFactory()
    for tag in Tag.objects.filter(name__in=["billing", "roaming"]):
        follow_add(follower=both, target=tag)
    follow_add(follower=one, target=Tag.objects.get(name="roaming"))
    follow_add(follower=asker, target=Tag.objects.get(name="roaming"))
    with deliver():
        question = ask(asker, tags="billing roaming")
    assert told(both) == [("question_in_followed_tag", f"question:{question.pk}")]
    assert told(one) == [("question_in_followed_tag", f"question:{question.pk}")]
    assert told(asker) == []
    assert Notification.objects.get(recipient=both).data == {"tag": "billing"}


def test_followers_of_a_member_hear_about_their_questions_and_answers(deliver):
    star, fan = MemberFactory(), MemberFactory()
    follow_add(follower=fan, target=star)
    with deliver():
        question = ask(star)
    with deliver():
        reply = answer(ask(), star)
    assert told(fan) == [
        ("followed_member_posted", f"question:{question.pk}"),
        ("followed_member_posted", f"answer:{reply.pk}"),
    ]


def test_fan_out_run_twice_notifies_each_member_once(deliver):
    asker = MemberFactory()
    question = ask(asker)
    with deliver():
        reply = answer(question)
    notify_answer_posted(reply.pk)
    notify_answer_posted(reply.pk)
    assert Notification.objects.filter(recipient=asker).count() == 1


def test_member_who_chose_nothing_for_a_kind_is_not_notified(deliver):
    asker = MemberFactory()
    NotificationPreference.objects.create(member=asker, kind="answer_on_followed", delivery="none")
    question = ask(asker)
    with deliver():
        answer(question)
    assert told(asker) == []


def test_deactivated_member_is_not_notified(deliver):
    asker = MemberFactory()
    question = ask(asker)
    asker.is_active = False
    asker.save(update_fields=["is_active"])
    with deliver():
        answer(question)
    assert told(asker) == []


def test_answer_deleted_before_the_task_runs_notifies_no_one(deliver, celery_queue,
                                                             django_capture_on_commit_callbacks):
    asker = MemberFactory()
    question = ask(asker)
    with django_capture_on_commit_callbacks(execute=True):
        reply = answer(question)
    reply.is_deleted = True
    reply.save(update_fields=["is_deleted"])
    celery_queue.run_all()
    assert told(asker) == []


def test_events_are_fanned_out_by_celery_tasks_after_commit(django_capture_on_commit_callbacks,
                                                           celery_queue):
    question = ask()
    with django_capture_on_commit_callbacks(execute=False):
        answer(question)
    assert celery_queue.names == []  # nothing is sent before the transaction commits
    with django_capture_on_commit_callbacks(execute=True):
        answer(question)
    assert celery_queue.names == ["community.tasks.notify_answer_posted"]


def test_other_apps_send_notifications_through_one_service_and_only_once():
    member = MemberFactory()
    sent = notification_send(
        recipient=member, kind="badge_earned", event_key="badge:teacher", subject="Teacher",
        url="/badges/teacher/",
    )
    again = notification_send(
        recipient=member, kind="badge_earned", event_key="badge:teacher", subject="Teacher",
        url="/badges/teacher/",
    )
    assert sent == again
    assert told(member) == [("badge_earned", "badge:teacher")]


def test_a_member_is_never_notified_of_their_own_action_by_other_apps():
    member = MemberFactory()
    sent = notification_send(
        recipient=member, actor=member, kind="help_requested", event_key="help:1",
        subject="Router", url="/",
    )
    assert sent is None
    assert not Notification.objects.exists()


def test_an_unknown_kind_is_refused():
    with pytest.raises(KeyError):
        notification_send(
            recipient=MemberFactory(), kind="no_such_kind", event_key="x", subject="x", url="/"
        )


def test_editor_is_offered_the_threads_members_for_mentions_but_not_oneself(client):
    asker = MemberFactory(display_name="Ana Souza")
    question = ask(asker)
    reply = answer(question, MemberFactory(display_name="Bruno O'Neil"))
    comment(reply, MemberFactory(display_name="Carla"), body="Same router here, same problem.")
    MemberFactory(display_name="Outsider")
    client.force_login(asker)
    page = parse(client.get(question.get_absolute_url()).text)
    [label] = page.find_all("span", id="mention-menu-label")
    assert page.find_all("text-expander", keys="@")
    names = client.get(label.attrs["data-names-url"])
    assert names.json() == {"members": [
        {"name": "Bruno O'Neil", "handle": "Bruno_O_Neil"},
        {"name": "Carla", "handle": "Carla"},
    ]}


def test_visitors_are_not_told_who_takes_part(client):
    question = ask()
    response = client.get(reverse("community:mention_names", args=[question.pk]))
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_the_handle_the_editor_writes_notifies_that_member(deliver):
    bruno = MemberFactory(display_name="Bruno O'Neil")
    question = ask(bruno)
    follow_remove(follower=bruno, target=question)
    with deliver():
        answer(question, body="@Bruno_O_Neil the reset button is behind the cable slot.")
    assert told(bruno)[0][0] == "mention"
