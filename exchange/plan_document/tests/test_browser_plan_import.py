"""Issue 13's journey: the office uploads a plan's .docx, corrects one item, confirms, and lands on
the new plan's page — on a 390 px phone and on a desktop screen, with screenshots."""

import pytest

from plans.models import Plan, PlanItem
from portal.tests.browser.conftest import PHONE, log_in, open_page
from portal.tests.world import build_world

from .helpers import docx_bytes

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

DESKTOP = {"width": 1280, "height": 900}
PARAGRAPHS = [
    "ĐẢNG ỦY PHƯỜNG BẠCH ĐẰNG",
    "Số: 31-KH/ĐU",
    "Bạch Đằng, ngày 20 tháng 10 năm 2025",
    "KẾ HOẠCH",
    "Phát triển kinh tế tư nhân giai đoạn 2026 - 2030",
    "Căn cứ Nghị quyết số 68-NQ/TW ngày 04/5/2025 của Bộ Chính trị về phát triển kinh tế tư nhân.",
    "I. CÁC CHƯƠNG TRÌNH",
    "1. Chương trình hỗ trợ doanh nghiệp nhỏ",
    "1.1. Mục tiêu cụ thể",
    "- Đến năm 2030 có 20 doanh nghiệp/1.000 dân.",
    "1.2. Phân công thực hiện: Giao Ủy ban nhân dân phường chủ trì.",
    "1.3. Thời gian thực hiện: Giai đoạn 2026 - 2030.",
    "PHỤ LỤC 1",
]
TABLE = [
    ["STT", "Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian", "Kết quả/ sản phẩm"],
    ["1", "Đối thoại với doanh nghiệp", "UBND phường", "Công an phường", "Hàng năm", "Hội nghị đối thoại"],
]


def fits(page, viewport) -> bool:
    return page.evaluate("document.documentElement.scrollWidth") <= viewport["width"]


@pytest.mark.parametrize("screen", ["phone", "desktop"])
def test_upload_edit_one_item_confirm_then_the_plan_page(browser, live_server, shot, tmp_path, screen):
    viewport = PHONE if screen == "phone" else DESKTOP
    world = build_world()
    office = world.bd.follow_up
    path = tmp_path / "ke-hoach-31.docx"
    path.write_bytes(docx_bytes(PARAGRAPHS, table=TABLE))
    page = open_page(browser, viewport)
    try:
        page.goto(f"{live_server.url}/accounts/login/")
        page.fill("#id_username", office.username)
        page.fill("#id_password", "pw-12345678")
        page.get_by_role("button", name="Đăng nhập").click()
        page.wait_for_load_state()
        toggle = page.locator(".site-menu__toggle")
        if toggle.is_visible():
            toggle.click()
        page.locator(".main-nav").get_by_role("link", name="Nạp kế hoạch từ văn bản").click()
        page.set_input_files("#id_file", str(path))
        shot(page, f"plan-import-{screen}-1-upload")
        page.get_by_role("button", name="Đọc văn bản").click()
        page.wait_for_selector("[data-testid=plan-import-tree]")
        assert fits(page, viewport)
        assert "31-KH/ĐU" in page.content()
        shot(page, f"plan-import-{screen}-2-review")
        programme = page.locator(".plan-import__item", has_text="Chương trình hỗ trợ doanh nghiệp nhỏ")
        programme.locator(".plan-import__links").get_by_role("link", name="nguồn").click()
        assert page.evaluate("location.hash").startswith("#src-")
        shot(page, f"plan-import-{screen}-3-source-highlighted", full_page=False)
        programme.locator(".plan-import__links").get_by_role("link", name="Sửa").click()
        page.fill("#id_title", "Chương trình hỗ trợ doanh nghiệp nhỏ và vừa")
        shot(page, f"plan-import-{screen}-4-edit")
        page.get_by_role("button", name="Lưu vào đề xuất").click()
        page.wait_for_selector("[data-testid=plan-import-tree]")
        assert "doanh nghiệp nhỏ và vừa" in page.content()
        page.get_by_test_id("plan-import-confirm").click()
        page.wait_for_url("**/plans/*/")
        assert "Đã tạo kế hoạch" in page.content()
        assert fits(page, viewport)
        shot(page, f"plan-import-{screen}-5-plan")
        assert page.csp_errors == []
    finally:
        page.context.close()
    plan = Plan.objects.get(number="31-KH/ĐU")
    assert PlanItem.objects.get(plan=plan, kind="programme").title == "Chương trình hỗ trợ doanh nghiệp nhỏ và vừa"
    assert plan.items.filter(kind="appendix").exists()


def test_a_project_list_whose_subtotal_does_not_add_up_is_said_on_the_review_page(browser, live_server, shot, tmp_path):
    """Issue 13.2's totals kept as a check: the review page says which total row, cell and
    figures, above the proposal; the projects are all proposed. 390 px: nothing wider."""
    from .test_totals_in_tables import PARAGRAPHS as LIST_PARAGRAPHS
    from .test_totals_in_tables import WARNING, project_list

    bd = build_world().bd
    office = bd.follow_up
    path = tmp_path / "dau-tu-cong.docx"
    path.write_bytes(docx_bytes(LIST_PARAGRAPHS, table=project_list("20.500")))
    page = open_page(browser, PHONE)
    try:
        log_in(page, live_server, office.username)
        page.goto(f"{live_server.url}/exchange/{bd.ward.slug}/plan-import/")
        page.set_input_files("#id_file", str(path))
        page.get_by_role("button", name="Đọc văn bản").click()
        warnings = page.get_by_test_id("plan-import-warnings")
        warnings.wait_for()
        assert WARNING in " ".join(warnings.inner_text().split())
        assert fits(page, PHONE)
        shot(page, "plan-import-phone-totals-warning", full_page=False)
        page.set_viewport_size(DESKTOP)
        shot(page, "plan-import-desktop-totals-warning", full_page=False)
        assert page.csp_errors == []
    finally:
        page.context.close()
