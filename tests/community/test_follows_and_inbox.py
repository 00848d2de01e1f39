"""Following from the pages, the inbox with its groups and read marks, and the bell."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from taggit.models import Tag

from community.models import Follow, Notification
from community.notifications.services import follow_add, notification_send
from tests.community.htmltree import parse
from tests.factories import MemberFactory, answer, ask, comment

pytestmark = pytest.mark.django_db

INBOX = "/notifications/"
TITLE = "Why does my router drop the connection every evening?"


def buttons(response) -> list[str]:
    return [b.text.strip() for b in parse(response.text).find_all("button")]


def bell_text(response) -> str:
    [bell] = parse(response.text).find_all("a", class_="bell")
    return " ".join(bell.text.split())


def inbox_entries(client) -> list[str]:
    page = parse(client.get(INBOX).text)
    return [" ".join(li.text.split()) for li in page.find_all("li", class_="notification")]


@pytest.fixture
def busy_thread(deliver, member):
    """Three members answered the member's question, one after another."""
    question = ask(member, title=TITLE)
    replies = []
    for name in ("Ana", "Bruno", "Carla"):
        with deliver():
            replies.append(answer(question, MemberFactory(display_name=name)))
    return question, replies


def test_member_follows_and_unfollows_a_question_with_plain_form_posts(member_client, member):
    question = ask(title=TITLE)
    url = reverse("community:follow_question", args=[question.pk])
    assert "Follow" in buttons(member_client.get(question.get_absolute_url()))
    response = member_client.post(url, {"action": "follow"})
    assert response.status_code == 302 and response["Location"] == question.get_absolute_url()
    assert Follow.objects.filter(follower=member, question=question).exists()
    assert "Unfollow" in buttons(member_client.get(question.get_absolute_url()))
    member_client.post(url, {"action": "unfollow"})
    assert not Follow.objects.filter(follower=member, question=question).exists()


def test_follow_button_with_htmx_swaps_in_the_unfollow_button(member_client, member):
    tag_question = ask(tags="roaming")
    assert tag_question
    url = reverse("community:follow_tag", args=["roaming"])
    response = member_client.post(url, {"action": "follow"}, headers={"HX-Request": "true"})
    assert response.status_code == 200
    assert buttons(response) == ["Unfollow"]
    assert Follow.objects.filter(follower=member, tag__name="roaming").exists()


def test_tag_and_member_pages_offer_follow(member_client):
    ask(tags="roaming")
    other = MemberFactory()
    assert "Follow" in buttons(member_client.get("/tags/roaming/"))
    assert "Follow" in buttons(member_client.get(other.get_absolute_url()))


def test_visitors_and_the_member_themselves_see_no_follow_button(client, member_client, member):
    question = ask(member)
    assert "Follow" not in buttons(client.get(question.get_absolute_url()))
    assert "Follow" not in buttons(member_client.get(member.get_absolute_url()))


def test_member_cannot_follow_themselves(member_client, member):
    response = member_client.post(reverse("community:follow_member", args=[member.pk]),
                                  {"action": "follow"}, follow=True)
    assert "You cannot follow yourself." in response.text
    assert not Follow.objects.exists()


def test_following_twice_keeps_one_follow(member_client, member):
    question = ask()
    url = reverse("community:follow_question", args=[question.pk])
    member_client.post(url, {"action": "follow"})
    member_client.post(url, {"action": "follow"})
    assert Follow.objects.filter(follower=member, question=question).count() == 1


def test_follow_redirects_only_to_pages_of_this_site(member_client):
    question = ask()
    url = reverse("community:follow_question", args=[question.pk])
    response = member_client.post(url, {"action": "follow", "next": "https://evil.example/"})
    assert response["Location"] == question.get_absolute_url()


def test_related_answers_are_grouped_in_one_inbox_entry(member_client, busy_thread):
    assert inbox_entries(member_client)[0].startswith(f"Unread: 3 new answers on “{TITLE}”")


def test_inbox_entry_links_to_the_first_unread_answer_and_opening_it_marks_the_group_read(
    member_client, member, busy_thread
):
    _question, replies = busy_thread
    page = parse(member_client.get(INBOX).text)
    [link] = [a for a in page.find_all("a") if "new answers" in a.text]
    response = member_client.get(link.attrs["href"])
    assert response.status_code == 302
    assert response["Location"].endswith(f"#answer-{replies[0].pk}")
    assert not Notification.objects.filter(recipient=member, read_at__isnull=True).exists()
    assert inbox_entries(member_client)[0].startswith(f"3 new answers on “{TITLE}”")


