"""Support's pages: who may open and use each, what they show, what they never show."""

from datetime import timedelta

import pytest
from django.urls import reverse

from community import services as community
from support import services
from support.models import Escalation
from tests.community.htmltree import parse
from tests.factories import MemberFactory, answer, ask, comment

from .clock import at, sweep
from .conftest import policy

pytestmark = pytest.mark.django_db

SECRET_NOTE = "Internal: customer is on the legacy plan 7731, refund approved by Carla"


@pytest.fixture
def escalation(question):
    return services.escalation_create(question=question, reason="no_answer")


@pytest.fixture
def roles(asker, mod, support_agent):
    return {
        "visitor": None, "customer": MemberFactory(display_name="Customer"),
        "asker": asker, "moderator": mod, "agent": support_agent,
    }


def _client_as(client, member):
    client.logout()
    if member is not None:
        client.force_login(member)
    return client


# (name, method, url name, data, {role: expected status}); 302L = sent to sign in.
REFUSED, SIGN_IN = 403, "302L"
STAFF_READ = {"visitor": SIGN_IN, "customer": REFUSED, "asker": REFUSED,
              "moderator": 200, "agent": 200}
AGENT_ACTION = {"visitor": SIGN_IN, "customer": REFUSED, "asker": REFUSED,
                "moderator": REFUSED, "agent": 302}
MATRIX = [
    ("queue", "get", "support:queue", {}, STAFF_READ),
    ("escalation page", "get", "support:escalation_detail", {}, STAFF_READ),
    ("claim", "post", "support:claim", {}, AGENT_ACTION),
    ("release", "post", "support:release", {}, AGENT_ACTION),
    ("reassign", "post", "support:reassign", {"assignee": "AGENT"}, AGENT_ACTION),
    ("official answer", "post", "support:official_answer",
     {"body": "Restart the router and update its firmware."}, AGENT_ACTION),
    ("resolve", "post", "support:resolve", {"resolution": "duplicate"}, AGENT_ACTION),
    ("return", "post", "support:return", {}, AGENT_ACTION),
    ("note", "post", "support:note_add", {"body": "A note"},
     {**AGENT_ACTION, "moderator": 302}),
    ("ask support", "post", "support:request", {},
     {"visitor": SIGN_IN, "customer": REFUSED, "asker": 302, "moderator": 302, "agent": 302}),
]


@pytest.mark.parametrize("role", ["visitor", "customer", "asker", "moderator", "agent"])
@pytest.mark.parametrize("action", MATRIX, ids=[row[0] for row in MATRIX])
def test_permission_matrix(client, roles, escalation, question, action, role):
    _name, method, url_name, data, expected = action
    pk = question.pk if url_name == "support:request" else escalation.pk
    if url_name == "support:request":
        Escalation.objects.filter(pk=escalation.pk).delete()
    data = {k: (roles["agent"].pk if v == "AGENT" else v) for k, v in data.items()}
    url = reverse(url_name) if url_name == "support:queue" else reverse(url_name, args=[pk])
    response = getattr(_client_as(client, roles[role]), method)(url, data)
    want = expected[role]
    if want == SIGN_IN:
        assert response.status_code == 302 and "login" in response["Location"]
    else:
        assert response.status_code == want, response.content[:300]
        if want == 302:
            assert "login" not in response["Location"]


def test_agent_action_really_happens_through_the_page(client, support_agent, escalation):
    client.force_login(support_agent)
    client.post(reverse("support:claim", args=[escalation.pk]))
    assert Escalation.objects.get(pk=escalation.pk).assignee == support_agent


# --- the queue ------------------------------------------------------------------------------


def test_queue_lists_open_escalations_soonest_first_with_counts(client, support_agent, asker):
    policy("billing", escalate_after=timedelta(hours=1),
           first_response_target=timedelta(minutes=30))
    with at():
        later = ask(asker, title="Router drops the connection at night", tags="wifi")
        sooner = ask(asker, title="I was charged twice this month", tags="billing")
    sweep(hours=24)
    with at(hours=25):  # billing's first response was due at 24:30
        client.force_login(support_agent)
        response = client.get(reverse("support:queue"))
    page = parse(response.text)
    titles = [a.text for a in page.find("table", class_="queue").find_all("a")]
    assert titles == [sooner.title, later.title]
    breached = page.find("tr", class_="breached")
    assert breached is not None and sooner.title in breached.text
    assert "SLA breached" in breached.text
    counts = page.find("nav", class_="queue-counts").text
    assert "Unclaimed 2" in " ".join(counts.split())


def test_queue_filters(client, support_agent, other_agent, asker):
    questions = [ask(asker, title=f"Router problem number {n} tonight", tags=t)
                 for n, t in enumerate(["wifi", "billing", "wifi"])]
    escalations = [services.escalation_create(question=q, reason="no_answer") for q in questions]
    services.escalation_claim(agent=support_agent, escalation=escalations[0])
    services.escalation_claim(agent=other_agent, escalation=escalations[1])
    client.force_login(support_agent)

    def titles(**query):
        response = client.get(reverse("support:queue"), query)
        table = parse(response.text).find("table", class_="queue")
        return [a.text for a in table.find_all("a")] if table else []

    assert titles(view="mine") == [questions[0].title]
    assert titles(view="unclaimed") == [questions[2].title]
    assert set(titles(tag="billing")) == {questions[1].title}
    assert titles(priority=3) == []
    assert len(titles(priority=2)) == 3


