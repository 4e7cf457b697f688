"""Yearly milestones typed by the office on the target forms: one a line ("2027: 1.250,5"),
checked against the plan's period and the horizon year (``targets.authoring.milestone_errors``),
saved by ``set_milestones`` with their author under the target's version; a refused form
changes nothing."""

from decimal import Decimal as D

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from portal.tests.factories import TargetMilestoneFactory
from portal.tests.world import build_ward
from targets.authoring import update_target
from targets.models import Target, TargetMilestone
from targets.tests.test_authoring import edit_data as target_edit_data
from targets.tests.test_authoring import edit_url

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("today")]


@pytest.fixture
def bd():
    w = build_ward("bach-dang", "Bạch Đằng")
    TargetMilestoneFactory(target=w.target, year=2027, value=D(12))
    TargetMilestoneFactory(target=w.target, year=2028, value=D("1250.5"))
    return w


def edit_data(target, milestones, **overrides):
    target.refresh_from_db()  # the version the page would show now
    return target_edit_data(target, milestones=milestones, **overrides)


def milestones_of(target) -> dict[int, D]:
    return dict(TargetMilestone.objects.filter(target=target).values_list("year", "value"))


def test_the_edit_form_shows_the_milestones_one_a_line_the_vietnamese_way(client, bd):
    client.force_login(bd.follow_up)
    response = client.get(edit_url(bd.target))
    assert response.status_code == 200
    assert response.context["form"]["milestones"].value() == "2027: 12\n2028: 1.250,5"
    assert "2027: 12\n2028: 1.250,5</textarea>" in response.content.decode()


def test_the_office_adds_changes_and_removes_milestones_with_their_author(client, bd):
    client.force_login(bd.follow_up)
    # 2027 changed, 2028 removed, 2026 and 2029 added; "Năm …", "=", a tab and blank lines are read.
    typed = "Năm 2026 = 5\r\n\r\n2027: 14,5\n2029\t1.000.000"
    response = client.post(edit_url(bd.target), edit_data(bd.target, typed))
    assert response.status_code == 302, response.context["form"].errors
    assert milestones_of(bd.target) == {2026: D(5), 2027: D("14.5"), 2029: D(1000000)}
    changed = TargetMilestone.history.filter(target_id=bd.target.pk, year=2027).latest("history_date")
    assert changed.history_user == bd.follow_up and changed.value == D("14.5")
    removed = TargetMilestone.history.filter(target_id=bd.target.pk, year=2028).latest("history_date")
    assert removed.history_type == "-" and removed.history_user == bd.follow_up
    page = client.get(reverse("target_detail", kwargs={"target_pk": bd.target.pk}))
    assert [(row.year, row.value) for row in page.context["milestones"]] == [
        (2026, D(5)),
        (2027, D("14.5")),
        (2029, D(1000000)),
    ]


def test_an_empty_box_removes_every_milestone(client, bd):
    client.force_login(bd.follow_up)
    assert client.post(edit_url(bd.target), edit_data(bd.target, "")).status_code == 302
    assert milestones_of(bd.target) == {}


def test_a_milestone_against_the_direction_is_kept(client, bd):
    """A rising target whose plan prints a lower figure for a later year: real plans do that."""
    client.force_login(bd.follow_up)
    response = client.post(edit_url(bd.target), edit_data(bd.target, "2027: 30\n2028: 10"))
    assert response.status_code == 302
    assert milestones_of(bd.target) == {2027: D(30), 2028: D(10)}


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("2025: 10", "Năm 2025 nằm ngoài thời kỳ của kế hoạch (2026–2030)."),
        ("2031: 10", "Năm 2031 nằm ngoài thời kỳ của kế hoạch (2026–2030)."),
        ("2030: 20", "Năm 2030 không trước năm đích 2030"),
        ("2027: 10\n2027: 11", "Dòng 2: năm 2027 đã có mốc ở dòng trên; mỗi năm chỉ một mốc."),
        ("2027: mười", "Dòng 1 (năm 2027): Nhập một số theo cách viết Việt Nam"),
        ("2027: 12%", "Dòng 1 (năm 2027): Nhập một số"),
        ("2027: 1,2,3", "Dòng 1 (năm 2027): Nhập một số"),
        ("2027: 0,0001", "Dòng 1 (năm 2027): Chỉ được nhập tối đa 3 chữ số sau dấu phẩy."),
        ("2027", "Dòng 1 (“2027”): viết năm rồi giá trị, ví dụ 2027: 1.250,5."),
        ("mốc: 12", "Dòng 1 (“mốc: 12”): viết năm rồi giá trị"),
    ],
)
def test_a_wrong_milestone_is_refused_in_vietnamese_and_nothing_changes(client, bd, typed, message):
    client.force_login(bd.follow_up)
    before = (Target.objects.get(pk=bd.target.pk).version, milestones_of(bd.target))
    response = client.post(edit_url(bd.target), edit_data(bd.target, typed, value="25"))
    assert response.status_code == 400
    assert message in " ".join(response.context["form"].errors["milestones"])
    assert response.context["form"]["milestones"].value() == typed  # what was typed stays
    target = Target.objects.get(pk=bd.target.pk)
    assert (target.version, milestones_of(bd.target)) == before and target.value == D(20)


