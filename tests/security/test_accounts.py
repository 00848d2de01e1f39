"""Account protections: enumeration, throttling, redirects, sessions, two-factor for staff."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from allauth.usersessions.models import UserSession
from django.contrib.auth.models import Group
from django.core import mail
from django.urls import reverse

from community.roles import MODERATORS
from tests.factories import PASSWORD, MemberFactory, moderator

LOGIN = "/accounts/login/"
PROJECT = Path(__file__).resolve().parents[2]


def _page_text(response) -> str:
    return response.content.decode()


def test_sign_up_with_a_taken_email_looks_like_any_other_sign_up(client, db):
    MemberFactory(email="taken@example.com")
    form = {"display_name": "Someone", "password1": "xq9-long-pass-word",
            "password2": "xq9-long-pass-word", "accept_policies": "on"}
    taken = client.post("/accounts/signup/", {**form, "email": "taken@example.com"})
    fresh = client.post("/accounts/signup/", {**form, "email": "fresh@example.com"})
    assert taken.status_code == fresh.status_code == 302
    assert taken["Location"] == fresh["Location"]
    # The owner of the taken address is told by email instead of the page telling anyone.
    assert {m.to[0] for m in mail.outbox} == {"taken@example.com", "fresh@example.com"}


def test_password_reset_does_not_reveal_whether_an_email_is_registered(client, db):
    MemberFactory(email="known@example.com")
    known = client.post("/accounts/password/reset/", {"email": "known@example.com"})
    unknown = client.post("/accounts/password/reset/", {"email": "nobody@example.com"})
    assert known.status_code == unknown.status_code == 302
    assert known["Location"] == unknown["Location"]


def test_repeated_failed_sign_ins_on_one_account_are_throttled(client, db):
    member = MemberFactory()
    for _attempt in range(5):
        client.post(LOGIN, {"login": member.email, "password": "wrong"})
    response = client.post(LOGIN, {"login": member.email, "password": PASSWORD})
    assert "Too many failed login attempts" in _page_text(response)
    assert "_auth_user_id" not in client.session


def test_sign_in_never_redirects_to_another_host(client, db):
    member = MemberFactory()
    response = client.post(
        f"{LOGIN}?next=https://evil.example.net/steal",
        {"login": member.email, "password": PASSWORD},
    )
    assert response.status_code == 302
    assert not response["Location"].startswith(("http", "//"))


def test_language_switch_never_redirects_to_another_host(client, db):
    response = client.post(
        reverse("set_language"), {"language": "pt-br", "next": "https://evil.example.net/"}
    )
    assert response.status_code == 302
    assert "evil.example.net" not in response["Location"]


def test_sign_in_rotates_the_session_key(client, db):
    member = MemberFactory()
    client.get(LOGIN)
    client.cookies["sessionid"] = "attacker-chosen-session-key"
    client.post(LOGIN, {"login": member.email, "password": PASSWORD})
    assert client.session.session_key != "attacker-chosen-session-key"
    assert client.session["_auth_user_id"] == str(member.pk)


def test_a_role_change_ends_the_members_sessions(client, db):
    member = MemberFactory()
    client.post(LOGIN, {"login": member.email, "password": PASSWORD})
    assert UserSession.objects.filter(user=member).exists()
    member.groups.add(Group.objects.get(name=MODERATORS))
    assert not UserSession.objects.filter(user=member).exists()
    response = client.get(reverse("community:settings"))
    assert response.status_code == 302 and LOGIN in response["Location"]


def test_member_can_see_and_end_their_other_sessions(client, db):
    member = MemberFactory()
    client.post(LOGIN, {"login": member.email, "password": PASSWORD})
    response = client.get(reverse("usersessions_list"))
    assert response.status_code == 200
    assert "Sign Out Other Sessions" in _page_text(response) or "sign out" in (
        _page_text(response).lower()
    )


def test_staff_without_two_factor_must_set_it_up_when_required(client, settings, db):
    settings.CCN_STAFF_MFA = True
    client.force_login(moderator())
    response = client.get(reverse("community:question_list"))
    assert response.status_code == 302
    assert response["Location"] == reverse("mfa_activate_totp")
    # Setting it up starts by confirming the password; the page is reachable, not a loop.
    setup = client.get(reverse("mfa_activate_totp"), follow=True)
    assert setup.status_code == 200
    assert setup.redirect_chain[-1][0].startswith(reverse("account_reauthenticate"))


def test_customers_are_not_asked_for_two_factor(client, settings, db):
    settings.CCN_STAFF_MFA = True
    client.force_login(MemberFactory())
    assert client.get(reverse("community:question_list")).status_code == 200


def test_sign_up_honeypot_filled_in_creates_no_account(client, db):
    client.post("/accounts/signup/", {
        "email": "bot@example.com", "display_name": "Bot", "password1": "xq9-long-pass-word",
        "password2": "xq9-long-pass-word", "website": "http://spam.example.com",
        "accept_policies": "on",
    })
    from community.models import User

    assert not User.objects.filter(email="bot@example.com").exists()


def test_admin_sign_in_goes_through_the_protected_sign_in(client, db):
    response = client.get("/admin/login/")
    assert response.status_code == 302
    assert response["Location"].startswith(LOGIN)


def _deploy_check(**overrides: str) -> subprocess.CompletedProcess:
    """``check --deploy`` in a fresh process with production-like settings."""
    env = {
        key: value for key, value in os.environ.items()
        if key not in {"EMAIL_URL", "DJANGO_ALLOW_ASYNC_UNSAFE"}  # the browser tests set it
    }
    env |= {
        "DEBUG": "false", "CCN_TESTING": "false",
        "SECRET_KEY": "k" * 20 + "-Z8q!x7Pd0-long-and-random-enough-for-the-deploy-check",
        **overrides,
    }
    return subprocess.run(  # noqa: S603
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=PROJECT, env=env, capture_output=True, text=True, timeout=120,
    )


@pytest.mark.slow
def test_deploy_checks_are_silent_with_debug_off():
    result = _deploy_check(
        ALLOWED_HOSTS="community.example.com",
        EMAIL_URL="smtp+tls://mailer:secret@smtp.example.com:587",
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


@pytest.mark.slow
def test_deploy_checks_pass_even_before_email_is_configured():
    """The console email default is deliberate (CONTRACT.md); it must not fail deploys."""
    result = _deploy_check()
    assert result.returncode == 0, result.stdout + result.stderr
