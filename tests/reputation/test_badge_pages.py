"""/badges/, /badges/<slug>/ and the badges on a member's profile."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from reputation.badges import CATALOGUE
from reputation.models import Award
from tests.community.htmltree import parse
from tests.factories import MemberFactory, answer

pytestmark = pytest.mark.django_db


def _give(member, slug, *, days_ago=0, **target):
    badge = next(b for b in CATALOGUE if b.slug == slug)
    return Award.objects.create(
        user=member, badge=slug, tier=badge.tier,
        awarded_at=timezone.now() - datetime.timedelta(days=days_ago), **target,
    )


def test_badge_list_shows_every_badge_with_what_earns_it_and_its_holders(client):
    for member in MemberFactory.create_batch(3):
        _give(member, "supporter")
    page = parse(client.get(reverse("reputation:badge_list")).text)
    rows = {
        row.find("th").find("a").text.split(" (")[0]: row.find_all("td")
        for row in page.find("table", class_="badge-table").find("tbody").find_all("tr")
    }
    expected = {"Student", "Teacher", "Scholar", "Supporter", "Critic", "Editor", "Commentator",
                "Nice Answer", "Good Answer", "Great Answer", "Nice Question", "Good Question",
                "Great Question", "Necromancer", "Enlightened", "Guru", "First Responder",
                "Enthusiast", "Lifesaver"}
    assert set(rows) == expected
    assert [td.text for td in rows["Supporter"]] == ["First up-vote.", "3"]
    assert rows["Guru"][1].text == "0"


def test_badge_list_shows_tag_badges_by_tag(client):
    _give(MemberFactory(), "tag-bronze", tag_name="billing")
    _give(MemberFactory(), "tag-bronze", tag_name="billing")
    page = parse(client.get(reverse("reputation:badge_list")).text)
    section = page.find("section", aria_labelledby="tag-badges-heading")
    link = section.find("a", class_="badge-pill")
    assert link.attrs["href"] == "/badges/tag-bronze/?tag=billing"
    assert "2 holders" in section.text


def test_badge_page_lists_holders_newest_first_with_the_post(client):
    old, new = MemberFactory(display_name="Olga Old"), MemberFactory(display_name="Nina New")
    reply = answer()
    _give(old, "nice-answer", days_ago=10, answer=reply)
    _give(new, "nice-answer", days_ago=1, answer=answer())
    page = parse(client.get(reverse("reputation:badge_detail", args=["nice-answer"])).text)
    holders = page.find("ol", class_="badge-holders").find_all("li")
    assert [li.find("a").text for li in holders] == ["Nina New", "Olga Old"]
    assert holders[1].find_all("a")[1].attrs["href"] == reply.get_absolute_url()
    assert page.find("h2").text == "Awarded 2 times"


def test_unknown_badge_is_not_found(client):
    assert client.get("/badges/wizard/").status_code == 404


def test_badge_pages_cost_the_same_with_few_or_many_holders(
    client, django_assert_max_num_queries
):
    counts = []
    for holders in (1, 30):
        Award.objects.all().delete()
        for member in MemberFactory.create_batch(holders):
            _give(member, "nice-answer", answer=answer(author=member))
            _give(member, "tag-silver", tag_name=f"tag-{member.pk}")
        for url in (reverse("reputation:badge_list"),
                    reverse("reputation:badge_detail", args=["nice-answer"])):
            with django_assert_max_num_queries(4) as captured:
                assert client.get(url).status_code == 200
            counts.append(len(captured.captured_queries))
    assert counts[:2] == counts[2:]


def test_profile_shows_the_members_badges_gold_first(client):
    member = MemberFactory()
    _give(member, "supporter")
    _give(member, "great-answer", answer=answer(author=member))
    _give(member, "nice-answer", answer=answer(author=member))
    _give(member, "nice-answer", answer=answer(author=member))
    section = parse(client.get(member.get_absolute_url()).text).find(
        "section", class_="member-badges"
    )
    assert section.find("h2").text == "3 badges"
    items = [" ".join(li.text.split()) for li in section.find_all("li")]
    assert items == ["Great Answer (gold)", "Nice Answer (bronze) × 2", "Supporter (bronze)"]


def test_profile_without_badges_says_how_to_earn_them(client, member):
    section = parse(client.get(member.get_absolute_url()).text).find(
        "section", class_="member-badges"
    )
    assert "No badges yet." in section.text
    assert section.find("a").attrs["href"] == reverse("reputation:badge_list")
