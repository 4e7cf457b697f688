"""The seeded plan of phường Bạch Đằng (source 004) says what the source says, in its order."""

import re
from decimal import Decimal

import pytest
from django.db.models import Count

from assignments.models import Task
from plans.models import Plan, PlanItem
from portal.seeding import FIXTURES_DIR, seed_plans
from projects.models import Project
from targets.models import Target

pytestmark = pytest.mark.django_db

SOURCE = FIXTURES_DIR / "sources" / "004_c5fdbb19e4e167d4.txt"
DOCUMENT = FIXTURES_DIR / "plan-bach-dang.json"


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


@pytest.fixture(scope="module")
def source_text() -> str:
    # Whitespace normalised (page breaks become one space), bold markers dropped.
    return _squash(SOURCE.read_text(encoding="utf-8").replace("**", ""))


@pytest.fixture
def plan(seeded_db) -> Plan:
    return Plan.objects.get(ward__slug="bach-dang", code="bach-dang-ctr16")


def _item(plan: Plan, key: str) -> PlanItem:
    return PlanItem.objects.get(plan=plan, key=key)


def _kinds(plan: Plan, kind: str) -> list[PlanItem]:
    return list(plan.items.filter(kind=kind).order_by("tree_order"))


def test_plan_header(plan, source_text):
    assert plan.ward.name == "Bạch Đằng" and plan.ward.city.slug == "hai-phong"
    assert plan.number == "" and plan.issuing_body == "party"
    assert plan.title.startswith("Thực hiện Chương trình hành động số 16-CTr/TU của Ban Thường vụ Thành ủy")
    assert plan.basis.endswith("ban hành Kế hoạch triển khai thực hiện với những nội dung sau:")
    assert plan.signer_title == "T/M BAN THƯỜNG VỤ\nBÍ THƯ" and plan.signer_name == "Trần Huy Kiên"
    assert len(plan.purpose.splitlines()) == 3 and len(plan.requirements.splitlines()) == 3
    assert "phát huy tinh thần chủ động, sáng tạo, trách nhiệm" in plan.requirements  # page break joined
    assert len(plan.recipients.splitlines()) == 6
    for text in (plan.title, plan.basis, plan.closing, *plan.purpose.splitlines(), *plan.recipients.splitlines()):
        assert _squash(text) in source_text


def test_counts_per_section(plan):
    assert [i.key for i in plan.items.filter(parent=None).order_by("position")] == ["B", "C", "PL1", "PL2"]
    assert len(_kinds(plan, "programme")) == 9
    assert len(_kinds(plan, "scheme")) == 3
    assert len(_kinds(plan, "key_task")) == 10
    assert [d.title for d in _kinds(plan, "duty")][:3] == [
        "Các cấp ủy, tổ chức đảng trực thuộc Đảng ủy phường",
        "Ủy ban nhân dân phường",
        "Hội đồng nhân dân phường",
    ]
    assert len(_kinds(plan, "duty")) == 7
    groups = _item(plan, "PL1").children.annotate(n=Count("tasks")).order_by("position")
    assert [g.n for g in groups] == [8, 5, 4, 3, 5, 4, 3, 2, 3, 4]
    assert Task.objects.filter(plan_item__plan=plan).count() == 41


def test_projects_per_group_and_field(plan):
    projects = Project.objects.filter(plan_item__plan=plan)
    assert projects.count() == 33
    assert projects.filter(level="city").count() == 8
    assert _item(plan, "PL2.I").projects.count() == 8
    fields = _item(plan, "PL2.II").children.annotate(n=Count("projects")).order_by("position")
    assert [f.number for f in fields] == ["I", "II", "III", "IV", "V", "VI", "VII", "VIII"]
    assert [f.n for f in fields] == [5, 8, 2, 3, 4, 1, 1, 1]
    assert projects.filter(level="ward").count() == 25


def test_numbers_kept_as_printed(plan):
    ninth = _item(plan, "PL1.IX")
    assert ninth.number == "XIX" and ninth.position == 8
    assert ninth.title == "Ưu tiên nguồn lực cho phát triển y tế, giáo dục và đào tạo chất lượng cao"
    assert _item(plan, "PL1.VII").title.endswith("đẩy mạnh thực hiện chuyển đổi")
    education = _item(plan, "PL2.II.2")
    assert education.title == "Lĩnh vực giáo dục"
    assert [p.number for p in education.projects.order_by("position")] == ["1", "2", "3", "5", "6", "7", "8", "9"]
    assert not Task.objects.filter(plan_item__plan=plan, title__startswith="---").exists()


