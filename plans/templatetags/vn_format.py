"""Template filters for numbers: ``{% load vn_format %}`` then ``{{ value|num }}`` or ``{{ value|num:1 }}``."""

from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from django import template

from core.numbers import format_number

register = template.Library()


@register.filter
def num(value, places=None):
    """1.000,5 in Vietnamese, trailing zeros dropped; ``places`` rounds to at most that many decimals."""
    return format_number(value, None if places in (None, "") else int(places))


@register.filter
def num_unit(value, unit=""):
    """A number with its unit: "80%" (no space before %), "1.000 tỷ đồng"."""
    text = format_number(value)
    if not text or not unit:
        return text
    return f"{text}{unit}" if unit == "%" else f"{text} {unit}"


@register.filter
def rounded(value, places=0):
    """The number rounded to ``places`` decimals, still a number (chain it with ``num``/``num_unit``)."""
    if value is None or value == "":
        return value
    try:
        return Decimal(str(value)).quantize(Decimal(1).scaleb(-int(places)), rounding=ROUND_HALF_UP)
    except (InvalidOperation, ValueError):
        return value
