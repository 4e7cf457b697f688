"""Issue 15, parts 4 and 5, in a real browser at 390 px and on a desktop screen: the follow-up
office creates three tasks in a group, bulk-moves two tasks' deadlines and changes a lead unit;
the reports made before stay on the task page, and the history shows each change."""

import pytest

from assignments.models import DeadlineRevision, ProgressReport, Task, TaskUnit
from portal.tests.browser.conftest import DESKTOP, PHONE, fits, log_in, open_page
from portal.tests.world import build_ward

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def create_task(page, live_server, w, number, title, period):
    page.goto(f"{live_server.url}/tasks/?ward={w.ward.slug}")
    page.get_by_test_id("task-create-link").click()
    page.get_by_label("Thuộc nhóm/mục của kế hoạch").select_option(str(w.item.pk))
    page.get_by_label("Số thứ tự (như văn bản)").fill(number)
    page.get_by_label("Tên nhiệm vụ").fill(title)
    page.locator("#id_leads").get_by_label("Ủy ban nhân dân phường").check()
    page.locator("#id_coordinators").get_by_label("Công an phường").check()
    page.locator("#id_period_kind").get_by_label(period[0]).check()
    for field, value in period[1:]:
        page.locator(f"#id_{field}").fill(value)
    page.get_by_label("Kết quả/sản phẩm").fill(f"Sản phẩm của nhiệm vụ {number}")
    page.get_by_label("Người phụ trách").fill("Đ/c Trần Thị B, Phó Chủ tịch UBND phường")
    return page


@pytest.mark.parametrize("screen,viewport", [("phone", PHONE), ("desktop", DESKTOP)])
def test_the_office_authors_tasks_and_bulk_edits_them(live_server, browser, shot, today, screen, viewport):
    w = build_ward(f"journey-{screen}", "Bạch Đằng", tasks=1, reports=0)
    page = open_page(browser, viewport)
    width = viewport["width"]
    try:
        log_in(page, live_server, w.follow_up.username)
        periods = [
            ("Giai đoạn", ("start_year", "2026"), ("end_year", "2027")),
            ("Trong năm", ("year", "2026")),
            ("Hàng năm",),
        ]
        titles = [f"Nhiệm vụ hành trình {screen} {i}" for i in (1, 2, 3)]
        for i, (title, period) in enumerate(zip(titles, periods, strict=True), start=1):
            create_task(page, live_server, w, f"{i}.{screen[0]}", title, period)
            if i == 1:
                fits(page, width)
                shot(page, f"15-task-form-{screen}")
            page.get_by_role("button", name="Tạo nhiệm vụ").click()
            page.wait_for_load_state()
            assert "Đã tạo nhiệm vụ" in page.content()
        tasks = list(Task.objects.filter(title__in=titles).order_by("position"))
        assert [t.title for t in tasks] == titles and {t.plan_item_id for t in tasks} == {w.item.pk}

        # Reports made before the deadlines move: the office files one for the lead unit of each of two tasks.
        for task, percent in zip(tasks[:2], (40, 55), strict=True):
            page.goto(f"{live_server.url}/tasks/{task.pk}/")
            page.get_by_label("Tình trạng").select_option("in_progress")
            page.get_by_label("Tỷ lệ hoàn thành (%)").fill(str(percent))
            page.get_by_label("Kết quả thực hiện").fill(f"Đã làm được {percent}% khối lượng")
            page.get_by_role("button", name="Lưu (Văn phòng duyệt luôn)").click()
            page.wait_for_load_state()
            assert "Đã lưu báo cáo" in page.content()
        assert ProgressReport.objects.filter(task__in=tasks).count() == 2

        # Bulk: move the first two tasks' deadlines.
        page.goto(f"{live_server.url}/tasks/?ward={w.ward.slug}&q=hanh+trinh")
        for task in tasks[:2]:
            page.locator(f'input[name="task"][value="{task.pk}"]').check()
        fits(page, width)
        shot(page, f"16-task-list-selected-{screen}")
        page.get_by_test_id("bulk-submit").click()
        page.wait_for_load_state()
        page.locator("#id_action").get_by_label("Đặt thời hạn mới").check()
        page.locator("#id_period_kind").get_by_label("Đến ngày").check()
        page.locator("#id_due_date").fill("2027-06-30")
        page.get_by_label("Lý do điều chỉnh thời hạn").fill("Chờ thành phố phân bổ vốn")
        page.get_by_test_id("bulk-preview").click()
        page.wait_for_load_state()
        table = page.get_by_test_id("bulk-preview-table")
        assert "30/06/2027" in table.inner_text() and "2026-2027" in table.inner_text()
        fits(page, width)
        shot(page, f"17-bulk-preview-{screen}")
        page.get_by_test_id("bulk-confirm").click()
        page.wait_for_load_state()
        assert "Đã sửa 2 nhiệm vụ" in page.content()
        assert DeadlineRevision.objects.filter(task__in=tasks[:2], source="bulk").count() == 2

        # Bulk: change the third task's lead unit.
        page.goto(f"{live_server.url}/tasks/?ward={w.ward.slug}&q=hanh+trinh")
        page.locator(f'input[name="task"][value="{tasks[2].pk}"]').check()
        page.get_by_test_id("bulk-submit").click()
        page.wait_for_load_state()
        page.locator("#id_action").get_by_label("Đổi đơn vị chủ trì").check()
        page.get_by_label("Đơn vị chủ trì mới").select_option(label="Công an phường")
        page.get_by_test_id("bulk-preview").click()
        page.wait_for_load_state()
        assert "Chủ trì: Công an phường" in page.get_by_test_id("bulk-preview-table").inner_text()
        page.get_by_test_id("bulk-confirm").click()
        page.wait_for_load_state()
        lead = TaskUnit.objects.get(task=tasks[2], role="lead")
        assert lead.unit == w.congan

        # The task page: the report made before stays, both deadlines shown, each change in the history.
        page.goto(f"{live_server.url}/tasks/{tasks[0].pk}/")
        assert "Đã làm được 40% khối lượng" in page.get_by_test_id("timeline").inner_text()
        assert "30/06/2027" in page.get_by_test_id("task-deadline").inner_text()
        assert "2026-2027" in page.get_by_test_id("task-original-deadline").inner_text()
        revisions = page.get_by_test_id("deadline-revisions").inner_text()
        assert "Chờ thành phố phân bổ vốn" in revisions and w.follow_up.username in revisions
        assert page.locator('[data-testid="task-status"] .progress__label').inner_text() == "40%"
        page.locator("#history-title").click()
        history = page.locator("table.history").inner_text()
        assert "Hạn" in history and "30/06/2027" in history
        fits(page, width)
        shot(page, f"18-task-revised-{screen}")

        page.goto(f"{live_server.url}/tasks/{tasks[2].pk}/")
        page.locator("#history-title").click()
        history = page.locator("table.history").inner_text()
        assert "Đơn vị chủ trì: Công an phường" in history and "Đơn vị chủ trì: Ủy ban nhân dân phường" in history
        shot(page, f"19-task-lead-changed-{screen}")
        assert not page.csp_errors, page.csp_errors
    finally:
        page.context.close()
