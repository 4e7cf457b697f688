"""Journeys of issue 5 in a real browser: dashboards, lists and search on the seeded plans."""

import re
import shutil
from pathlib import Path

import pytest

from dashboards.tests.activity import DAY, generate_activity
from portal.demo import DEMO_PASSWORD, ensure_demo_users
from portal.seeding import plan_documents, seed_plans
from portal.tests.browser.conftest import log_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

README_SHOT = Path(__file__).resolve().parents[3] / "docs" / "screenshots" / "ward-dashboard.png"


@pytest.fixture
def seeded(db, monkeypatch):
    if "plan-bach-dang" not in {p.stem for p in plan_documents()}:
        pytest.skip("fixtures/plan-bach-dang.json is not there yet")
    from plans.models import Ward

    seed_plans()
    ensure_demo_users()
    for ward in Ward.objects.all():
        generate_activity(ward)
    monkeypatch.setattr("django.utils.timezone.localdate", lambda *args, **kwargs: DAY)


def result_count(page) -> int:
    return int(page.get_by_test_id("result-count").inner_text())


def test_committee_viewer_follows_overdue_to_a_task(seeded, live_server, desktop, phone, shot):
    page = desktop
    log_in(page, live_server, "bd.thuongtruc", DEMO_PASSWORD)
    assert page.url.endswith("/wards/bach-dang/")
    page.wait_for_function("document.querySelectorAll('canvas').length === 3")
    page.wait_for_timeout(300)  # charts drawn
    path = shot(page, "10-ward-dashboard-desktop")
    README_SHOT.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(path, README_SHOT)
    assert not page.csp_errors

    overdue = int(page.get_by_test_id("kpi-overdue").locator(".kpi__value").inner_text())
    assert overdue > 0
    page.get_by_test_id("kpi-overdue").click()
    page.wait_for_url("**/tasks/?ward=bach-dang&status=overdue")
    assert result_count(page) == overdue
    rows = page.get_by_test_id("task-table").locator("tbody tr")
    assert rows.count() == min(overdue, 25)
    assert page.locator("tbody .badge--overdue").count() == rows.count()
    shot(page, "11-overdue-list-desktop")
    first = rows.first.locator("a.row-title")
    title = first.inner_text()
    first.click()
    page.wait_for_url(re.compile(r".*/tasks/\d+/$"))
    assert title.split(". ", 1)[-1][:40] in page.content()
    shot(page, "12-overdue-task-desktop")

    # The same pages on a phone: nothing wider than the screen.
    log_in(phone, live_server, "bd.thuongtruc", DEMO_PASSWORD)
    phone.wait_for_function("document.querySelectorAll('canvas').length === 3")
    phone.wait_for_timeout(300)
    shot(phone, "13-ward-dashboard-phone")
    assert phone.evaluate("document.documentElement.scrollWidth") <= 390
    phone.get_by_test_id("kpi-overdue").click()
    phone.wait_for_url("**/tasks/?ward=bach-dang&status=overdue")
    shot(phone, "14-overdue-list-phone")
    assert phone.evaluate("document.documentElement.scrollWidth") <= 390


def test_city_viewer_sorts_wards_and_enters_one(seeded, live_server, desktop, phone, shot):
    page = desktop
    log_in(page, live_server, "hp.thanhpho", DEMO_PASSWORD)
    assert page.url.endswith("/city/")
    page.locator('a[data-sort="overdue"]').click()
    page.wait_for_url("**/city/?sort=-overdue")
    header = page.locator("th[aria-sort]")
    assert header.get_attribute("aria-sort") == "descending"
    assert "Quá hạn" in header.inner_text()
    cells = page.get_by_test_id("city-table").locator("tbody tr td:nth-child(4)")
    # Figures are written the Vietnamese way ("59,9%"), whatever the column.
    values = [float(v.strip().rstrip("%").replace(".", "").replace(",", ".")) for v in cells.all_inner_texts()]
    assert values == sorted(values, reverse=True) and len(values) == 2
    shot(page, "20-city-sorted-desktop")
    first_ward = page.get_by_test_id("ward-link").first
    name = first_ward.inner_text()
    first_ward.click()
    page.wait_for_url(re.compile(r".*/wards/[\w-]+/$"))
    assert name in page.locator("h1").inner_text()

    log_in(phone, live_server, "hp.thanhpho", DEMO_PASSWORD)
    shot(phone, "21-city-phone")
    assert phone.evaluate("document.documentElement.scrollWidth") <= 390


def test_search_without_diacritics_finds_the_task(seeded, live_server, phone, desktop, shot):
    for page, width in ((phone, "phone"), (desktop, "desktop")):
        log_in(page, live_server, "bd.thuongtruc", DEMO_PASSWORD)
        page.goto(f"{live_server.url}/tasks/")
        page.get_by_label("Tìm kiếm").fill("nang luong tai tao")
        page.get_by_role("button", name="Lọc").click()
        page.wait_for_url("**/tasks/?q=nang+luong+tai+tao*")
        link = page.get_by_role("link", name=re.compile("điện năng lượng tái tạo"))
        assert link.count() >= 1
        shot(page, f"30-search-{width}")
        link.first.click()
        page.wait_for_url(re.compile(r".*/tasks/\d+/$"))
        assert "năng lượng tái tạo" in page.content()


def test_plan_page_prints_on_a4(seeded, live_server, desktop, shot, tmp_path):
    from plans.models import Plan

    page = desktop
    log_in(page, live_server, "bd.thuongtruc", DEMO_PASSWORD)
    plan = Plan.objects.get(ward__slug="bach-dang")
    page.goto(f"{live_server.url}/plans/{plan.pk}/")
    shot(page, "40-plan-desktop", full_page=False)
    page.get_by_role("button", name="Mở tất cả").click()
    assert page.locator(".plan-tree details:not([open])").count() == 0
    page.emulate_media(media="print")
    shot(page, "41-plan-print", full_page=False)
    page.pdf(path=str(tmp_path / "plan.pdf"), format="A4")
    page.goto(f"{live_server.url}/wards/bach-dang/")
    page.wait_for_timeout(300)
    shot(page, "42-dashboard-print")
    assert not page.csp_errors
