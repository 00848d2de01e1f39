"""Deleting an account: personal data erased everywhere, posts kept under "former member"."""

import pytest
from allauth.account.models import EmailAddress
from allauth.usersessions.models import UserSession
from django.apps import apps
from django.contrib.admin.models import CHANGE, LogEntry
from django.contrib.contenttypes.models import ContentType
from django.contrib.sessions.models import Session
from django.test import Client
from taggit.models import Tag

from community import signals
from community.exceptions import CommunityError
from community.models import Answer, Notification, Question, User
from community.notifications.services import follow_add, notification_preferences_set
from community.privacy.services import account_erase, data_export_request
from tests.factories import PASSWORD, MemberFactory, answer, ask, comment, vote

pytestmark = pytest.mark.django_db

DELETE_PAGE = "/settings/delete/"
EMAIL = "ana.souza@example.org"
NAME = "Ana Quintanilha"
ABOUT = "Network engineer in Recife, fixes routers for the whole street."
ADDRESS = "198.51.100.23"


@pytest.fixture
def ana(deliver):
    """A member who took part in everything, signed in from ADDRESS."""
    member = MemberFactory(email=EMAIL, display_name=NAME, about=ABOUT)
    client = Client(REMOTE_ADDR=ADDRESS)
    client.force_login(member)
    client.get("/")
    question = ask(member, title="How do I reset the router to factory settings?")
    with deliver():
        reply = answer(ask(), member, body="Hold the reset button for ten seconds.")
        comment(question, member, body="It is the grey box from 2021.")
        answer(question, MemberFactory(), body="Press reset with a paper clip, then wait.")
        vote(reply, MemberFactory())
    follow_add(follower=member, target=Tag.objects.get(name="billing"))
    follow_add(follower=MemberFactory(), target=member)
    notification_preferences_set(member=member, deliveries={"mention": "weekly"}, language="en")
    data_export_request(member=member)
    LogEntry.objects.log_actions(
        user_id=MemberFactory(is_staff=True).pk, queryset=[member], action_flag=CHANGE,
        change_message="Changed email.", single_object=True,
    )
    return member


def every_stored_value():
    """Every value of every column of every table, as text."""
    for model in apps.get_models(include_auto_created=True):
        columns = [field.attname for field in model._meta.concrete_fields]
        for row in model._default_manager.values_list(*columns):
            yield model._meta.label, " ".join(str(value) for value in row)


def test_deletion_leaves_no_email_name_about_or_address_in_any_table(ana):
    account_erase(member=ana, password=PASSWORD)
    found = [
        (table, secret) for table, text in every_stored_value()
        for secret in (EMAIL, NAME, ABOUT, ADDRESS) if secret in text
    ]
    assert found == []


def test_posts_stay_under_former_member(ana, client):
    question = Question.objects.get(author=ana)
    account_erase(member=ana, password=PASSWORD)
    page = client.get(question.get_absolute_url()).text
    assert "How do I reset the router to factory settings?" in page
    assert "It is the grey box from 2021." in page
    assert "former member" in page and NAME not in page
    assert Answer.objects.filter(author=ana, body="Hold the reset button for ten seconds.").exists()


def test_deleted_account_cannot_sign_in_again(ana, client):
    account_erase(member=ana, password=PASSWORD)
    assert not client.login(email=EMAIL, password=PASSWORD)
    response = client.post("/accounts/login/", {"login": EMAIL, "password": PASSWORD})
    assert "_auth_user_id" not in client.session
    assert response.status_code == 200
    ana.refresh_from_db()
    assert not ana.is_active and not ana.has_usable_password()


def test_deletion_ends_every_session_of_the_member_and_no_other(ana):
    other = MemberFactory()
    other_client = Client()
    other_client.force_login(other)
    other_client.get("/")
    account_erase(member=ana, password=PASSWORD)
    assert not UserSession.objects.filter(user=ana).exists()
    assert UserSession.objects.filter(user=other).count() == 1
    assert Session.objects.count() == 1


