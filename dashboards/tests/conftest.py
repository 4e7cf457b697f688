import re
from html import unescape

import pytest

from dashboards.tests.activity import DAY, generate_activity


@pytest.fixture
def day(monkeypatch):
    """Pins "today" to 15/03/2027: 2026 is over, so the unreported tasks due in 2026 are overdue."""
    monkeypatch.setattr("django.utils.timezone.localdate", lambda *args, **kwargs: DAY)
    return DAY


@pytest.fixture
def activity(seeded_db, db):
    """Generated reports, measurements and capital plans for both seeded wards (rolled back after)."""
    from plans.models import Ward

    for ward in Ward.objects.filter(slug__in=["bach-dang", "nguyen-dai-nang"]):
        generate_activity(ward)


@pytest.fixture
def users(seeded_db, db):
    """The demo accounts (one per role), by username."""
    from django.contrib.auth import get_user_model

    from portal.demo import ensure_demo_users

    ensure_demo_users()
    return {u.username: u for u in get_user_model().objects.all()}


@pytest.fixture
def login(client, users):
    def as_user(username):
        client.force_login(users[username])
        return client

    return as_user


COUNT_RE = re.compile(r'data-testid="result-count">(\d+)<')
NUMBER_LINK_RE = re.compile(r'<a href="(/(?:tasks|targets|projects|reports)/\?[^"]*)"[^>]*>\s*(\d+)\s*</a>')


def result_count(response) -> int:
    match = COUNT_RE.search(response.content.decode())
    assert match, "the list shows no result count"
    return int(match.group(1))


def number_links(response) -> list[tuple[str, int]]:
    """Every link on the page whose text is a number, with that number."""
    return [(unescape(url), int(n)) for url, n in NUMBER_LINK_RE.findall(response.content.decode())]
