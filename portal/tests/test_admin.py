"""Every model of the portal is in the admin, searchable and filterable, and its list opens."""

import pytest
from django.apps import apps
from django.contrib import admin
from django.urls import reverse

PORTAL_APPS = {"core", "accounts", "plans", "targets", "assignments", "projects", "dashboards"}


def portal_models():
    return [
        m for m in apps.get_models() if m._meta.app_label in PORTAL_APPS and not m.__name__.startswith("Historical")
    ]


@pytest.mark.parametrize("model", portal_models(), ids=lambda m: m._meta.label)
def test_every_model_is_in_the_admin_with_search_and_filters(model):
    model_admin = admin.site._registry.get(model)
    assert model_admin is not None, f"{model._meta.label} is not registered"
    assert model_admin.search_fields, f"{model._meta.label} has no search"
    assert model_admin.list_filter, f"{model._meta.label} has no list filters"


@pytest.mark.django_db
@pytest.mark.parametrize("model", portal_models(), ids=lambda m: m._meta.label)
def test_each_admin_list_opens_with_a_search(admin_client, seeded_db, model):
    url = reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_changelist")
    assert admin_client.get(url, {"q": "phường"}).status_code == 200
