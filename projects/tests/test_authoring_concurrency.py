"""Project authoring under real concurrent requests (PostgreSQL): two people save the same
capital year from pages loaded at the same state (one saved, one 409), or add the same new
year at the same instant (one saved, one 409, never a server error)."""

from decimal import Decimal as D

import pytest
from django.urls import reverse

from portal.tests.concurrent import needs_postgresql, post_together
from portal.tests.world import build_ward
from projects.models import CapitalYear

pytestmark = [needs_postgresql, pytest.mark.django_db(transaction=True)]


def data(project, row: dict, initial: int) -> dict:
    body = {
        "version": project.version,
        "name": project.name,
        "level": project.level,
        "phase": project.phase,
        "lead_unit": project.lead_unit_id,
        "capital-TOTAL_FORMS": 1,
        "capital-INITIAL_FORMS": initial,
    }
    body.update({f"capital-0-{key}": value for key, value in row.items()})
    return body


def test_two_simultaneous_saves_of_a_capital_year_keep_exactly_one():
    bd = build_ward("bach-dang", "Bạch Đằng")
    row = bd.capital_year
    url = reverse("project_edit", kwargs={"project_pk": bd.project.pk})

    def edit(disbursed):
        fields = {"row": row.pk, "version": row.version, "year": row.year, "planned": "1.000", "disbursed": disbursed}
        return url, data(bd.project, fields, initial=1)

    assert post_together(bd.follow_up, [edit("600"), edit("700")]) == [302, 409]
    row.refresh_from_db()
    assert row.version == 2 and row.disbursed in (D(600), D(700))


def test_two_simultaneous_new_rows_for_the_same_year_keep_exactly_one():
    bd = build_ward("bach-dang", "Bạch Đằng")
    url = reverse("project_edit", kwargs={"project_pk": bd.project.pk})

    def add(planned):
        return url, data(bd.project, {"year": "2030", "planned": planned, "disbursed": "0"}, initial=0)

    assert post_together(bd.follow_up, [add("10"), add("20")]) == [302, 409]
    assert CapitalYear.objects.filter(project=bd.project, year=2030).count() == 1