def test_single_notification_names_who_did_it(member_client, member, deliver):
    question = ask(member, title=TITLE)
    with deliver():
        answer(question, MemberFactory(display_name="Helpful Hannah"))
    assert inbox_entries(member_client)[0].startswith(f"Unread: Helpful Hannah answered “{TITLE}”")


def test_comment_links_to_the_comment_itself(member_client, member, deliver):
    question = ask(member)
    with deliver():
        note = comment(question, MemberFactory(), body="Which model is your router?")
    notification = Notification.objects.get(recipient=member)
    response = member_client.get(reverse("community:notification_open", args=[notification.pk]))
    assert response["Location"] == f"{question.get_absolute_url()}#comment-{note.pk}"


def test_mark_one_read_leaves_the_others_unread(member_client, member, deliver):
    first, second = ask(member), ask(member)
    with deliver():
        answer(first)
        answer(second)
    notification = Notification.objects.get(recipient=member, question=first)
    member_client.post(reverse("community:notification_read", args=[notification.pk]))
    unread = Notification.objects.filter(recipient=member, read_at__isnull=True)
    assert list(unread.values_list("question", flat=True)) == [second.pk]


def test_mark_all_read_empties_the_bell(member_client, member, busy_thread):
    assert "3 unread" in bell_text(member_client.get("/"))
    response = member_client.post(reverse("community:notifications_read_all"), follow=True)
    assert "All notifications are marked as read." in response.text
    assert "unread" not in bell_text(member_client.get("/"))


def test_bell_shows_the_unread_count_on_every_page(member_client, busy_thread):
    question, _replies = busy_thread
    for url in ("/", question.get_absolute_url(), "/tags/"):
        assert bell_text(member_client.get(url)) == "Notifications 3 unread"


def test_visitors_have_no_bell(client, db):
    assert not parse(client.get("/").text).find_all("a", class_="bell")


def test_another_members_notification_cannot_be_opened_or_marked(client, member):
    notification = notification_send(
        recipient=member, kind="badge_earned", event_key="badge:1", subject="Teacher", url="/"
    )
    client.force_login(MemberFactory())
    opened = client.get(reverse("community:notification_open", args=[notification.pk]))
    marked = client.post(reverse("community:notification_read", args=[notification.pk]))
    assert opened.status_code == marked.status_code == 403
    notification.refresh_from_db()
    assert notification.read_at is None


def test_unfollow_from_the_inbox_stops_further_notifications(member_client, member, deliver):
    question = ask(member, title=TITLE)
    with deliver():
        answer(question)
    page = parse(member_client.get(INBOX).text)
    [form] = list(page.find_all("form", class_="follow"))
    assert [b.text.strip() for b in form.find_all("button")] == ["Unfollow"]
    response = member_client.post(form.attrs["action"], {"action": "unfollow", "next": INBOX})
    assert response["Location"] == INBOX
    with deliver():
        answer(question)
    assert Notification.objects.filter(recipient=member).count() == 1


def test_tag_notifications_are_grouped_by_tag_and_can_be_unfollowed(member_client, member, deliver):
    ask(tags="roaming")
    follow_add(follower=member, target=Tag.objects.get(name="roaming"))
    for _ in range(2):
        with deliver():
            ask(tags="roaming")
    [entry] = inbox_entries(member_client)
    assert entry.startswith("Unread: 2 new questions in roaming")
    assert "Unfollow" in entry


def test_empty_inbox_says_how_to_get_notifications(member_client):
    assert "Follow questions, tags and members" in member_client.get(INBOX).text


def test_inbox_costs_the_same_queries_with_many_notifications(
    member_client, member, deliver, django_assert_max_num_queries
):
    """Session and member (2), allauth's session tracking (up to 6), the inbox (4), the bell (1)."""

    def notify_many(count):
        for number in range(count):
            question = ask(member, title=f"{TITLE} ({number})")
            with deliver():
                answer(question)
                comment(question, MemberFactory(), body="Same here, since Monday.")

    notify_many(2)
    member_client.get(INBOX)  # the first request of a session records the session
    with django_assert_max_num_queries(13):
        member_client.get(INBOX)
    notify_many(12)
    with django_assert_max_num_queries(13):
        response = member_client.get(INBOX)
    assert len(re.findall(r'class="notification unread"', response.text)) == 28


def test_bell_costs_one_count_query(member_client, busy_thread):
    with CaptureQueriesContext(connection) as page_load:
        member_client.get("/tags/")
    about_notifications = [
        q["sql"] for q in page_load.captured_queries if "community_notification" in q["sql"]
    ]
    assert len(about_notifications) == 1
    assert "COUNT(" in about_notifications[0].upper()