def test_a_milestone_after_a_nearer_horizon_is_refused(client, bd):
    client.force_login(bd.follow_up)
    response = client.post(edit_url(bd.target), edit_data(bd.target, "2027: 5\n2028: 6", horizon_year="2027"))
    assert response.status_code == 400
    errors = response.context["form"].errors["milestones"]
    assert len(errors) == 2 and errors[0].startswith("Năm 2027 không trước năm đích 2027")


def test_a_qualitative_target_takes_no_milestones(client, bd):
    client.force_login(bd.follow_up)
    response = client.post(edit_url(bd.target), edit_data(bd.target, "2027: 5", direction="qualitative", value=""))
    assert response.status_code == 400
    assert "Chỉ tiêu định tính không có mốc lộ trình" in response.content.decode()


def test_the_service_checks_the_milestones_too_and_writes_nothing(bd):
    before = milestones_of(bd.target)
    with pytest.raises(ValidationError) as refused:
        update_target(
            target=bd.target,
            expected_version=bd.target.version,
            plan_item=bd.item,
            statement="x",
            part={"direction": "at_least", "value": D(20), "horizon_year": 2030, "milestones": {2024: D(1)}},
            responsible_unit=bd.ubnd,
        )
    assert "milestones" in refused.value.error_dict
    assert milestones_of(bd.target) == before


def test_a_stale_edit_of_the_milestones_is_refused_with_the_stale_version_message(client, bd):
    client.force_login(bd.follow_up)
    stale = edit_data(bd.target, "2027: 99")
    assert client.post(edit_url(bd.target), edit_data(bd.target, "2027: 13")).status_code == 302
    response = client.post(edit_url(bd.target), stale)
    assert response.status_code == 409
    assert "Trong lúc bạn sửa" in response.content.decode()
    assert response.context["form"]["milestones"].value() == "2027: 99"
    assert response.context["form"].errors["milestones"] == ["Mốc đang lưu: 2027: 13."]  # what the other saved
    assert milestones_of(bd.target) == {2027: D(13)}


def test_the_create_form_saves_each_kept_parts_milestones(client, bd):
    client.force_login(bd.follow_up)
    data = {
        "plan_item": bd.item.pk,
        "statement": "Đến năm 2030, tỷ lệ hộ dân sử dụng nước sạch đạt 100%",
        "responsible_unit": bd.congan.pk,
        "part-TOTAL_FORMS": 1,
        "part-INITIAL_FORMS": 1,
        "part-0-keep": "on",
        "part-0-direction": "exactly",
        "part-0-value": "100",
        "part-0-unit": "%",
        "part-0-horizon_year": "2030",
        "action": "save",
    }
    url = reverse("target_create", kwargs={"ward_slug": bd.ward.slug})
    refused = client.post(url, {**data, "part-0-milestones": "2031: 99"})
    assert refused.status_code == 400
    assert "Năm 2031 nằm ngoài thời kỳ" in refused.content.decode()
    assert not Target.objects.filter(statement=data["statement"]).exists()

    response = client.post(url, {**data, "part-0-milestones": "2026: 92,5\n2028: 96"})
    assert response.status_code == 302
    target = Target.objects.get(statement=data["statement"])
    assert milestones_of(target) == {2026: D("92.5"), 2028: D(96)}
    assert {r.history_user for r in TargetMilestone.history.filter(target_id=target.pk)} == {bd.follow_up}


def test_no_one_edits_another_wards_milestones(client, bd):
    ndn = build_ward("nguyen-dai-nang", "Nguyễn Đại Năng", city=bd.ward.city)
    before = milestones_of(bd.target)
    for user, status in ((ndn.follow_up, 404), (bd.official, 403), (bd.viewer, 403)):
        client.force_login(user)
        assert client.post(edit_url(bd.target), edit_data(bd.target, "2027: 1")).status_code == status
    assert milestones_of(bd.target) == before


def test_every_mistake_is_named_at_once(client, bd):
    """A line that does not read does not hide the wrong year of another."""
    client.force_login(bd.follow_up)
    response = client.post(edit_url(bd.target), edit_data(bd.target, "2027: 10\n2031: 1\n2028: mười"))
    assert response.status_code == 400
    errors = response.context["form"].errors["milestones"]
    assert errors == [
        "Dòng 3 (năm 2028): Nhập một số theo cách viết Việt Nam, ví dụ 75,5 hoặc 1.000.",
        "Năm 2031 nằm ngoài thời kỳ của kế hoạch (2026–2030).",
    ]


def test_a_flood_of_lines_is_refused_with_one_message(client, bd):
    client.force_login(bd.follow_up)
    response = client.post(edit_url(bd.target), edit_data(bd.target, "x\n" * 5000))
    assert response.status_code == 400
    assert response.context["form"].errors["milestones"] == ["Quá dài: nhiều nhất 20 mốc, mỗi dòng một mốc."]
    many = "\n".join(f"{2026 + i % 4}: {i}" for i in range(30))
    response = client.post(edit_url(bd.target), edit_data(bd.target, many))
    assert response.status_code == 400 and len(response.context["form"].errors["milestones"]) == 26
