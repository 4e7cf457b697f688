"""The office's list of background jobs (core.jobs) on the "my work" page, phone and desktop."""

import pytest

from core import jobs
from core.models import BackgroundJob
from portal.tests.browser.conftest import PHONE, open_page
from portal.tests.world import build_ward

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def ward_with_jobs(today):
    w = build_ward("bach-dang", "Bạch Đằng", reports=0)
    w.follow_up.set_password("mat-khau-2026")
    w.follow_up.save()
    w.job.delete()  # the world's report job: this page shows the four reminder jobs below
    rows = [
        ("succeeded", 1, "", {"sent": 12}),
        ("retrying", 1, "SMTPServerDisconnected: Connection unexpectedly closed", None),
        ("failed", 3, "RemindersNotDelivered: Không gửi được 3 thư (máy chủ thư không nhận); 9 thư đã gửi.", None),
        ("queued", 0, "", None),
    ]
    for status, attempts, error, summary in rows:
        BackgroundJob.objects.create(
            ward=w.ward, task_path="assignments.tasks.send_ward_reminders", label="Nhắc việc",
            requested_by=w.follow_up, status=status, attempts=attempts, error=error, summary=summary,
        )  # fmt: skip
    assert len(jobs.recent_jobs(w.ward)) == 4
    return w


@pytest.mark.parametrize("viewport", [PHONE, {"width": 1280, "height": 900}], ids=["phone", "desktop"])
def test_the_office_reads_its_jobs(ward_with_jobs, live_server, browser, shot, viewport):
    page = open_page(browser, viewport)
    page.goto(f"{live_server.url}/accounts/login/")
    page.fill('input[name="username"]', ward_with_jobs.follow_up.username)
    page.fill('input[name="password"]', "mat-khau-2026")
    page.get_by_role("button", name="Đăng nhập").click()
    page.wait_for_load_state()
    page.goto(f"{live_server.url}/my-work/")
    section = page.locator('[data-testid="jobs"]')
    section.wait_for()
    assert section.locator("tbody tr").count() == 4
    assert "Lỗi, sẽ thử lại" in section.inner_text() and "Đã gửi 12 thư." in section.inner_text()
    assert page.evaluate("document.documentElement.scrollWidth") <= viewport["width"]
    assert not page.csp_errors
    section.scroll_into_view_if_needed()
    shot(page, f"jobs-{'phone' if viewport is PHONE else 'desktop'}")
    page.context.close()


def test_the_office_retries_a_failed_report_on_a_phone(live_server, browser, shot, today):
    """The ward's job list at 390 px: the failed report with its error and "Thử lại"; the retry
    (run at once here) opens the new job's page with its steps done and the file's link."""
    from portal.tests.browser.conftest import fits, log_in

    w = build_ward("bach-dang", "Bạch Đằng", reports=0)  # w.job: a failed report job of the ward
    page = open_page(browser, PHONE)
    log_in(page, live_server, w.follow_up.username)
    page.goto(f"{live_server.url}/exchange/{w.ward.slug}/jobs/")
    failed = page.get_by_test_id("job-failed")
    assert "Ổ đĩa đầy" in failed.inner_text()
    fits(page, PHONE["width"])
    shot(page, "jobs-list-phone")
    failed.get_by_test_id("job-retry").click()
    page.get_by_test_id("job").wait_for()
    assert page.get_by_test_id("job").get_attribute("data-status") == "succeeded"
    assert "Đã làm 3/3 (100%)." in page.get_by_test_id("job-progress").inner_text()
    assert page.get_by_test_id("job-file").is_visible()
    fits(page, PHONE["width"])
    assert not page.csp_errors
    shot(page, "job-page-phone")
    assert BackgroundJob.objects.get(retry_of=w.job).requested_by == w.follow_up
    page.context.close()
