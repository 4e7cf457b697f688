"""The target page and ``record_measurement``: who may post, what is refused, and in which words."""

import datetime as dt
from decimal import Decimal as D

import pytest
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from plans.periods import ReportingPeriod
from portal.tests.factories import MeasurementFactory, TargetFactory, TargetMilestoneFactory
from portal.tests.world import TODAY, build_ward
from targets.models import Measurement, Target
from targets.services import record_measurement

# Every test runs on TODAY (27/11/2026), pinned by the project's `today` fixture (conftest.py).
pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("today", "periods_open")]
BACKEND = "accounts.auth_backends.CachedModelBackend"


@pytest.fixture
def bd():
    return build_ward("bach-dang", "Bạch Đằng")


def url(target):
    return reverse("target_detail", kwargs={"target_pk": target.pk})


def snapshot(target):
    return sorted(
        Measurement.objects.filter(target=target).values_list("period_year", "period_kind", "value", "source")
    )


def post_data(**overrides):
    data = {"period": "2026-Q3", "value": "1.000,5", "source": "Báo cáo thống kê quý 3", "note": ""}
    data.update(overrides)
    return data


# Services


def test_record_measurement_adds_then_updates_the_same_period(bd):
    period = ReportingPeriod(2026, "quarter", 3)
    first = record_measurement(
        target=bd.target, period=period, value=D("12.5"), source="Chi cục Thống kê", author=bd.official
    )
    again = record_measurement(
        target=bd.target, period=period, value=D(13), source="Chi cục Thống kê (sửa)", author=bd.official
    )
    assert first.pk == again.pk
    assert Measurement.objects.filter(target=bd.target, period_kind="quarter").count() == 1
    again.refresh_from_db()
    assert (again.value, again.recorded_by) == (D(13), bd.official)
    assert again.history.first().history_user == bd.official


def test_record_measurement_refuses_missing_value_and_source_in_vietnamese(bd):
    before = snapshot(bd.target)
    with pytest.raises(ValidationError) as excinfo:
        record_measurement(
            target=bd.target, period=ReportingPeriod(2026, "year"), value=None, source="  ", author=bd.official
        )
    errors = excinfo.value.message_dict
    assert errors["value"] == ["Vui lòng nhập giá trị thực tế."]
    assert "Vui lòng ghi nguồn số liệu" in errors["source"][0]
    assert snapshot(bd.target) == before


def test_record_measurement_refuses_a_period_that_has_not_started(bd):
    with pytest.raises(ValidationError) as excinfo:
        record_measurement(target=bd.target, period=ReportingPeriod(2027, "year"), value=D(1), source="x")
    assert "chưa bắt đầu" in excinfo.value.message_dict["period"][0]
    assert not Measurement.objects.filter(period_year=2027).exists()


def test_record_measurement_refuses_qualitative_targets(bd):
    target = TargetFactory(plan_item=bd.item, direction=Target.Direction.QUALITATIVE, value=None)
    with pytest.raises(ValidationError) as excinfo:
        record_measurement(target=target, period=ReportingPeriod(2026, "year"), value=D(1), source="x")
    assert "định tính" in excinfo.value.messages[0]
    assert not target.measurements.exists()


# The page


def test_it_shows_the_statement_structure_track_chart_and_table(client, bd):
    client.force_login(bd.viewer, backend=BACKEND)
    response = client.get(url(bd.target))
    assert response.status_code == 200
    html = response.content.decode()
    assert bd.target.statement in html
    assert "Trên (&gt;)" in html and "20 doanh nghiệp/1.000 dân" in html
    assert 'id="target-chart-data"' in html and "js/target-chart.js" in html
    assert "Năm 2026" in html  # the measurement in the table
    assert response.context["track"].latest == D(10)
    assert " style=" not in html and "<style" not in html  # strict CSP


def test_the_official_of_the_responsible_unit_records_a_vietnamese_number(client, bd):
    client.force_login(bd.official, backend=BACKEND)
    assert 'id="measurement-form"' in client.get(url(bd.target)).content.decode()
    response = client.post(url(bd.target), post_data())
    assert response.status_code == 302
    m = Measurement.objects.get(target=bd.target, period_kind="quarter", period_year=2026, period_index=3)
    assert (m.value, m.source, m.recorded_by) == (D("1000.5"), "Báo cáo thống kê quý 3", bd.official)
    page = client.get(url(bd.target)).content.decode()
    assert "1.000,5" in page and "Đã lưu số liệu Quý 3/2026" in page


def test_posting_again_for_a_period_updates_it(client, bd):
    client.force_login(bd.follow_up, backend=BACKEND)
    client.post(
        url(bd.target), post_data(period="2026", value="75,5", version=bd.measurement.version, version_of="2026")
    )
    assert Measurement.objects.get(target=bd.target, period_kind="year", period_year=2026).value == D("75.5")
    assert Measurement.objects.filter(target=bd.target).count() == 1


