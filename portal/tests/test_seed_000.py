"""The seeded plan of phường Nguyễn Đại Năng (source 000) says what the source says."""

import datetime as dt
import re
from decimal import Decimal

import pytest

from assignments.models import Task
from assignments.units import UnitMatcher
from plans.models import Plan, PlanItem
from portal.seeding import FIXTURES_DIR
from projects.models import Project
from targets.models import Target

pytestmark = pytest.mark.django_db

SOURCE = FIXTURES_DIR / "sources" / "000_7348314f4f94fc19.txt"
LEAD = "Phòng Kinh tế, Hạ tầng và Đô thị"
COORDINATING = "Các cơ quan, đơn vị thuộc Đảng ủy-HĐND-UBND-UBMTTQ phường"


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


@pytest.fixture(scope="module")
def source_text() -> str:
    # Whitespace normalised; the one line wrapped at a hyphen ("UBND-" / "UBMTTQ") rejoined.
    return _squash(SOURCE.read_text(encoding="utf-8")).replace("UBND- UBMTTQ", "UBND-UBMTTQ")


@pytest.fixture
def plan(seeded_db) -> Plan:
    return Plan.objects.select_related("ward__city").get(
        ward__slug="nguyen-dai-nang", code="nguyen-dai-nang-von-dau-tu"
    )


def _item(plan: Plan, key: str) -> PlanItem:
    return plan.items.get(key=key)


def test_plan_header(plan):
    assert plan.ward.name == "Nguyễn Đại Năng"
    assert plan.ward.kind == "phuong"
    assert plan.ward.city.slug == "hai-phong"
    assert plan.number == ""
    assert plan.issuing_body == Plan.IssuingBody.PEOPLES_COMMITTEE
    assert plan.issued_place == "P.Nguyễn Đại Năng"
    assert plan.issued_on is None
    assert plan.period_start == dt.date(2025, 11, 1)
    assert plan.period_end == dt.date(2030, 12, 31)
    assert plan.title == (
        "Phát huy nội lực, thu hút ngoại lực tạo nguồn vốn đầu tư xây dựng kết cấu hạ tầng "
        "phát triển kinh tế xã hội giai đoạn 2026 - 2030 phường Nguyễn Đại Năng"
    )
    assert plan.basis.startswith("Căn cứ Nghị quyết số 03/NQ-ĐU ngày 28/8/2025")
    assert plan.basis.endswith("giai đoạn 2026-2030” cụ thể như sau:")
    assert len(plan.purpose.splitlines()) == 4
    assert "chủ chương" in plan.purpose
    assert len(plan.requirements.splitlines()) == 5
    assert "MTTQ. các đoàn thể" in plan.requirements
    assert plan.closing.endswith("nghiêm tục tổ chức thực hiện./.")
    assert plan.recipients.splitlines()[-1] == "- Lưu: VT, KT,HT&ĐT."
    assert plan.signer_title == "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH"
    assert plan.signer_name == "Nguyễn Văn Hoàn"


def test_items_in_document_order(plan):
    keys = list(plan.items.order_by("tree_order").values_list("key", flat=True))
    assert keys == [
        "I",
        "II",
        "II.1",
        "II.2",
        "III",
        "III.1",
        *[f"III.1.{n}" for n in range(1, 6)],
        "III.2",
        *[f"III.2.{n}" for n in range(1, 5)],
        "III.3",
        "III.4",
        "IV",
        "IV.1",
        "IV.2",
        "IV.3",
    ]
    assert _item(plan, "II.1").general_objective.startswith("Phát huy tối đa nội lực")
    assert _item(plan, "III.3").period_text == "Từ tháng 11/2025 đến tháng 12/2030"


