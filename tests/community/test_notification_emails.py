"""Emails about notifications: as each member chose, batched, digested once, unsubscribable."""

import datetime as dt
import email.policy
import re

import pytest
import time_machine
from django.core import mail, signing
from django.urls import reverse

from community import tasks
from community.models import Notification, NotificationEmail, NotificationPreference
from community.notifications.kinds import KINDS
from community.notifications.services import notification_preferences_set
from community.notifications.tokens import unsubscribe_token
from tests.factories import MemberFactory, answer, ask

pytestmark = pytest.mark.django_db

TITLE = "Why does my router drop the connection every evening?"
MONDAY_9AM = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC)


def mail_to(member) -> list:
    return [message for message in mail.outbox if message.to == [member.email]]


def html_of(message) -> str:
    [(html, mimetype)] = message.alternatives
    assert mimetype == "text/html"
    return html


def unsubscribe_path(message) -> str:
    url = message.extra_headers["List-Unsubscribe"].strip("<>")
    return re.sub(r"^https?://[^/]+", "", url)


@pytest.fixture
def asker(db):
    return MemberFactory(display_name="Asker")


@pytest.fixture
def question(asker):
    return ask(asker, title=TITLE)


def choose(member, **deliveries):
    notification_preferences_set(member=member, deliveries=deliveries)


def test_answer_emails_the_asker_at_once_as_text_and_html(deliver, asker, question):
    with deliver():
        reply = answer(question, MemberFactory(display_name="Helpful Hannah"))
    [message] = mail_to(asker)
    assert message.subject == f"[Customer Care Network] Helpful Hannah answered “{TITLE}”"
    assert "Hello Asker," in message.body
    assert f"Helpful Hannah answered “{TITLE}”" in html_of(message)
    notification = Notification.objects.get(recipient=asker)
    open_path = reverse("community:notification_open", args=[notification.pk])
    assert f"http://localhost:8000{open_path}" in message.body
    assert f'href="http://localhost:8000{open_path}"' in html_of(message)
    assert notification.email.sent_at is not None
    assert reply


def test_every_notification_email_carries_one_click_unsubscribe_headers(
    deliver, asker, question
):
    with deliver():
        answer(question)
    [message] = mail_to(asker)
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert re.fullmatch(
        r"<http://localhost:8000/notifications/unsubscribe/[^/>]+/>",
        message.extra_headers["List-Unsubscribe"],
    )
    assert unsubscribe_path(message) in message.body
    # As the mail server receives it: the address whole, not broken into encoded words.
    sent = message.message(policy=email.policy.SMTP).as_bytes().decode()
    assert f"List-Unsubscribe: {message.extra_headers['List-Unsubscribe']}\r\n" in sent


def test_busy_thread_sends_one_email_per_interval_not_one_per_answer(deliver, asker, question):
    with time_machine.travel(MONDAY_9AM, tick=False):
        for name in ("Ana", "Bruno", "Carla"):
            with deliver():
                answer(question, MemberFactory(display_name=name))
    assert len(mail_to(asker)) == 1
    with time_machine.travel(MONDAY_9AM + dt.timedelta(minutes=2), tick=False), deliver():
        tasks.email_notifications_due()
    assert len(mail_to(asker)) == 1  # the interval has not passed yet
    with time_machine.travel(MONDAY_9AM + dt.timedelta(minutes=6), tick=False), deliver():
        tasks.email_notifications_due()
    first, second = mail_to(asker)
    assert second.subject == f"[Customer Care Network] 2 new answers on “{TITLE}”"
    with time_machine.travel(MONDAY_9AM + dt.timedelta(minutes=20), tick=False), deliver():
        tasks.email_notifications_due()
    assert len(mail_to(asker)) == 2
    assert first.subject.endswith(f"Ana answered “{TITLE}”")


def test_in_the_portal_only_means_no_email_but_a_notification(deliver, asker, question):
    choose(asker, answer_on_followed="portal")
    with deliver():
        answer(question)
    assert mail_to(asker) == []
    assert Notification.objects.filter(recipient=asker, delivery="portal").count() == 1


