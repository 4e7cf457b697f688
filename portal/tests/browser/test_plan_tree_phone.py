"""Issue 15.9: the seeded plan's tree, every branch opened, stays within a 390 px phone screen."""

import re

import pytest

from plans.models import Plan
from portal.demo import DEMO_PASSWORD, ensure_demo_users
from portal.seeding import plan_documents, seed_plans
from portal.tests.browser.conftest import PHONE, open_page

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def seeded(db):
    if "plan-bach-dang" not in {p.stem for p in plan_documents()}:
        pytest.skip("fixtures/plan-bach-dang.json is not there yet")
    seed_plans()
    ensure_demo_users()


WIDEST = """() => {
  const width = document.documentElement.clientWidth;
  const wide = [...document.querySelectorAll('main *')].filter(e => e.getBoundingClientRect().right > width + 1);
  return wide.slice(0, 5).map(e => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right));
}"""


def test_the_expanded_plan_tree_does_not_scroll_sideways(seeded, live_server, browser, shot):
    page = open_page(browser, PHONE)
    page.goto(f"{live_server.url}/accounts/login/")
    page.get_by_label(re.compile("Tên đăng nhập")).fill("bd.vanphong")
    page.get_by_label(re.compile("Mật khẩu")).fill(DEMO_PASSWORD)
    page.get_by_role("button", name="Đăng nhập").click()
    page.wait_for_load_state()
    plan = Plan.objects.filter(ward__slug="bach-dang").order_by("pk").first()
    page.goto(f"{live_server.url}/plans/{plan.pk}/")
    page.evaluate("document.querySelectorAll('details').forEach(d => d.open = true)")
    width = page.evaluate("document.documentElement.scrollWidth")
    shot(page, "plan-tree-expanded-phone", full_page=False)
    assert width <= PHONE["width"], f"{width} px wide: {page.evaluate(WIDEST)}"
    assert not page.csp_errors
    page.context.close()
