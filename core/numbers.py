"""Numbers the Vietnamese way: read "75,5" and "1.000" wherever they are typed, write 1.000,5 back.

``parse_number`` is the one reader: the form field (``VietnameseDecimalField``), the
appendix importer (cells of a workbook) and the target-sentence reader all go through it.
``format_number`` is behind the ``num`` template filter.

Reading rules: a comma is the decimal mark and dots group thousands ("1.000,5" is
1000.5); without a comma, dots that split groups of three are thousands ("1.000",
"1.000.000"), and a single dot elsewhere is taken as a decimal mark typed on a phone
keyboard ("75.5"). Spaces are ignored; a leading minus sign is kept; leading zeros are
dropped ("01" is 1). A spreadsheet cell that already holds a number is taken as it is.
The form field reads with the marks of the page's language (English swaps them), as it
writes its values.
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from django import forms
from django.core.exceptions import ValidationError
from django.utils.formats import get_format, number_format
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

_PLAIN = re.compile(r"^\d+$")


def _grouped(text: str, group: str) -> bool:
    return re.fullmatch(rf"\d{{1,3}}(?:{re.escape(group)}\d{{3}})+", text) is not None


def parse_number(value, *, decimal: str = ",", group: str = ".") -> Decimal:
    """``"1.000,5"`` → ``Decimal("1000.5")`` with the given marks; a number cell as it is.

    Raises ``ValueError`` with a Vietnamese message (shown as is by the importer) when
    ``value`` is not a number."""
    # openpyxl gives numeric cells as int or float; str() keeps 0.1 from becoming 0.1000000000000000055…
    if isinstance(value, int | float | Decimal) and not isinstance(value, bool):
        return Decimal(str(value))
    s = re.sub(r"\s", "", str(value))
    sign = ""
    if s[:1] in ("-", "−"):
        sign, s = "-", s[1:]
    elif s[:1] == "+":
        s = s[1:]
    if decimal in s:
        whole, _sep, frac = s.rpartition(decimal)
        if decimal in whole or not frac.isdigit():
            raise _not_a_number(value)
    elif _grouped(s, group):
        whole, frac = s, ""
    elif s.count(group) == 1:  # the other mark, typed as a decimal mark ("75.5" on a phone keyboard)
        whole, frac = s.split(group)
    else:
        whole, frac = s, ""
    if whole == "" and frac:
        whole = "0"
    if not (_PLAIN.match(whole) or _grouped(whole, group)) or (frac and not frac.isdigit()):
        raise _not_a_number(value)
    try:
        return Decimal(f"{sign}{whole.replace(group, '')}{'.' + frac if frac else ''}")
    except InvalidOperation as exc:  # pragma: no cover - the patterns above only let digits through
        raise _not_a_number(value) from exc


def _not_a_number(value) -> ValueError:
    return ValueError(gettext("“%(value)s” không phải là số.") % {"value": value})


def _trimmed(value: Decimal) -> Decimal:
    """The same number without trailing zeros, never in exponent form (1000, not 1E+3)."""
    if value == value.to_integral_value():
        return value.quantize(Decimal(1))
    return value.normalize()


def format_number(value, places: int | None = None) -> str:
    """``Decimal("1000.50")`` → ``"1.000,5"`` in Vietnamese (``"1,000.5"`` in English).

    Trailing zeros are dropped; ``places`` rounds to at most that many decimals."""
    if value is None or value == "":
        return ""
    try:
        number = Decimal(str(value))
    except InvalidOperation:
        return str(value)
    if places is not None:
        number = number.quantize(Decimal(1).scaleb(-int(places)), rounding=ROUND_HALF_UP)
    number = _trimmed(number)
    decimals = max(0, -number.as_tuple().exponent)
    return number_format(number, decimal_pos=decimals, force_grouping=True)


class VietnameseDecimalField(forms.DecimalField):
    """A decimal typed the Vietnamese way ("75,5", "1.000"), shown back the same way."""

    widget = forms.TextInput
    default_error_messages = {
        "invalid": _("Nhập một số theo cách viết Việt Nam, ví dụ 75,5 hoặc 1.000."),
        "max_decimal_places": _("Chỉ được nhập tối đa %(max)s chữ số sau dấu phẩy."),
    }

    def to_python(self, value):
        if value in self.empty_values:
            return None
        # The marks of the page's language, the same that prepare_value wrote ("1.000,5" in Vietnamese).
        try:
            return parse_number(value, decimal=get_format("DECIMAL_SEPARATOR"), group=get_format("THOUSAND_SEPARATOR"))
        except ValueError as exc:
            raise ValidationError(self.error_messages["invalid"], code="invalid") from exc

    def prepare_value(self, value):
        if isinstance(value, (Decimal, int, float)) and not isinstance(value, bool):
            return format_number(value)
        return value

    def widget_attrs(self, widget):
        attrs = super().widget_attrs(widget)
        attrs.update({"inputmode": "decimal", "autocomplete": "off"})
        return attrs
