"""Issue 6's "Done when", in a real browser.

A member follows a tag and a question; another member asks in the tag and answers the
question. The first sees both in the bell and the inbox, receives the email at once and
the daily digest, and one click on "Unsubscribe" stops the emails. Their data export
downloads; the other member deletes their account and the answer stays under "former
member". The Celery tasks the pages queue are run here, as the worker would run them.
"""

import json
import re
from pathlib import Path

import pytest
from playwright.sync_api import expect

from tests.e2e.steps import ENGLISH, answer_article, sign_in

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

QUESTION = "Why does my router drop the connection every evening?"
NEW_QUESTION = "Can I keep my number when I move abroad for a year?"
ANSWER = "Switch the router to channel 11; the neighbours' networks crowd channel 6."


def mail_to(address: str) -> list:
    from django.core import mail

    return [message for message in mail.outbox if message.to == [address]]


def test_follow_notify_email_unsubscribe_export_and_delete(new_page, celery_queue):
    from django.core import mail

    from community import tasks
    from tests import factories

    words = ENGLISH
    followed = factories.ask(title=QUESTION, tags="roaming")
    ana = factories.MemberFactory(display_name="Ana Watcher")
    bruno = factories.MemberFactory(display_name="Bruno Helper", reputation=500)
    celery_queue.run_all()
    mail.outbox.clear()

    # Ana follows the tag and the question, in place.
    watcher = new_page()
    watcher.goto("/tags/roaming/")
    sign_in(watcher, words, email=ana.email, password=factories.PASSWORD)
    watcher.get_by_role("button", name="Follow", exact=True).click()
    expect(watcher.get_by_role("button", name="Unfollow", exact=True)).to_be_visible()
    watcher.goto(followed.get_absolute_url())
    watcher.get_by_role("button", name="Follow", exact=True).click()
    expect(watcher.get_by_role("button", name="Unfollow", exact=True)).to_be_visible()

    # Bruno asks in the tag and answers the followed question.
    helper = new_page()
    helper.goto("/")
    sign_in(helper, words, email=bruno.email, password=factories.PASSWORD)
    helper.get_by_role("button", name=words.ask_a_question, exact=True).click()
    helper.get_by_label(words.title, exact=True).fill(NEW_QUESTION)
    helper.get_by_label(words.body, exact=True).fill(
        "I am moving to Lisbon for a year and want to keep my number and my plan."
    )
    helper.get_by_label(words.tags, exact=True).fill("roaming")
    with helper.expect_navigation():
        helper.get_by_role("button", name=words.post_your_question, exact=True).click()
    helper.goto(followed.get_absolute_url())
    helper.locator("form.post-form textarea[name=body]").fill(ANSWER)
    with helper.expect_navigation():
        helper.get_by_role("button", name=words.post_your_answer, exact=True).click()
    celery_queue.run_all()  # the worker fans the events out and sends the email at once

    # Ana sees both in the bell and the inbox; the answer links to its place on the page.
    watcher.goto("/")
    bell = watcher.get_by_role("link", name=re.compile(r"Notifications"))
    expect(bell).to_have_accessible_name("Notifications 2 unread")
    bell.click()
    inbox = watcher.locator("ul.inbox")
    expect(inbox).to_contain_text(f"New question in roaming: “{NEW_QUESTION}”")
    expect(inbox).to_contain_text(f"Bruno Helper answered “{QUESTION}”")
    watcher.get_by_role("link", name=f"Bruno Helper answered “{QUESTION}”").click()
    expect(watcher).to_have_url(re.compile(r"#answer-\d+$"))

    # The answer came by email at once (the default); the tag's question waits for the digest.
    [at_once] = mail_to(ana.email)
    assert at_once.subject.endswith(f"Bruno Helper answered “{QUESTION}”")
    assert at_once.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    watcher.goto("/notifications/")  # the question in the tag is still unread
    tasks.email_digests("daily")
    celery_queue.run_all()
    [_, digest] = mail_to(ana.email)
    assert "Your daily digest: 1 update" in digest.subject
    assert NEW_QUESTION in digest.body

    # One click on "Unsubscribe" from the email stops the answers' emails.
    link = re.search(r"http://\S+/notifications/unsubscribe/\S+/", at_once.body).group(0)
    watcher.goto(re.sub(r"^http://[^/]+", "", link))
    watcher.get_by_role("button", name="Unsubscribe", exact=True).click()
    expect(watcher.get_by_role("heading", level=1)).to_have_text("You are unsubscribed")
    factories.answer(followed, factories.MemberFactory(), body="Or move the router upstairs.")
    celery_queue.run_all()
    assert len(mail_to(ana.email)) == 2

    # Ana's data export is prepared in the background and downloads.
    watcher.goto("/settings/data/")
    watcher.get_by_role("button", name="Prepare my data", exact=True).click()
    celery_queue.run_all()
    watcher.reload()
    with watcher.expect_download() as download:
        watcher.get_by_role("link", name=re.compile(r"Download the export of")).click()
    data = json.loads(Path(download.value.path()).read_text(encoding="utf-8"))
    assert data["profile"]["email"] == ana.email
    assert [f["tag"] for f in data["follows"] if f["tag"]] == ["roaming"]

    # Bruno deletes his account; his answer stays, under "former member".
    helper.goto("/settings/delete/")
    expect(helper.get_by_text("What stays, for the community")).to_be_visible()
    helper.get_by_label("Your password", exact=True).fill(factories.PASSWORD)
    with helper.expect_navigation():
        helper.get_by_role("button", name="Delete my account", exact=True).click()
    expect(helper.get_by_role("status")).to_contain_text("Your account is deleted.")
    watcher.goto(followed.get_absolute_url())
    expect(answer_article(watcher, "former member")).to_contain_text(ANSWER)


def test_typing_at_offers_the_members_of_the_thread(new_page):
    from tests import factories

    asker = factories.MemberFactory(display_name="Ana Souza")
    question = factories.ask(asker, title=QUESTION, tags="roaming")
    factories.answer(question, factories.MemberFactory(display_name="Bruno Helper"))
    factories.MemberFactory(display_name="Bruna Outsider")

    page = new_page()
    page.goto(question.get_absolute_url())
    sign_in(page, ENGLISH, email=asker.email, password=factories.PASSWORD)
    box = page.locator("form.post-form textarea[name=body]")
    box.press_sequentially("Thanks @Bru", delay=20)
    menu = page.get_by_role("listbox", name="Members in this thread")
    expect(menu.get_by_role("option")).to_have_text(["Bruno Helper"])
    box.press("Enter")
    expect(box).to_have_value("Thanks @Bruno_Helper ")
