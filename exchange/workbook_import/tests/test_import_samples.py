"""The sample workbooks of seed 004 against the seeded data, a fresh ward, and re-imports."""

from pathlib import Path

import openpyxl
import pytest

from assignments.models import Task, TaskUnit, Unit, UnitAlias
from exchange.workbook_import.importing import ImportRejected, apply_import, preview_import
from plans.models import PlanItem, Ward
from portal.seeding import SeedReport, ensure_units
from portal.tests.factories import PlanFactory, WardFactory
from projects.models import Project

pytestmark = pytest.mark.django_db

EXAMPLES = Path(__file__).resolve().parents[3] / "fixtures" / "examples"
TASKS_FILE = EXAMPLES / "phu-luc-1-nhiem-vu.xlsx"
PROJECTS_FILE = EXAMPLES / "phu-luc-2-du-an.xlsx"
ERRORS_FILE = EXAMPLES / "phu-luc-1-co-loi.xlsx"
# Names of Appendix 1 that no standard unit carries; the importer maps them once.
SCHOOLS = ("trường THCS", "Tiểu học", "Mầm non")


@pytest.fixture
def bach_dang(seeded_db):
    return Ward.objects.get(slug="bach-dang")


@pytest.fixture
def fresh():
    ward = WardFactory()
    ensure_units(SeedReport(), ward, [])
    return ward, PlanFactory(ward=ward)


def school_mapping(ward):
    schools = Unit.objects.get(ward=ward, name="Các trường học")
    return {name: schools.pk for name in SCHOOLS}


def test_it_finds_the_seeded_rows_unchanged(bach_dang):
    preview = preview_import(ward=bach_dang, source=TASKS_FILE)
    assert preview.messages() == []
    assert preview.counts == {"unchanged": 41}
    assert all(r.status == "unchanged" for r in preview.rows)


def test_it_finds_the_seeded_projects_unchanged(bach_dang):
    preview = preview_import(ward=bach_dang, source=PROJECTS_FILE)
    assert preview.messages() == []
    assert preview.counts == {"unchanged": 33}


def test_it_imports_into_a_fresh_ward_then_changes_nothing(fresh):
    ward, plan = fresh
    preview = preview_import(ward=ward, source=TASKS_FILE)
    assert sorted(preview.unmatched_units) == sorted(SCHOOLS)
    assert not preview.can_confirm

    result = apply_import(ward=ward, source=TASKS_FILE, unit_mapping=school_mapping(ward))
    assert result.counts == {"new": 41}
    assert Task.objects.for_ward(ward).count() == 41
    groups = PlanItem.objects.filter(plan=plan, parent__key="PL1").order_by("position")
    assert [g.number for g in groups] == ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "XIX", "X"]
    task = Task.objects.get(plan_item__in=groups, plan_item__number="I", position=3)
    assert [u.name for u in task.lead_units] == ["Ủy ban nhân dân phường"]
    assert [u.name for u in task.coordinating_units] == [
        "Các Sở, ngành thành phố",
        "Thuế cơ sở 4",
        "Các đơn vị liên quan",
    ]
    assert UnitAlias.objects.filter(unit__ward=ward, alias="Mầm non").exists()

    again = preview_import(ward=ward, source=TASKS_FILE)
    assert again.messages() == []
    assert again.counts == {"unchanged": 41}
    assert not again.changes_anything


def test_an_edited_file_updates_rows_in_place(fresh, tmp_path):
    ward, plan = fresh
    apply_import(ward=ward, source=TASKS_FILE, unit_mapping=school_mapping(ward))
    ids = set(Task.objects.for_ward(ward).values_list("pk", flat=True))
    wb = openpyxl.load_workbook(TASKS_FILE)
    ws = wb.active
    row = next(r for r in range(1, ws.max_row + 1) if ws.cell(r, 2).value == "Giải ngân vốn đầu tư công")
    ws.cell(row, 5).value = "Năm 2027"
    ws.cell(row, 4).value = "Thuế thành phố"
    edited = tmp_path / "edited.xlsx"
    wb.save(edited)

    preview = preview_import(ward=ward, source=edited)
    assert preview.counts == {"unchanged": 40, "updated": 1}
    changed = next(r for r in preview.rows if r.status == "updated")
    assert changed.row == row
    apply_import(ward=ward, source=edited)
    task = Task.objects.get(plan_item__plan=plan, title="Giải ngân vốn đầu tư công")
    # The deadline moved to 2027; the task's start stays where it was (assignments.deadlines).
    assert (task.period_kind, task.start_year, task.end_year) == ("year", 2026, 2027)
    assert [u.name for u in task.coordinating_units] == ["Thuế thành phố"]
    assert set(Task.objects.for_ward(ward).values_list("pk", flat=True)) == ids


def test_it_imports_the_projects_into_a_fresh_ward(fresh):
    ward, plan = fresh
    result = apply_import(ward=ward, source=PROJECTS_FILE)
    assert result.counts == {"new": 33}
    city = Project.objects.filter(ward=ward, level="city")
    assert city.count() == 8
    hung_son = Project.objects.get(ward=ward, name__startswith="Dự án Cải tạo tuyến đường Hùng Sơn")
    assert (hung_son.field, hung_son.level, hung_son.lead_unit.name) == (
        "Lĩnh vực giao thông",
        "ward",
        "Trung tâm Dịch vụ Sự nghiệp công",
    )
    education = Project.objects.filter(ward=ward, plan_item__title="Lĩnh vực giáo dục").order_by("position")
    assert [p.number for p in education] == ["1", "2", "3", "5", "6", "7", "8", "9"]
    assert preview_import(ward=ward, source=PROJECTS_FILE).counts == {"unchanged": 33}


def test_the_sample_with_errors_is_refused_with_every_error(fresh):
    ward, plan = fresh
    preview = preview_import(ward=ward, source=ERRORS_FILE, unit_mapping=school_mapping(ward))
    text = "\n".join(preview.messages())
    assert "“IIV” không phải số La Mã hợp lệ" in text
    # A period that cannot be read is a warning (imported as "thời gian chưa rõ"), not an error.
    assert "Không hiểu thời gian “Quý 5/2026”" not in text
    assert any("Không hiểu thời gian “Quý 5/2026”" in w for w in preview.warnings)
    assert "Thiếu nội dung cột “Nhiệm vụ”" in text
    assert "Phòng Tài chính - Kế hoạch" in text
    assert all(m.startswith("Trang “Phụ lục 1”") for m in preview.messages() if "Không khớp" not in m)
    with pytest.raises(ImportRejected):
        apply_import(ward=ward, source=ERRORS_FILE, unit_mapping=school_mapping(ward))
    assert not Task.objects.for_ward(ward).exists()
    assert not TaskUnit.objects.filter(task__plan_item__plan=plan).exists()
    assert not PlanItem.objects.filter(plan=plan).exists()


def test_imported_rows_are_found_by_search_without_diacritics(fresh):
    from core.search import search_filter

    ward, _ = fresh
    apply_import(ward=ward, source=TASKS_FILE, unit_mapping=school_mapping(ward))
    found = Task.objects.for_ward(ward).filter(search_filter("giai ngan von dau tu cong"))
    assert [t.title for t in found] == ["Giải ngân vốn đầu tư công"]
