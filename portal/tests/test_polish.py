"""Issue 15.9: no English on Vietnamese pages, progress bars that say the status."""

from __future__ import annotations

import pytest
from django.template.loader import render_to_string
from django.urls import reverse

from portal.tests.world import build_ward

pytestmark = pytest.mark.django_db


def test_selects_have_a_vietnamese_empty_choice(client):
    w = build_ward("bach-dang", "Bạch Đằng")
    client.force_login(w.follow_up)
    body = client.get(reverse("exchange:import", kwargs={"ward": w.ward.slug})).content.decode()
    assert "Select an option" not in body
    assert "— Chọn —" in body


@pytest.mark.parametrize("status", ["overdue", "at_risk", "done_on_time"])
def test_a_tasks_bar_is_coloured_by_its_status(status):
    html = render_to_string("includes/partials.html#progress_bar", {"percent": 40, "bar_status": status})
    assert f"progress--{status}" in html


def test_a_roll_up_bar_has_no_status():
    html = render_to_string("includes/partials.html#progress_bar", {"percent": 40})
    assert 'class="progress"' in html