def test_claim_from_the_queue_swaps_the_row_in_place(client, support_agent, escalation):
    client.force_login(support_agent)
    response = client.post(
        reverse("support:claim", args=[escalation.pk]), headers={"HX-Request": "true"}
    )
    row = parse(response.text).find("tr")
    assert "Agent Ana" in row.text and row.find("button") is None


def test_claim_lost_in_the_queue_says_who_won(client, support_agent, other_agent, escalation):
    services.escalation_claim(agent=other_agent, escalation=escalation)
    client.force_login(support_agent)
    response = client.post(
        reverse("support:claim", args=[escalation.pk]), headers={"HX-Request": "true"}
    )
    alert = parse(response.text).find("p", role="alert")
    assert alert.text == "Agent Bruno claimed this escalation first."


def test_claim_lost_on_the_escalation_page_says_who_won(
    client, support_agent, other_agent, escalation
):
    services.escalation_claim(agent=other_agent, escalation=escalation)
    client.force_login(support_agent)
    response = client.post(reverse("support:claim", args=[escalation.pk]), follow=True)
    assert "Agent Bruno claimed this escalation first." in response.text


def test_moderator_sees_the_queue_without_claim_buttons(client, mod, escalation):
    client.force_login(mod)
    page = parse(client.get(reverse("support:queue")).text)
    assert page.find("button", string="Claim") is None
    assert [b for b in page.find_all("button") if b.text == "Claim"] == []


# --- the escalation page ----------------------------------------------------------------------


def _buttons(response) -> list[str]:
    return [b.text.strip() for b in parse(response.text).find_all("button")]


def test_escalation_page_shows_actions_history_and_notes_to_agents(
    client, support_agent, escalation
):
    services.note_add(author=support_agent, escalation=escalation, body=SECRET_NOTE)
    client.force_login(support_agent)
    response = client.get(escalation.get_absolute_url())
    assert {"Claim", "Post official answer", "Resolve", "Return to community",
            "Add internal note", "Reassign"} <= set(_buttons(response))
    timeline = parse(response.text).find("ol", class_="timeline")
    assert SECRET_NOTE in timeline.text
    assert "escalated" in timeline.text and "internal note" in timeline.text


def test_posting_an_official_answer_from_the_page(client, support_agent, escalation, question):
    client.force_login(support_agent)
    response = client.post(
        reverse("support:official_answer", args=[escalation.pk]),
        {"body": "Restart the router and update its firmware."},
    )
    official = question.answers.get()
    assert response["Location"] == official.get_absolute_url()
    assert Escalation.objects.get(pk=escalation.pk).state == "waiting"


def test_rejected_official_answer_keeps_what_the_agent_typed(client, support_agent, escalation):
    client.force_login(support_agent)
    response = client.post(
        reverse("support:official_answer", args=[escalation.pk]), {"body": "Too short"}
    )
    assert response.status_code == 400
    textarea = parse(response.text).find("textarea", name="body")
    assert textarea.text.strip() == "Too short"


def test_resolve_from_the_page(client, support_agent, escalation):
    client.force_login(support_agent)
    client.post(reverse("support:resolve", args=[escalation.pk]),
                {"resolution": "cannot_reproduce", "note": "Works for me."})
    escalation = Escalation.objects.get(pk=escalation.pk)
    assert (escalation.state, escalation.resolution) == ("resolved", "cannot_reproduce")


