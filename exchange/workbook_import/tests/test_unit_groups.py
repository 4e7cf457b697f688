"""A group row that names a unit leads the tasks under it whose lead cell is empty; under a topic
an empty lead stays an error (``workbook_import.unit_groups``)."""

from io import BytesIO

import pytest
from openpyxl import Workbook

from exchange.plan_document.tests import trial3_checks as checks

pytestmark = pytest.mark.django_db

PLAN = ("20/KH-UBND", "Kế hoạch năm 2026", 2026, 2026)
EXPECTED = {"ward": ("Đông Hải", "dong-hai"), "units": ["Công an phường", "Phòng Văn hóa - Xã hội"]}


def _workbook() -> bytes:
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["STT", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời hạn"])
    sheet.append(["I. CÔNG AN PHƯỜNG"])
    sheet.append([1, "Rà soát dữ liệu dân cư", None, None, "Năm 2026"])
    sheet.append(["II. KINH TẾ - ĐÔ THỊ"])
    sheet.append([1, "Kiểm tra trật tự xây dựng", None, None, "Năm 2026"])
    buffer = BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def test_a_units_group_leads_its_tasks_and_a_topics_group_does_not(tmp_path):
    preview, _status, printed, _ward, _path = checks.preview_appendix(tmp_path, EXPECTED, _workbook(), "w.xlsx", PLAN)
    assert preview is not None, printed
    tasks = {row["name"]: row for sheet in preview["sheets"] for row in sheet["rows"] if row["kind"] == "task"}
    assert tasks["Rà soát dữ liệu dân cư"]["lead"] == ["Công an phường"]
    assert not tasks["Rà soát dữ liệu dân cư"]["errors"]
    assert tasks["Kiểm tra trật tự xây dựng"]["lead"] == []
    assert "C5" in " ".join(tasks["Kiểm tra trật tự xây dựng"]["errors"])
