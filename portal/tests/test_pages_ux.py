"""What every page shares: error pages in Vietnamese, the favicon, the folded menu, list scaffolding, demo activity."""

import re

import pytest
from django.contrib.staticfiles import finders
from django.template import loader
from django.test import RequestFactory
from django.urls import reverse
from django.views.defaults import server_error

from portal.tests.world import build_world

pytestmark = pytest.mark.django_db


@pytest.fixture
def world(today):
    return build_world()


def test_a_missing_page_is_a_vietnamese_404_in_the_portal_layout(client, world):
    """Anyone, signed in or not, gets the portal's own 404 page with a way home."""
    response = client.get("/khong-co-trang-nay/")
    html = response.content.decode()
    assert response.status_code == 404
    assert "Không tìm thấy trang" in html and 'lang="vi"' in html
    assert 'class="skip-link"' in html and f'href="{reverse("home")}"' in html

    client.force_login(world.bd.official)
    other = client.get(reverse("task_detail", kwargs={"task_pk": world.ndn.task.pk}))
    assert other.status_code == 404 and "Không tìm thấy trang" in other.content.decode()


def test_a_refused_page_is_a_vietnamese_403(client, world):
    """An official may not import Excel: the refusal explains itself in Vietnamese."""
    client.force_login(world.bd.official)
    response = client.get(reverse("exchange:import", kwargs={"ward": world.bd.ward.slug}))
    assert response.status_code == 403
    assert "Không có quyền truy cập" in response.content.decode()


def test_the_500_page_renders_without_a_request_context():
    """server_error renders 500.html with no context processors: it must not need them."""
    html = loader.get_template("500.html").render()
    assert "Hệ thống đang gặp lỗi" in html and "css/portal.css" in html
    response = server_error(RequestFactory().get("/"))
    assert response.status_code == 500 and "Hệ thống đang gặp lỗi" in response.content.decode()


def test_the_favicon_is_served_by_the_portal(client):
    assert finders.find("favicon.svg")
    response = client.get("/favicon.ico")
    assert response.status_code == 301 and response["Location"].endswith("favicon.svg")
    html = client.get(reverse("login")).content.decode()
    assert re.search(r'<link rel="icon" href="[^"]*favicon\.svg"', html)


def test_the_menu_folds_into_a_details_element(client, world):
    """Signed in, the navigation and the account tools sit in one <details> menu (folded on phones by CSS)."""
    client.force_login(world.bd.official)
    html = client.get(reverse("my_work")).content.decode()
    menu = re.search(r'<details class="site-menu" data-site-menu>(.*?)</details>', html, re.S)
    assert menu, "no folding menu in the header"
    body = menu.group(1)
    assert "<summary" in body and 'aria-label="Điều hướng chính"' in body
    assert 'class="lang-form"' in body and 'class="logout-form"' in body


def test_lists_share_one_scaffold_with_an_empty_state(client, world):
    client.force_login(world.bd.follow_up)
    for name in ("task_list", "report_list", "target_list", "project_list"):
        html = client.get(reverse(name), {"q": "khong-co-gi-khop-zzz"}).content.decode()
        assert 'data-testid="result-count">0<' in html, name
        assert 'class="card empty-state"' in html and "Xóa bộ lọc để xem tất cả" in html, name
        assert 'aria-current="page"' in html and 'class="breadcrumbs"' in html, name
        assert "---------" not in html, f"{name}: an unset filter should read “Tất cả”"


def test_form_errors_are_summarised_for_keyboard_and_screen_reader_users(client, world):
    """A refused form starts with a focusable summary (role=alert) linking to each field in error."""
    client.force_login(world.bd.official)
    url = reverse("task_detail", kwargs={"task_pk": world.bd.task.pk})
    html = client.post(url, {"period": "2026-Q4", "status": "in_progress", "percent": "100"}).content.decode()
    opening = r'<div class="form-errors" role="alert" tabindex="-1" data-error-summary>'
    summary = re.search(opening + r"(.*?)</div>", html, re.S)
    assert summary, "no error summary"
    assert re.search(r'<a href="#id_percent">', summary.group(1))
    assert 'class="field__error" id="id_percent_error"' in html
