"""The "Thời gian" cell of a task table (assignments.periods_text)."""

import datetime as dt

import pytest

from assignments.periods_text import PeriodTextError, parse_period_text

PLAN = (2026, 2030)


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("Hàng năm", ("yearly", 2026, 2030, None)),
        ("Hằng năm", ("yearly", 2026, 2030, None)),
        ("Thường xuyên", ("ongoing", 2026, 2030, None)),
        ("2026-2030", ("range", 2026, 2030, None)),
        ("2026 - 2030", ("range", 2026, 2030, None)),
        ("Giai đoạn 2026–2030", ("range", 2026, 2030, None)),
        ("2027", ("year", 2027, 2027, None)),
        (2027, ("year", 2027, 2027, None)),
        ("Năm 2027", ("year", 2027, 2027, None)),
        ("30/6/2026", ("date", None, None, dt.date(2026, 6, 30))),
        ("Trước ngày 30/06/2026", ("date", None, None, dt.date(2026, 6, 30))),
        (dt.datetime(2026, 6, 30), ("date", None, None, dt.date(2026, 6, 30))),
    ],
)
def test_it_reads_the_usual_periods(cell, expected):
    period = parse_period_text(cell, default_years=PLAN)
    assert (period.kind, period.start_year, period.end_year, period.due_date) == expected


@pytest.mark.parametrize(
    ("cell", "message"),
    [
        ("Quý 5/2026", "Không hiểu thời gian “Quý 5/2026”"),
        ("", "Thiếu thời gian thực hiện"),
        ("2030-2026", "năm bắt đầu sau năm kết thúc"),
        ("31/2/2026", "không có thật"),
        ("Năm 3026", "không hợp lệ"),
    ],
)
def test_anything_else_is_an_error_in_vietnamese(cell, message):
    with pytest.raises(PeriodTextError, match=message):
        parse_period_text(cell, default_years=PLAN)


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("Quý III/2026 và thường xuyên", ("date", None, None, dt.date(2026, 9, 30))),
        ("Quý 2 năm 2027", ("date", None, None, dt.date(2027, 6, 30))),
        ("6 tháng đầu năm 2027", ("date", None, None, dt.date(2027, 6, 30))),
        ("Tháng 12/2026", ("date", None, None, dt.date(2026, 12, 31))),
        ("Trước 30/6/2027", ("date", None, None, dt.date(2027, 6, 30))),
        ("Trước ngày 30 tháng 6 năm 2027", ("date", None, None, dt.date(2027, 6, 30))),
        ("Từ năm 2027 trở đi", ("range", 2027, 2030, None)),
        ("Năm 2026 và các năm tiếp theo", ("range", 2026, 2030, None)),
        ("Từ 2026 - 2030 và những năm tiếp theo", ("range", 2026, 2030, None)),
        ("Hằng năm, thường xuyên", ("yearly", 2026, 2030, None)),
        ("Thường xuyên, đến 2030", ("ongoing", 2026, 2030, None)),
    ],
)
def test_free_text_periods_are_read_and_kept_as_printed(cell, expected):
    period = parse_period_text(cell, default_years=PLAN)
    assert (period.kind, period.start_year, period.end_year, period.due_date) == expected
    assert period.text == cell


def test_a_period_that_cannot_be_read_is_unclear_with_a_warning_never_an_error():
    from assignments.periods_text import read_period_text

    period, warning = read_period_text("Theo kế hoạch của thành phố", default_years=PLAN)
    assert (period.kind, period.text, period.due_date, period.start_year) == (
        "unclear",
        "Theo kế hoạch của thành phố",
        None,
        None,
    )
    assert "Không hiểu thời gian" in warning and "thời gian chưa rõ" in warning
    assert read_period_text("Quý V/2026", default_years=PLAN)[0].kind == "unclear"
    assert read_period_text("2026-2030", default_years=PLAN)[1] is None


def test_an_unclear_task_has_no_deadline_and_no_status_cycle():
    from assignments.models import Task
    from assignments.status import cycles_of

    assert cycles_of(Task(period_kind="unclear", period_text="Theo kế hoạch")) == []


