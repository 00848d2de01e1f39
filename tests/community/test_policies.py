"""The code of conduct and the privacy notice: pages an admin edits, accepted at sign-up."""

import json

import pytest
from django.core import mail

from community.models import DataExport, PolicyAcceptance, PolicyDocument, User
from community.privacy.services import data_export_build, policy_document_update
from tests.community.htmltree import parse
from tests.factories import MemberFactory

pytestmark = pytest.mark.django_db

SIGN_UP = {
    "email": "newcomer@example.com", "display_name": "Newcomer",
    "password1": "xq9-long-pass-word", "password2": "xq9-long-pass-word",
}


def test_both_pages_exist_and_are_linked_from_every_page(client):
    assert "Be kind." in client.get("/code-of-conduct/").text
    assert "never shown to anyone" in client.get("/privacy/").text
    footer = parse(client.get("/").text).find_all("footer")[0]
    links = {a.text: a.attrs["href"] for a in footer.find_all("a")}
    assert links["Code of conduct"] == "/code-of-conduct/"
    assert links["Privacy notice"] == "/privacy/"


def test_admin_edits_the_code_of_conduct(client):
    admin = MemberFactory(is_staff=True, is_superuser=True)
    client.force_login(admin)
    document = PolicyDocument.objects.get(kind="conduct")
    response = client.post(f"/admin/community/policydocument/{document.pk}/change/", {
        "title": "House rules", "body": "Be **excellent** to each other.",
    })
    assert response.status_code == 302
    page = client.get("/code-of-conduct/").text
    assert "House rules" in page and "<strong>excellent</strong>" in page


def test_admin_text_is_sanitised_like_posts(client):
    document = PolicyDocument.objects.get(kind="privacy")
    policy_document_update(
        document=document, title="Privacy", body='Hi <script>alert(1)</script> there'
    )
    assert "<script>" not in client.get("/privacy/").text


def test_sign_up_records_acceptance_of_both_documents_as_they_read(client, settings):
    conduct = PolicyDocument.objects.get(kind="conduct")
    response = client.post("/accounts/signup/", {**SIGN_UP, "accept_policies": "on"})
    assert response.status_code == 302
    member = User.objects.get(email="newcomer@example.com")
    acceptances = PolicyAcceptance.objects.filter(member=member).select_related("document")
    accepted = {(a.document.kind, a.version) for a in acceptances}
    privacy = PolicyDocument.objects.get(kind="privacy")
    assert accepted == {("conduct", conduct.updated_at), ("privacy", privacy.updated_at)}
    assert member.language == "en"


def test_sign_up_without_accepting_is_refused_and_keeps_what_was_typed(client):
    response = client.post("/accounts/signup/", SIGN_UP)
    assert response.status_code == 200
    assert "Please accept the code of conduct and the privacy notice." in response.text
    assert 'value="Newcomer"' in response.text
    assert not User.objects.filter(email="newcomer@example.com").exists()
    assert mail.outbox == []


def test_sign_up_form_labels_the_checkbox_and_links_the_documents(client):
    page = parse(client.get("/accounts/signup/").text)
    [box] = page.find_all("input", name="accept_policies")
    [label] = [lab for lab in page.find_all("label") if lab.attrs.get("for") == box.attrs["id"]]
    assert label.text == "I accept the code of conduct and the privacy notice"
    assert box.attrs["aria-describedby"] == f"{box.attrs['id']}_helptext"
    [help_text] = page.find_all("div", id=f"{box.attrs['id']}_helptext")
    assert [a.attrs["href"] for a in help_text.find_all("a")] == ["/code-of-conduct/", "/privacy/"]


def test_sign_up_in_portuguese_records_the_language_for_emails(client):
    client.post("/i18n/setlang/", {"language": "pt-br", "next": "/"})
    client.post("/accounts/signup/", {**SIGN_UP, "accept_policies": "on"})
    assert User.objects.get(email="newcomer@example.com").language == "pt-br"


def test_accepted_versions_are_in_the_members_export(client):
    client.post("/accounts/signup/", {**SIGN_UP, "accept_policies": "on"})
    member = User.objects.get(email="newcomer@example.com")
    export = data_export_build(export_id=DataExport.objects.create(member=member).pk)
    kinds = [a["document"] for a in json.loads(export.content)["policy_acceptances"]]
    assert sorted(kinds) == ["conduct", "privacy"]
