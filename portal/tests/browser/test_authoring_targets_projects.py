"""Journeys of issue 15 (targets and projects), on a 390 px phone and a desktop screen: the
office adds a target from its sentence with an owner unit; an official of that unit enters the
target's value; the office creates a project with two capital years."""

import pytest

from portal.tests.browser.conftest import PHONE, log_in, open_page
from portal.tests.world import build_ward
from projects.models import Project
from targets.models import Measurement, Target

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
DESKTOP = {"width": 1280, "height": 900}
SENTENCE = "Đến năm 2030, tỷ lệ hộ dân sử dụng nước sạch đạt 100%"


def fits(page, viewport) -> None:
    if viewport is PHONE:
        assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"], page.url


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["phone", "desktop"])
def test_office_adds_a_target_an_official_enters_its_value_office_adds_a_project(browser, live_server, shot, viewport):
    bd = build_ward("bach-dang", "Bạch Đằng")
    size = "phone" if viewport is PHONE else "desktop"
    page = open_page(browser, viewport)
    try:
        # The office adds a target from its sentence, with an owner unit.
        log_in(page, live_server, bd.follow_up.username)
        page.goto(f"{live_server.url}/targets/")
        page.get_by_role("link", name="Thêm chỉ tiêu").click()
        page.wait_for_load_state()
        page.get_by_label("Thuộc mục của kế hoạch").select_option(str(bd.item.pk))
        page.get_by_label("Câu chỉ tiêu (như văn bản)").fill(SENTENCE)
        page.get_by_label("Đơn vị theo dõi (chịu trách nhiệm)").select_option(str(bd.congan.pk))
        page.get_by_label("Trạm Y tế phường").check()
        fits(page, viewport)
        shot(page, f"i15-{size}-01-target-sentence")
        page.get_by_role("button", name="Phân tích").click()
        page.wait_for_load_state()
        proposal = page.locator('[data-testid="proposal"]')
        proposal.wait_for()
        assert page.locator('[name="part-0-value"]').input_value() == "100"
        assert page.locator('[name="part-0-unit"]').input_value() == "%"
        assert page.locator('[name="part-0-horizon_year"]').input_value() == "2030"
        fits(page, viewport)
        proposal.scroll_into_view_if_needed()
        shot(page, f"i15-{size}-02-target-proposal")
        page.locator('[name="part-0-measure"]').fill("Tỷ lệ hộ dân sử dụng nước sạch")
        page.get_by_role("button", name="Lưu chỉ tiêu").click()
        page.wait_for_load_state()
        assert "Đã lưu 1 chỉ tiêu" in page.content()
        target = Target.objects.get(statement=SENTENCE)
        assert target.responsible_unit == bd.congan and target.value == 100
        shot(page, f"i15-{size}-03-target-page-office")
        page.context.clear_cookies()

        # An official of the owner unit enters the target's value.
        log_in(page, live_server, bd.coordinator.username)
        page.goto(f"{live_server.url}/targets/{target.pk}/")
        page.get_by_label("Giá trị thực tế").fill("97,5")
        page.get_by_label("Nguồn số liệu").fill("Báo cáo của Công ty cấp nước")
        fits(page, viewport)
        page.get_by_role("button", name="Lưu nháp").click()
        page.wait_for_load_state()
        assert "Đã lưu số liệu" in page.content()
        measurement = Measurement.objects.get(target=target)
        assert (float(measurement.value), measurement.recorded_by) == (97.5, bd.coordinator)
        fits(page, viewport)
        shot(page, f"i15-{size}-04-target-value-by-official")
        page.context.clear_cookies()

        # The office creates a project with two capital years.
        log_in(page, live_server, bd.follow_up.username)
        page.goto(f"{live_server.url}/projects/")
        page.get_by_role("link", name="Thêm dự án").click()
        page.wait_for_load_state()
        page.get_by_label("Tên dự án").fill("Cải tạo tuyến đường Lê Lợi")
        page.get_by_label("Số thứ tự (như văn bản)").fill("IV")
        page.get_by_label("Lĩnh vực").fill("Giao thông")
        page.get_by_label("Nguồn vốn mới").fill("Ngân sách phường")
        page.get_by_label("Đơn vị chủ trì").select_option(str(bd.ubnd.pk))
        page.get_by_label("Tổng mức đầu tư").fill("12.500,5")
        page.locator("[name=phase]").select_option("preparation")
        page.get_by_label("Giải phóng mặt bằng").select_option("in_progress")
        for index, (year, planned, disbursed) in enumerate([("2026", "1.000", "250,5"), ("2027", "2.000", "0")]):
            page.locator(f'[name="capital-{index}-year"]').fill(year)
            page.locator(f'[name="capital-{index}-planned"]').fill(planned)
            page.locator(f'[name="capital-{index}-disbursed"]').fill(disbursed)
        fits(page, viewport)
        shot(page, f"i15-{size}-05-project-form")
        page.get_by_role("button", name="Tạo dự án").click()
        page.wait_for_load_state()
        assert "Đã tạo dự án" in page.content()
        project = Project.objects.get(name="Cải tạo tuyến đường Lê Lợi")
        assert sorted(project.capital_years.values_list("year", flat=True)) == [2026, 2027]
        assert page.locator(".capital-table").inner_text().count("2026") >= 1
        fits(page, viewport)
        shot(page, f"i15-{size}-06-project-page")
        assert page.csp_errors == []
    finally:
        page.context.close()


def test_office_sets_the_unit_of_two_targets_from_the_list_on_a_phone(browser, live_server, shot):
    from portal.tests.factories import TargetFactory

    bd = build_ward("bach-dang", "Bạch Đằng")
    second = TargetFactory(plan_item=bd.item, responsible_unit=None, measure="Số hộ dùng nước sạch")
    page = open_page(browser, PHONE)
    try:
        log_in(page, live_server, bd.follow_up.username)
        page.goto(f"{live_server.url}/targets/")
        for target in (bd.target, second):
            page.locator(f'input[form="target-bulk"][value="{target.pk}"]').check()
        page.get_by_role("button", name="Đặt đơn vị cho chỉ tiêu đã chọn").click()
        page.wait_for_load_state()
        page.get_by_label("Đơn vị theo dõi (chịu trách nhiệm)").select_option(str(bd.congan.pk))
        page.get_by_label("Thêm các đơn vị đã chọn").check()
        page.get_by_label("Trạm Y tế phường").check()
        page.get_by_role("button", name="Xem trước").click()
        page.wait_for_load_state()
        page.locator('[data-testid="preview"]').wait_for()
        fits(page, PHONE)
        shot(page, "i15-phone-07-bulk-units-preview")
        assert Target.objects.filter(responsible_unit=bd.congan).count() == 0
        page.get_by_role("button", name="Xác nhận đặt đơn vị").click()
        page.wait_for_load_state()
        assert "Đã đặt đơn vị cho 2 chỉ tiêu" in page.content()
        assert Target.objects.filter(responsible_unit=bd.congan).count() == 2
        assert page.csp_errors == []
    finally:
        page.context.close()