@pytest.mark.parametrize("actor", ["viewer", "bystander"])
def test_who_may_not_edit_sees_no_form_and_a_post_is_refused(client, bd, actor):
    client.force_login(getattr(bd, actor), backend=BACKEND)
    page = client.get(url(bd.target))
    assert page.status_code == 200
    assert 'id="measurement-form"' not in page.content.decode()
    before = snapshot(bd.target)
    assert client.post(url(bd.target), post_data()).status_code == 403
    assert snapshot(bd.target) == before


def test_another_wards_user_gets_404_and_changes_nothing(client, bd):
    ndn = build_ward("nguyen-dai-nang", "Nguyễn Đại Năng", city=bd.ward.city)
    before = snapshot(bd.target)
    for user in (ndn.official, ndn.follow_up):
        client.force_login(user, backend=BACKEND)
        assert client.get(url(bd.target)).status_code == 404
        assert client.post(url(bd.target), post_data()).status_code == 404
    assert snapshot(bd.target) == before


def test_anonymous_users_are_sent_to_login(client, bd):
    response = client.get(url(bd.target))
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_bad_input_re_renders_with_errors_next_to_fields_and_changes_nothing(client, bd):
    client.force_login(bd.official, backend=BACKEND)
    before = snapshot(bd.target)
    response = client.post(url(bd.target), post_data(value="mười", source="", period="2031"))
    assert response.status_code == 400
    html = response.content.decode()
    assert 'id="id_value_error"' in html and "ví dụ 75,5 hoặc 1.000" in html
    assert 'id="id_source_error"' in html and "Vui lòng ghi nguồn số liệu" in html
    assert 'id="id_period_error"' in html and "Chọn một kỳ trong danh sách." in html
    assert snapshot(bd.target) == before


def test_the_edit_link_prefills_the_form(client, bd):
    client.force_login(bd.official, backend=BACKEND)
    form = client.get(url(bd.target) + "?period=2026").context["form"]
    assert form.initial == {
        "period": "2026",
        "value": D(10),
        "source": "Báo cáo thống kê",
        "note": "",
        "version": bd.measurement.version,  # what a save would overwrite, for the concurrency check
        "version_of": "2026",
    }
    assert 'value="10"' in str(form["value"])  # not 10,000


def test_the_page_shows_the_other_targets_of_the_sentence(client, bd):
    other = TargetFactory(
        plan_item=bd.item,
        position=bd.target.position,
        part=1,
        statement=bd.target.statement,
        measure="Số hợp tác xã",
        value=5,
        unit="hợp tác xã",
    )
    client.force_login(bd.viewer, backend=BACKEND)
    html = client.get(url(bd.target)).content.decode()
    assert reverse("target_detail", kwargs={"target_pk": other.pk}) in html


def test_queries_do_not_grow_with_measurements(client, bd):
    def count(target):
        client.force_login(bd.official, backend=BACKEND)
        with CaptureQueriesContext(connection) as ctx:
            assert client.get(url(target)).status_code == 200
        return len(ctx.captured_queries)

    small = TargetFactory(plan_item=bd.item, responsible_unit=bd.ubnd, baseline_value=5, baseline_year=2025)
    big = TargetFactory(plan_item=bd.item, responsible_unit=bd.ubnd, baseline_value=5, baseline_year=2025)
    periods = [ReportingPeriod(y, "quarter", q) for y in range(2021, 2027) for q in range(1, 5)]
    for i, period in enumerate(periods[:2]):
        MeasurementFactory(
            target=small, period_kind="quarter", period_year=period.year, period_index=period.index, value=i
        )
    for i, period in enumerate(periods[:20]):
        MeasurementFactory(
            target=big, period_kind="quarter", period_year=period.year, period_index=period.index, value=i
        )
    for year in (2026, 2027, 2028, 2029):
        TargetMilestoneFactory(target=big, year=year, value=year - 2020)
    count(small)  # warm up (session, content types)
    assert count(small) == count(big)
    assert big.measurements.count() == 20 and dt.date(2026, 1, 1) <= TODAY


def test_the_page_lists_the_milestones_with_each_years_figure_and_the_chart_bends_at_them(client, bd):
    target = TargetFactory(plan_item=bd.item, responsible_unit=bd.ubnd, baseline_value=5, baseline_year=2025)
    TargetMilestoneFactory(target=target, year=2026, value=12)
    TargetMilestoneFactory(target=target, year=2027, value=15)
    MeasurementFactory(target=target, period_year=2026, value=13)
    client.force_login(bd.viewer, backend=BACKEND)
    response = client.get(url(target))
    rows = [(r.year, r.value, r.measured) for r in response.context["milestones"]]
    assert rows == [(2026, D(12), D(13)), (2027, D(15), None)]
    html = response.content.decode()
    assert 'data-testid="milestone-table"' in html and "Mốc lộ trình từng năm" in html
    assert "Mốc lộ trình năm 2027" in html  # in the page's history of changes
    path = response.context["chart"]["path"]
    assert [(p["x"], p["y"]) for p in path] == [(2025.0, 5.0), (2026.0, 12.0), (2027.0, 15.0), (2030.0, 20.0)]
    assert response.context["track"].status == "on_track"  # 13 past the 2026 milestone
