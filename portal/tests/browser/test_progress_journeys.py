"""Journeys of issue 3 on the seeded plans, in a real browser on a 390 px wide phone screen."""

import re

import pytest

from assignments.models import ProgressReport, Task, TaskUnit
from portal.demo import DEMO_PASSWORD, ensure_demo_users
from portal.seeding import plan_documents, seed_plans
from portal.tests.browser.conftest import log_in
from portal.tests.world import PDF, PNG

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def seeded(db):
    slugs = {p.stem for p in plan_documents()}
    if "plan-bach-dang" not in slugs:
        pytest.skip("fixtures/plan-bach-dang.json is not there yet")
    seed_plans()
    ensure_demo_users()


def bach_dang_ubnd_task() -> Task:
    """A task of Bạch Đằng led by the ward's UBND (bd.ubnd's unit) that needs a report now."""
    tasks = Task.objects.filter(
        plan_item__plan__ward__slug="bach-dang",
        unit_roles__unit__name="Ủy ban nhân dân phường",
        unit_roles__role=TaskUnit.Role.LEAD,
    ).order_by("plan_item__tree_order", "position")
    return tasks.first()


def test_an_official_logs_a_quarter_with_evidence(seeded, live_server, phone, shot, tmp_path):
    page = phone
    log_in(page, live_server, "bd.ubnd", DEMO_PASSWORD)
    assert page.url.endswith("/my-work/")
    page.get_by_role("heading", name="Việc của tôi").wait_for()
    shot(page, "01-my-work-bd-ubnd", full_page=False)
    # Nothing wider than the phone screen.
    assert page.evaluate("document.documentElement.scrollWidth") <= 390

    task = bach_dang_ubnd_task()
    card_link = page.locator(f'[data-testid="to-report"] a[href="/tasks/{task.pk}/"]').first
    card_link.click()
    page.wait_for_url(f"**/tasks/{task.pk}/")
    before_status = page.locator('[data-testid="task-status"] .badge').inner_text()
    assert "Chưa có báo cáo nào" in page.content()
    shot(page, "02-task-before")

    image = tmp_path / "anh-hien-truong.png"
    image.write_bytes(PNG)
    pdf = tmp_path / "bien-ban-nghiem-thu.pdf"
    pdf.write_bytes(PDF)
    page.get_by_label("Kỳ báo cáo").select_option(index=0)
    page.get_by_label("Tình trạng").select_option("done")
    page.get_by_label("Tỷ lệ hoàn thành (%)").fill("100")
    page.get_by_label("Kết quả thực hiện").fill("Đã tổ chức hội nghị triển khai, ban hành kế hoạch.")
    page.get_by_label("Tệp minh chứng").set_input_files([str(image), str(pdf)])
    shot(page, "03-task-form-filled")
    page.get_by_role("button", name="Lưu và gửi duyệt").click()
    page.wait_for_load_state()

    assert "Đã lưu báo cáo" in page.content()
    # Submitted, not yet approved: the task's status waits for the office (core.review).
    after_status = page.locator('[data-testid="task-status"] .badge').inner_text()
    assert after_status == before_status
    timeline = page.locator('[data-testid="timeline"]')
    assert "Đã tổ chức hội nghị triển khai" in timeline.inner_text()
    assert "Chờ duyệt" in timeline.inner_text()
    assert timeline.get_by_role("link", name="anh-hien-truong.png").count() == 1
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    shot(page, "04-task-after")
    page.get_by_text("Lịch sử thay đổi").click()
    history = page.locator("table.history")
    history.wait_for()
    assert "Cán bộ UBND phường Bạch Đằng" in history.inner_text()
    history.scroll_into_view_if_needed()
    shot(page, "04b-task-history", full_page=False)

    report = ProgressReport.objects.get(task=task, unit__name="Ủy ban nhân dân phường")
    assert report.evidence.count() == 2
    # The evidence opens through the access-checked view.
    with page.expect_response(lambda r: "/evidence/" in r.url) as response_info:
        page.evaluate(
            "url => fetch(url)", timeline.get_by_role("link", name="anh-hien-truong.png").get_attribute("href")
        )
    assert response_info.value.status == 200
    assert page.csp_errors == []


def test_a_viewer_sees_no_edit_control_and_a_forged_post_is_refused(seeded, live_server, phone, shot):
    page = phone
    task = bach_dang_ubnd_task()
    log_in(page, live_server, "bd.thuongtruc", DEMO_PASSWORD)
    page.goto(f"{live_server.url}/tasks/{task.pk}/")
    assert page.locator("form[enctype='multipart/form-data']").count() == 0
    assert page.get_by_role("button", name="Lưu và gửi duyệt").count() == 0
    shot(page, "05-task-viewer")

    token = page.locator("input[name=csrfmiddlewaretoken]").first.get_attribute("value")
    response = page.request.post(
        f"{live_server.url}/tasks/{task.pk}/",
        form={"csrfmiddlewaretoken": token, "period": "2026-Q4", "status": "done", "percent": "100"},
        headers={"Referer": f"{live_server.url}/tasks/{task.pk}/"},
    )
    assert response.status == 403
    assert not ProgressReport.objects.filter(task=task).exists()


def test_an_official_of_nguyen_dai_nang_cannot_open_a_bach_dang_task(seeded, live_server, phone, shot):
    page = phone
    task = bach_dang_ubnd_task()
    log_in(page, live_server, "ndn.ktht", DEMO_PASSWORD)
    response = page.goto(f"{live_server.url}/tasks/{task.pk}/")
    assert response.status == 404
    assert task.title[:40] not in page.content()
    shot(page, "06-ndn-404")


def test_five_wrong_passwords_lock_the_login(seeded, live_server, phone, shot):
    page = phone
    for _attempt in range(5):
        page.goto(f"{live_server.url}/accounts/login/")
        page.get_by_label(re.compile("Tên đăng nhập|Username", re.I)).fill("bd.congan")
        page.get_by_label(re.compile("Mật khẩu|Password", re.I)).fill("sai-mat-khau")
        page.get_by_role("button", name="Đăng nhập").click()
        page.wait_for_load_state()
    assert "Tạm khóa đăng nhập" in page.content()
    shot(page, "07-locked-out")
