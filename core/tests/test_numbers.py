"""core.numbers: Vietnamese numbers read from forms, workbook cells and target sentences, and written in pages."""

from decimal import Decimal as D

import pytest
from django.utils import translation

from core.numbers import VietnameseDecimalField, format_number, parse_number


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("75,5", D("75.5")),
        ("1.000", D(1000)),
        ("1.000,5", D("1000.5")),
        ("1.000.000", D(1000000)),
        ("75.5", D("75.5")),  # a dot typed on a phone keyboard
        (" 12 ", D(12)),
        ("-2,5", D("-2.5")),
        (",5", D("0.5")),
        ("1000,25", D("1000.25")),
    ],
)
def test_it_reads_vietnamese_numbers(text, value):
    assert parse_number(text) == value


@pytest.mark.parametrize("text", ["abc", "1,000.5", "1.00.0", "1,2,3", "", "12a", "1.0000.000"])
def test_it_refuses_what_is_not_a_number(text):
    with pytest.raises(ValueError):
        parse_number(text)


@pytest.mark.parametrize(
    ("cell", "value"),
    [(12, D(12)), (12.5, D("12.5")), (0.1, D("0.1")), (D("75.5"), D("75.5")), (2030, D(2030))],
)
def test_it_takes_a_number_cell_as_it_is(cell, value):
    assert parse_number(cell) == value


@pytest.mark.parametrize(
    ("text", "value"),
    [("1.000", D(1000)), ("75,5", D("75.5")), ("01", D(1)), ("1.250,75", D("1250.75")), ("1 000", D(1000))],
)
def test_it_reads_the_numbers_of_target_sentences_and_text_cells(text, value):
    assert parse_number(text) == value


@pytest.mark.parametrize("cell", [True, None, "NaN", "Infinity", "1e5", "100%"])
def test_it_refuses_what_a_cell_holds_that_is_not_a_number(cell):
    with pytest.raises(ValueError, match="không phải là số"):
        parse_number(cell)


def test_it_reads_with_the_marks_it_is_given():
    assert parse_number("1,000.5", decimal=".", group=",") == D("1000.5")
    assert parse_number("75,5", decimal=".", group=",") == D("75.5")


def test_it_writes_numbers_the_vietnamese_way():
    with translation.override("vi"):
        assert format_number(D("1000.50")) == "1.000,5"
        assert format_number(D("75.500")) == "75,5"
        assert format_number(D("1234567")) == "1.234.567"
        assert format_number(D("12.345"), 1) == "12,3"
        assert format_number(None) == ""
    with translation.override("en"):
        assert format_number(D("1000.5")) == "1,000.5"


def test_the_form_field_explains_in_vietnamese():
    field = VietnameseDecimalField(max_digits=16, decimal_places=1)
    with translation.override("vi"):
        assert field.clean("1.250,5") == D("1250.5")
        with pytest.raises(Exception) as excinfo:
            field.clean("mười")
        assert "ví dụ 75,5 hoặc 1.000" in str(excinfo.value)
        with pytest.raises(Exception) as excinfo:
            field.clean("1,25")
        assert "tối đa 1 chữ số sau dấu phẩy" in str(excinfo.value)
        assert field.prepare_value(D("1000.0")) == "1.000"


def test_the_form_field_reads_what_it_writes_in_english_too():
    field = VietnameseDecimalField(max_digits=16, decimal_places=1)
    with translation.override("en"):
        shown = field.prepare_value(D("8500.5"))
        assert shown == "8,500.5"
        assert field.clean(shown) == D("8500.5")
        assert field.clean("75,5") == D("75.5")  # a single comma that cannot be grouping
