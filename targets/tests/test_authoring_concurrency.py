"""Target authoring under real concurrent requests (PostgreSQL): two people post at the same
instant from pages loaded at the same state. One edit is saved, the other gets 409; two new
sentences on one item both land (no server error, distinct positions)."""

import pytest
from django.urls import reverse

from portal.tests.concurrent import needs_postgresql, post_together
from portal.tests.world import build_ward
from targets.models import Target

pytestmark = [needs_postgresql, pytest.mark.django_db(transaction=True)]


def test_two_simultaneous_edits_of_a_target_keep_exactly_one():
    bd = build_ward("bach-dang", "Bạch Đằng")
    target = bd.target
    url = reverse("target_edit", kwargs={"target_pk": target.pk})

    def data(value):
        return {
            "plan_item": target.plan_item_id,
            "statement": target.statement,
            "direction": "more_than",
            "value": value,
            "responsible_unit": bd.ubnd.pk,
            "version": target.version,
            "action": "save",
        }

    assert post_together(bd.follow_up, [(url, data("25")), (url, data("30"))]) == [302, 409]
    target.refresh_from_db()
    assert target.version == 2 and str(target.value) in ("25.000", "30.000")


def test_two_simultaneous_sentences_on_one_item_both_land():
    bd = build_ward("bach-dang", "Bạch Đằng")
    url = reverse("target_create", kwargs={"ward_slug": bd.ward.slug})

    def data(value):
        return {
            "plan_item": bd.item.pk,
            "statement": f"Đến năm 2030 đạt {value}%",
            "responsible_unit": bd.ubnd.pk,
            "part-TOTAL_FORMS": 1,
            "part-INITIAL_FORMS": 1,
            "part-0-keep": "on",
            "part-0-direction": "exactly",
            "part-0-value": value,
            "part-0-unit": "%",
            "action": "save",
        }

    assert post_together(bd.follow_up, [(url, data("90")), (url, data("95"))]) == [302, 302]
    positions = list(Target.objects.filter(plan_item=bd.item, statement__startswith="Đến năm").values_list("position"))
    assert len(set(positions)) == 2


def test_two_simultaneous_bulk_confirms_keep_exactly_one():
    bd = build_ward("bach-dang", "Bạch Đằng")
    url = reverse("target_bulk_units", kwargs={"ward_slug": bd.ward.slug})
    sel = [f"{bd.target.pk}:{bd.target.version}"]

    def data(unit):
        return {"sel": sel, "responsible_unit": unit.pk, "coordination": "keep", "action": "confirm"}

    assert post_together(bd.follow_up, [(url, data(bd.congan)), (url, data(bd.other_unit))]) == [302, 409]
    bd.target.refresh_from_db()
    assert bd.target.responsible_unit in (bd.congan, bd.other_unit)