def test_nothing_means_neither_email_nor_notification(deliver, asker, question):
    choose(asker, answer_on_followed="none")
    with deliver():
        answer(question)
    assert mail_to(asker) == []
    assert not Notification.objects.filter(recipient=asker).exists()


def test_daily_digest_holds_what_waited_for_it_and_no_instant_email(deliver, asker, question):
    choose(asker, answer_on_followed="daily")
    with deliver():
        answer(question, MemberFactory(display_name="Ana"))
        answer(ask(asker, title="Can I keep my number when I move abroad?"))
    assert mail_to(asker) == []
    with deliver():
        tasks.email_digests("daily")
    [digest] = mail_to(asker)
    assert digest.subject == "[Customer Care Network] Your daily digest: 2 updates"
    assert f"Ana answered “{TITLE}”" in digest.body
    assert "Can I keep my number when I move abroad?" in digest.body
    assert "List-Unsubscribe" in digest.extra_headers


def test_digest_run_twice_sends_one_email(deliver, asker, question):
    choose(asker, answer_on_followed="daily")
    with deliver():
        answer(question)
    with time_machine.travel(MONDAY_9AM, tick=False):
        with deliver():
            tasks.email_digests("daily")
        with deliver():
            answer(question)
        with deliver():
            tasks.email_digests("daily")
    assert len(mail_to(asker)) == 1
    assert NotificationEmail.objects.filter(recipient=asker).count() == 1
    with time_machine.travel(MONDAY_9AM + dt.timedelta(days=1), tick=False), deliver():
        tasks.email_digests("daily")
    assert len(mail_to(asker)) == 2  # the answer that came after the first run, next day


def test_digest_leaves_out_what_the_member_already_read(deliver, member_client, member):
    question = ask(member, title=TITLE)
    choose(member, answer_on_followed="weekly", comment_on_my_post="weekly")
    with deliver():
        answer(question, MemberFactory(display_name="Read Already"))
    member_client.post(reverse("community:notifications_read_all"))
    with deliver():
        answer(question, MemberFactory(display_name="Still New"))
    with deliver():
        tasks.email_digests("weekly")
    [digest] = mail_to(member)
    assert "Still New" in digest.body and "Read Already" not in digest.body
    assert NotificationEmail.objects.get(recipient=member).key == "weekly:" + "{}-W{:02d}".format(
        *dt.date.today().isocalendar()[:2]
    )


def test_daily_run_does_not_send_what_waits_for_the_weekly_digest(deliver, asker, question):
    choose(asker, answer_on_followed="weekly")
    with deliver():
        answer(question)
    with deliver():
        tasks.email_digests("daily")
    assert mail_to(asker) == []


def test_email_is_in_the_members_language(deliver, asker, question):
    notification_preferences_set(
        member=asker, deliveries={"answer_on_followed": "daily"}, language="pt-br"
    )
    with deliver():
        answer(question, MemberFactory(display_name="Ana"))
    with deliver():
        tasks.email_digests("daily")
    [digest] = mail_to(asker)
    assert digest.subject == "[Customer Care Network] Seu resumo diário: 1 novidade"
    assert "Olá Asker," in digest.body
    assert f"Ana respondeu “{TITLE}”" in html_of(digest)


def test_one_click_unsubscribe_stops_the_emails(client, deliver, asker, question):
    with deliver():
        answer(question)
    [message] = mail_to(asker)
    response = client.post(unsubscribe_path(message), {"List-Unsubscribe": "One-Click"})
    assert response.status_code == 200
    assert "You are unsubscribed" in response.text
    assert NotificationPreference.objects.get(member=asker, kind="answer_on_followed").delivery == (
        "portal"
    )
    with time_machine.travel(dt.timedelta(hours=1)), deliver():
        answer(question)
        tasks.email_notifications_due()
    assert len(mail_to(asker)) == 1
    assert Notification.objects.filter(recipient=asker).count() == 2  # still in the inbox


def test_unsubscribe_link_opened_in_a_browser_asks_before_it_acts(client, deliver, asker,
                                                                   question):
    with deliver():
        answer(question)
    [message] = mail_to(asker)
    page = client.get(unsubscribe_path(message))
    assert "Stop these emails?" in page.text
    assert "New answers on questions I follow" in page.text
    assert re.search(r"<button[^>]*>Unsubscribe</button>", page.text)
    assert not NotificationPreference.objects.filter(member=asker).exists()


