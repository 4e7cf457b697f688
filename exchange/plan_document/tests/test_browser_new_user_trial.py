"""The new-user trial as one journey: a new ward's office, on a phone, imports its plan from the
.docx (review beside the source, one task corrected, confirm), opens the plan, its tasks and
targets; on a desktop it pastes a second plan's text, then previews its follow-up workbook.
Screenshots in test-artifacts/screenshots/new-user-*.png."""

import re

import pytest

from assignments.models import Task
from exchange.workbook_import.tests.realistic_workbooks import WORKBOOKS
from plans.models import Plan
from portal.tests.browser.conftest import DESKTOP, PHONE, fits, log_in, open_page

from .realistic_docs import as_pasted_text, doc_b, doc_c
from .test_new_user_documents import new_ward_office

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_a_new_ward_imports_its_plans_and_workbook(browser, live_server, shot, tmp_path):
    office = new_ward_office("Kiến An")
    ward = office.profile.ward
    document = tmp_path / "ke-hoach-112-kien-an.docx"
    document.write_bytes(doc_b())
    page = open_page(browser, PHONE)
    try:
        log_in(page, live_server, office.username)
        page.locator(".site-menu__toggle").click()
        page.locator(".main-nav").get_by_role("link", name="Nạp kế hoạch từ văn bản").click()
        page.set_input_files("#id_file", str(document))
        page.get_by_role("button", name="Đọc văn bản").click()
        page.wait_for_selector("[data-testid=plan-import-tree]")
        fits(page, PHONE["width"])
        text = page.content()
        assert "112/KH-UBND" in text and "ỦY BAN NHÂN DÂN PHƯỜNG KIẾN AN" in text
        assert "Đơn vị chủ trì: Phòng Văn hóa - Xã hội" in text  # a programme's assignment
        shot(page, "new-user-phone-1-review")
        # The monthly clean-up is in fact every Sunday: the office corrects the period.
        task = page.locator(".plan-import__entries li", has_text="Tổng vệ sinh môi trường ngày Chủ nhật xanh")
        task.get_by_role("link", name="nguồn").click()
        shot(page, "new-user-phone-2-source", full_page=False)
        task.get_by_role("link", name="Sửa").click()
        page.fill("#id_period_text", "Thường xuyên")
        shot(page, "new-user-phone-3-edit")
        page.get_by_role("button", name="Lưu vào đề xuất").click()
        page.wait_for_selector("[data-testid=plan-import-tree]")
        page.get_by_test_id("plan-import-confirm").click()
        page.wait_for_url("**/plans/*/")
        assert "Đã tạo kế hoạch" in page.content()
        fits(page, PHONE["width"])
        shot(page, "new-user-phone-4-plan")
        page.goto(f"{live_server.url}/tasks/")
        assert "Cấp thùng phân loại rác cho hộ gia đình" in page.content()
        fits(page, PHONE["width"])
        shot(page, "new-user-phone-5-tasks")
        page.goto(f"{live_server.url}/targets/")
        assert "99,5" in page.content()  # "trên 99,5%": the Vietnamese decimal comma
        fits(page, PHONE["width"])
        shot(page, "new-user-phone-6-targets")
        assert page.csp_errors == []
    finally:
        page.context.close()
    plan = Plan.objects.get(ward=ward, number="112/KH-UBND")
    cleanup = Task.objects.get(plan_item__plan=plan, title="Tổng vệ sinh môi trường ngày Chủ nhật xanh")
    assert cleanup.period_text == "Thường xuyên" and cleanup.period_kind == "ongoing"

    page = open_page(browser, DESKTOP)
    workbook = tmp_path / "kien-an-phu-luc.xlsx"
    workbook.write_bytes(WORKBOOKS["kien-an-phu-luc.xlsx"]())
    try:
        log_in(page, live_server, office.username)
        page.goto(f"{live_server.url}/exchange/{ward.slug}/plan-import/")
        page.fill("#id_text", as_pasted_text(doc_c()))
        page.get_by_role("button", name="Đọc văn bản").click()
        page.wait_for_selector("[data-testid=plan-import-tree]")
        assert "08-KH/ĐU" in page.content()
        shot(page, "new-user-desktop-1-pasted-review")
        page.get_by_test_id("plan-import-confirm").click()
        page.wait_for_url("**/plans/*/")
        shot(page, "new-user-desktop-2-plan")
        page.goto(f"{live_server.url}/exchange/{ward.slug}/import/")
        page.locator("#id_plan").select_option(label=str(plan))  # its appendix, as a workbook
        page.get_by_label("Tệp bảng tính (.xlsx, .xls, .ods)").set_input_files(str(workbook))
        page.get_by_role("button", name="Xem trước").click()
        page.get_by_role("heading", name=re.compile("^Xem trước: ")).wait_for()
        shot(page, "new-user-desktop-3-workbook-preview")
        assert page.get_by_test_id("import-errors").count() == 0
        assert page.csp_errors == []
    finally:
        page.context.close()
    assert Plan.objects.filter(ward=ward).count() == 2
