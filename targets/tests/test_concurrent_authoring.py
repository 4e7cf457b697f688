"""Target authoring under real simultaneous HTTP requests (PostgreSQL, ``portal.tests.concurrency``):
two people post at the same instant from pages loaded at the same state. One edit is saved,
the other gets 409 with the message; two new sentences on one item both land (no server
error, distinct positions); of two bulk confirms, one is saved and one refused."""

from django.urls import reverse

from portal.tests.concurrency import assert_one_saved_one_refused, concurrent, open_forms, post_together
from portal.tests.world import build_ward
from targets.models import Target, TargetMilestone

pytestmark = concurrent


def test_two_simultaneous_edits_of_a_target_keep_exactly_one(live_server):
    bd = build_ward("bach-dang", "Bạch Đằng")
    url = reverse("target_edit", kwargs={"target_pk": bd.target.pk})
    pages = open_forms(live_server, [bd.follow_up, bd.follow_up], url)
    answers = post_together(
        page.post(value=value, action="save") for page, value in zip(pages, ["25", "30"], strict=True)
    )
    assert_one_saved_one_refused(answers)
    bd.target.refresh_from_db()
    assert bd.target.version == 2 and bd.target.value in (25, 30)


def test_two_simultaneous_sentences_on_one_item_both_land(live_server):
    bd = build_ward("bach-dang", "Bạch Đằng")
    url = reverse("target_create", kwargs={"ward_slug": bd.ward.slug})
    pages = open_forms(live_server, [bd.follow_up, bd.follow_up], url)

    def save(page, value):
        return page.post(
            having="statement",
            plan_item=str(bd.item.pk),
            statement=f"Đến năm 2030 đạt {value}%",
            responsible_unit=str(bd.ubnd.pk),
            action="save",
            **{
                "part-TOTAL_FORMS": "1",
                "part-INITIAL_FORMS": "1",
                "part-0-keep": "on",
                "part-0-direction": "exactly",
                "part-0-value": value,
                "part-0-unit": "%",
            },
        )

    answers = post_together([save(pages[0], "90"), save(pages[1], "95")])
    assert sorted(a.status for a in answers) == [302, 302], answers
    positions = Target.objects.filter(plan_item=bd.item, statement__startswith="Đến năm").values_list("position")
    assert len(set(positions)) == 2


def test_two_simultaneous_bulk_confirms_keep_exactly_one(live_server):
    bd = build_ward("bach-dang", "Bạch Đằng")
    url = reverse("target_bulk_units", kwargs={"ward_slug": bd.ward.slug}) + f"?target={bd.target.pk}"
    pages = open_forms(live_server, [bd.follow_up, bd.follow_up], url)
    answers = post_together(
        page.post(having="sel", responsible_unit=str(unit.pk), coordination="keep", action="confirm")
        for page, unit in zip(pages, [bd.congan, bd.other_unit], strict=True)
    )
    assert_one_saved_one_refused(answers)
    bd.target.refresh_from_db()
    assert bd.target.responsible_unit in (bd.congan, bd.other_unit)


def test_two_simultaneous_edits_of_a_targets_milestones_keep_exactly_one(live_server):
    """The milestones are saved under the target's lock and version: of two browsers changing
    them at once, one is saved whole and the other told, never a mix of the two."""
    bd = build_ward("bach-dang", "Bạch Đằng")
    TargetMilestone.objects.create(target=bd.target, year=2027, value=10)
    url = reverse("target_edit", kwargs={"target_pk": bd.target.pk})
    pages = open_forms(live_server, [bd.follow_up, bd.follow_up], url)
    assert pages[0].form().value("milestones") == "2027: 10"
    typed = ["2027: 11\n2028: 21", "2026: 5\n2027: 12"]
    answers = post_together(page.post(milestones=text, action="save") for page, text in zip(pages, typed, strict=True))
    saved, refused = assert_one_saved_one_refused(answers)
    assert "Mốc đang lưu" in refused.text  # the other browser's milestones, shown to the one refused
    bd.target.refresh_from_db()
    assert bd.target.version == 2
    milestones = dict(TargetMilestone.objects.filter(target=bd.target).values_list("year", "value"))
    assert milestones == [{2027: 11, 2028: 21}, {2026: 5, 2027: 12}][answers.index(saved)]