def test_unsubscribe_also_stops_what_already_waits_for_an_email(deliver, client, asker,
                                                                question):
    choose(asker, answer_on_followed="daily")
    with deliver():
        answer(question)
    token = unsubscribe_token(asker.pk, ["answer_on_followed"])
    client.post(reverse("community:unsubscribe", args=[token]))
    with deliver():
        tasks.email_digests("daily")
    assert mail_to(asker) == []


@pytest.mark.parametrize("forge", [
    lambda token: token[:-2] + ("AA" if not token.endswith("AA") else "BB"),
    lambda token: signing.dumps({"m": 1, "k": ["answer_on_followed"]}, salt="another-salt"),
    lambda token: signing.dumps({"m": 1, "k": ["answer_on_followed"]}, key="a-guessed-key"),
    lambda token: "not-a-token",
])
def test_forged_or_altered_unsubscribe_token_does_nothing(client, asker, forge):
    token = forge(unsubscribe_token(asker.pk, ["answer_on_followed"]))
    response = client.post(reverse("community:unsubscribe", args=[token]))
    assert response.status_code == 400
    assert "This unsubscribe link is not valid." in response.text
    assert not NotificationPreference.objects.exists()


def test_unsubscribe_token_of_one_member_leaves_other_members_alone(client, asker):
    other = MemberFactory()
    client.post(reverse("community:unsubscribe", args=[
        unsubscribe_token(asker.pk, ["answer_on_followed", "mention"])
    ]))
    assert not NotificationPreference.objects.filter(member=other).exists()
    assert set(NotificationPreference.objects.filter(member=asker).values_list(
        "kind", flat=True)) == {"answer_on_followed", "mention"}


def test_settings_page_lists_every_kind_with_its_default(member_client):
    response = member_client.get(reverse("community:settings_notifications"))
    assert response.status_code == 200
    page = response.text
    for label in ("New answers on questions I follow", "Comments on my questions and answers",
                  "Mentions of me", "My answer accepted", "New questions in tags I follow",
                  "Badges I earn", "“Can you help?” requests"):
        assert label in page
    assert re.search(
        r'name="question_in_followed_tag".*?<option value="daily" selected>', page, re.DOTALL
    )


def test_settings_page_saves_the_choices_and_the_language(member_client, member):
    form = dict.fromkeys(KINDS, "portal")
    form |= {"mention": "weekly", "email_language": "pt-br"}
    response = member_client.post(reverse("community:settings_notifications"), form, follow=True)
    assert "Your notification settings are saved." in response.text
    assert NotificationPreference.objects.get(member=member, kind="mention").delivery == "weekly"
    member.refresh_from_db()
    assert member.language == "pt-br"


def test_settings_page_refuses_a_choice_that_does_not_exist(member_client, member):
    response = member_client.post(
        reverse("community:settings_notifications"),
        {"mention": "hourly", "email_language": "en"},
    )
    assert response.status_code == 200
    assert "Select a valid choice." in response.text
    assert not NotificationPreference.objects.exists()


def test_email_claimed_by_a_worker_that_stopped_is_sent_by_the_next_sweep(asker, question,
                                                                         deliver, celery_queue):
    with time_machine.travel(MONDAY_9AM, tick=False):
        with deliver():
            answer(question)
        mail.outbox.clear()
        NotificationEmail.objects.update(sent_at=None)  # claimed, never sent
    with time_machine.travel(MONDAY_9AM + dt.timedelta(minutes=3), tick=False), deliver():
        tasks.email_notifications_due()
    assert len(mail_to(asker)) == 1
    with deliver():
        tasks.email_notifications_due()
    assert len(mail_to(asker)) == 1


def test_deactivated_member_gets_no_email(deliver, asker, question):
    choose(asker, answer_on_followed="daily")
    with deliver():
        answer(question)
    asker.is_active = False
    asker.save(update_fields=["is_active"])
    with deliver():
        tasks.email_digests("daily")
    assert mail_to(asker) == []
