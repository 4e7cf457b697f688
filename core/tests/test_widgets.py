"""``core.widgets.PlainSelect`` writes exactly the HTML of Django's ``Select`` templates."""

from __future__ import annotations

import datetime as dt

import pytest
from django import forms
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _

from core.widgets import PlainSelect

CHOICES = [
    ("", "---------"),
    (1, "Phường Bạch Đằng"),
    ("a&b", 'Tom & "Jerry" <script>'),
    ("2", _("Quá hạn")),
    (3, 2026),
    (4, dt.date(2026, 12, 7)),
    (5, mark_safe("<b>đã an toàn</b>")),
]
GROUPED = [
    ("", "—"),
    ("Nhóm <1>", [(10, "một"), (11, "hai")]),
    (_("Quá hạn"), [(12, "ba")]),
]


def both(choices, name, value, attrs=None):
    plain = PlainSelect(choices=choices).render(name, value, attrs)
    django = forms.Select(choices=choices).render(name, value, attrs)
    return plain, django


@pytest.mark.parametrize("value", [None, "", 1, "1", "a&b", "2", 3, "nothing"])
@pytest.mark.parametrize(
    "attrs",
    [None, {"id": "id_ward"}, {"id": "id_x", "required": True, "disabled": False, "aria-describedby": 'a"b'}],
)
def test_it_writes_what_django_writes(value, attrs):
    plain, django = both(CHOICES, "ward", value, attrs)
    assert plain == django


@pytest.mark.parametrize("value", [None, 11, "12"])
def test_it_writes_option_groups_as_django_does(value):
    plain, django = both(GROUPED, "group<x>", value, {"id": "id_group"})
    assert plain == django


def test_it_writes_an_empty_select_as_django_does():
    plain, django = both([], "plan", None)
    assert plain == django


def test_a_bound_field_renders_the_same_with_its_errors_and_label():
    class Plain(forms.Form):
        ward = forms.ChoiceField(choices=CHOICES, widget=PlainSelect, help_text="Chọn một phường")

    class Django(forms.Form):
        ward = forms.ChoiceField(choices=CHOICES, help_text="Chọn một phường")

    for data in ({"ward": "1"}, {"ward": "không có"}, None):
        plain, django = Plain(data), Django(data)
        assert plain.is_bound == django.is_bound
        assert str(plain["ward"]) == str(django["ward"])
        assert plain["ward"].label_tag() == django["ward"].label_tag()
