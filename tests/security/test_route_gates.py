"""Gates over every route: visitors, CSRF, object ownership, staff-only, security headers.

The routes are read from the URL configuration, so a route added tomorrow is covered
the day it is added (see tests/security/routes.py).
"""

from datetime import timedelta
from types import SimpleNamespace

import pytest
from django.contrib.contenttypes.models import ContentType
from django.test import Client
from django.utils import timezone

from community import services
from community.models import DataExport, Question
from community.notifications.services import notification_send
from community.privacy.services import data_export_build
from reputation.models import Bounty
from support.services import escalation_create
from tests.factories import MemberFactory, answer, ask
from tests.security.routes import (
    AGENTS,
    CSRF_EXEMPT,
    MEMBER,
    OWNER_ONLY,
    PRIVILEGED,
    PUBLIC,
    all_routes,
    concrete_path,
)

ROUTES = all_routes()


@pytest.fixture
def world(db):
    owner = MemberFactory(display_name="Owner")
    question = ask(owner, tags="billing")
    their_answer = answer(question, owner)
    [suggestion] = services.suggestions_record_shown(
        questions=[question], typed_title="change my plan", member=None
    )
    notification = notification_send(
        recipient=owner, kind="badge_earned", event_key="badge:1", subject="Teacher", url="/"
    )
    export = data_export_build(export_id=DataExport.objects.create(member=owner).pk)
    escalation = escalation_create(question=question, reason="moderator")
    bounty = Bounty.objects.create(
        question=question, offerer=owner, amount=50, ends_at=timezone.now(),
        grace_ends_at=timezone.now() + timedelta(days=1),
    )
    return SimpleNamespace(
        owner=owner, question=question, answer=their_answer, suggestion=suggestion,
        notification=notification, escalation=escalation, bounty=bounty, export=export,
        question_type=ContentType.objects.get_for_model(Question),
    )


def _is_sign_in_redirect(response) -> bool:
    return response.status_code == 302 and "login" in response["Location"]


def test_every_route_is_classified():
    unclassified = [
        route.label for route in ROUTES
        if not route.is_staff_only
        and route.name not in PUBLIC | MEMBER | set(OWNER_ONLY) | set(PRIVILEGED) | set(AGENTS)
    ]
    assert unclassified == [], "add each new route to one set in tests/security/routes.py"


@pytest.mark.parametrize(
    "route",
    [r for r in ROUTES if r.name not in PUBLIC],
    ids=lambda r: r.label,
)
def test_visitor_is_sent_to_sign_in_or_refused(client, world, route):
    path = concrete_path(route, world)
    for method in (client.get, client.post):
        response = method(path)
        assert _is_sign_in_redirect(response) or response.status_code == 403, (
            f"{method.__name__.upper()} {path} gave {response.status_code} to a visitor"
        )


@pytest.mark.parametrize("route", ROUTES, ids=lambda r: r.label)
def test_post_without_csrf_token_is_refused(world, route):
    client = Client(enforce_csrf_checks=True)
    client.force_login(MemberFactory())
    response = client.post(concrete_path(route, world), {"body": "x" * 40, "value": "1"})
    if route.name in CSRF_EXEMPT:  # authorised otherwise: a forged authority is refused
        assert response.status_code == 400, f"{route.label} accepted a forged token"
        return
    assert response.status_code in (403, 405), f"{route.label} accepted a POST without CSRF"


@pytest.mark.privileges
@pytest.mark.parametrize("name", sorted(AGENTS))
def test_customer_is_refused_the_support_pages_and_actions(client, world, name):
    route = next(r for r in ROUTES if r.name == name)
    client.force_login(MemberFactory())
    method = client.get if AGENTS[name] == "GET" else client.post
    response = method(concrete_path(route, world), {"body": "x" * 40, "resolution": "duplicate"})
    assert response.status_code == 403


@pytest.mark.parametrize("name", sorted(PRIVILEGED))
def test_newcomer_without_the_privilege_is_refused_and_told_what_earns_it(client, world, name):
    route = next(r for r in ROUTES if r.name == name)
    client.force_login(MemberFactory())
    method = client.get if PRIVILEGED[name] == "GET" else client.post
    response = method(concrete_path(route, world))
    assert response.status_code == 403
    assert "You earn reputation when" in response.text


@pytest.mark.parametrize("name", sorted(OWNER_ONLY))
def test_member_who_does_not_own_the_object_is_refused(client, world, name):
    route = next(r for r in ROUTES if r.name == name)
    client.force_login(MemberFactory())
    method = client.get if OWNER_ONLY[name] == "GET" else client.post
    response = method(concrete_path(route, world))
    assert response.status_code == 403


@pytest.mark.parametrize("route", [r for r in ROUTES if r.is_staff_only], ids=lambda r: r.label)
def test_admin_is_refused_to_members(client, world, route):
    client.force_login(MemberFactory())
    response = client.get(concrete_path(route, world))
    assert response.status_code in (302, 403, 404)
    if response.status_code == 302:
        assert "login" in response["Location"]


@pytest.mark.parametrize(
    "route", [r for r in ROUTES if not r.is_staff_only], ids=lambda r: r.label
)
def test_every_response_carries_security_headers(client, world, route):
    client.force_login(MemberFactory())
    response = client.get(concrete_path(route, world))
    policy = response["Content-Security-Policy"]
    script_sources = next(p for p in policy.split(";") if p.strip().startswith("script-src"))
    assert "'unsafe-inline'" not in script_sources and "'unsafe-eval'" not in script_sources
    assert "frame-ancestors 'none'" in policy
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"
    assert response["X-Frame-Options"] == "DENY"
