"""/insights/: how much the community solves on its own, for staff."""

import pytest
from django.urls import reverse

from community import services as community
from community.models import Question
from support import services
from tests.community.htmltree import parse
from tests.factories import MemberFactory, answer, ask

from .clock import at

pytestmark = pytest.mark.django_db


@pytest.fixture
def history(asker, support_agent):
    """Four questions this month (one deleted aside), one 40 days ago, four suggestions."""
    with at(hours=-24 * 40):
        ask(asker, tags="wifi")
    with at(hours=-48):
        solved = ask(asker, tags="wifi")
        community.answer_accept(member=asker, answer=answer(solved))
        saved = ask(asker, tags="wifi")
        services.escalation_create(question=saved, reason="no_answer")
        community.answer_accept(member=asker, answer=answer(saved))
        services.escalation_settle_on_accept(answer=Question.objects.get(pk=saved.pk)
                                             .accepted_answer)
        official = ask(asker, tags="billing")
        escalation = services.escalation_create(question=official, reason="asker_request")
        reply = services.official_answer_post(
            agent=support_agent, escalation=escalation, body="Restart the router and update."
        )
        community.answer_accept(member=asker, answer=reply)
        services.escalation_settle_on_accept(answer=reply)
        ask(asker, tags="wifi")  # still waiting
        deleted = ask(asker, tags="wifi")
        Question.objects.filter(pk=deleted.pk).update(is_deleted=True)
        shown = community.suggestions_record_shown(
            questions=[solved, saved, official, solved], typed_title="router drops", member=None
        )
    community.suggestion_record_click(suggestion_id=shown[0].pk)


def figures(response) -> dict[str, str]:
    page = parse(response.text)
    return {
        div.find("dt").text: div.find("dd").text
        for dl in page.find_all("dl", class_="insights-figures") for div in dl.find_all("div")
    }


def test_insights_count_what_the_community_solved_alone_and_after_escalation(
    client, mod, history
):
    client.force_login(mod)
    with at():
        numbers = figures(client.get(reverse("support:insights")))
    assert numbers["Questions asked"] == "4"
    assert numbers["Solved by the community"] == "1"
    assert numbers["Escalated to support"] == "2"
    assert numbers["Saved: solved by the community after escalation"] == "1"
    assert numbers["Solved by an official answer"] == "1"
    assert numbers["Self-service rate"] == "50.0%"
    assert numbers["Escalation rate"] == "50.0%"
    assert numbers["Suggestions shown"] == "4"
    assert numbers["Suggestions opened"] == "1"
    assert numbers["Opened"] == "25.0%"


def test_insights_period_can_be_longer(client, mod, history):
    client.force_login(mod)
    with at():
        numbers = figures(client.get(reverse("support:insights"), {"days": 90}))
    assert numbers["Questions asked"] == "5"


def test_weekly_table_adds_up_to_the_totals(client, support_agent, history):
    client.force_login(support_agent)
    with at():
        page = parse(client.get(reverse("support:insights")).text)
    rows = page.find("table", class_="insights-table").find("tbody").find_all("tr")
    cells = [[td.text for td in row.find_all("td")] for row in rows]
    # asked, solved (any accepted answer), escalated, saved
    assert [sum(int(c[i]) for c in cells) for i in range(4)] == [4, 3, 2, 1]


def test_insights_are_for_staff_only(client):
    client.force_login(MemberFactory())
    assert client.get(reverse("support:insights")).status_code == 403
    client.logout()
    assert client.get(reverse("support:insights")).status_code == 302


def test_insights_cost_a_fixed_number_of_queries(client, mod, history, asker):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.force_login(mod)
    client.get(reverse("support:insights"))
    counts = []
    for _ in range(2):
        with at(), CaptureQueriesContext(connection) as captured:
            client.get(reverse("support:insights"))
        counts.append(len(captured.captured_queries))
        with at(hours=-30):
            for _ in range(10):
                services.escalation_create(question=ask(asker, tags="wifi"), reason="no_answer")
    assert counts[0] == counts[1]
