"""Every page a role reaches from its home page fits a 390 px phone: nothing in the page's body
sticks out past the screen's edge. The page itself not scrolling sideways is not enough: a table
inside a scrolling wrapper cut its cards off at the edge (the target list's two badges side by
side, the unit list's spellings), and the page's own width stayed 390 px."""

import re

import pytest
from django.conf import settings

from dashboards.tests.browser.test_dashboard_journeys import seeded  # noqa: F401  (fixture)
from portal.demo import DEMO_PASSWORD
from portal.tests.browser.conftest import log_in
from portal.tests.test_navigation import url_name

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

# Links that leave the pages (downloads, sign-out, the admin, the API, the language switch).
NOT_A_PAGE = re.compile(r"logout|export|download|\.xlsx|\.docx|/admin/|/api/|/i18n/|/media/|#")
MOST_PAGES = 45
# Where the longest cells are (a target behind its path shows two badges side by side), then home.
START = ["/targets/?track=off_track"]

STICKING_OUT = """(width) => {
  const out = [];
  for (const el of document.querySelectorAll('main *')) {
    const box = el.getBoundingClientRect();
    if (box.width && box.right > width + 1) out.push(`${el.tagName}.${el.className} → ${Math.round(box.right)} px`);
  }
  return out.slice(0, 5);
}"""


def pages_from_home(page, base: str):
    """Each kind of page (its URL name: /tasks/3/ and /tasks/4/ are one) linked from the home
    page and on, at most ``MOST_PAGES``; yields each path once loaded."""
    seen, queue = set(), [*START, "/"]
    while queue and len(seen) < MOST_PAGES:
        path = queue.pop(0)
        kind = url_name(path.split("?")[0]) or path
        if kind in seen:
            continue
        seen.add(kind)
        response = page.goto(base + path)
        if response is None or response.status != 200 or "text/html" not in response.headers.get("content-type", ""):
            continue
        yield path
        for href in page.eval_on_selector_all("a[href]", "links => links.map(a => a.getAttribute('href'))"):
            if href and href.startswith("/") and not NOT_A_PAGE.search(href):
                queue.append(href)


@pytest.mark.parametrize(
    "username, language",
    # English labels are longer (on the demo data the city table's disbursement cell stuck out 4 px in English).
    [("bd.vanphong", "vi"), ("hp.thanhpho", "vi"), ("hp.thanhpho", "en")],
)
def test_every_page_a_role_reaches_fits_a_phone(seeded, live_server, phone, username, language):  # noqa: F811
    log_in(phone, live_server, username, DEMO_PASSWORD)
    phone.context.add_cookies([{"name": settings.LANGUAGE_COOKIE_NAME, "value": language, "url": live_server.url}])
    width = phone.viewport_size["width"]
    walked, too_wide = 0, {}
    for path in pages_from_home(phone, live_server.url):
        walked += 1
        assert phone.evaluate("document.documentElement.lang") == language, path
        sticking_out = phone.evaluate(STICKING_OUT, width)
        if sticking_out:
            too_wide[path] = sticking_out
    assert walked > 15, "the walk should reach the role's pages"
    assert not too_wide, too_wide
