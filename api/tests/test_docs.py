"""/api/docs/: Swagger UI for signed-in users, every asset served by the portal, under the strict CSP."""

import re
from urllib.parse import urlparse

import pytest
from django.contrib.staticfiles import finders
from django.urls import reverse

from portal.demo import DEMO_PASSWORD, ensure_demo_users
from portal.seeding import plan_documents, seed_plans
from portal.tests.browser.conftest import browser, open_page, shot  # noqa: F401  (shared chromium)

pytestmark = pytest.mark.django_db

ASSET_RE = re.compile(r"<(script|link)\b[^>]*?\b(?:src|href)=\"([^\"]*)\"", re.I)


def docs_url():
    return reverse("api:docs")


@pytest.mark.parametrize("query", ["", "?script="])
def test_anonymous_users_are_sent_to_the_login_page(client, db, query):
    response = client.get(docs_url() + query)
    assert response.status_code in (302, 401, 403)
    if response.status_code == 302:
        assert response["Location"].startswith(reverse("login"))


def test_the_page_uses_only_local_assets_and_no_inline_code(client, users):
    client.force_login(users["bd.thuongtruc"])
    response = client.get(docs_url())
    assert response.status_code == 200
    html = response.content.decode()
    assets = ASSET_RE.findall(html)
    assert assets, "no script or link tag found"
    for tag, url in assets:
        assert not re.match(r"^(https?:)?//", url), f"<{tag}> from another host: {url}"
    local = [url for _, url in assets if url != docs_url() + "?script="]
    assert all(url.startswith("/static/") for url in local), local
    # Swagger UI comes from drf_spectacular_sidecar, the page styles from the portal.
    assert any("swagger-ui-bundle.js" in url for url in local)
    assert "/static/css/api-docs.css" in local
    for url in local:
        assert finders.find(url.removeprefix("/static/")), f"{url} is not a static file"
    # The CSP allows neither inline script nor inline style.
    assert docs_url() + "?script=" in [url for tag, url in assets if tag.lower() == "script"]
    assert not re.search(r"<script(?![^>]*\bsrc=)[^>]*>", html, re.I), "inline <script>"
    assert "<style" not in html.lower() and " style=" not in html.lower()


def test_the_init_script_is_javascript(client, users):
    client.force_login(users["bd.thuongtruc"])
    response = client.get(docs_url() + "?script=")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/javascript")
    body = response.content.decode()
    assert "SwaggerUIBundle(" in body
    assert reverse("api:schema") in body
    assert "validator.swagger.io" not in body


@pytest.fixture
def seeded(db):
    if "plan-bach-dang" not in {p.stem for p in plan_documents()}:
        pytest.skip("fixtures/plan-bach-dang.json is not there yet")
    seed_plans()
    ensure_demo_users()


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_the_docs_render_in_a_browser_under_the_csp(seeded, live_server, browser, shot):  # noqa: F811
    page = open_page(browser, {"width": 1280, "height": 900})
    hosts = set()
    page.on("request", lambda request: hosts.add(urlparse(request.url).hostname))
    try:
        page.goto(f"{live_server.url}/accounts/login/")
        page.fill("#id_username", "bd.thuongtruc")
        page.fill("#id_password", DEMO_PASSWORD)
        page.press("#id_password", "Enter")  # the header also has the language form's button
        page.wait_for_load_state()
        page.goto(live_server.url + docs_url())
        page.locator(".opblock").first.wait_for()
        assert page.locator(".opblock").count() >= 14  # 7 endpoints, list and detail
        assert page.locator(".opblock-summary-path", has_text="/api/tasks/").count()
        shot(page, "api-docs-1280", full_page=False)
        assert not page.csp_errors
        assert hosts == {urlparse(live_server.url).hostname}
    finally:
        page.context.close()


@pytest.mark.django_db
def test_the_schema_is_for_signed_in_users_only(client):
    assert client.get(reverse("api:schema")).status_code in (401, 403)
