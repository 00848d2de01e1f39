"""Issue 5's "Done when", in a real browser on the demo community.

A newcomer joining the demo community tries to down-vote and is told why not; they answer a
question; a regular up-votes the answer and the asker accepts it; the newcomer sees their
reputation move, its history, the privileges they now hold and the next one to earn; once
the Celery worker has run, they hold the Teacher badge and the bell tells them so.
"""

import io
import re

import pytest
from playwright.sync_api import expect

from tests.e2e.steps import ENGLISH, sign_in
from tests.factories import PASSWORD

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

ANSWER = "Restart the router, then open Settings, Network and choose Reset connection."


def _demo():
    """The demo community, with the members this journey needs."""
    from django.core.management import call_command

    from community.models import Question, User
    from tests.factories import MemberFactory

    call_command("seed_demo", stdout=io.StringIO())
    newcomer = MemberFactory(display_name="Nadia Newcomer")
    waiting = (
        Question.objects.filter(is_deleted=False, answer_count=0)
        .exclude(author=newcomer)
        .order_by("-created_at")
        .first()
    )
    answered = (
        Question.objects.filter(is_deleted=False, answer_count__gt=0)
        .exclude(author=newcomer)
        .first()
    )
    regular = (
        User.objects.filter(reputation__gte=15, is_active=True, email__endswith="@example.com")
        .exclude(pk__in=[newcomer.pk, waiting.author_id])
        .exclude(groups__isnull=False)
        .order_by("-reputation")
        .first()
    )
    return newcomer, waiting, answered, regular


def test_newcomer_is_told_why_not_then_earns_reputation_privileges_and_a_badge(
    new_page, celery_queue
):
    from community.demo.seed import DEMO_PASSWORD

    newcomer, waiting, answered, regular = _demo()
    words = ENGLISH

    # The newcomer's down-vote is refused in place, with what earns the privilege.
    me = new_page()
    me.goto(answered.get_absolute_url())
    sign_in(me, words, email=newcomer.email, password=PASSWORD)
    first_answer = me.locator("article.answer").first
    first_answer.get_by_role("button", name=words.downvote, exact=True).click()
    refusal = first_answer.get_by_role("alert")
    expect(refusal).to_contain_text("Down-voting needs 100 reputation; you have 1.")
    expect(refusal).to_contain_text("You earn reputation when members up-vote")

    # They answer a question that was waiting.
    me.goto(waiting.get_absolute_url())
    me.locator("form.post-form textarea[name=body]").fill(ANSWER)
    with me.expect_navigation():
        me.get_by_role("button", name=words.post_your_answer, exact=True).click()
    my_answer = me.locator("article.answer", has_text=ANSWER)
    expect(my_answer).to_be_visible()

    # A regular up-votes it in place; the asker accepts it.
    voter = new_page()
    voter.goto(waiting.get_absolute_url())
    sign_in(voter, words, email=regular.email, password=DEMO_PASSWORD)
    theirs = voter.locator("article.answer", has_text=ANSWER)
    theirs.get_by_role("button", name=words.upvote, exact=True).click()
    expect(theirs.locator(".vote .score")).to_have_text("1")

    asker = new_page()
    asker.goto(waiting.get_absolute_url())
    sign_in(asker, words, email=waiting.author.email, password=DEMO_PASSWORD)
    with asker.expect_navigation():
        asker.locator("article.answer", has_text=ANSWER).get_by_role(
            "button", name=words.accept_this_answer, exact=True
        ).click()

    # The newcomer's reputation moved: 1 + 10 for the up-vote + 15 for the acceptance.
    me.goto(newcomer.get_absolute_url())
    expect(me.locator("main .page-head strong.rep")).to_have_text("26")
    history = me.locator("section.reputation-history")
    expect(history).to_contain_text("Up-voted")
    expect(history).to_contain_text("Answer accepted")
    privileges = me.locator("section.privileges")
    expect(privileges.locator("li.held")).to_have_text([re.compile("Up-vote"), re.compile("Flag")])
    expect(privileges.locator(".next-privilege")).to_contain_text(
        "Next: Comment everywhere at 50 reputation — 24 to go."
    )

    # The worker awards the badge and the member is told.
    celery_queue.run_all()
    me.reload()
    expect(me.locator("section.member-badges")).to_contain_text("Teacher")
    expect(me.locator("a.bell .count")).to_be_visible()
    me.locator("a.bell").click()
    expect(me.locator("main")).to_contain_text("You earned the badge “Teacher”")
