"""Two people saving the same progress report: one is saved, the other is told and keeps what they typed.

Sequential tests (any database) post forms loaded at the same state one after the other; the
concurrent ones (PostgreSQL) send them at the same instant to a live server.
"""

import pytest
from django.urls import reverse

from assignments.models import Evidence, ProgressReport
from assignments.services import log_progress
from core.concurrency import EditConflict
from plans.periods import ReportingPeriod
from portal.tests.concurrency import (
    assert_one_saved_one_refused,
    concurrent,
    form_data,
    open_forms,
    post_together,
)
from portal.tests.factories import ProgressReportFactory
from portal.tests.world import PNG, build_ward, png_upload

Q4 = dict(period_kind="quarter", period_year=2026, period_index=4)


def task_url(task):
    return reverse("task_detail", kwargs={"task_pk": task.pk})


def q4_reports(w):
    return ProgressReport.objects.filter(task=w.task, unit=w.ubnd, **Q4)


@pytest.fixture
def w(today):
    return build_ward("bach-dang", "Bạch Đằng")


@pytest.fixture
def reported(w):
    """The lead unit's draft for this quarter, as both people find it when they open the page (a
    draft: the unit may still change it, and so may the office)."""
    return ProgressReportFactory(task=w.task, unit=w.ubnd, percent=30, narrative="Bản đầu", review_state="draft", **Q4)


def load(client, user, w):
    client.force_login(user)
    return client.get(task_url(w.task)).content.decode()


@pytest.mark.django_db
class TestSequential:
    def test_the_second_of_two_forms_loaded_at_the_same_state_is_refused_and_keeps_what_was_typed(
        self, client, django_user_model, w, reported
    ):
        mine = load(client, w.follow_up, w)
        theirs_client = type(client)()
        theirs = load(theirs_client, w.official, w)
        first = theirs_client.post(task_url(w.task), form_data(theirs, percent="60", narrative="Bản của cán bộ"))
        assert first.status_code == 302

        response = client.post(task_url(w.task), form_data(mine, percent="45", narrative="Bản của văn phòng"))
        assert response.status_code == 409
        html = response.content.decode()
        assert "Trong lúc bạn sửa" in html and "bach-dang.ubnd" in html
        assert "Bản của cán bộ" in html  # the other person's change is shown
        assert "Bản của văn phòng" in html  # what this person typed is still in the form
        report = q4_reports(w).get()
        assert (report.percent, report.narrative) == (60, "Bản của cán bộ")

        again = client.post(task_url(w.task), form_data(html))  # the version moved on: a deliberate save
        assert again.status_code == 302
        report.refresh_from_db()
        assert (report.percent, report.narrative, report.author) == (45, "Bản của văn phòng", w.follow_up)
        assert report.review_state == "approved"  # the office's own entry

    def test_two_people_creating_the_same_report_one_after_the_other(self, client, w):
        mine = load(client, w.official, w)
        theirs_client = type(client)()
        theirs = load(theirs_client, w.follow_up, w)
        assert theirs_client.post(task_url(w.task), form_data(theirs, narrative="Văn phòng tạo")).status_code == 302
        response = client.post(task_url(w.task), form_data(mine, narrative="Cán bộ tạo"))
        assert response.status_code == 409
        assert "Văn phòng tạo" in response.content.decode()
        assert q4_reports(w).get().narrative == "Văn phòng tạo"

    def test_files_sent_with_a_refused_save_are_not_kept_and_the_user_is_told(self, client, w, reported):
        mine = load(client, w.official, w)
        reported.narrative = "Người khác vừa sửa"
        reported.save()
        response = client.post(
            task_url(w.task), {**form_data(mine, narrative="Bản của tôi"), "files": [png_upload("bien-ban.png")]}
        )
        assert response.status_code == 409
        html = response.content.decode()
        assert "Các tệp đã chọn chưa được lưu (bien-ban.png)" in html
        assert not Evidence.objects.filter(report=reported).exists()

    def test_a_report_the_form_did_not_show_is_not_overwritten_unseen(self, client, w, periods_open):
        """The form showed this quarter; the user picks the third quarter, which has a report
        (approved: the office may still change it)."""
        q3 = w.report  # 2026-Q3, Đã triển khai bước 1
        mine = load(client, w.follow_up, w)
        response = client.post(task_url(w.task), form_data(mine, period="2026-Q3", narrative="Sửa quý 3"))
        assert response.status_code == 409
        assert "Đã triển khai bước 1" in response.content.decode()
        q3.refresh_from_db()
        assert q3.narrative == "Đã triển khai bước 1"
        assert client.post(task_url(w.task), form_data(response.content.decode())).status_code == 302
        q3.refresh_from_db()
        assert q3.narrative == "Sửa quý 3"

    def test_a_form_without_its_version_is_treated_as_stale(self, client, w, reported):
        """A page loaded before this check existed (or a hand-made POST) cannot overwrite unseen."""
        mine = load(client, w.official, w)
        response = client.post(task_url(w.task), form_data(mine, version=None, version_of=None))
        assert response.status_code == 409

    def test_the_service_refuses_a_stale_version(self, w, reported):
        with pytest.raises(EditConflict) as caught:
            log_progress(
                task=w.task,
                unit=w.ubnd,
                period=ReportingPeriod(2026, "quarter", 4),
                status="in_progress",
                percent=50,
                expected_version=reported.version - 1,
            )
        assert caught.value.current == reported


class TestConcurrent:
    pytestmark = concurrent

    def test_two_saves_at_the_same_instant_keep_exactly_one(self, live_server, w, reported):
        pages = open_forms(live_server, [w.official, w.follow_up], task_url(w.task))
        answers = post_together(page.post(percent=str(50 + i), narrative=f"Bản {i}") for i, page in enumerate(pages))
        saved, refused = assert_one_saved_one_refused(answers)
        report = q4_reports(w).get()
        assert report.version == reported.version + 1
        winner = answers.index(saved)
        assert report.narrative == f"Bản {winner}"
        assert f"Bản {1 - winner}" in refused.text  # what the refused person typed is still there
        assert f"Bản {winner}" in refused.text  # and they see the other person's change

    def test_creating_the_same_report_at_the_same_instant_gives_no_server_error(self, live_server, w):
        pages = open_forms(live_server, [w.official, w.follow_up], task_url(w.task))
        answers = post_together(page.post(narrative=f"Tạo {i}") for i, page in enumerate(pages))
        assert_one_saved_one_refused(answers)
        assert q4_reports(w).count() == 1

    def test_a_refused_save_with_files_keeps_no_file(self, live_server, w, reported):
        pages = open_forms(live_server, [w.official, w.follow_up], task_url(w.task))
        answers = post_together(
            page.post(narrative=f"Bản {i}", files={"files": [(f"anh-{i}.png", PNG)]}) for i, page in enumerate(pages)
        )
        saved, refused = assert_one_saved_one_refused(answers)
        loser = answers.index(refused)
        assert f"anh-{loser}.png" in refused.text
        assert list(Evidence.objects.filter(report=reported).values_list("original_name", flat=True)) == [
            f"anh-{1 - loser}.png"
        ]
