"""Issue 12.1 in a real browser, at 390 px and on a desktop screen: an official submits a report,
the follow-up office returns it with a comment, the official finds it in "my work", fixes and
resubmits it, the office approves it, and the ward dashboard counts it ("Số liệu đã duyệt")."""

import pytest

from assignments.models import ProgressReport
from portal.tests.browser.conftest import DESKTOP, PHONE, fits, log_in, open_page
from portal.tests.world import build_ward

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def kpi_progress(page) -> str:
    return page.get_by_test_id("kpi-tasks").locator(".kpi__value").inner_text()


@pytest.mark.parametrize("screen,viewport", [("phone", PHONE), ("desktop", DESKTOP)])
def test_submit_return_fix_resubmit_approve_and_count(live_server, browser, shot, today, screen, viewport):
    w = build_ward(f"duyet-{screen}", "Bạch Đằng", tasks=1, reports=0)
    page = open_page(browser, viewport)
    width = viewport["width"]
    task_url = f"{live_server.url}/tasks/{w.task.pk}/"
    dashboard = f"{live_server.url}/wards/{w.ward.slug}/"
    try:
        # The official writes the quarter's report and submits it.
        log_in(page, live_server, w.official.username)
        page.goto(task_url)
        page.get_by_label("Tình trạng").select_option("in_progress")
        page.get_by_label("Tỷ lệ hoàn thành (%)").fill("60")
        page.get_by_label("Kết quả thực hiện").fill("Đã khảo sát 6 tuyến đường")
        page.get_by_role("button", name="Lưu và gửi duyệt").click()
        page.wait_for_load_state()
        assert "Chờ duyệt" in page.get_by_test_id("timeline").inner_text()
        fits(page, width)
        shot(page, f"i12-{screen}-01-submitted")

        # The office: the dashboard does not count it yet; the queue has it; it is returned.
        log_in(page, live_server, w.follow_up.username)
        page.goto(dashboard)
        assert "Số liệu đã duyệt" in page.get_by_test_id("figures-note").inner_text()
        assert kpi_progress(page) == "—"
        page.get_by_test_id("review-queue-link").click()
        page.wait_for_load_state()
        item = page.get_by_test_id("review-item")
        assert item.count() == 1 and "Đã khảo sát 6 tuyến đường" in item.inner_text()
        item.locator("textarea").fill("Chưa có danh sách tuyến đường kèm theo")
        fits(page, width)
        shot(page, f"i12-{screen}-02-queue")
        item.get_by_role("button", name="Trả lại").click()
        page.wait_for_load_state()
        assert "Đã trả lại 1 báo cáo" in page.content()
        assert page.get_by_test_id("review-empty").count() == 1

        # The official finds it in "my work" with the comment, fixes it and submits it again.
        log_in(page, live_server, w.official.username)
        page.goto(f"{live_server.url}/my-work/")
        returned = page.get_by_test_id("returned")
        assert "Chưa có danh sách tuyến đường kèm theo" in returned.inner_text()
        fits(page, width)
        shot(page, f"i12-{screen}-03-my-work-returned")
        returned.get_by_role("link", name="Sửa và gửi lại").click()
        page.wait_for_load_state()
        page.get_by_label("Tỷ lệ hoàn thành (%)").fill("70")
        page.get_by_label("Kết quả thực hiện").fill("Đã khảo sát 6 tuyến đường, danh sách kèm theo")
        page.get_by_role("button", name="Lưu và gửi duyệt").click()
        page.wait_for_load_state()
        page.goto(f"{live_server.url}/my-work/")
        assert page.get_by_test_id("returned").count() == 0

        # The office approves it; the dashboard counts it now.
        log_in(page, live_server, w.follow_up.username)
        page.goto(f"{live_server.url}/wards/{w.ward.slug}/duyet/")
        page.get_by_test_id("approve-one").click()
        page.wait_for_load_state()
        assert "Đã duyệt 1 báo cáo" in page.content()
        page.goto(dashboard)
        assert kpi_progress(page) == "70%"
        fits(page, width)
        shot(page, f"i12-{screen}-04-dashboard-approved")

        report = ProgressReport.objects.get(task=w.task, unit=w.ubnd)
        assert (report.review_state, report.percent, report.version) == ("approved", 70, 4)
        # Every step is in the task's history.
        page.goto(task_url)
        page.get_by_text("Lịch sử thay đổi").click()
        history = page.locator("table.history").inner_text()
        for text in ("Chờ duyệt", "Bị trả lại", "Đã duyệt", "Chưa có danh sách tuyến đường kèm theo"):
            assert text in history
        assert page.csp_errors == []
    finally:
        page.context.close()


