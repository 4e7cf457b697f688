"""A Word plan's project list with group subtotals and a grand total: the total rows are left
out of the projects and checked against them (``workbook_import.totals``), a mismatch said in
``import_plan --dry-run --json`` and on the review page, never refusing anything."""

import json
from io import StringIO

import pytest
from django.core.management import call_command
from django.urls import reverse

from accounts.models import Profile
from exchange.plan_document import pending, read_plan_document
from portal.tests.factories import make_user

from .helpers import docx_bytes

pytestmark = pytest.mark.django_db

PARAGRAPHS = [
    "Số: 71/KH-UBND",
    "KẾ HOẠCH",
    "Đầu tư công trung hạn giai đoạn 2026 - 2030",
    "I. MỤC ĐÍCH, YÊU CẦU",
    "Huy động các nguồn lực đầu tư hạ tầng.",
    "PHỤ LỤC",
    "DANH MỤC DỰ ÁN ĐẦU TƯ CÔNG",
]


def project_list(cong_b: str) -> list[list[str]]:
    return [
        ["STT", "Tên dự án", "Địa điểm", "Tổng mức đầu tư (triệu đồng)", "Chủ đầu tư"],
        ["A", "Dự án chuyển tiếp", "", "", ""],
        ["1", "Đường Trần Phú", "Tổ 3", "12.500", "UBND phường"],
        ["2", "Nhà văn hóa tổ 5", "Tổ 5", "1.250,5", "UBND phường"],
        ["", "Cộng", "", "13.750,5", ""],
        ["B", "Dự án khởi công mới", "", "", ""],
        ["1", "Trường mầm non", "Tổ 7", "10.000", "UBND phường"],
        ["2", "Chợ phường", "Tổ 8", "11.000", "UBND phường"],
        ["", "Cộng", "", cong_b, ""],
        ["", "Tổng cộng", "", "34.750,5", ""],
    ]


WARNING = (
    "Bảng “DANH MỤC DỰ ÁN ĐẦU TƯ CÔNG”: Dòng 9 (Cộng), ô D9, cột Tổng mức đầu tư: ghi 20.500, "
    "cộng các dòng được 21.000."
)


def dry_run(tmp_path, cong_b: str) -> dict:
    path = tmp_path / "ke-hoach.docx"
    path.write_bytes(docx_bytes(PARAGRAPHS, project_list(cong_b)))
    out = StringIO()
    call_command("import_plan", str(path), "--ward", "an-bien", "--dry-run", "--json", stdout=out)
    return json.loads(out.getvalue())


def test_subtotals_and_a_grand_total_that_add_up_say_nothing(ward, tmp_path):
    proposal = dry_run(tmp_path, "21.000")
    assert [p["name"] for p in proposal["projects"]] == [
        "Đường Trần Phú",
        "Nhà văn hóa tổ 5",
        "Trường mầm non",
        "Chợ phường",
    ]
    assert proposal["warnings"] == []


def test_a_subtotal_that_does_not_add_up_is_a_warning_of_the_proposal(ward, tmp_path):
    proposal = dry_run(tmp_path, "20.500")
    (warning,) = proposal["warnings"]
    assert warning.startswith(WARNING)
    assert len(proposal["projects"]) == 4 and all(p["include"] for p in proposal["projects"])


def test_the_review_page_shows_it(client, ward):
    office = make_user(Profile.Role.FOLLOW_UP, ward=ward)
    client.force_login(office)
    proposal = read_plan_document(data=docx_bytes(PARAGRAPHS, project_list("20.500")))
    row = pending.start(ward=ward, owner=office, proposal=proposal)
    page = client.get(reverse("exchange:plan_import_review", kwargs={"ward": ward.slug, "token": row.token}))
    assert page.status_code == 200
    assert 'data-testid="plan-import-warnings"' in page.content.decode()
    assert WARNING in page.content.decode()