def test_five_specific_targets(plan):
    targets = list(Target.objects.filter(plan_item__plan=plan).order_by("position", "part"))
    assert [t.plan_item.key for t in targets] == ["II.2"] * 5
    assert [(t.position, t.part) for t in targets] == [(i, 0) for i in range(5)]
    assert all(t.horizon_year == 2030 for t in targets)
    got = [(t.direction, t.value, t.value_max, t.unit) for t in targets]
    assert got == [
        ("at_least", Decimal(2), None, "lần"),
        ("qualitative", None, None, ""),
        ("exactly", Decimal(100), None, "%"),
        ("at_least", Decimal(3), Decimal(5), "dự án"),
        ("qualitative", None, None, ""),
    ]
    assert targets[0].statement == (
        "Tăng vốn đầu tư phát triển hạ tầng giai đoạn 2026-2030 tối thiểu 2 lần so với giai đoạn 2021-2025."
    )
    assert "2021-2025" in targets[0].measure
    assert targets[3].statement.startswith("Thu hút ít nhất 3-5 dự án đầu tư tư nhân hoặc xã hội hóa")


def test_fourteen_projects_in_five_fields(plan):
    fields = list(_item(plan, "III.1").children.order_by("position"))
    assert [f.kind for f in fields] == ["field"] * 5
    assert [f.title for f in fields] == [
        "Phát triển hạ tầng giao thông - đô thị",
        "Phát triển khu, cụm công nghiệp và dự án logistics",
        "Phát triển đô thị",
        "Phát triển hạ tầng xã hội",
        "Phát triển hạ tầng số",
    ]
    assert [f.projects.count() for f in fields] == [3, 1, 3, 4, 3]
    assert fields[0].body.startswith("Nhằm khai thác tuyến đường huyết mạch")
    assert fields[3].body == ""

    projects = list(Project.objects.filter(ward=plan.ward).order_by("plan_item__tree_order", "position"))
    assert len(projects) == 14
    assert projects[0].name == "Cải tạo, nâng cấp đường Tô Hiến Thành, phường Nguyễn Đại Năng, thành phố Hải Phòng"
    assert projects[-1].name == "Cung cấp dịch vụ Internet công cộng tại các điểm nhà văn hóa"
    park = projects[3]
    assert park.name == "Đầu tư xây dựng hạ tầng kỹ thuật Khu công nghiệp Minh Hòa"
    assert park.location_scale == "nằm sát đường kết nối Quốc lộ 17B - đường tỉnh 352, quy mô 114ha"
    assert projects[11].name == (
        "Trang bị các thiết bị cơ bản, thiết yếu tại Trung tâm hành chính công, các nhà văn hóa Tổ dân phố"
    )
    for p in projects:
        assert p.level == Project.Level.WARD
        assert p.lead_unit.name == LEAD
        assert [u.name for u in p.implementing_units.all()] == [COORDINATING]
        assert not p.name.endswith((";", ".", " "))
    urban = [p for p in projects if p.plan_item.title == "Phát triển đô thị"]
    assert [p.funding_text for p in urban] == ["vốn đầu tư công nhà nước"] * 3
    assert all(p.funding_text == "" for p in projects if p not in urban)


def test_four_solutions(plan):
    solutions = list(_item(plan, "III.2").children.order_by("position"))
    assert [(s.kind, s.number, s.title) for s in solutions] == [
        ("solution", "2.1", "Phát huy nội lực"),
        ("solution", "2.2", "Thu hút ngoại lực"),
        ("solution", "2.3", "Hoàn thiện cơ chế, chính sách môi trường đầu tư"),
        ("solution", "2.4", "Định hướng đầu tư hạ tầng trọng điểm"),
    ]
    first = solutions[0].body.splitlines()
    assert first[:3] == [
        "- Tăng thu ngân sách địa phương:",
        "+ Quản lý chặt chẽ nguồn thu từ đất đai, kinh doanh dịch vụ, hộ sản xuất kinh doanh trên địa bàn.",
        "+ Đẩy mạnh thu đúng, thu đủ các khoản phí, lệ phí, thuế phi nông nghiệp, thu từ cho thuê, "
        "đấu giá quyền sử dụng đất, thuê đất công ích.",
    ]
    assert [len(s.body.splitlines()) for s in solutions] == [11, 8, 3, 4]