def test_reading_order(plan, source_text):
    items = list(plan.items.order_by("tree_order"))
    for parent in items:
        children = [i for i in items if i.parent_id == parent.pk]
        assert [c.position for c in children] == list(range(len(children)))
    # Each task and project title comes later in the source than the previous one.
    cursor = 0
    for task in Task.objects.filter(plan_item__plan=plan).order_by("plan_item__tree_order", "position"):
        found = source_text.find(_squash(task.title), cursor)
        assert found >= cursor, task.title
        cursor = found
    for project in Project.objects.filter(plan_item__plan=plan).order_by("plan_item__tree_order", "position"):
        found = source_text.find(_squash(project.name), cursor)
        assert found >= cursor, project.name
        cursor = found


def test_texts_appear_verbatim(plan, source_text):
    for item in plan.items.all():
        if item.kind == "duty":  # the title is the body's lead name, first letter raised
            assert item.title.lower() in item.body.lower()
        title = "" if item.kind == "duty" else item.title
        fields = [title, item.general_objective, item.body, item.assignment, item.period_text, item.resources]
        fields += [line.removeprefix("- ") for line in item.main_activities.splitlines()]
        for text in filter(None, fields):
            for line in text.splitlines():
                assert _squash(line) in source_text, (item.key, line[:80])
    for statement in Target.objects.filter(plan_item__plan=plan).values_list("statement", flat=True):
        assert _squash(statement) in source_text, statement
    for task in Task.objects.filter(plan_item__plan=plan):
        for text in (task.title, task.lead_text, task.coordination_text, task.period_text, task.expected_result):
            assert _squash(text) in source_text, text
    for project in Project.objects.filter(plan_item__plan=plan):
        for text in (project.name, project.funding_text, project.units_text):
            assert _squash(text) in source_text, text


def test_detailed_items(plan):
    first = _item(plan, "B.I.1")
    assert first.period_text == "Giai đoạn 2026 - 2030"  # as printed, without the sentence's full stop
    assert first.resources == "Ngân sách nhà nước và các nguồn vốn hợp pháp khác."
    assert len(first.activity_lines()) == 7
    assert "từng bước thay thế thiết bị" in first.main_activities
    assert _item(plan, "B.I.8").title.endswith(
        "về phát triển kinh tế nhà nước (theo Chương trình hành động của "
        "Ban Thường vụ Đảng ủy đang triển khai xây dựng)."
    )
    for key in ("B.I.7", "B.I.8", "B.I.9"):
        by_reference = _item(plan, key)
        assert not (by_reference.general_objective or by_reference.main_activities or by_reference.targets.exists())
    assert _item(plan, "B.III.1").resources == "Từ nguồn ngân sách và hỗ trợ hợp pháp khác."
    assert _item(plan, "B.III.5").period_text == "Thường xuyên"
    for n in (4, 5, 7, 8, 9):
        combined = _item(plan, f"B.III.{n}")
        assert combined.general_objective and not combined.targets.exists()
    assert _item(plan, "B.II.1").assignment == "" and _item(plan, "B.II.3").body.count("\n") == 2
    assert _item(plan, "B.III").body.startswith("* Các nhiệm vụ được cụ thể hóa")
    assert _item(plan, "C.5").body.startswith("Ban xây dựng Đảng chủ trì")


