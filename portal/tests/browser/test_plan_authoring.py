"""Issue 15's journey, the plan part: the ward's follow-up office creates a plan with a programme
and a group, from its menu, on a 390 px phone and on a desktop screen."""

import pytest

from plans.models import Plan, PlanItem
from portal.tests.browser.conftest import PHONE, log_in, open_page
from portal.tests.world import build_world

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

DESKTOP = {"width": 1280, "height": 900}


def open_menu(page):
    toggle = page.locator(".site-menu__toggle")
    if toggle.is_visible() and page.locator("details.site-menu[open]").count() == 0:
        toggle.click()


def fits(page, viewport) -> bool:
    return page.evaluate("document.documentElement.scrollWidth") <= viewport["width"]


@pytest.mark.parametrize("screen", ["phone", "desktop"])
def test_the_office_creates_a_plan_with_a_programme_and_a_group(browser, live_server, shot, today, screen):
    viewport = PHONE if screen == "phone" else DESKTOP
    world = build_world()
    office = world.bd.follow_up
    page = open_page(browser, viewport)
    try:
        log_in(page, live_server, office.username)
        open_menu(page)
        page.locator(".main-nav").get_by_role("link", name="Kế hoạch", exact=True).click()
        page.wait_for_url("**/plans/")
        page.get_by_role("link", name="Tạo kế hoạch").click()
        page.fill("#id_number", "29-KH/ĐU")
        page.fill("#id_title", "Kế hoạch thực hiện Chương trình hành động số 16-CTr/TU về tăng trưởng hai con số")
        page.select_option("#id_issuing_body", "party")
        page.fill("#id_issuing_body_name", "Ban Thường vụ Đảng ủy phường Bạch Đằng")
        page.fill("#id_issued_place", "Bạch Đằng")
        page.fill("#id_issued_on", "20/10/2025")
        page.fill("#id_period_start", "01/01/2026")
        page.fill("#id_period_end", "31/12/2030")
        page.fill("#id_basis", "Chương trình hành động số 16-CTr/TU của Thành ủy Hải Phòng")
        page.fill("#id_purpose", "Cụ thể hóa các mục tiêu tăng trưởng của phường.")
        assert fits(page, viewport)
        shot(page, f"plan-authoring-{screen}-1-plan-form")
        page.get_by_role("button", name="Tạo kế hoạch").click()
        page.wait_for_url("**/tree/")
        assert "Đã tạo kế hoạch" in page.content()

        page.get_by_role("link", name="Thêm mục cấp cao nhất").click()
        page.select_option("#id_kind", "programme")
        page.fill("#id_number", "I")
        page.fill("#id_title", "Chương trình phát triển kinh tế số")
        page.fill("#id_general_objective", "Kinh tế số chiếm 30% GRDP vào năm 2030.")
        page.fill("#id_main_activities", "Xây dựng nền tảng số\nĐào tạo kỹ năng số")
        shot(page, f"plan-authoring-{screen}-2-item-form")
        page.get_by_role("button", name="Thêm mục").click()
        page.wait_for_url("**/tree/#item-*")

        page.locator('[data-testid="tree-row"]').first.get_by_role("link", name="Thêm mục con").click()
        page.select_option("#id_kind", "group")
        page.fill("#id_number", "XIX")
        page.fill("#id_title", "Nhóm nhiệm vụ về hạ tầng số")
        page.get_by_role("button", name="Thêm mục").click()
        page.wait_for_url("**/tree/#item-*")
        rows = page.locator('[data-testid="tree-row"]')
        assert rows.count() == 2
        assert "XIX." in rows.nth(1).inner_text()
        assert fits(page, viewport)
        shot(page, f"plan-authoring-{screen}-3-tree")

        page.get_by_role("link", name="Xem kế hoạch").first.click()
        page.wait_for_load_state()
        tree = page.locator('[data-testid="plan-tree"]')
        assert "Chương trình phát triển kinh tế số" in tree.inner_text()
        assert "Nhóm nhiệm vụ về hạ tầng số" in tree.inner_text()
        assert fits(page, viewport)
        shot(page, f"plan-authoring-{screen}-4-plan-page")
        assert not page.csp_errors

        plan = Plan.objects.get(ward=world.bd.ward, number="29-KH/ĐU")
        assert plan.issued_on.isoformat() == "2025-10-20"
        group = PlanItem.objects.get(plan=plan, number="XIX")
        assert group.parent.number == "I" and group.tree_order == "0000.0000"
        for obj in (plan, group.parent, group):
            assert obj.history.get().history_user == office
    finally:
        page.context.close()
