"""What a query string may ask: one home for the limits of every list, export and API page.

Query parameters come from anyone who can type a URL. Each kind of value has one field here,
with its bounds and a Vietnamese message, and the lists' FilterSets (and the API, which uses
the same FilterSets) are built from these fields only:

- a **year** lies between ``YEAR_MIN`` and ``YEAR_MAX`` (the database and ``datetime`` cannot
  hold year 0 or 99999);
- a **number of days** lies between 0 and ``DAYS_MAX`` (``today + days`` must stay a date);
- an **id** is a whole number from 1 to ``ID_MAX`` (a 64-bit column: larger numbers overflow
  SQLite and PostgreSQL alike), and so is the key of a record picked from a list;
- a **search** has at most ``SEARCH_MAX_CHARS`` characters and ``SEARCH_MAX_WORDS`` words
  (each word is one ``LIKE`` condition);
- a **code** (a ward's slug, a period key) has at most ``CODE_MAX_CHARS`` characters.

Django's fields already refuse NUL characters in text and anything that is not a whole
number. A FilterSet built on ``CheckedFilterSet`` returns no rows while its form has an error,
so a page shows the error next to the field rather than a list that ignored half the filters;
the API answers 400 with the same messages.
"""

from __future__ import annotations

import django_filters
from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from django_filters.fields import ModelChoiceField as FilterModelChoiceField

from core.widgets import PlainSelect

YEAR_MIN, YEAR_MAX = 1900, 2100
DAYS_MAX = 3650
ID_MAX = 2**63 - 1
SEARCH_MAX_CHARS = 200
SEARCH_MAX_WORDS = 20
CODE_MAX_CHARS = 100


def parse_id(value: object) -> int | None:
    """``value`` as an id (ASCII digits, 1 … ``ID_MAX``), else ``None``."""
    text = str(value).strip() if value is not None else ""
    if not (text.isascii() and text.isdigit()) or len(text) > len(str(ID_MAX)):
        return None
    number = int(text)
    return number if 1 <= number <= ID_MAX else None


def bounded_integer(low: int, high: int, message) -> dict:
    """Keyword arguments of an ``IntegerField`` between ``low`` and ``high`` with one message."""
    return {
        "min_value": low,
        "max_value": high,
        "error_messages": {"invalid": message, "min_value": message, "max_value": message},
    }


class YearField(forms.IntegerField):
    def __init__(self, **kwargs):
        message = _("Năm phải là số từ %(min)s đến %(max)s.") % {"min": YEAR_MIN, "max": YEAR_MAX}
        super().__init__(**{**bounded_integer(YEAR_MIN, YEAR_MAX, message), **kwargs})


class DaysField(forms.IntegerField):
    def __init__(self, **kwargs):
        message = _("Số ngày phải là số nguyên từ 0 đến %(max)s.") % {"max": DAYS_MAX}
        super().__init__(**{**bounded_integer(0, DAYS_MAX, message), **kwargs})


class IdField(forms.IntegerField):
    def __init__(self, **kwargs):
        message = _("Mã phải là một số nguyên dương hợp lệ.")
        super().__init__(**{**bounded_integer(1, ID_MAX, message), **kwargs})

    def to_python(self, value):
        # Refuse long digit strings before int() reads them (Python caps int() at 4300 digits).
        if value not in self.empty_values and len(str(value).strip()) > len(str(ID_MAX)):
            raise ValidationError(self.error_messages["invalid"], code="invalid")
        return super().to_python(value)


def limit_words(value: str) -> None:
    if len(value.split()) > SEARCH_MAX_WORDS:
        raise ValidationError(
            _("Tìm kiếm tối đa %(max)s từ.") % {"max": SEARCH_MAX_WORDS},
            code="too_many_words",
        )


class SearchField(forms.CharField):
    default_validators = [limit_words]

    def __init__(self, **kwargs):
        kwargs.setdefault("max_length", SEARCH_MAX_CHARS)
        kwargs.setdefault(
            "error_messages", {"max_length": _("Tìm kiếm tối đa %(max)s ký tự.") % {"max": SEARCH_MAX_CHARS}}
        )
        super().__init__(**kwargs)


class CodeField(forms.CharField):
    def __init__(self, **kwargs):
        kwargs.setdefault("max_length", CODE_MAX_CHARS)
        kwargs.setdefault("error_messages", {"max_length": _("Mã quá dài.")})
        super().__init__(**kwargs)


class CheckedModelChoiceField(FilterModelChoiceField):
    """A record picked by its key; a key that cannot be one (not a number, past 2^63, too long)
    is refused before the database sees it. Its select is written in Python (``core.widgets``):
    a city's ward and plan filters have over a hundred options each."""

    widget = PlainSelect

    def to_python(self, value):
        if value in self.empty_values:
            return None
        key = str(value)
        if len(key) > CODE_MAX_CHARS or (self.to_field_name is None and parse_id(key) is None):
            raise ValidationError(self.error_messages["invalid_choice"], code="invalid_choice")
        return super().to_python(value)


def filter_of(base: type, field: type, name: str) -> type:
    """A django-filter class ``name`` like ``base`` whose form field is ``field``."""
    return type(name, (base,), {"field_class": field, "__module__": __name__})


YearFilter = filter_of(django_filters.NumberFilter, YearField, "YearFilter")
DaysFilter = filter_of(django_filters.NumberFilter, DaysField, "DaysFilter")
IdFilter = filter_of(django_filters.NumberFilter, IdField, "IdFilter")
SearchFilter = filter_of(django_filters.CharFilter, SearchField, "SearchFilter")
CodeFilter = filter_of(django_filters.CharFilter, CodeField, "CodeFilter")
ModelChoiceFilter = filter_of(django_filters.ModelChoiceFilter, CheckedModelChoiceField, "ModelChoiceFilter")


# Every field a checked FilterSet may use: bounded numbers and text, records by a checked key,
# and closed choices (validated against their list).
CHECKED_FIELDS = (YearField, DaysField, IdField, SearchField, CodeField, CheckedModelChoiceField, forms.ChoiceField)


class CheckedFilterSet(django_filters.FilterSet):
    """A FilterSet built from the fields above (``core.tests.test_params`` checks every one in
    the project) that selects nothing while its form has an error."""

    @property
    def qs(self):
        if self.is_bound and not self.is_valid():
            return self.queryset.none()
        return super().qs
