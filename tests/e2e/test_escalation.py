"""The escalation journey of issue 7's "Done when", in a real browser.

A question left alone is escalated by the sweep (the code beat runs every minute, here run
once through ``escalate_unanswered`` after CCN_ESCALATE_AFTER has passed); an agent claims
it in the queue, writes an internal note and posts an official answer; the asker is told
and accepts it; the escalation shows resolved with its whole history. A second question,
answered and accepted by a peer after escalation, resolves itself as saved by the community.
"""

import time
from datetime import timedelta

import pytest
from django.core.management import call_command
from playwright.sync_api import expect

from tests.e2e.steps import ENGLISH, answer_article, sign_in

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

NOTE = "Customer is on the legacy fibre plan; the fix is a firmware update."
OFFICIAL = "Update the router firmware from Settings, then Advanced: the drops stop after that."


def _sweep_after(seconds: float) -> None:
    time.sleep(seconds)
    call_command("escalate_unanswered")


def test_agent_answers_an_escalated_question_and_the_community_saves_another(
    new_page, settings
):
    from tests import factories

    settings.CCN_ESCALATE_AFTER = timedelta(seconds=1)
    asker = factories.MemberFactory(display_name="Ana Asker")
    peer = factories.MemberFactory(display_name="Pedro Peer")
    agent = factories.agent(display_name="Alice Agent")
    left_alone = factories.ask(
        asker, title="My router drops the connection every evening", tags="wifi"
    )
    _sweep_after(1.1)

    # The agent finds it in the queue and claims it there, in place.
    desk = new_page()
    desk.goto("/")
    sign_in(desk, ENGLISH, email=agent.email, password=factories.PASSWORD)
    with desk.expect_navigation():
        desk.get_by_role("link", name="Support queue", exact=True).click()
    row = desk.locator("table.queue tr", has=desk.get_by_role("link", name=left_alone.title))
    expect(row).to_contain_text("no answer")
    row.get_by_role("button", name="Claim", exact=True).click()
    expect(row).to_contain_text("Alice Agent")
    expect(row.get_by_role("button", name="Claim")).to_have_count(0)

    # On the escalation page: an internal note, then the official answer.
    with desk.expect_navigation():
        row.get_by_role("link", name=left_alone.title).click()
    desk.get_by_label("Internal note", exact=True).fill(NOTE)
    with desk.expect_navigation():
        desk.get_by_role("button", name="Add internal note", exact=True).click()
    expect(desk.locator("ol.timeline")).to_contain_text(NOTE)
    desk.get_by_label("Official answer", exact=True).fill(OFFICIAL)
    with desk.expect_navigation():
        desk.get_by_role("button", name="Post official answer", exact=True).click()
    expect(answer_article(desk, "Alice Agent")).to_contain_text("Official answer from")

    # The asker is told, sees the official answer (never the note) and accepts it.
    customer = new_page()
    customer.goto(left_alone.get_absolute_url())
    sign_in(customer, ENGLISH, email=asker.email, password=factories.PASSWORD)
    expect(customer.locator(".bell .count")).to_have_text("1 unread")
    expect(customer.locator("aside.support-status")).to_contain_text("Support has this question.")
    expect(customer.locator("body")).not_to_contain_text("legacy fibre plan")
    official = answer_article(customer, "Alice Agent")
    expect(official).to_contain_text("Official answer from")
    with customer.expect_navigation():
        official.get_by_role("button", name="Accept this answer", exact=True).click()
    expect(customer.locator("aside.support-status")).to_contain_text("answered officially")

    # The escalation shows resolved, with its whole history.
    desk.goto("/support/?view=resolved")
    with desk.expect_navigation():
        desk.get_by_role("link", name=left_alone.title).click()
    expect(desk.locator(".escalation-facts")).to_contain_text("resolved — answered officially")
    history = desk.locator("ol.timeline li")
    expect(history).to_have_count(5)
    for step in ("escalated", "claimed", "internal note", "official answer posted", "resolved"):
        expect(desk.locator("ol.timeline")).to_contain_text(step)

    # A second question: escalated, then a peer answers and the asker accepts.
    second = factories.ask(asker, title="Can I move my plan to another address?", tags="plans")
    _sweep_after(1.1)
    helper = new_page()
    helper.goto(second.get_absolute_url())
    sign_in(helper, ENGLISH, email=peer.email, password=factories.PASSWORD)
    helper.locator("form.post-form textarea[name=body]").fill(
        "Yes: Settings, then Plans, then Move, and pick the new address."
    )
    with helper.expect_navigation():
        helper.get_by_role("button", name="Post your answer", exact=True).click()
    customer.goto(second.get_absolute_url())
    with customer.expect_navigation():
        answer_article(customer, "Pedro Peer").get_by_role(
            "button", name="Accept this answer", exact=True
        ).click()
    desk.goto("/support/?view=resolved")
    saved = desk.locator("table.queue tr", has=desk.get_by_role("link", name=second.title))
    expect(saved).to_be_visible()
    with desk.expect_navigation():
        saved.get_by_role("link", name=second.title).click()
    expect(desk.locator(".escalation-facts")).to_contain_text("resolved by the community")
