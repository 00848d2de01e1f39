"""The member's own settings: display name, about, and the time zone their days start in."""

import pytest
from django.urls import reverse

from community.models import User
from tests.community.htmltree import parse

pytestmark = pytest.mark.django_db


def _save(client, **fields):
    data = {"display_name": "Renata", "about": "", "time_zone": "UTC", **fields}
    return client.post(reverse("community:settings"), data, follow=True)


def test_member_chooses_the_time_zone_their_days_start_in(member_client, member):
    response = _save(member_client, time_zone="America/Sao_Paulo")
    assert "Your profile is saved." in response.text
    member.refresh_from_db()
    assert member.time_zone == "America/Sao_Paulo"
    assert str(member.tzinfo) == "America/Sao_Paulo"
    selected = parse(response.text).find("option", value="America/Sao_Paulo")
    assert "selected" in selected.attrs


def test_unknown_time_zone_is_refused_and_nothing_changes(member_client, member):
    response = _save(member_client, time_zone="Mars/Olympus_Mons")
    assert response.status_code == 200
    assert "Select a valid choice" in response.text
    assert User.objects.get(pk=member.pk).time_zone == "UTC"


def test_new_members_count_their_days_in_utc(member):
    assert member.time_zone == "UTC" and str(member.tzinfo) == "UTC"
