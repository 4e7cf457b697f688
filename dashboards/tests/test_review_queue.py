"""The approval cycle end to end: the unit submits, the office approves or returns from its queue,
returned reports reach the official's "my work" with the comment, every step is in the history."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from assignments.models import ProgressReport
from core import events
from core.review import ReviewState
from plans.locks import reopen
from plans.periods import ReportingPeriod
from portal.tests.factories import (
    CapitalYearFactory,
    MeasurementFactory,
    ProgressReportFactory,
    TargetFactory,
    TaskFactory,
    TaskUnitFactory,
)
from portal.tests.world import build_ward
from projects.models import CapitalYear
from targets.models import Measurement

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("today")]  # 27/11/2026, in Q4

Q4 = dict(period_kind="quarter", period_year=2026, period_index=4)


@pytest.fixture
def bd():
    return build_ward("bach-dang", "Bạch Đằng")


@pytest.fixture
def ndn(bd):
    return build_ward("nguyen-dai-nang", "Nguyễn Đại Năng", city=bd.ward.city)


def queue_url(w, query=""):
    return reverse("review_queue", kwargs={"ward_slug": w.ward.slug}) + query


def task_url(task):
    return reverse("task_detail", kwargs={"task_pk": task.pk})


def submitted(w):
    """A submitted report of each kind for ``w``."""
    report = ProgressReportFactory(task=w.task, unit=w.ubnd, percent=70, review_state="submitted", **Q4)
    value = MeasurementFactory(
        target=w.target, period_kind="half", period_year=2026, period_index=1, review_state="submitted", value=12
    )
    capital = CapitalYearFactory(project=w.project, year=2025, review_state="submitted")
    return report, value, capital


def key(row, kind):
    return f"{kind}:{row.pk}:{row.version}"


@pytest.fixture
def signals():
    heard = []

    def listener(signal_name):
        def receive(sender, instance, by, **kwargs):
            heard.append((signal_name, sender.__name__, instance.pk, by.username, kwargs.get("comment")))

        return receive

    receivers = {name: listener(name) for name in ("submitted", "approved", "returned")}
    for name, receiver in receivers.items():
        getattr(events, f"report_{name}").connect(receiver)
    yield heard
    for name, receiver in receivers.items():
        getattr(events, f"report_{name}").disconnect(receiver)


def test_the_official_submits_and_the_office_returns_then_approves(client, bd, signals):
    client.force_login(bd.official)
    data = {"period": "2026-Q4", "status": "in_progress", "percent": "55", "narrative": "Đã khảo sát"}
    assert client.post(task_url(bd.task), {**data, "gui_duyet": "1"}).status_code == 302
    report = ProgressReport.objects.get(task=bd.task, unit=bd.ubnd, **Q4)
    assert report.review_state == ReviewState.SUBMITTED
    assert signals == [("submitted", "ProgressReport", report.pk, "bach-dang.ubnd", None)]
    # "My work" says the figure waits for approval, so the official does not read it as counted.
    card = client.get(reverse("my_work")).content.decode()
    assert 'data-testid="review-state">Chờ duyệt<' in card
    assert "Xem báo cáo" in card and "Sửa báo cáo" not in card  # it may not be changed any more
    # Submitted: the official may not change it any more (400, nothing changed).
    again = {**data, "percent": "60", "version": report.version, "version_of": f"{bd.ubnd.pk}:2026-Q4"}
    response = client.post(task_url(bd.task), again)
    assert response.status_code == 400 and "không sửa được" in response.content.decode()

    client.force_login(bd.follow_up)
    page = client.get(queue_url(bd))
    assert page.status_code == 200 and "Đã khảo sát" in page.content.decode()
    response = client.post(
        queue_url(bd),
        {"mot": key(report, "tien_do"), "action": "return", f"y_kien_tien_do_{report.pk}": "Thiếu minh chứng"},
    )
    assert response.status_code == 302
    report.refresh_from_db()
    assert (report.review_state, report.review_comment, report.reviewed_by) == (
        "returned",
        "Thiếu minh chứng",
        bd.follow_up,
    )
    assert signals[-1] == ("returned", "ProgressReport", report.pk, "bach-dang.vanphong", "Thiếu minh chứng")

    client.force_login(bd.official)
    work = client.get(reverse("my_work")).content.decode()
    assert 'data-testid="returned"' in work and "Thiếu minh chứng" in work
    assert "Sửa báo cáo" in work  # returned: the unit corrects it
    fixed = {**data, "percent": "65", "version": report.version, "version_of": f"{bd.ubnd.pk}:2026-Q4"}
    assert client.post(task_url(bd.task), {**fixed, "gui_duyet": "1"}).status_code == 302
    report.refresh_from_db()
    assert (report.review_state, report.percent) == ("submitted", 65)
    assert 'data-testid="returned"' not in client.get(reverse("my_work")).content.decode()

    client.force_login(bd.follow_up)
    assert client.post(queue_url(bd), {"mot": key(report, "tien_do"), "action": "approve"}).status_code == 302
    report.refresh_from_db()
    assert report.review_state == "approved"
    client.force_login(bd.official)
    assert 'data-testid="review-state"' not in client.get(reverse("my_work")).content.decode()
    client.force_login(bd.follow_up)
    assert [s[0] for s in signals] == ["submitted", "returned", "submitted", "approved"]
    # Every step is in the task's history, with who and the comment.
    history = client.get(task_url(bd.task)).content.decode()
    for text in ("Chờ duyệt", "Bị trả lại", "Đã duyệt", "Thiếu minh chứng", "bach-dang.vanphong"):
        assert text in history


def test_the_queue_lists_every_kind_filters_and_approves_several_at_once(client, bd):
    report, value, capital = submitted(bd)
    client.force_login(bd.follow_up)
    html = client.get(queue_url(bd)).content.decode()
    assert html.count('data-testid="review-item"') == 3
    only_targets = client.get(queue_url(bd, "?loai=chi_tieu")).content.decode()
    assert only_targets.count('data-testid="review-item"') == 1
    other_unit = client.get(queue_url(bd, f"?don_vi={bd.other_unit.pk}")).content.decode()
    assert 'data-testid="review-empty"' in other_unit
    assert client.get(queue_url(bd, "?loai=xoa")).status_code == 400  # not a kind: refused, not ignored

    keys = [key(report, "tien_do"), key(value, "chi_tieu"), key(capital, "von")]
    assert client.post(queue_url(bd), {"chon": keys, "action": "approve"}).status_code == 302
    states = {
        ProgressReport.objects.get(pk=report.pk).review_state,
        Measurement.objects.get(pk=value.pk).review_state,
        CapitalYear.objects.get(pk=capital.pk).review_state,
    }
    assert states == {"approved"}


def test_a_return_needs_a_comment_and_changes_nothing_without(client, bd):
    report, _value, _capital = submitted(bd)
    client.force_login(bd.follow_up)
    response = client.post(queue_url(bd), {"chon": [key(report, "tien_do")], "action": "return", "y_kien": " "})
    assert response.status_code == 400 and "ghi ý kiến" in response.content.decode()
    assert ProgressReport.objects.get(pk=report.pk).review_state == "submitted"


def test_a_report_someone_else_handled_meanwhile_is_left_as_it_is(client, bd):
    report, _value, _capital = submitted(bd)
    stale = key(report, "tien_do")
    client.force_login(bd.follow_up)
    assert client.post(queue_url(bd), {"mot": stale, "action": "approve"}).status_code == 302
    response = client.post(queue_url(bd), {"mot": stale, "action": "return", f"y_kien_tien_do_{report.pk}": "x"})
    assert response.status_code == 409
    assert ProgressReport.objects.get(pk=report.pk).review_state == "approved"


def test_a_closed_period_cannot_be_returned_until_it_is_reopened(client, bd, today):
    q3 = ProgressReportFactory(task=bd.task, unit=bd.ubnd, period_index=3, period_year=2025, review_state="submitted")
    client.force_login(bd.follow_up)
    data = {"mot": key(q3, "tien_do"), "action": "return", f"y_kien_tien_do_{q3.pk}": "Sai số liệu"}
    response = client.post(queue_url(bd), data)
    assert response.status_code == 400 and "đã khóa" in response.content.decode()
    reopen(ward=bd.ward, period=ReportingPeriod(2025, "quarter", 3), reason="Sửa sai", until=today, by=bd.follow_up)
    assert client.post(queue_url(bd), data).status_code == 302


def test_nobody_reviews_another_ward_s_reports_nor_an_official_any(client, bd, ndn):
    theirs, _value, _capital = submitted(ndn)
    client.force_login(bd.follow_up)
    assert client.get(queue_url(ndn)).status_code == 404
    assert client.post(queue_url(ndn), {"mot": key(theirs, "tien_do"), "action": "approve"}).status_code == 404
    response = client.post(queue_url(bd), {"mot": key(theirs, "tien_do"), "action": "approve"})
    assert response.status_code == 400  # not found in Bạch Đằng
    assert ProgressReport.objects.get(pk=theirs.pk).review_state == "submitted"
    for user in (bd.official, bd.viewer):
        client.force_login(user)
        assert client.get(queue_url(bd)).status_code == 403
        assert client.post(queue_url(bd), {"mot": key(theirs, "tien_do"), "action": "approve"}).status_code == 403


def test_the_queue_costs_the_same_for_more_reports(client, bd):
    client.force_login(bd.follow_up)

    def grow(n):
        for i in range(n):
            task = TaskFactory(plan_item=bd.item, title=f"Nhiệm vụ thêm {i}")
            TaskUnitFactory(task=task, unit=bd.ubnd, role="lead")
            ProgressReportFactory(task=task, unit=bd.ubnd, review_state="submitted", **Q4)
            target = TargetFactory(plan_item=bd.item, responsible_unit=bd.ubnd)
            MeasurementFactory(target=target, review_state="submitted")

    def count():
        with CaptureQueriesContext(connection) as queries:
            assert client.get(queue_url(bd)).status_code == 200
        return len(queries)

    grow(2)
    small = count()
    grow(10)
    assert count() == small
    assert client.post(queue_url(bd), {"chon": [], "action": "approve"}).status_code == 400


@pytest.mark.parametrize("switch", [False, True], ids=["approved-only", "with-submitted"])
def test_the_dashboard_its_list_and_the_word_report_say_the_same_numbers(client, bd, switch):
    """One done task approved, one done but only submitted: the dashboard's "done on time" figure,
    the task list it links to and the periodic .docx agree, approved-only and with the switch."""
    from exchange.report import document, figures

    ProgressReport.objects.filter(task=bd.task).delete()
    second = TaskFactory(plan_item=bd.item, title="Nhiệm vụ thứ hai", period_kind="year", start_year=2026)
    TaskUnitFactory(task=second, unit=bd.ubnd, role="lead")
    done = dict(unit=bd.ubnd, status="done", percent=100, **Q4)
    ProgressReportFactory(task=bd.task, review_state="approved", **done)
    ProgressReportFactory(task=second, review_state="submitted", **done)
    expected = 2 if switch else 1

    client.force_login(bd.follow_up)
    url = reverse("ward_dashboard", kwargs={"ward_slug": bd.ward.slug}) + ("?so_lieu=gom_cho_duyet" if switch else "")
    page = client.get(url)
    html = page.content.decode()
    assert ("Gồm cả số liệu chờ duyệt" if switch else "Số liệu đã duyệt") in html
    figure = next(f for f in page.context["d"].statuses if f.key == "done_on_time")
    assert figure.count == expected

    listed = client.get(reverse("task_list") + "?" + figure.query)
    assert listed.status_code == 200
    assert listed.context["page"].paginator.count == expected
    # The targets' figures and their lists too (the ward's value of 2026 approved, a later one submitted).
    MeasurementFactory(
        target=bd.target, period_kind="half", period_year=2026, period_index=2, value=25, review_state="submitted"
    )
    page = client.get(url)
    for track in page.context["d"].tracks:
        targets = client.get(reverse("target_list") + "?" + track.query).context["page"].paginator.count
        assert targets == track.count, track.key

    data = figures.collect(bd.plan, ReportingPeriod(2026, "quarter", 4), include_submitted=switch)
    assert data.counts["done_on_time"] == expected
    text = "\n".join(p.text for p in document.build_report(data).paragraphs)
    assert f"{expected} nhiệm vụ hoàn thành đúng hạn" in text
    assert ("đang chờ duyệt" if switch else "Số liệu đã duyệt") in text
    assert client.get(reverse("ward_dashboard", kwargs={"ward_slug": bd.ward.slug}) + "?so_lieu=x").status_code == 400
