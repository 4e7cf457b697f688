"""Authoring targets: from a sentence (the parser's proposal, confirmed or corrected), editing
one at its version, setting units on many with a preview; who may do it; the history."""

from decimal import Decimal as D

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from core.concurrency import EditConflict
from portal.tests.factories import TargetFactory
from portal.tests.world import build_ward
from targets.authoring import create_targets, propose_parts, set_target_units, update_target
from targets.models import Measurement, Target
from targets.sentences import parse_target_sentence

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("today")]
SENTENCE = "Đến năm 2030, tỷ lệ hộ dân sử dụng nước sạch đạt 100%"
TWO = "Đến năm 2030, có trên 20 doanh nghiệp/1.000 dân và tối thiểu 02 phòng học thông minh"


@pytest.fixture
def bd():
    return build_ward("bach-dang", "Bạch Đằng")


def create_url(w):
    return reverse("target_create", kwargs={"ward_slug": w.ward.slug})


def edit_url(target):
    return reverse("target_edit", kwargs={"target_pk": target.pk})


def bulk_url(w):
    return reverse("target_bulk_units", kwargs={"ward_slug": w.ward.slug})


def sentence_data(w, statement=SENTENCE, **extra):
    return {
        "plan_item": w.item.pk,
        "statement": statement,
        "responsible_unit": w.congan.pk,
        "coordinating_units": [w.other_unit.pk],
        **extra,
    }


def part_data(parts, prefix="part"):
    data = {f"{prefix}-TOTAL_FORMS": len(parts), f"{prefix}-INITIAL_FORMS": len(parts)}
    for i, part in enumerate(parts):
        for key, value in part.items():
            data[f"{prefix}-{i}-{key}"] = value
    return data


WATER = {
    "keep": "on",
    "measure": "Tỷ lệ hộ dân sử dụng nước sạch",
    "direction": "exactly",
    "value": "100",
    "unit": "%",
    "horizon_year": "2030",
}


# The parser's proposal


def test_propose_parts_reads_the_sentence_with_the_public_parser():
    (part,) = propose_parts(SENTENCE, 2030)
    assert (part["direction"], part["value"], part["unit"], part["horizon_year"]) == ("exactly", D(100), "%", 2030)
    assert part["keep"] is True and part["baseline_value"] is None


def test_analyse_shows_the_proposal_in_the_same_form_without_saving(client, bd):
    client.force_login(bd.follow_up)
    response = client.post(create_url(bd), {**sentence_data(bd, TWO), "action": "analyse"})
    assert response.status_code == 200
    parts = response.context["parts"]
    assert len(parts.forms) == 2
    assert [f.initial["direction"] for f in parts.forms] == ["more_than", "at_least"]
    body = response.content.decode()
    assert 'name="part-1-value" value="2"' in body and "Lưu chỉ tiêu" in body
    assert Target.objects.filter(statement=TWO).count() == 0


def test_save_keeps_only_the_ticked_parts_with_the_users_corrections(client, bd):
    client.force_login(bd.follow_up)
    first = {
        "keep": "on",
        "measure": "Số doanh nghiệp",
        "direction": "at_least",
        "value": "25",
        "unit": "doanh nghiệp/1.000 dân",
        "horizon_year": "2030",
        "baseline_value": "12,5",
        "baseline_year": "2025",
    }
    dropped = {"measure": "Phòng học", "direction": "at_least", "value": "not a number"}
    response = client.post(create_url(bd), {**sentence_data(bd, TWO), **part_data([first, dropped]), "action": "save"})
    assert response.status_code == 302
    (target,) = Target.objects.filter(statement=TWO)
    assert (target.direction, target.value, target.baseline_value, target.baseline_year) == (
        "at_least",
        D(25),
        D("12.5"),
        2025,
    )
    assert target.responsible_unit == bd.congan and list(target.coordinating_units.all()) == [bd.other_unit]
    assert response["Location"] == reverse("target_detail", kwargs={"target_pk": target.pk})
    assert target.history.first().history_user == bd.follow_up


