"""The office's unit and account pages in a phone's browser: merge two units, create an official."""

import pytest

from assignments.models import Unit, UnitAlias
from portal.tests.browser.conftest import PHONE, open_page
from portal.tests.factories import TaskFactory, TaskUnitFactory, UnitFactory
from portal.tests.world import build_ward

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
DESKTOP = {"width": 1280, "height": 900}


@pytest.fixture
def ward(today):
    w = build_ward("bach-dang", "Bạch Đằng", reports=0)
    w.follow_up.set_password("mat-khau-2026")
    w.follow_up.save()
    w.twin = UnitFactory(
        ward=w.ward, name="Phòng Kinh tế, Hạ tầng và Đô thị", short_name="Phòng KTHT&ĐT", kind="office"
    )
    w.kept = UnitFactory(ward=w.ward, name="Phòng Kinh tế - Hạ tầng - Đô thị phường", kind="office")
    UnitAlias.objects.create(unit=w.kept, alias="Phòng Kinh tế, Hạ tầng và Đô thị phường Bạch Đằng")
    TaskUnitFactory(task=TaskFactory(plan_item=w.item), unit=w.twin)
    return w


def sign_in(page, base, w):
    page.goto(f"{base}/accounts/login/")
    page.fill('input[name="username"]', w.follow_up.username)
    page.fill('input[name="password"]', "mat-khau-2026")
    page.get_by_role("button", name="Đăng nhập").click()
    page.wait_for_load_state()


def fits(page, viewport) -> None:
    assert page.evaluate("document.documentElement.scrollWidth") <= viewport["width"]
    assert not page.csp_errors


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["phone", "desktop"])
def test_the_office_merges_two_units(ward, live_server, browser, shot, viewport):
    size = "phone" if viewport is PHONE else "desktop"
    page = open_page(browser, viewport)
    sign_in(page, live_server.url, ward)
    page.goto(f"{live_server.url}/wards/{ward.ward.slug}/units/")
    assert "Phòng KTHT&ĐT" in page.inner_text("main")
    fits(page, viewport)
    shot(page, f"units-{size}")
    page.goto(f"{live_server.url}/units/{ward.kept.pk}/merge/")
    page.select_option('select[name="removed"]', str(ward.twin.pk))
    page.get_by_role("button", name="Xem trước").click()
    page.wait_for_load_state()
    assert "sẽ được gộp vào" in page.inner_text("main")
    fits(page, viewport)
    shot(page, f"unit-merge-preview-{size}")
    page.get_by_role("button", name="Gộp", exact=True).click()
    page.wait_for_load_state()
    assert "Đã gộp" in page.inner_text("body")
    assert not Unit.objects.filter(pk=ward.twin.pk).exists()
    assert ward.kept.task_roles.count() == 1
    page.context.close()


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["phone", "desktop"])
def test_the_office_creates_an_official(ward, live_server, browser, shot, viewport):
    size = "phone" if viewport is PHONE else "desktop"
    page = open_page(browser, viewport)
    sign_in(page, live_server.url, ward)
    page.goto(f"{live_server.url}/wards/{ward.ward.slug}/people/")
    fits(page, viewport)
    shot(page, f"people-{size}")
    page.get_by_role("link", name="Thêm tài khoản").click()
    page.fill('input[name="full_name"]', "Nguyễn Văn An")
    page.fill('input[name="username"]', f"bd.an.{size}")
    page.select_option('select[name="role"]', "official")
    page.select_option('select[name="unit"]', str(ward.congan.pk))
    fits(page, viewport)
    shot(page, f"person-form-{size}")
    page.get_by_role("button", name="Tạo tài khoản").click()
    page.wait_for_load_state()
    assert "Mật khẩu tạm" in page.inner_text("main")
    fits(page, viewport)
    shot(page, f"person-created-{size}")
    page.context.close()


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["phone", "desktop"])
def test_the_city_dashboard_compares_wards_in_a_chart(today, live_server, browser, shot, viewport):
    from portal.tests.world import build_world

    world = build_world()
    world.city_viewer.set_password("mat-khau-2026")
    world.city_viewer.save()
    page = open_page(browser, viewport)
    page.goto(f"{live_server.url}/accounts/login/")
    page.fill('input[name="username"]', world.city_viewer.username)
    page.fill('input[name="password"]', "mat-khau-2026")
    page.get_by_role("button", name="Đăng nhập").click()
    page.wait_for_load_state()
    page.goto(f"{live_server.url}/")
    page.locator("#chart-city").wait_for()
    page.wait_for_function("window.Chart && window.Chart.getChart(document.getElementById('chart-city'))")
    labels = page.evaluate("window.Chart.getChart(document.getElementById('chart-city')).data.labels")
    assert len(labels) == 2  # the city viewer's two wards, as in the table
    fits(page, viewport)
    page.locator("[data-testid=city-chart]").scroll_into_view_if_needed()
    shot(page, f"city-chart-{'phone' if viewport is PHONE else 'desktop'}", full_page=False)
    page.context.close()
