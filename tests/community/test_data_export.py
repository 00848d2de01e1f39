"""Download my data: a JSON file of everything the member wrote and did, theirs alone."""

import datetime as dt
import json

import pytest
import time_machine
from allauth.usersessions.models import UserSession
from django.apps import apps
from django.conf import settings
from django.urls import reverse
from taggit.models import Tag

from community import services
from community.models import DataExport, Notification
from community.notifications.services import follow_add
from community.privacy.export import SECTIONS
from community.privacy.services import data_export_build, data_export_request
from tests.factories import MemberFactory, answer, ask, comment, vote

pytestmark = pytest.mark.django_db

DATA_PAGE = "/settings/data/"

# Every table that points at a member, and where the export shows it (or why it does not).
MEMBER_TABLES = {
    "community.User": "profile",
    "community.Question": "questions",
    "community.Answer": "answers",
    "community.Comment": "comments",
    "community.Revision": "revisions",
    "community.SuggestedEdit": "suggested_edits",
    "community.Vote": "votes",
    "community.Follow": "follows",
    "community.Notification": "notifications",
    "community.NotificationPreference": "notifications",
    "community.NotificationEmail": "not personal: which notifications went out in one email",
    "community.DataExport": "not exported: the exports themselves",
    "community.PolicyAcceptance": "policy_acceptances",
    "community.SimilarSuggestion": "not exported: titles shown while typing, not posted",
    "reputation.ReputationEvent": "reputation_history",
    "reputation.Award": "badges",
    "reputation.VisitDay": "visit_days",
    "reputation.Bounty": "bounties",
    "reputation.SerialVotingFinding": "not exported: moderators' findings about votes",
    "reputation.VotingRingReport": "not exported: moderators' reports about votes",
    "account.EmailAddress": "email_addresses",
    "account.EmailConfirmation": "not personal beyond the address itself",
    "usersessions.UserSession": "sessions",
    "mfa.Authenticator": "not exported: secrets of two-factor sign-in",
    "admin.LogEntry": "staff actions in the admin, not the member's",
    "auth.Group": "not exported: staff roles",
    "auth.Permission": "not exported: staff permissions",
    # Support's tables (issue 7): support is to register its own export section for these.
    "support.Escalation": "not yet exported: support's handling of the member's question",
    "support.EscalationEvent": "not yet exported: the history of an escalation",
    "support.OfficialAnswer": "not exported: staff marking an answer official",
    "support.AnswerRequestOptIn": "not yet exported: agreeing to “Can you help?” requests",
    "support.HelpRequest": "not yet exported: “Can you help?” requests received",
}


def document_of(export: DataExport) -> dict:
    return json.loads(export.content)


@pytest.fixture
def busy_member(deliver, member):
    """The member asked, answered, commented, edited, voted, followed and was notified."""
    question = ask(member, title="How do I move my plan to another country?", tags="roaming")
    services.question_edit(
        editor=member, question=question, title=question.title,
        body="I moved to Portugal and need my plan there. Edited: since March.",
        tags="roaming", summary="added the date",
    )
    other_question = ask(MemberFactory(), title="Is there a family discount on fibre?")
    with deliver():
        my_answer = answer(other_question, member, body="Yes, ask for the Family Fibre bundle.")
        comment(other_question, member, body="Which city are you in?")
        answer(question, MemberFactory(display_name="Helper", email="helper@example.net"),
               body="Go to Settings, Plan, Move abroad.")
    with deliver():
        vote(other_question, member)
        vote(my_answer, MemberFactory())
    follow_add(follower=member, target=Tag.objects.get(name="roaming"))
    return member


def test_export_holds_everything_the_member_wrote_and_did(busy_member, member_client):
    member_client.get("/")  # a session with its address
    export = data_export_build(export_id=DataExport.objects.create(member=busy_member).pk)
    data = document_of(export)
    assert data["profile"]["email"] == busy_member.email
    assert data["email_addresses"] == [
        {"email": busy_member.email, "verified": True, "primary": True}
    ]
    assert [s["ip"] for s in data["sessions"]] == ["127.0.0.1"]
    assert [q["title"] for q in data["questions"]] == ["How do I move my plan to another country?"]
    assert "since March" in data["questions"][0]["body"]
    assert [a["body"] for a in data["answers"]] == ["Yes, ask for the Family Fibre bundle."]
    assert [c["body"] for c in data["comments"]] == ["Which city are you in?"]
    assert [r["summary"] for r in data["revisions"]] == ["", "added the date", ""]
    assert [v["value"] for v in data["votes"]] == [1]
    assert [f["tag"] for f in data["follows"] if f["tag"]] == ["roaming"]
    assert "answer_on_followed" in [n["kind"] for n in data["notifications"]["received"]]
    assert [e["amount"] for e in data["reputation_history"]] == [10]
    assert "teacher" in [b["badge"] for b in data["badges"]]