def test_a_starting_level_is_proposed_as_the_baseline_a_comparison_only_by_its_year():
    (part,) = propose_parts("Đến năm 2030, tăng tỷ trọng dịch vụ từ 40% lên 55%.", 2030)
    assert (part["value"], part["baseline_value"], part["baseline_year"]) == (D(55), D(40), None)
    (part,) = propose_parts("Tổng vốn đầu tư đạt 500 tỷ đồng, gấp 3 lần so với năm 2020.", 2030)
    assert (part["value"], part["baseline_value"], part["baseline_year"]) == (D(500), None, 2020)


def test_parsed_parts_saved_as_they_are_keep_a_comparisons_year_but_not_its_multiple(bd):
    # The Word-plan reader saves the parser's JSON parts directly: "gấp 3 lần" is not a level of 2020.
    statement = "Tổng vốn đầu tư đạt 500 tỷ đồng, gấp 3 lần so với năm 2020."
    (part,) = (p.as_json() | {"keep": True} for p in parse_target_sentence(statement, 2030))
    (target,) = create_targets(plan_item=bd.item, statement=statement, parts=[part], responsible_unit=bd.ubnd)
    assert (target.value, target.baseline_value, target.baseline_year) == (500, None, 2020)


def test_parsed_parts_read_back_from_json_keep_their_decimals_as_written(bd):
    # "0,3%" and "0,2‰" come back from the proposal's JSON as floats (0.3 has 16 binary digits).
    statement = "Tỷ lệ hộ nghèo giảm xuống dưới 0,3%; tỷ suất sinh thô giảm 0,2‰/năm."
    parts = [p.as_json() for p in parse_target_sentence(statement, 2030)]
    assert isinstance(parts[0]["value"], float)
    targets = create_targets(plan_item=bd.item, statement=statement, parts=parts, responsible_unit=bd.ubnd)
    assert [abs(t.value) for t in targets] == [D("0.3"), D("0.2")]


def test_several_kept_parts_share_the_sentence_at_the_next_position(bd):
    parts = propose_parts(TWO, 2030)
    targets = create_targets(plan_item=bd.item, statement=TWO, parts=parts, responsible_unit=bd.ubnd)
    assert [t.part for t in targets] == [0, 1]
    assert len({t.position for t in targets}) == 1 and targets[0].position > bd.target.position


def test_save_without_analysing_first_shows_the_proposal(client, bd):
    client.force_login(bd.follow_up)
    response = client.post(create_url(bd), {**sentence_data(bd), "action": "save"})
    assert response.status_code == 200
    assert response.context["notice"] and response.context["parts"] is not None
    assert not Target.objects.filter(statement=SENTENCE).exists()


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"part-0-value": ""}, "value"),
        ({"part-0-value": "5", "part-0-value_max": "3"}, "value_max"),
        ({"part-0-value": "1,2,3"}, "value"),
        ({"part-0-horizon_year": "30000"}, "horizon_year"),
        ({"part-0-direction": "sideways"}, "direction"),
    ],
)
def test_a_wrong_part_is_refused_in_vietnamese_and_nothing_is_saved(client, bd, change, field):
    client.force_login(bd.follow_up)
    data = {**sentence_data(bd), **part_data([WATER]), "action": "save", **change}
    response = client.post(create_url(bd), data)
    assert response.status_code == 400
    assert response.context["parts"].forms[0].errors[field]
    assert not Target.objects.filter(statement=SENTENCE).exists()


@pytest.mark.parametrize(
    "change",
    [
        {"responsible_unit": ""},
        {"coordinating_units": ["ubnd"]},  # the responsible unit again (filled below)
        {"plan_item": "999999"},
        {"statement": ""},
        {"part-TOTAL_FORMS": "5000"},
        {"part-TOTAL_FORMS": "x"},
    ],
)
def test_bad_sentence_forms_give_400_and_change_nothing(client, bd, change):
    client.force_login(bd.follow_up)
    if change.get("coordinating_units") == ["ubnd"]:
        change = {"coordinating_units": [bd.congan.pk]}
    before = Target.objects.count()
    response = client.post(create_url(bd), {**sentence_data(bd), **part_data([WATER]), "action": "save", **change})
    assert response.status_code == 400
    assert Target.objects.count() == before