def test_escalation_page_costs_the_same_with_a_short_or_long_history(
    client, support_agent, other_agent, asker, django_assert_num_queries
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.force_login(support_agent)
    client.get(reverse("support:queue"))
    counts = []
    for size in (1, 15):
        question = ask(asker, tags="wifi billing")
        escalation = services.escalation_create(question=question, reason="no_answer")
        for n in range(size):
            answer(question)
            services.note_add(author=support_agent, escalation=escalation, body=f"Note {n}")
            services.escalation_reassign(
                agent=support_agent, escalation=escalation,
                assignee=other_agent if n % 2 else support_agent,
            )
        with CaptureQueriesContext(connection) as captured:
            assert client.get(escalation.get_absolute_url()).status_code == 200
        counts.append(len(captured.captured_queries))
    assert counts[0] == counts[1], counts
    assert counts[0] <= ESCALATION_PAGE_BUDGET


def test_queue_costs_the_same_with_2_or_40_escalations(client, support_agent, asker):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.force_login(support_agent)
    client.get(reverse("support:queue"))
    counts = []
    for size in (2, 38):
        for _ in range(size):
            escalation = services.escalation_create(
                question=ask(asker, tags="wifi billing"), reason="no_answer"
            )
            if _ % 2:
                services.escalation_claim(agent=support_agent, escalation=escalation)
        with CaptureQueriesContext(connection) as captured:
            assert client.get(reverse("support:queue")).status_code == 200
        counts.append(len(captured.captured_queries))
    assert counts[0] == counts[1], counts
    assert counts[0] <= QUEUE_BUDGET


# Whole signed-in requests, through every middleware (about 8 queries of bookkeeping).
QUEUE_BUDGET = 15
ESCALATION_PAGE_BUDGET = 16


# --- what customers see on the question page ---------------------------------------------


def test_asker_sees_support_has_it_and_when_it_was_answered(
    client, asker, support_agent, escalation, question
):
    client.force_login(asker)
    status = parse(client.get(question.get_absolute_url()).text).find(
        "aside", class_="support-status"
    )
    assert "Support has this question." in status.text
    services.official_answer_post(
        agent=support_agent, escalation=escalation, body="Restart the router and update it."
    )
    page = parse(client.get(question.get_absolute_url()).text)
    assert "Answered" in page.find("aside", class_="support-status").text
    assert page.find("p", class_="official-mark") is not None


def test_everyone_sees_the_official_mark_but_not_the_escalation(
    client, support_agent, escalation, question
):
    services.official_answer_post(
        agent=support_agent, escalation=escalation, body="Restart the router and update it."
    )
    for member in (None, MemberFactory()):
        page = parse(_client_as(client, member).get(question.get_absolute_url()).text)
        assert "Official answer from" in page.find("p", class_="official-mark").text
        assert page.find("aside", class_="support-status") is None


def test_ask_support_button_is_for_the_asker_once(client, asker, question):
    client.force_login(asker)
    assert "Ask support" in _buttons(client.get(question.get_absolute_url()))
    response = client.post(reverse("support:request", args=[question.pk]), follow=True)
    assert "Support has this question now" in response.text
    assert "Ask support" not in _buttons(response)
    assert Escalation.objects.get(question=question).reason == "asker_request"


def test_other_members_get_no_ask_support_button(client, question):
    client.force_login(MemberFactory())
    assert "Ask support" not in _buttons(client.get(question.get_absolute_url()))


def test_moderator_gets_an_escalate_button(client, mod, question):
    client.force_login(mod)
    assert "Escalate to support" in _buttons(client.get(question.get_absolute_url()))


def test_asker_is_nudged_on_their_question(client, asker, question):
    with at(hours=1):
        answer(question)
    sweep(hours=36)
    client.force_login(asker)
    nudge = parse(client.get(question.get_absolute_url()).text).find("p", class_="nudge")
    assert "Did any answer solve this?" in nudge.text


# --- internal notes never leak ---------------------------------------------------------------


def test_internal_notes_never_reach_a_customer_facing_page(
    client, roles, support_agent, escalation, question, django_capture_on_commit_callbacks
):
    """Every page a customer can open (each GET route of the site), as each customer role."""
    from tests.security.routes import MEMBER, PUBLIC, all_routes

    services.note_add(author=support_agent, escalation=escalation, body=SECRET_NOTE)
    with django_capture_on_commit_callbacks(execute=True):
        services.escalation_resolve(
            agent=support_agent, escalation=escalation, resolution="other_channel",
            note=SECRET_NOTE,
        )
    comment(question, roles["customer"], body="Any news on this one?")
    urls = [
        question.get_absolute_url(), reverse("community:search") + "?q=legacy+plan",
        reverse("community:search") + "?q=refund+approved", reverse("community:question_list"),
    ]
    for route in all_routes():
        if route.name in PUBLIC | MEMBER and "<" not in route.pattern:
            urls.append("/" + route.pattern)
    for role in ("visitor", "customer", "asker"):
        _client_as(client, roles[role])
        for url in urls:
            response = client.get(url, follow=True)
            for secret in ("plan 7731", "approved by Carla"):
                assert secret not in response.text, (role, url)


def test_notifications_about_an_escalation_carry_no_internal_note(
    asker, support_agent, escalation, question, django_capture_on_commit_callbacks
):
    from community.models import Notification

    services.note_add(author=support_agent, escalation=escalation, body=SECRET_NOTE)
    with django_capture_on_commit_callbacks(execute=True):
        reply = services.official_answer_post(
            agent=support_agent, escalation=escalation, body="Restart the router and update."
        )
        community.answer_accept(member=asker, answer=reply)
    for notification in Notification.objects.all():
        assert "7731" not in f"{notification.subject} {notification.data} {notification.url}"


def test_escalation_page_and_queue_give_every_element_its_own_id(
    client, support_agent, escalation
):
    """Two forms' ``body`` fields once shared an id, and a label pointed at the wrong one."""
    client.force_login(support_agent)
    for url in (escalation.get_absolute_url(), reverse("support:queue")):
        ids = [e.get("id") for e in parse(client.get(url).text).iter() if e.get("id")]
        assert len(ids) == len(set(ids)), sorted(i for i in ids if ids.count(i) > 1)
