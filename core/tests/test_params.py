"""The limits of query parameters (``core.params``) and where the lists and the API apply them."""

from __future__ import annotations

import django_filters
import pytest
from django.test import RequestFactory

from assignments.filters import ReportFilter, TaskFilter
from core.params import CHECKED_FIELDS, ID_MAX, CheckedFilterSet, parse_id
from plans.filters import PlanFilter, PlanItemFilter
from projects.filters import ProjectFilter
from targets.filters import MeasurementFilter, TargetFilter

FILTERSETS = (TaskFilter, ReportFilter, TargetFilter, ProjectFilter, PlanFilter, PlanItemFilter, MeasurementFilter)


def all_subclasses(cls):
    for sub in cls.__subclasses__():
        yield sub
        yield from all_subclasses(sub)


def test_every_filterset_of_the_portal_is_checked():
    portal = [c for c in all_subclasses(django_filters.FilterSet) if not c.__module__.startswith("django_filters")]
    assert set(FILTERSETS) <= set(portal)
    for filterset in portal:
        assert issubclass(filterset, CheckedFilterSet), (
            f"{filterset.__name__}: build it on core.params.CheckedFilterSet"
        )
        for name, declared in filterset.base_filters.items():
            assert issubclass(declared.field_class, CHECKED_FIELDS), (
                f"{filterset.__name__}.{name}: use a bounded filter of core.params, not {type(declared).__name__}"
            )


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("1", 1),
        (" 42 ", 42),
        (str(ID_MAX), ID_MAX),
        (str(ID_MAX + 1), None),
        ("0", None),
        ("-3", None),
        ("²", None),
        ("1.5", None),
        ("9" * 5000, None),
        ("", None),
        (None, None),
        (7, 7),
    ],
)
def test_parse_id(value, expected):
    assert parse_id(value) == expected


def bound(filterset_class, **params):
    request = RequestFactory().get("/", params)
    from django.contrib.auth.models import AnonymousUser

    request.user = AnonymousUser()
    return filterset_class(request.GET, request=request)


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("filterset_class", "params", "field", "message"),
    [
        (TaskFilter, {"year": "0"}, "year", "Năm phải là số từ 1900 đến 2100."),
        (TaskFilter, {"year": "99999"}, "year", "Năm phải là số từ 1900 đến 2100."),
        (TaskFilter, {"year": "²"}, "year", "Năm phải là số từ 1900 đến 2100."),
        (TaskFilter, {"due_within": "3000000"}, "due_within", "Số ngày phải là số nguyên từ 0 đến 3650."),
        (TaskFilter, {"q": " ".join(["đường"] * 400)}, "q", "Tìm kiếm tối đa 20 từ."),
        (TaskFilter, {"q": "x" * 10_000}, "q", "Tìm kiếm tối đa 200 ký tự."),
        (TaskFilter, {"q": "a\x00b"}, "q", "Null characters are not allowed."),
        (TaskFilter, {"plan": str(2**63)}, "plan", None),
        (ReportFilter, {"task": str(2**63)}, "task", "Mã phải là một số nguyên dương hợp lệ."),
        (ReportFilter, {"period": "99999-Q1"}, "period", "Kỳ không hợp lệ"),
        (ReportFilter, {"period": "2026-Q5"}, "period", "Kỳ không hợp lệ"),
        (PlanItemFilter, {"parent": "9" * 40}, "parent", "Mã phải là một số nguyên dương hợp lệ."),
        (MeasurementFilter, {"ward": "w" * 500}, "ward", "Mã quá dài."),
    ],
)
def test_a_hostile_value_is_a_form_error_and_selects_nothing(filterset_class, params, field, message):
    filterset = bound(filterset_class, **params)
    assert not filterset.is_valid()
    assert field in filterset.errors
    if message and not message.startswith("Null"):
        assert any(message in str(e) for e in filterset.errors[field])
    assert not filterset.qs.exists()


@pytest.mark.django_db
def test_sensible_values_still_filter():
    filterset = bound(TaskFilter, year="2027", due_within="30", q="hạ tầng số")
    assert filterset.is_valid(), filterset.errors
    filterset = bound(ReportFilter, period="2026-Q2", year="2026", task="12")
    assert filterset.is_valid(), filterset.errors
