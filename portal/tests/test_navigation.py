"""Every page a role can use is reachable by clicking, from where that role lands after sign-in.

For each role (official, follow-up office, ward viewer, city viewer, admin) the test:

1. finds the role's pages: every named URL of the portal (read from the resolver, as the
   isolation test does, with the role's own ward's objects) that answers a GET with an HTML page;
2. walks the links (``<a href>``, and GET forms' actions) from the home page, as the role, visiting a few URLs of each
   page name;
3. asserts that every page of step 1 was reached in step 2.

A new page that no menu, dashboard or page links to fails here with its name: link it from the
menu (``dashboards/context_processors.py``) or from the page a user comes from.
"""

from __future__ import annotations

from collections import Counter, deque
from html.parser import HTMLParser
from urllib.parse import urlsplit

import pytest
from django.urls import Resolver404, resolve, reverse

from accounts.models import Profile
from portal.tests.factories import make_user
from portal.tests.test_isolation import OBJECT_PATTERNS, PLAIN_PATTERNS, urls_for
from portal.tests.world import build_world

pytestmark = pytest.mark.django_db

# Not pages one clicks to: the JSON API, the public site (reached from the footer, checked by its
# own tests), an import's preview (reached by uploading a file) and file downloads.
NOT_PAGES_PREFIXES = ("api:", "public:")
NOT_PAGES = {"exchange:import_preview", "exchange:import_confirm", "evidence_download", "exchange:export"}
# A plan read from a document is reviewed, edited and confirmed after uploading it.
NOT_PAGES |= {f"exchange:plan_import_{name}" for name in ("review", "edit", "header", "confirm", "discard")}
# A background job's page is where asking for a report (a POST) leads; only the office and admins
# have the list of jobs that links to it, so it is checked for them alone.
REACHED_BY_POST = {role: {"exchange:job"} for role in ("official", "ward viewer", "city viewer")}
SKIP_PATHS = ("/admin/", "/accounts/", "/i18n/", "/static/", "/api/", "/cong-khai/", "/bench/")
VISITS_PER_NAME = 3
# Pages that answer a role but hold nothing for it: "my work" of a user without a ward or unit.
EMPTY_FOR = {"city viewer": {"my_work"}, "admin": {"my_work"}}


class Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.hrefs: list[str] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "a" and attrs.get("href"):
            self.hrefs.append(attrs["href"])
        # A form sent with GET (a report's period, a filter) is a way to a page too.
        if tag == "form" and (attrs.get("method") or "get").lower() == "get" and attrs.get("action"):
            self.hrefs.append(attrs["action"])


def url_name(path: str) -> str | None:
    try:
        match = resolve(path)
    except Resolver404:
        return None
    return match.view_name


def is_page(response) -> bool:
    return response.status_code == 200 and response.get("Content-Type", "").startswith("text/html")


def pages_of(client, world) -> set[str]:
    names = set()
    for pattern in OBJECT_PATTERNS + PLAIN_PATTERNS:
        if pattern.name.startswith(NOT_PAGES_PREFIXES) or pattern.name in NOT_PAGES:
            continue
        urls = urls_for(pattern, world.bd) if pattern.kwargs else [reverse(pattern.name)]
        if any(is_page(client.get(url)) for url in urls[:2]):
            names.add(pattern.name)
    return names


def reached_by_clicking(client) -> set[str]:
    seen_urls: set[str] = set()
    visits: Counter = Counter()
    reached: set[str] = set()
    queue = deque([reverse("home")])
    while queue:
        url = queue.popleft()
        response = client.get(url, follow=True)
        if not is_page(response):
            continue
        final = response.request["PATH_INFO"]
        if (name := url_name(final)) is not None:
            reached.add(name)
        parser = Links()
        parser.feed(response.content.decode("utf-8", "replace"))
        for href in parser.hrefs:
            parts = urlsplit(href)
            if parts.netloc or not parts.path.startswith("/") or parts.path.startswith(SKIP_PATHS):
                continue
            target = parts.path + (f"?{parts.query}" if parts.query else "")
            name = url_name(parts.path)
            if name is None or target in seen_urls or visits[name] >= VISITS_PER_NAME:
                continue
            seen_urls.add(target)
            visits[name] += 1
            queue.append(target)
    return reached


def actors(world):
    bd = world.bd
    yield "official", bd.official
    yield "follow-up office", bd.follow_up
    yield "ward viewer", bd.viewer
    yield "city viewer", world.city_viewer
    yield "admin", make_user(Profile.Role.ADMIN, username="quantri")


@pytest.mark.parametrize("role", ["official", "follow-up office", "ward viewer", "city viewer", "admin"])
def test_every_page_of_a_role_is_linked_from_somewhere_it_reaches(client, today, role):
    world = build_world()
    user = dict(actors(world))[role]
    client.force_login(user)
    pages = pages_of(client, world) - EMPTY_FOR.get(role, set()) - REACHED_BY_POST.get(role, set())
    reached = reached_by_clicking(client)
    assert pages, role
    missing = sorted(pages - reached)
    assert not missing, f"{role}: these pages are not linked from any page the role reaches: {missing}"


def test_the_office_reaches_the_chase_list_with_its_reminder_button(client, today):
    world = build_world()
    client.force_login(world.bd.follow_up)
    dashboard = client.get(reverse("home"), follow=True)
    links = {link["url"]: str(link["label"]) for link in dashboard.context["nav_links"]}
    assert links[reverse("my_work")] == "Cần đôn đốc"
    assert links[reverse("plan_list", kwargs={"ward_slug": world.bd.ward.slug})] == "Kế hoạch"
    chase = client.get(reverse("my_work")).content.decode()
    assert reverse("send_reminders", kwargs={"ward_slug": world.bd.ward.slug}) in chase
