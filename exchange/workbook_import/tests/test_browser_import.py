"""Issue 4 in a real browser: the follow-up offices import the sample workbooks with a preview,
confirm, re-import with no change, are refused the workbook with errors, and download the
export (.xlsx) and the periodic report (.docx).

* bd.vanphong (Bạch Đằng) previews the samples made from their own plan: nothing to change.
* ndn.vanphong (Nguyễn Đại Năng, whose plan has no appendix yet) imports Bạch Đằng's
  Appendix 1 and 2 into their own plan: 41 and 33 new rows, mapping the three school names
  that match no unit, then imports them again: no change.
* The workbook with errors: every error in Vietnamese with its sheet and row, nothing written.

Screenshots (1280 and 390 px wide) of the upload, preview and error pages go to
test-artifacts/screenshots/exchange-*.png.
"""

import re
from pathlib import Path

import docx
import openpyxl
import pytest

from assignments.models import Task
from portal.demo import DEMO_PASSWORD, ensure_demo_users
from portal.seeding import plan_documents, seed_plans
from portal.tests.browser.conftest import SCREENSHOTS, browser, log_in  # noqa: F401  (shared chromium)
from projects.models import Project

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

EXAMPLES = Path(__file__).resolve().parents[3] / "fixtures" / "examples"
TASKS_FILE = EXAMPLES / "phu-luc-1-nhiem-vu.xlsx"
PROJECTS_FILE = EXAMPLES / "phu-luc-2-du-an.xlsx"
ERRORS_FILE = EXAMPLES / "phu-luc-1-co-loi.xlsx"
DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 390, "height": 844}


@pytest.fixture
def seeded(db):
    if "plan-bach-dang" not in {p.stem for p in plan_documents()}:
        pytest.skip("fixtures/plan-bach-dang.json is not there yet")
    seed_plans()
    ensure_demo_users()


@pytest.fixture
def page(browser):  # noqa: F811
    """A desktop-sized context (screenshots are also taken at phone width), CSP errors collected."""
    context = browser.new_context(viewport=DESKTOP, locale="vi-VN", device_scale_factor=1, accept_downloads=True)
    page = context.new_page()
    page.csp_errors = []
    page.on(
        "console",
        lambda msg: page.csp_errors.append(msg.text) if "Content Security Policy" in msg.text else None,
    )
    yield page
    context.close()