def test_units_and_items_of_another_ward_are_not_offered_nor_accepted(client, bd):
    ndn = build_ward("nguyen-dai-nang", "Nguyễn Đại Năng", city=bd.ward.city)
    client.force_login(bd.follow_up)
    page = client.get(create_url(bd))
    assert ndn.ubnd.name not in page.content.decode() or ndn.ubnd.name == bd.ubnd.name
    assert ndn.ubnd not in page.context["form"].fields["responsible_unit"].queryset
    response = client.post(
        create_url(bd),
        {**sentence_data(bd, plan_item=ndn.item.pk), **part_data([WATER]), "action": "save"},
    )
    assert response.status_code == 400
    response = client.post(
        create_url(bd),
        {**sentence_data(bd, responsible_unit=ndn.ubnd.pk), **part_data([WATER]), "action": "save"},
    )
    assert response.status_code == 400
    assert not Target.objects.filter(statement=SENTENCE).exists()


# Who may author: the office and admins; officials and viewers read


@pytest.mark.parametrize(
    ("actor", "status"),
    [("follow_up", 200), ("official", 403), ("coordinator", 403), ("bystander", 403), ("viewer", 403)],
)
def test_permission_matrix_of_the_authoring_pages(client, bd, actor, status):
    client.force_login(getattr(bd, actor))
    for url in (create_url(bd), edit_url(bd.target), f"{bulk_url(bd)}?target={bd.target.pk}"):
        assert client.get(url).status_code == status, url
        if status == 403:
            before = Target.objects.get(pk=bd.target.pk).version
            response = client.post(url, {**sentence_data(bd), **part_data([WATER]), "action": "save"})
            assert response.status_code == 403
            assert Target.objects.get(pk=bd.target.pk).version == before


def test_admins_author_any_ward(client, bd):
    from accounts.models import Profile
    from portal.tests.factories import make_user

    admin = make_user(Profile.Role.ADMIN, username="quantri")
    client.force_login(admin)
    assert client.get(create_url(bd)).status_code == 200
    assert client.get(edit_url(bd.target)).status_code == 200


def test_anonymous_users_go_to_login(client, bd):
    response = client.get(create_url(bd))
    assert response.status_code == 302 and response["Location"].startswith(reverse("login"))


def test_the_list_offers_adding_and_bulk_units_to_the_office_only(client, bd):
    client.force_login(bd.follow_up)
    body = client.get(reverse("target_list")).content.decode()
    assert create_url(bd) in body and 'form="target-bulk"' in body
    client.force_login(bd.official)
    body = client.get(reverse("target_list")).content.decode()
    assert create_url(bd) not in body and 'form="target-bulk"' not in body


# Editing one target


def edit_data(target, **overrides):
    data = {
        "plan_item": target.plan_item_id,
        "statement": target.statement,
        "measure": target.measure,
        "direction": target.direction,
        "value": "20",
        "unit": target.unit,
        "horizon_year": "2030",
        "responsible_unit": target.responsible_unit_id,
        "version": target.version,
        "action": "save",
    }
    data.update(overrides)
    return data


def test_edit_saves_and_records_the_history(client, bd):
    client.force_login(bd.follow_up)
    response = client.post(edit_url(bd.target), edit_data(bd.target, value="25", coordinating_units=[bd.congan.pk]))
    assert response.status_code == 302
    bd.target.refresh_from_db()
    assert bd.target.value == D(25) and list(bd.target.coordinating_units.all()) == [bd.congan]
    page = client.get(reverse("target_detail", kwargs={"target_pk": bd.target.pk}))
    fields = {row.field for row in page.context["history"]}
    assert {"giá trị", "đơn vị phối hợp"} <= fields
    assert any(row.new == "Công an phường" for row in page.context["history"])


