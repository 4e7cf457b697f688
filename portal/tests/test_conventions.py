"""Every page declares the methods it answers (``require_safe``, ``require_http_methods``,
``require_POST``; DRF and class-based views by their handlers), so any other method is a 405
before the view runs. The URL walk is the isolation test's: pages added later are covered.
"""

import pytest
from django.urls import reverse

from portal.tests.test_isolation import PATTERNS, urls_for
from portal.tests.world import build_world

pytestmark = pytest.mark.django_db

# Views that do not declare their methods yet, with who is on it. Once one declares them,
# its entry must go (the test fails until it does).
UNDECLARED: dict[str, str] = {}


def test_a_method_the_page_does_not_declare_is_refused(client, today):
    world = build_world()
    client.force_login(world.bd.follow_up)
    answered: dict[str, list[str]] = {}
    for pattern in PATTERNS:
        urls = urls_for(pattern, world.bd) if pattern.kwargs else [reverse(pattern.name)]
        for url in urls:
            for method in (client.put, client.delete, client.patch):
                response = method(url)
                if response.status_code != 405:
                    answered.setdefault(pattern.name, []).append(
                        f"{method.__name__.upper()} {url}: {response.status_code}"
                    )
    assert set(answered) == set(UNDECLARED), answered