def screenshots(page, name: str) -> None:
    """The page at 1280 and at 390 px wide; nothing may be wider than the phone screen."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"exchange-{name}-1280.png"), full_page=True)
    page.set_viewport_size(PHONE)
    page.screenshot(path=str(SCREENSHOTS / f"exchange-{name}-390.png"), full_page=True)
    page.screenshot(path=str(SCREENSHOTS / f"exchange-{name}-390-top.png"))  # the first screen
    if page.locator("table.import-table").count():  # the first rows of the preview, as cards
        box = page.locator("table.import-table").bounding_box()
        clip = {"x": 0, "y": box["y"], "width": PHONE["width"], "height": 1100}
        page.screenshot(path=str(SCREENSHOTS / f"exchange-{name}-390-rows.png"), full_page=True, clip=clip)
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"], name
    page.set_viewport_size(DESKTOP)


def open_import_page(page) -> None:
    page.get_by_role("navigation", name="Điều hướng chính").get_by_role("link", name="Nạp Excel").click()
    page.get_by_role("heading", name="Nạp bảng phụ lục từ Excel").wait_for()


def upload(page, path: Path) -> None:
    if page.get_by_label("Tệp bảng tính (.xlsx, .xls, .ods)").count() == 0:  # on a preview: back to the upload
        page.get_by_role("link", name="Chọn tệp khác").first.click()
    page.get_by_label("Tệp bảng tính (.xlsx, .xls, .ods)").set_input_files(str(path))
    page.get_by_role("button", name="Xem trước").click()
    page.get_by_role("heading", name=re.compile("^Xem trước: ")).wait_for()


def summary(page) -> str:
    return page.get_by_test_id("import-summary").inner_text()


def test_the_follow_up_offices_import_preview_confirm_and_download(seeded, live_server, page, tmp_path):
    # Bạch Đằng's office: the samples were made from its plan, so nothing changes.
    log_in(page, live_server, "bd.vanphong", DEMO_PASSWORD)
    open_import_page(page)
    screenshots(page, "01-upload")
    upload(page, TASKS_FILE)
    assert "không đổi 41, lỗi 0" in summary(page)
    assert "Tệp không thay đổi gì" in page.get_by_test_id("import-nochange").inner_text()
    assert page.get_by_role("button", name="Xác nhận nạp").count() == 0
    assert page.locator("tr.import-row--unchanged").count() == 41 + 10  # the rows and their 10 groups
    screenshots(page, "02-preview-unchanged")

    # Nguyễn Đại Năng's office adopts Bạch Đằng's Appendix 1 into its own plan.
    imported = Task.objects.filter(plan_item__plan__ward__slug="nguyen-dai-nang", plan_item__parent__key="PL1")
    assert not imported.exists()
    ndn_projects = Project.objects.filter(ward__slug="nguyen-dai-nang")
    projects_before = ndn_projects.count()
    log_in(page, live_server, "ndn.vanphong", DEMO_PASSWORD)
    open_import_page(page)
    upload(page, TASKS_FILE)
    assert "Thêm mới 41, cập nhật 0, không đổi 0, lỗi 0" in summary(page)
    assert page.get_by_test_id("import-errors").count() == 0
    page.get_by_role("heading", name="Đơn vị chưa khớp").wait_for()
    screenshots(page, "03-preview-new-with-mapping")
    for name in ("trường THCS", "Tiểu học", "Mầm non"):
        page.get_by_label(re.compile(f"^{name}:?$")).select_option(label="Các trường học")
    page.get_by_role("button", name="Xác nhận nạp").click()
    page.get_by_role("heading", name="Nạp bảng phụ lục từ Excel").wait_for()
    assert "thêm mới 41, cập nhật 0, không đổi 0" in page.get_by_role("status").inner_text()
    assert imported.count() == 41
    assert imported.get(title="Giải ngân vốn đầu tư công").lead_units

    # The same file again: no change, nothing to confirm.
    upload(page, TASKS_FILE)
    assert "Thêm mới 0, cập nhật 0, không đổi 41, lỗi 0" in summary(page)
    assert page.get_by_role("button", name="Xác nhận nạp").count() == 0

    # Appendix 2: the projects, then again.
    upload(page, PROJECTS_FILE)
    assert "Thêm mới 33" in summary(page)
    page.get_by_role("button", name="Xác nhận nạp").click()
    page.get_by_role("heading", name="Nạp bảng phụ lục từ Excel").wait_for()
    assert ndn_projects.count() == projects_before + 33
    upload(page, PROJECTS_FILE)
    assert "Thêm mới 0, cập nhật 0, không đổi 33, lỗi 0" in summary(page)

    # The workbook with errors: every error in Vietnamese, with sheet and row; nothing written.
    before = sorted(imported.values_list("pk", "title", "period_text", "lead_text", "coordination_text"))
    upload(page, ERRORS_FILE)
    errors = page.get_by_test_id("import-errors").inner_text()
    assert "Lỗi cần sửa" in errors
    assert re.search(r"Trang “Phụ lục 1”, dòng \d+: Số thứ tự nhóm “IIV” không phải số La Mã hợp lệ", errors)
    # A period it cannot read never refuses a row: it is a warning ("thời gian chưa rõ").
    assert "Quý 5/2026" not in errors
    warnings = page.get_by_test_id("import-warnings").inner_text()
    assert re.search(r"Không hiểu thời gian “Quý 5/2026”.*thời gian chưa rõ", warnings)
    assert re.search(r"Trang “Phụ lục 1”, dòng \d+: Thiếu nội dung cột “Nhiệm vụ”", errors)
    assert page.get_by_role("button", name="Xác nhận nạp").count() == 0
    assert page.locator("tr.import-row--error").count() >= 2  # the group number and the empty task
    screenshots(page, "04-preview-errors")
    assert sorted(imported.values_list("pk", "title", "period_text", "lead_text", "coordination_text")) == before

    # Downloads: the tasks export (.xlsx) and the periodic report (.docx).
    page.get_by_role("navigation", name="Điều hướng chính").get_by_role("link", name="Xuất Excel, Word").click()
    page.get_by_role("heading", name="Báo cáo, xuất Excel").wait_for()
    screenshots(page, "05-report-form")
    with page.expect_download() as download:
        page.get_by_role("link", name="Nhiệm vụ (.xlsx)").click()
    xlsx = tmp_path / download.value.suggested_filename
    download.value.save_as(xlsx)
    assert xlsx.name.startswith("tasks-nguyen-dai-nang")
    ws = openpyxl.load_workbook(xlsx).active
    header = next(r for r in range(1, 20) if ws.cell(r, 1).value == "STT")
    assert [c.value for c in ws[header]][:3] == ["STT", "Nhiệm vụ trọng tâm", "Đơn vị chủ trì"]
    titles = [ws.cell(r, 2).value for r in range(header + 1, ws.max_row + 1) if ws.cell(r, 2).value]
    assert "Giải ngân vốn đầu tư công" in titles
    assert ws["A1"].value == "PHỤ LỤC 1"

    page.locator("#id_plan").select_option(index=1)  # the review form has a "Kế hoạch" too
    page.get_by_label("Kỳ báo cáo").select_option("quarter")
    page.get_by_label("Năm").fill("2026")
    page.get_by_label("Kỳ số").fill("2")
    # The report is a background job (run at once here): its page, then the file.
    page.get_by_role("button", name="Lập báo cáo (.docx)").click()
    page.get_by_test_id("job").wait_for()
    assert page.get_by_test_id("job").get_attribute("data-status") == "succeeded"
    assert "Đã làm 3/3 (100%)." in page.get_by_test_id("job-progress").inner_text()
    screenshots(page, "06-report-job")
    with page.expect_download() as download:
        page.get_by_test_id("job-file").click()
    report = tmp_path / download.value.suggested_filename
    download.value.save_as(report)
    paragraphs = [p.text for p in docx.Document(report).paragraphs]
    assert "BÁO CÁO" in paragraphs
    assert any(p.startswith("Kết quả thực hiện Kế hoạch") and "quý 2/2026" in p for p in paragraphs)
    assert page.csp_errors == []


CORPUS = Path(__file__).resolve().parents[3] / "bench" / "corpus" / "workbooks"


def test_a_workbook_on_two_sheets_with_totals_and_free_text_periods(seeded, live_server, page):
    """Issue 13.2 on the page: both sheets listed and chosen, the warnings apart from the errors,
    total rows shown as left out; at 390 px nothing is wider than the screen."""
    log_in(page, live_server, "bd.vanphong", DEMO_PASSWORD)
    open_import_page(page)
    upload(page, CORPUS / "07-dak-ngok-cchc-hai-trang-nfd.xlsx")
    sheets = page.get_by_test_id("import-sheets")
    assert sheets.get_by_label("PL1 nhiệm vụ").is_checked() and sheets.get_by_label("PL2 dự án").is_checked()
    screenshots(page, "06-preview-two-sheets")
    sheets.get_by_label("PL2 dự án").uncheck()
    sheets.get_by_role("button", name="Chỉ nạp các trang đã chọn").click()
    page.get_by_test_id("import-warnings").wait_for()
    assert "Không chọn nạp trang này." in page.get_by_test_id("import-warnings").inner_text()
    upload(page, CORPUS / "05-ben-tre-19-trung-han.ods")
    warnings = page.get_by_test_id("import-warnings").inner_text()
    assert "(Tổng cộng)" in warnings and "3.450" in warnings
    assert page.locator(".import-row--total").count() == 1
    screenshots(page, "07-preview-ods-total-warning")
    assert page.csp_errors == []
