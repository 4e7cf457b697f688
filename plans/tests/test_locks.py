"""Closed reporting periods (plans.locks): read-only after the ward's close, reopened with a reason."""

import datetime as dt
from decimal import Decimal as D

import pytest
from django.core.exceptions import ValidationError

from assignments.models import ProgressReport
from assignments.services import log_progress
from plans.locks import PeriodLocked, Record, is_locked, locked_periods, reopen
from plans.models import WardSettings
from plans.periods import ReportingPeriod
from portal.tests.world import build_ward
from projects.services import record_capital_year
from targets.services import record_measurement

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("today")]  # 27/11/2026

Q3 = ReportingPeriod(2026, "quarter", 3)  # ended 30/09/2026; closes after 15/10/2026 by default
Q4 = ReportingPeriod(2026, "quarter", 4)


@pytest.fixture
def bd():
    return build_ward("bach-dang", "Bạch Đằng")


def test_a_period_locks_the_ward_s_number_of_days_after_it_ends(bd, today):
    record = Record(bd.ward.pk, Q3, unit_id=bd.ubnd.pk, task_id=bd.task.pk)
    assert is_locked(record, today)
    assert is_locked(record, dt.date(2026, 10, 16)) and not is_locked(record, dt.date(2026, 10, 15))
    assert not is_locked(Record(bd.ward.pk, Q4), today)
    WardSettings.objects.create(ward=bd.ward, period_close_days=60)  # closes after 29/11/2026
    assert not is_locked(record, today)


def test_every_writer_refuses_a_locked_period_and_changes_nothing(bd):
    before = ProgressReport.objects.get(pk=bd.report.pk)  # 2026-Q3
    with pytest.raises(PeriodLocked, match="đã khóa"):
        log_progress(task=bd.task, unit=bd.ubnd, period=Q3, status="in_progress", percent=90, author=bd.official)
    with pytest.raises(PeriodLocked):
        record_measurement(target=bd.target, period=Q3, value=D(1), source="x", reviewer=True)
    with pytest.raises(PeriodLocked):
        record_capital_year(project=bd.project, year=2025, planned=D(1), disbursed=D(0), reviewer=True)
    after = ProgressReport.objects.get(pk=bd.report.pk)
    assert (after.percent, after.version) == (before.percent, before.version)


@pytest.mark.parametrize("scope", ["ward", "unit", "task"])
def test_the_office_reopens_a_period_with_a_reason(bd, today, scope):
    kwargs = {"unit": bd.ubnd} if scope == "unit" else {"task": bd.task} if scope == "task" else {}
    reopening = reopen(ward=bd.ward, period=Q3, reason="Bổ sung số liệu quý 3", until=today, by=bd.follow_up, **kwargs)
    assert reopening.reopened_by == bd.follow_up
    report = log_progress(
        task=bd.task, unit=bd.ubnd, period=Q3, status="in_progress", percent=40, author=bd.follow_up, reviewer=True
    )
    assert report.percent == 40
    assert is_locked(Record(bd.ward.pk, Q3, unit_id=bd.congan.pk), today) is (scope != "ward")
    assert not is_locked(Record(bd.ward.pk, Q3, unit_id=bd.ubnd.pk, task_id=bd.task.pk), today)
    assert is_locked(Record(bd.ward.pk, Q3, unit_id=bd.ubnd.pk), today + dt.timedelta(days=1))  # until ended


def test_a_reopening_needs_a_reason_a_closed_period_and_the_ward_s_own_unit(bd, today):
    other = build_ward("nguyen-dai-nang", "Nguyễn Đại Năng", city=bd.ward.city)
    with pytest.raises(ValidationError) as refused:
        reopen(
            ward=bd.ward, period=Q4, reason=" ", until=today - dt.timedelta(days=1), by=bd.follow_up, unit=other.ubnd
        )
    assert set(refused.value.message_dict) == {"reason", "period", "until", "unit"}


def test_locked_periods_for_a_page(bd, today):
    assert locked_periods(bd.ward.pk, [Q3, Q4], today) == {Q3}
    reopen(ward=bd.ward, period=Q3, reason="Sửa sai sót", until=today, by=bd.follow_up)
    assert locked_periods(bd.ward.pk, [Q3, Q4], today) == set()