def test_implementing_units_resolve(plan):
    body = _item(plan, "III.4").body
    assert body == f"- Đơn vị chủ trì: {LEAD}\n- Đơn vị phối hợp: {COORDINATING}."
    matcher = UnitMatcher.for_ward(plan.ward)
    lead = matcher.match(LEAD)
    coordinating = matcher.match(COORDINATING)
    assert lead is not None and lead.name == LEAD and lead.short_name == "Phòng KTHT&ĐT"
    assert coordinating is not None and coordinating.name == COORDINATING
    assert coordinating.is_collective and coordinating.kind == "other" and not coordinating.is_external
    assert matcher.match(COORDINATING + ".") == coordinating


def test_twelve_duty_tasks(plan):
    duties = list(_item(plan, "IV").children.order_by("position"))
    assert [(d.kind, d.number, d.title) for d in duties] == [
        ("duty", "1", "Văn phòng HĐND-UBND phường"),
        ("duty", "2", LEAD),
        ("duty", "3", "Đề nghị Ban Xây dựng Đảng, UBMTTQ và các tổ chức thành viên"),
    ]
    assert [d.tasks.count() for d in duties] == [2, 7, 3]
    expected_leads = [
        ["Văn phòng HĐND-UBND phường"],
        [LEAD],
        ["Ban Xây dựng Đảng", "Ủy ban Mặt trận Tổ quốc Việt Nam phường", "Các tổ chức chính trị - xã hội"],
    ]
    for duty, leads in zip(duties, expected_leads, strict=True):
        for task in duty.tasks.order_by("position"):
            assert [u.name for u in task.lead_units] == leads
            assert task.coordinating_units == []
            assert task.lead_text == duty.title
            assert task.period_kind == Task.PeriodKind.RANGE
            assert task.period_text == "Từ tháng 11/2025 đến tháng 12/2030"
            assert (task.start_year, task.end_year) == (2025, 2030)
            assert task.expected_result == ""
    tasks = list(Task.objects.filter(plan_item__plan=plan).order_by("plan_item__tree_order", "position"))
    assert len(tasks) == 12
    assert tasks[0].title.startswith("Là đầu mối phối hợp với các cơ quan, đơn vị tham mưu UBND phường")
    assert tasks[-1].title.endswith("khi các dự án vào đầu tư trên địa bàn phường.")


def _lines(text: str) -> list[str]:
    """The lines of a text, without their "- " / "+ " bullet markers."""
    return [re.sub(r"^[-+] ", "", line) for line in text.splitlines()]


def test_texts_appear_in_source(plan, source_text):
    texts = [plan.title, plan.basis, plan.closing, *_lines(plan.purpose), *_lines(plan.requirements)]
    texts += _lines(plan.recipients) + _lines(plan.signer_title) + [plan.signer_name, plan.issued_place]
    texts += Target.objects.filter(plan_item__plan=plan).values_list("statement", flat=True)
    texts += Task.objects.filter(plan_item__plan=plan).values_list("title", flat=True)
    projects = Project.objects.filter(ward=plan.ward)
    texts += projects.values_list("name", flat=True)
    texts += projects.values_list("location_scale", flat=True)
    texts += projects.values_list("funding_text", flat=True)
    for item in plan.items.all():
        texts += [item.title, item.general_objective, item.period_text, *_lines(item.body)]
    missing = [t for t in texts if t and t not in source_text]
    assert missing == []


def test_second_load_changes_nothing(plan):
    from portal.seeding import seed_plans

    report = seed_plans([FIXTURES_DIR / "plan-nguyen-dai-nang.json"])
    assert report.changed == 0, report.lines()


@pytest.mark.django_db
def test_a_second_seed_keeps_what_users_entered_on_a_project(seeded_db):
    from portal.seeding import seed_plans
    from projects.models import Project

    project = Project.objects.filter(ward__slug="nguyen-dai-nang").order_by("pk").first()
    project.phase = Project.Phase.SITE_CLEARANCE
    project.total_investment = 12500
    project.save()
    seed_plans()
    project.refresh_from_db()
    assert project.phase == Project.Phase.SITE_CLEARANCE
    assert project.total_investment == 12500