def test_edit_analyse_proposes_the_parts_of_the_typed_sentence(client, bd):
    client.force_login(bd.follow_up)
    response = client.post(edit_url(bd.target), edit_data(bd.target, statement=SENTENCE, action="analyse"))
    assert response.status_code == 200
    form = response.context["form"]
    assert (form.initial["direction"], form.initial["value"], form.initial["unit"]) == ("exactly", D(100), "%")
    assert form.initial["statement"] == SENTENCE
    bd.target.refresh_from_db()
    assert bd.target.statement != SENTENCE


def test_two_edits_from_the_same_state_one_wins_the_other_gets_409(client, bd):
    client.force_login(bd.follow_up)
    stale = edit_data(bd.target, value="30")
    first = edit_data(bd.target, value="25", coordinating_units=[bd.congan.pk])
    assert client.post(edit_url(bd.target), first).status_code == 302
    response = client.post(edit_url(bd.target), stale)
    assert response.status_code == 409
    body = response.content.decode()
    assert "Trong lúc bạn sửa" in body
    assert "Công an phường" in body and ".None" not in body  # the other's coordinating units, by name
    assert response.context["form"]["value"].value() == "30"  # what the second person typed stays
    bd.target.refresh_from_db()
    assert bd.target.value == D(25)
    # The version moved on: saving again is deliberate and goes through.
    again = {**stale, "version": response.context["form"]["version"].value()}
    assert client.post(edit_url(bd.target), again).status_code == 302


def test_update_target_refuses_a_stale_version(bd):
    with pytest.raises(EditConflict):
        update_target(
            target=bd.target,
            expected_version=bd.target.version - 1,
            plan_item=bd.item,
            statement="x",
            part={"direction": "qualitative"},
            responsible_unit=bd.ubnd,
        )


def test_qualitative_targets_drop_their_numbers(bd):
    target = update_target(
        target=bd.target,
        expected_version=bd.target.version,
        plan_item=bd.item,
        statement="Nâng cao chất lượng",
        part={"direction": "qualitative", "value": D(3), "unit": "%"},
        responsible_unit=bd.ubnd,
    )
    assert (target.value, target.unit) == (None, "")


# The official of the responsible unit enters the target's values


def test_an_official_of_the_responsible_unit_enters_values_others_cannot(client, bd, periods_open):
    url = reverse("target_detail", kwargs={"target_pk": bd.target.pk})
    data = {"period": "2026-Q3", "value": "21,5", "source": "Báo cáo quý 3", "note": ""}
    bd.target.responsible_unit = bd.congan
    bd.target.save()
    client.force_login(bd.coordinator)  # an official of Công an phường, now the responsible unit
    assert 'id="measurement-form"' in client.get(url).content.decode()
    assert client.post(url, data).status_code == 302
    assert Measurement.objects.get(target=bd.target, period_year=2026, period_index=3).value == D("21.5")
    for actor in ("official", "bystander", "viewer"):
        client.force_login(getattr(bd, actor))
        assert 'id="measurement-form"' not in client.get(url).content.decode()
        assert client.post(url, {**data, "value": "1"}).status_code == 403
    assert Measurement.objects.get(target=bd.target, period_year=2026, period_index=3).value == D("21.5")


# Units of many targets


def test_bulk_units_preview_then_confirm(client, bd):
    other = TargetFactory(plan_item=bd.item, responsible_unit=None)
    client.force_login(bd.follow_up)
    page = client.get(bulk_url(bd), {"target": [bd.target.pk, other.pk]})
    assert page.status_code == 200
    sel = page.context["selection"]
    preview = client.post(
        bulk_url(bd),
        {
            "sel": sel,
            "responsible_unit": bd.congan.pk,
            "coordination": "replace",
            "coordinating_units": [bd.other_unit.pk],
            "action": "preview",
        },
    )
    assert preview.status_code == 200
    assert [c.changed for c in preview.context["changes"]] == [True, True]
    assert Target.objects.filter(responsible_unit=bd.congan).count() == 0  # a preview writes nothing
    done = client.post(
        bulk_url(bd),
        {
            "sel": sel,
            "responsible_unit": bd.congan.pk,
            "coordination": "replace",
            "coordinating_units": [bd.other_unit.pk],
            "action": "confirm",
        },
    )
    assert done.status_code == 302
    for target in (bd.target, other):
        target.refresh_from_db()
        assert target.responsible_unit == bd.congan
        assert list(target.coordinating_units.all()) == [bd.other_unit]
        assert target.history.first().history_user == bd.follow_up