def test_export_holds_nothing_personal_of_other_members(busy_member):
    export = data_export_build(export_id=DataExport.objects.create(member=busy_member).pk)
    assert "helper@example.net" not in export.content
    assert "Helper" not in export.content
    assert "Go to Settings, Plan, Move abroad." not in export.content
    assert "Is there a family discount" not in export.content


def test_export_is_built_by_celery_and_offered_in_the_inbox(member_client, member, deliver):
    with deliver():
        response = member_client.post(DATA_PAGE, follow=True)
    assert "Your data is being prepared." in response.text
    export = DataExport.objects.get(member=member)
    assert export.is_ready
    notification = Notification.objects.get(recipient=member, kind="data_export_ready")
    assert notification.url == DATA_PAGE
    assert "Your data export is ready to download until" in member_client.get(
        "/notifications/"
    ).text
    page = member_client.get(DATA_PAGE).text
    assert reverse("community:data_export_download", args=[export.pk]) in page


def test_asking_again_while_it_is_being_built_makes_no_second_export(member, celery_queue,
                                                                     django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        first = data_export_request(member=member)
        second = data_export_request(member=member)
    assert first == second
    assert celery_queue.names == ["community.tasks.build_data_export"]


def test_building_twice_changes_nothing(member):
    export = DataExport.objects.create(member=member)
    built = data_export_build(export_id=export.pk)
    assert data_export_build(export_id=export.pk) is None
    export.refresh_from_db()
    assert export.content == built.content
    assert Notification.objects.filter(recipient=member).count() == 1


def test_owner_downloads_the_export_as_a_json_attachment(member_client, member):
    export = data_export_build(export_id=DataExport.objects.create(member=member).pk)
    response = member_client.get(reverse("community:data_export_download", args=[export.pk]))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json; charset=utf-8"
    assert response["Content-Disposition"].startswith('attachment; filename="my-data-')
    assert response["Cache-Control"] == "private, no-store"
    assert json.loads(response.content)["profile"]["id"] == member.pk


def test_another_member_cannot_download_the_export(client, member):
    export = data_export_build(export_id=DataExport.objects.create(member=member).pk)
    client.force_login(MemberFactory())
    response = client.get(reverse("community:data_export_download", args=[export.pk]))
    assert response.status_code == 403
    assert member.email not in response.text


def test_visitor_is_sent_to_sign_in_instead_of_the_export(client, member):
    export = data_export_build(export_id=DataExport.objects.create(member=member).pk)
    response = client.get(reverse("community:data_export_download", args=[export.pk]))
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_export_expires_after_seven_days_and_is_then_deleted(member_client, member, deliver):
    start = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC)
    with time_machine.travel(start, tick=False):
        export = data_export_build(export_id=DataExport.objects.create(member=member).pk)
    url = reverse("community:data_export_download", args=[export.pk])
    with time_machine.travel(start + dt.timedelta(days=6, hours=23), tick=False):
        assert member_client.get(url).status_code == 200
    with time_machine.travel(start + dt.timedelta(days=7, minutes=1), tick=False):
        assert member_client.get(url).status_code == 404
        assert "has expired" in member_client.get(DATA_PAGE).text
        from community.tasks import purge_data_exports

        assert purge_data_exports() == 1
    assert not DataExport.objects.exists()


def test_export_not_yet_built_cannot_be_downloaded(member_client, member):
    export = DataExport.objects.create(member=member)
    response = member_client.get(reverse("community:data_export_download", args=[export.pk]))
    assert response.status_code == 404
    assert "being prepared" in member_client.get(DATA_PAGE).text


def test_every_table_about_a_member_is_exported_or_its_absence_explained():
    """A table added tomorrow with a link to members must be placed in the export here."""
    user_model = apps.get_model(settings.AUTH_USER_MODEL)
    tables = {
        model._meta.label
        for model in apps.get_models()
        for field in model._meta.get_fields()
        if field.is_relation and field.concrete and field.related_model is user_model
    } | {user_model._meta.label}
    assert tables <= MEMBER_TABLES.keys(), "explain in MEMBER_TABLES: " + str(
        sorted(tables - MEMBER_TABLES.keys())
    )
    sections = {where for where in MEMBER_TABLES.values() if " " not in where}
    assert sections <= SECTIONS.keys()


def test_session_addresses_of_other_members_are_not_in_the_export(member, client):
    other = MemberFactory()
    client.force_login(other)
    client.get("/", REMOTE_ADDR="203.0.113.9")
    assert UserSession.objects.filter(user=other, ip="203.0.113.9").exists()
    export = data_export_build(export_id=DataExport.objects.create(member=member).pk)
    assert "203.0.113.9" not in export.content