@pytest.mark.parametrize("screen,viewport", [("phone", PHONE), ("desktop", DESKTOP)])
def test_a_closed_period_is_refused_until_the_office_reopens_it(live_server, browser, shot, today, screen, viewport):
    """27/11/2026: the third quarter closed after 15/10/2026 (the default 15 days): not offered
    until the office reopens it for the unit."""
    w = build_ward(f"khoa-{screen}", "Bạch Đằng", tasks=1, reports=0)
    page = open_page(browser, viewport)
    width = viewport["width"]
    task_url = f"{live_server.url}/tasks/{w.task.pk}/"

    def report_q3():
        page.goto(task_url)
        page.get_by_label("Kỳ báo cáo").select_option("2026-Q3")
        page.get_by_label("Tình trạng").select_option("in_progress")
        page.get_by_label("Tỷ lệ hoàn thành (%)").fill("30")
        page.get_by_label("Kết quả thực hiện").fill("Bổ sung báo cáo quý 3")
        with page.expect_response(lambda r: r.request.method == "POST") as posted:
            page.get_by_role("button", name="Lưu nháp").click()
        page.wait_for_load_state()
        return posted.value.status

    try:
        log_in(page, live_server, w.official.username)
        # The closed quarter is not offered (plans.locks); a save for it is refused all the same.
        page.goto(task_url)
        offered = page.get_by_label("Kỳ báo cáo").locator("option").evaluate_all("els => els.map(e => e.value)")
        assert "2026-Q3" not in offered and "2026-Q4" in offered
        assert not ProgressReport.objects.filter(task=w.task).exists()
        fits(page, width)
        shot(page, f"i12-{screen}-05-period-locked", full_page=False)

        log_in(page, live_server, w.follow_up.username)
        page.goto(f"{live_server.url}/wards/{w.ward.slug}/quy-tac/")
        form = page.get_by_test_id("reopen-form")
        form.get_by_label("Kỳ báo cáo").fill("2026-Q3")
        form.get_by_label("Đơn vị").select_option(label="Ủy ban nhân dân phường")
        form.get_by_label("Mở đến hết ngày").fill("30/11/2026")
        form.get_by_label("Lý do mở lại").fill("Đơn vị bổ sung báo cáo quý 3 theo chỉ đạo")
        form.get_by_role("button", name="Mở lại kỳ").click()
        page.wait_for_load_state()
        assert "Đơn vị bổ sung báo cáo quý 3 theo chỉ đạo" in page.get_by_test_id("reopenings").inner_text()
        fits(page, width)
        page.get_by_test_id("period-locks").scroll_into_view_if_needed()
        shot(page, f"i12-{screen}-06-reopened", full_page=False)

        log_in(page, live_server, w.official.username)
        assert report_q3() == 302
        assert ProgressReport.objects.get(task=w.task).percent == 30
        page.get_by_text("Lịch sử thay đổi").click()
        assert "Đơn vị bổ sung báo cáo quý 3 theo chỉ đạo" in page.locator("table.history").inner_text()
        assert page.csp_errors == []
    finally:
        page.context.close()
