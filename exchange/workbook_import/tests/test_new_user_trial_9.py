"""Rules found by new-user trial 9 (``realistic_workbooks_9``), each on the smallest sheet that
shows it."""

import datetime as dt

import pytest

from assignments.models import Task, TaskUnit
from exchange.workbook_import.headings import TASKS, match_header_row
from exchange.workbook_import.importing import apply_import
from portal.seeding import SeedReport, ensure_units
from portal.tests.factories import PlanFactory, WardFactory

from .helpers import workbook_bytes

pytestmark = pytest.mark.django_db


@pytest.fixture
def ward():
    unit_ward = WardFactory()
    ensure_units(SeedReport(), unit_ward, [])
    PlanFactory(code="ke-hoach", ward=unit_ward, period_start=dt.date(2026, 1, 1), period_end=dt.date(2030, 12, 31))
    return unit_ward


def _roles(title):
    task = Task.objects.get(title=title)
    roles = task.unit_roles.select_related("unit")
    return (
        [r.unit.name for r in roles if r.role == TaskUnit.Role.LEAD],
        sorted(r.unit.name for r in roles if r.role == TaskUnit.Role.COORDINATOR),
    )


def test_one_lead_and_partners_column_gives_the_first_line_the_lead_and_the_rest_the_partners(ward):
    rows = [
        ["PHỤ LỤC"],
        ["TT", "Nội dung nhiệm vụ", "Chủ trì/Phối hợp", "Thời hạn hoàn thành"],
        [1, "Việc có hai dòng", "Công an phường\nCác tổ dân phố", "Thường xuyên"],
        [2, "Việc có nhãn", "Chủ trì: Phòng VH-XH\nPhối hợp: Công an phường; Các tổ dân phố", "Thường xuyên"],
        [3, "Việc một đơn vị", "Phòng KTHT&ĐT", "Thường xuyên"],
    ]
    apply_import(ward=ward, source=workbook_bytes(rows))
    assert _roles("Việc có hai dòng") == (["Công an phường"], ["Các tổ dân phố"])
    assert _roles("Việc có nhãn") == (["Phòng Văn hóa - Xã hội"], ["Các tổ dân phố", "Công an phường"])
    assert _roles("Việc một đơn vị") == (["Phòng Kinh tế, Hạ tầng và Đô thị"], [])


def test_a_lead_column_alone_still_joins_its_lines_into_leads():
    # Only the heading naming both roles splits by lines; "Đơn vị chủ trì" keeps every unit a lead.
    assert match_header_row(["TT", "Nội dung", "Chủ trì/Phối hợp"], TASKS) == {
        "number": 0, "title": 1, "lead": 2, "coordinators": 2,
    }  # fmt: skip
    assert match_header_row(["TT", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp"], TASKS) == {
        "number": 0, "title": 1, "lead": 2, "coordinators": 3,
    }  # fmt: skip


def test_a_lead_cell_of_two_lines_under_a_lead_heading_keeps_both_as_leads(ward):
    rows = [
        ["TT", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian"],
        [1, "Việc hai đơn vị chủ trì", "Công an phường\nPhòng VH-XH", "Các tổ dân phố", "Thường xuyên"],
    ]
    apply_import(ward=ward, source=workbook_bytes(rows))
    assert _roles("Việc hai đơn vị chủ trì") == (["Công an phường", "Phòng Văn hóa - Xã hội"], ["Các tổ dân phố"])


def test_serial_numbers_and_months_typed_as_deadlines_are_read(ward):
    rows = [
        ["TT", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Thời hạn"],
        [1, "Việc hạn số", "Công an phường", 46203],
        [2, "Việc hạn tháng", "Công an phường", "11/2026"],
        [3, "Việc hạn năm", "Công an phường", 2027],
    ]
    apply_import(ward=ward, source=workbook_bytes(rows))
    due = {t.title: (t.period_kind, t.due_date, t.end_year) for t in Task.objects.for_ward(ward)}
    assert due["Việc hạn số"] == ("date", dt.date(2026, 6, 30), None)
    assert due["Việc hạn tháng"] == ("date", dt.date(2026, 11, 30), None)
    assert due["Việc hạn năm"] == ("year", None, 2027)