def test_bulk_confirm_from_a_stale_preview_is_refused_whole(client, bd):
    other = TargetFactory(plan_item=bd.item, responsible_unit=None)
    client.force_login(bd.follow_up)
    sel = client.get(bulk_url(bd), {"target": [bd.target.pk, other.pk]}).context["selection"]
    update_target(
        target=other,
        expected_version=other.version,
        plan_item=bd.item,
        statement=other.statement,
        part={"direction": "more_than", "value": D(1)},
        responsible_unit=bd.other_unit,
    )
    response = client.post(
        bulk_url(bd), {"sel": sel, "responsible_unit": bd.congan.pk, "coordination": "keep", "action": "confirm"}
    )
    assert response.status_code == 409
    assert "Trong lúc bạn sửa" in response.content.decode()
    bd.target.refresh_from_db()
    other.refresh_from_db()
    assert (bd.target.responsible_unit, other.responsible_unit) == (bd.ubnd, bd.other_unit)
    # The page now carries the new versions: confirming again is deliberate and goes through.
    again = client.post(
        bulk_url(bd),
        {
            "sel": response.context["selection"],
            "responsible_unit": bd.congan.pk,
            "coordination": "keep",
            "action": "confirm",
        },
    )
    assert again.status_code == 302


def test_bulk_refuses_targets_and_units_of_another_ward(bd):
    ndn = build_ward("nguyen-dai-nang", "Nguyễn Đại Năng", city=bd.ward.city)
    with pytest.raises(EditConflict):
        set_target_units(
            ward=bd.ward,
            selection={ndn.target.pk: ndn.target.version},
            responsible_unit=bd.congan,
            coordinating_units=[],
            coordination="keep",
        )
    ndn.target.refresh_from_db()
    assert ndn.target.responsible_unit == ndn.ubnd


@pytest.mark.parametrize("sel", [["x"], ["1"], ["1:x"], [":"], []])
def test_bulk_with_a_malformed_selection_changes_nothing(client, bd, sel):
    client.force_login(bd.follow_up)
    response = client.post(
        bulk_url(bd), {"sel": sel, "responsible_unit": bd.congan.pk, "coordination": "keep", "action": "confirm"}
    )
    assert response.status_code == 302
    bd.target.refresh_from_db()
    assert bd.target.responsible_unit == bd.ubnd


def _preview_queries(client, w, targets):
    sel = [f"{t.pk}:{t.version}" for t in targets]
    data = {
        "sel": sel,
        "responsible_unit": w.congan.pk,
        "coordination": "add",
        "coordinating_units": [w.other_unit.pk],
        "action": "preview",
    }
    with CaptureQueriesContext(connection) as queries:
        assert client.post(bulk_url(w), data).status_code == 200
    return len(queries)


def test_bulk_preview_and_list_query_counts_do_not_grow_with_the_selection(client, bd):
    client.force_login(bd.follow_up)
    few = [TargetFactory(plan_item=bd.item) for _ in range(2)]
    small = _preview_queries(client, bd, few)
    many = few + [TargetFactory(plan_item=bd.item) for _ in range(10)]
    for target in many:
        target.coordinating_units.add(bd.other_unit)
    assert _preview_queries(client, bd, many) == small

    def list_queries():
        with CaptureQueriesContext(connection) as queries:
            assert client.get(reverse("target_list")).status_code == 200
        return len(queries)

    before = list_queries()
    for _ in range(5):
        TargetFactory(plan_item=bd.item)
    assert list_queries() == before