def test_two_deleted_accounts_keep_distinct_addresses(ana):
    second = MemberFactory()
    account_erase(member=ana, password=PASSWORD)
    account_erase(member=second, password=PASSWORD)
    emails = set(User.objects.filter(pk__in=[ana.pk, second.pk]).values_list("email", flat=True))
    assert len(emails) == 2 and all(e.endswith("@erased.invalid") for e in emails)
    assert not EmailAddress.objects.filter(user__in=[ana, second]).exists()


def test_wrong_password_deletes_nothing(ana):
    with pytest.raises(CommunityError, match="That password is not right."):
        account_erase(member=ana, password="not-my-password")
    ana.refresh_from_db()
    assert (ana.email, ana.display_name, ana.is_active) == (EMAIL, NAME, True)


def test_page_explains_what_goes_and_what_stays_before_the_click(client, ana):
    client.force_login(ana)
    page = client.get(DELETE_PAGE).text
    for text in ("What is erased", "What stays, for the community", "“former member”",
                 "IP addresses", "This cannot be undone.", "Delete my account"):
        assert text in page


def test_member_deletes_their_account_from_the_settings_page(client, ana):
    client.force_login(ana)
    response = client.post(DELETE_PAGE, {"password": PASSWORD}, follow=True)
    assert "Your account is deleted." in response.text
    assert "_auth_user_id" not in client.session
    assert User.objects.get(pk=ana.pk).display_name == "former member"


def test_settings_page_refuses_a_wrong_password_and_says_so(client, ana):
    client.force_login(ana)
    response = client.post(DELETE_PAGE, {"password": "guess"})
    assert "That password is not right." in response.text
    assert User.objects.get(pk=ana.pk).is_active


def test_guessing_the_password_is_stopped_after_five_tries(client, ana):
    client.force_login(ana)
    for _attempt in range(5):
        client.post(DELETE_PAGE, {"password": "guess"})
    response = client.post(DELETE_PAGE, {"password": PASSWORD})
    assert "You are doing that too often." in response.text
    assert User.objects.get(pk=ana.pk).is_active


def test_what_others_were_told_about_the_member_now_names_a_former_member(ana, deliver):
    asker = MemberFactory()
    question = ask(asker, title="Why is my bill higher this month?")
    with deliver():
        answer(question, ana, body="Roaming charges from your trip, most likely.")
    account_erase(member=ana, password=PASSWORD)
    client = Client()
    client.force_login(asker)
    inbox = client.get("/notifications/").text
    assert "former member answered “Why is my bill higher this month?”" in inbox
    assert Notification.objects.filter(recipient=ana).count() == 0


def test_other_apps_hear_that_a_member_was_erased_after_commit(
    ana, django_capture_on_commit_callbacks
):
    heard = []

    def receiver(sender, member_id, **kwargs):
        heard.append(member_id)

    signals.member_erased.connect(receiver)
    try:
        with django_capture_on_commit_callbacks(execute=True):
            account_erase(member=ana, password=PASSWORD)
    finally:
        signals.member_erased.disconnect(receiver)
    assert heard == [ana.pk]


def test_admin_log_no_longer_names_the_member(ana):
    account_erase(member=ana, password=PASSWORD)
    entry = LogEntry.objects.get(
        content_type=ContentType.objects.get_for_model(User), object_id=str(ana.pk)
    )
    assert entry.object_repr == "former member"


def test_other_apps_erase_what_they_keep_about_the_member(ana, django_capture_on_commit_callbacks):
    from reputation.models import VisitDay

    VisitDay.objects.create(user=ana, day="2026-03-02")
    with django_capture_on_commit_callbacks(execute=True):
        account_erase(member=ana, password=PASSWORD)
    assert not VisitDay.objects.filter(user=ana).exists()