def test_2030_and_2045_targets_apart(plan):
    per_capita = Target.objects.get(plan_item__key="B.I.2", plan_item__plan=plan, statement__contains="trên 1.000")
    assert (per_capita.horizon_year, per_capita.direction, per_capita.value) == (2030, "more_than", Decimal(20))
    assert per_capita.statement == "Phần đầu có trên 20 doanh nghiệp trên 1.000 người dân."
    five_thousand = Target.objects.get(plan_item__key="B.I.2", plan_item__plan=plan, horizon_year=2045)
    assert (five_thousand.direction, five_thousand.value) == ("about", Decimal(5000))
    assert "khoảng 5.000 doanh nghiệp" in five_thousand.statement
    programme_3 = Target.objects.filter(plan_item__key="B.I.3", plan_item__plan=plan)
    assert programme_3.filter(horizon_year=2030).count() == 9 and programme_3.filter(horizon_year=2045).count() == 5
    health_2045 = Target.objects.filter(plan_item__key="B.I.6", plan_item__plan=plan, horizon_year=2045)
    assert [t.value for t in health_2045] == [80, 71]
    statement = health_2045.first().statement
    assert "đáp ứng yêu cầu chăm sóc" in statement  # joined across the page break
    assert not statement.startswith("Đến năm")


def test_multi_part_statement(plan):
    parts = Target.objects.filter(plan_item__key="B.I.6", plan_item__plan=plan, position=0).order_by("part")
    assert [(t.direction, t.value, t.unit) for t in parts] == [
        ("at_least", Decimal("1.5"), "cm"),
        ("more_than", Decimal("75.5"), "tuổi"),
        ("at_least", Decimal(68), "năm"),
    ]
    assert len({t.statement for t in parts}) == 1


def test_task_units(plan):
    def task(group: str, number: str) -> Task:
        return Task.objects.get(plan_item__key=group, plan_item__plan=plan, number=number)

    security = task("PL1.X", "3")
    assert [u.name for u in security.lead_units] == ["Ban Chỉ huy Quân sự phường", "Công an phường"]
    assert security.lead_text == "Ban Chỉ huy Quân sự phường, Công an phường"
    first = task("PL1.I", "1")
    assert [u.name for u in first.lead_units] == ["Ủy ban nhân dân phường"]
    assert [u.name for u in first.coordinating_units] == ["Các Sở, ngành thành phố", "Các đơn vị liên quan"]
    assert (first.period_kind, first.start_year, first.end_year) == ("range", 2026, 2030)
    schools = task("PL1.IX", "3")
    assert [u.name for u in schools.coordinating_units] == ["Các phòng chuyên môn, đơn vị liên quan", "Các trường học"]
    yearly = task("PL1.I", "3")
    assert (yearly.period_kind, yearly.start_year, yearly.end_year) == ("yearly", 2026, 2030)
    assert task("PL1.VII", "2").period_kind == "ongoing"
    for t in Task.objects.filter(plan_item__plan=plan).with_units():
        assert t.lead_units, t
        assert not set(t.lead_units) & set(t.coordinating_units), t


def test_project_units_and_funding(plan):
    city = Project.objects.get(plan_item__key="PL2.I", plan_item__plan=plan, number="2")
    assert city.lead_unit.name == "Ủy ban nhân dân thành phố"
    assert {u.name for u in city.implementing_units.all()} == {"Các Sở, ngành thành phố", "Các đơn vị liên quan"}
    assert {f.name for f in city.funding_sources.all()} == {
        "Vốn vay IBRD (Ngân hàng Thế giới)",
        "Vốn đối ứng ngân sách thành phố",
    }
    smart = Project.objects.get(plan_item__key="PL2.II.3", plan_item__plan=plan, number="1")
    assert smart.field == "Ứng dụng CNTT, chuyển đổi số" and smart.level == "ward" and smart.phase == "proposed"
    assert smart.lead_unit.name == "Ủy ban nhân dân phường"
    assert {u.name for u in smart.implementing_units.all()} == {"Phòng Văn hóa - Xã hội", "Các trường học"}
    assert {f.name for f in smart.funding_sources.all()} == {
        "Ngân sách thành phố",
        "Ngân sách phường",
        "Nguồn vốn hợp pháp khác",
    }
    road = Project.objects.get(plan_item__key="PL2.II.1", plan_item__plan=plan, number="1")
    assert road.lead_unit.name == "Trung tâm Dịch vụ Sự nghiệp công" and not road.implementing_units.exists()


def test_seeding_again_changes_nothing(plan):
    models = (Plan, PlanItem, Target, Task, Project)
    before = [m.history.count() for m in models]
    report = seed_plans([DOCUMENT])
    assert report.changed == 0, report.lines()
    assert [m.history.count() for m in models] == before