def test_a_period_printed_in_a_sentence_loses_the_sentences_stop_only():
    from assignments.periods_text import period_as_printed

    assert period_as_printed("Quý II/2026.") == "Quý II/2026"
    assert period_as_printed(" Thường xuyên; ") == "Thường xuyên"
    assert period_as_printed("Trước 30.6.2026") == "Trước 30.6.2026"


def test_the_years_a_period_names():
    from assignments.periods_text import years_of

    assert years_of(parse_period_text("2026 - 2027", default_years=PLAN)) == (2026, 2027)
    assert years_of(parse_period_text("Năm 2026", default_years=PLAN)) == (2026, 2026)
    assert years_of(parse_period_text("Quý II/2027", default_years=PLAN)) == (2027, 2027)
    assert years_of(parse_period_text("Hằng năm", default_years=PLAN)) == (None, None)


@pytest.mark.parametrize(
    ("cell", "due"),
    [
        ("Quý IV", dt.date(2026, 12, 31)),
        ("Quý 2", dt.date(2026, 6, 30)),
        ("Tháng 9", dt.date(2026, 9, 30)),
        ("Trong tháng 11", dt.date(2026, 11, 30)),
        ("Quý III/2027", dt.date(2027, 9, 30)),  # a year printed is the year meant
    ],
)
def test_a_quarter_or_month_without_its_year_is_in_the_year_of_a_one_year_plan(cell, due):
    period = parse_period_text(cell, default_years=(2026, 2026))
    assert (period.kind, period.due_date, period.text) == ("date", due, cell)


@pytest.mark.parametrize("cell", ["Quý IV", "Tháng 9"])
def test_a_quarter_or_month_without_its_year_is_unclear_in_a_plan_of_several_years(cell):
    from assignments.periods_text import read_period_text

    period, warning = read_period_text(cell, default_years=PLAN)
    assert (period.kind, period.due_date) == ("unclear", None) and warning


@pytest.mark.parametrize(
    ("cell", "due"),
    [
        ("Quý II - Quý III/2026", dt.date(2026, 9, 30)),
        ("Quý III – Quý IV/2026", dt.date(2026, 12, 31)),
        ("Tháng 3 - Tháng 5/2026", dt.date(2026, 5, 31)),
        ("Quý 1 - 2 năm 2027", dt.date(2027, 6, 30)),
    ],
)
def test_a_span_of_quarters_or_months_is_due_at_the_end_of_the_last(cell, due):
    for years in (PLAN, (2026, 2026)):
        period = parse_period_text(cell, default_years=years)
        assert (period.kind, period.due_date, period.text) == ("date", due, cell)


@pytest.mark.parametrize(
    ("cell", "due", "text"),
    [
        # A date cell whose format was lost shows the day count Excel stores (trial 9, W10).
        (46203, dt.date(2026, 6, 30), "30/06/2026"),
        (46295.0, dt.date(2026, 9, 30), "30/09/2026"),
        # A month and its year, typed without "Tháng": the month's last day.
        ("6/2026", dt.date(2026, 6, 30), "6/2026"),
        ("11/2026", dt.date(2026, 11, 30), "11/2026"),
        ("02/2028", dt.date(2028, 2, 29), "02/2028"),
        ("Trước 12/2026", dt.date(2026, 12, 31), "Trước 12/2026"),
    ],
)
def test_an_excel_serial_number_or_a_month_and_year_is_a_deadline(cell, due, text):
    period = parse_period_text(cell, default_years=PLAN)
    assert (period.kind, period.due_date, period.text) == ("date", due, text)


@pytest.mark.parametrize(("cell", "message"), [("13/2026", "không có thật"), (123456, "Không hiểu thời gian")])
def test_a_month_that_does_not_exist_or_a_number_no_date_stays_refused(cell, message):
    with pytest.raises(PeriodTextError, match=message):
        parse_period_text(cell, default_years=PLAN)


def test_a_year_typed_as_a_number_is_still_a_year():
    assert parse_period_text(2028, default_years=PLAN).kind == "year"
