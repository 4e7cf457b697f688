"""The process's copy of generation-keyed page bodies (core.tiered_cache)."""

import pytest
from django.core.cache import caches
from django.test import override_settings
from django.urls import reverse

from accounts.tests.test_auth_cache import CACHED
from portal.tests.factories import TaskFactory, TaskUnitFactory
from portal.tests.world import build_ward

TIERED = {
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "tiered-test-shared"},
    "template_fragments": {
        "BACKEND": "core.tiered_cache.ProcessAndSharedCache",
        "LOCATION": "tiered-test",
        "OPTIONS": {"SHARED": "default"},
    },
}


@pytest.fixture
def tiered():
    with override_settings(CACHES=TIERED):
        caches["template_fragments"].clear()
        yield caches["template_fragments"], caches["default"]
        caches["template_fragments"].clear()


def test_a_value_is_kept_in_the_process_and_in_the_shared_cache(tiered):
    fragments, shared = tiered
    fragments.set("body:7:42", "<p>hi</p>")
    assert shared.get("body:7:42") == "<p>hi</p>"
    shared.delete("body:7:42")  # e.g. evicted from Redis: the process still has its copy
    assert fragments.get("body:7:42") == "<p>hi</p>"
    fragments.delete("body:7:42")
    assert fragments.get("body:7:42", "none") == "none"


def test_a_value_set_by_another_process_is_read_and_then_kept(tiered):
    fragments, shared = tiered
    shared.set("body:8:1", "<p>other</p>")
    assert fragments.get("body:8:1") == "<p>other</p>"
    shared.clear()
    assert fragments.get("body:8:1") == "<p>other</p>"


@pytest.mark.django_db
def test_the_dashboard_shows_a_change_at_once_though_the_old_body_stays_in_the_process(client, today, tiered):
    w = build_ward("le-chan", "Lê Chân", reports=0)
    url = reverse("ward_dashboard", kwargs={"ward_slug": w.ward.slug})
    with override_settings(**CACHED):
        client.force_login(w.viewer)
        assert "2 nhiệm vụ" in client.get(url).content.decode()
        assert "2 nhiệm vụ" in client.get(url).content.decode()  # served from the copy
        TaskUnitFactory(task=TaskFactory(plan_item=w.item, title="Nhiệm vụ mới"), unit=w.ubnd)
        assert "3 nhiệm vụ" in client.get(url).content.decode()
