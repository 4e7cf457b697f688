"""Task page, progress form, evidence download and "my work", for each named actor."""

import datetime as dt

import pytest
from django.urls import reverse

from assignments.models import Evidence, ProgressReport, Task, TaskUnit
from portal.tests.factories import ProgressReportFactory, TaskFactory, TaskUnitFactory
from portal.tests.world import PNG, build_ward, build_world, png_upload

pytestmark = pytest.mark.django_db


@pytest.fixture
def world(today):
    return build_world()


@pytest.fixture
def bd(world):
    return world.bd


def task_url(task):
    return reverse("task_detail", kwargs={"task_pk": task.pk})


def report_data(**overrides):
    data = {"period": "2026-Q4", "status": "in_progress", "percent": "55", "narrative": "Đã hoàn thiện hồ sơ"}
    data.update(overrides)
    return data


def seen(report):
    """The hidden fields of a form loaded after ``report`` was saved (an update, not a stale form)."""
    return {"version": report.version, "version_of": f"{report.unit_id}:{report.period.key}"}


class TestTaskPage:
    def test_it_shows_the_task_to_the_official(self, client, bd):
        client.force_login(bd.official)
        response = client.get(task_url(bd.task))
        assert response.status_code == 200
        html = response.content.decode()
        assert bd.task.title in html
        assert "Ủy ban nhân dân phường" in html and "Công an phường" in html
        assert "Báo cáo kết quả" in html  # expected product
        assert 'class="badge badge--' in html
        assert "Đã triển khai bước 1" in html  # the timeline
        assert reverse("evidence_download", kwargs={"evidence_pk": bd.evidence.pk}) in html
        assert 'name="percent"' in html and 'enctype="multipart/form-data"' in html
        assert 'name="unit"' not in html  # an official reports for their own unit

    @pytest.mark.parametrize("actor", ["viewer", "bystander"])
    def test_readers_who_may_not_edit_see_no_form(self, client, bd, actor):
        client.force_login(getattr(bd, actor))
        response = client.get(task_url(bd.task))
        assert response.status_code == 200
        assert 'name="percent"' not in response.content.decode()

    def test_the_city_viewer_reads_but_sees_no_form(self, client, world):
        client.force_login(world.city_viewer)
        response = client.get(task_url(world.bd.task))
        assert response.status_code == 200
        assert '<form method="post" enctype' not in response.content.decode()

    def test_the_follow_up_office_chooses_the_unit(self, client, bd):
        client.force_login(bd.follow_up)
        html = client.get(task_url(bd.task)).content.decode()
        assert 'name="unit"' in html

    def test_an_official_of_another_ward_gets_404(self, client, world):
        client.force_login(world.ndn.official)
        assert client.get(task_url(world.bd.task)).status_code == 404

    def test_the_city_viewer_of_another_city_gets_404(self, client, world):
        client.force_login(world.city_viewer)
        assert client.get(task_url(world.far.task)).status_code == 404

    def test_anonymous_users_go_to_the_login_page(self, client, bd):
        response = client.get(task_url(bd.task))
        assert response.status_code == 302
        assert response["Location"].startswith(reverse("login"))

    def test_timeline_is_newest_first(self, client, today):
        w = build_ward("le-chan", "Lê Chân", reports=3)
        client.force_login(w.official)
        html = client.get(task_url(w.task)).content.decode()
        positions = [html.index(f"Đã triển khai bước {i}") for i in (1, 2, 3)]
        assert positions == sorted(positions)  # 2026-Q3, Q2, Q1

    def test_it_shows_the_history_of_changes(self, client, bd):
        client.force_login(bd.official)
        client.post(task_url(bd.task), report_data(period="2026-Q4", percent="20"))
        report = ProgressReport.objects.get(task=bd.task, unit=bd.ubnd, period_year=2026, period_index=4)
        client.post(task_url(bd.task), report_data(period="2026-Q4", percent="35", **seen(report)))
        html = client.get(task_url(bd.task)).content.decode()
        assert "Lịch sử thay đổi" in html
        assert "Tỷ lệ hoàn thành (%)" in html
        assert ">20<" in html and ">35<" in html
        assert "bach-dang.ubnd" in html


class TestLoggingProgress:
    def test_the_official_logs_the_quarter_with_evidence(self, client, bd):
        client.force_login(bd.official)
        response = client.post(task_url(bd.task), {**report_data(), "files": [png_upload(), png_upload("anh-2.png")]})
        assert response.status_code == 302
        report = ProgressReport.objects.get(task=bd.task, unit=bd.ubnd, period_year=2026, period_index=4)
        assert (report.status, report.percent, report.author) == ("in_progress", 55, bd.official)
        assert report.evidence.count() == 2
        page = client.get(response["Location"])
        assert "Đã lưu báo cáo" in page.content.decode()

    def test_posting_again_updates_the_report(self, client, bd):
        client.force_login(bd.official)
        client.post(task_url(bd.task), report_data())
        report = ProgressReport.objects.get(task=bd.task, unit=bd.ubnd, period_year=2026, period_index=4)
        client.post(
            task_url(bd.task), report_data(status="done", percent="100", completed_on="20/11/2026", **seen(report))
        )
        reports = ProgressReport.objects.filter(task=bd.task, unit=bd.ubnd, period_year=2026, period_index=4)
        assert reports.count() == 1
        assert reports.get().completed_on == dt.date(2026, 11, 20)

    def test_status_follows_the_report_once_approved(self, client, bd):
        client.force_login(bd.official)
        client.post(task_url(bd.task), report_data(status="done", percent="100", completed_on="2026-11-20"))
        html = client.get(task_url(bd.task)).content.decode()
        assert "badge--done_on_time" not in html  # a draft counts for nothing
        client.force_login(bd.follow_up)  # the office's own entry is approved at once
        report = ProgressReport.objects.get(task=bd.task, unit=bd.ubnd, period_year=2026, period_index=4)
        data = report_data(status="done", percent="100", completed_on="2026-11-20", unit=bd.ubnd.pk, **seen(report))
        assert client.post(task_url(bd.task), data).status_code == 302
        html = client.get(task_url(bd.task)).content.decode()
        assert "badge--done_on_time" in html

    def test_a_coordinating_official_reports_for_their_unit(self, client, bd):
        client.force_login(bd.coordinator)
        assert client.post(task_url(bd.task), report_data()).status_code == 302
        assert ProgressReport.objects.filter(task=bd.task, unit=bd.congan, period_index=4).exists()

    def test_the_follow_up_office_reports_for_a_chosen_unit(self, client, bd):
        client.force_login(bd.follow_up)
        assert client.post(task_url(bd.task), report_data(unit=bd.congan.pk)).status_code == 302
        assert ProgressReport.objects.get(task=bd.task, period_index=4).unit == bd.congan

    def test_the_follow_up_office_cannot_choose_a_unit_outside_the_task(self, client, bd):
        client.force_login(bd.follow_up)
        response = client.post(task_url(bd.task), report_data(unit=bd.other_unit.pk))
        assert response.status_code == 400
        assert not ProgressReport.objects.filter(period_index=4).exists()

    def test_errors_are_shown_next_to_the_fields_in_vietnamese(self, client, bd):
        client.force_login(bd.official)
        bad = {**report_data(percent="150"), "files": [png_upload("script.exe")]}
        response = client.post(task_url(bd.task), bad)
        assert response.status_code == 400
        html = response.content.decode()
        assert "Tỷ lệ hoàn thành phải từ 0 đến 100%." in html
        assert 'class="field__error"' in html
        assert not ProgressReport.objects.filter(period_index=4).exists()

    def test_service_errors_come_back_on_the_form(self, client, bd):
        client.force_login(bd.official)
        response = client.post(task_url(bd.task), report_data(percent="100"))
        assert response.status_code == 400
        assert "Hoàn thành" in response.context["form"].errors["percent"][0]

    def test_a_file_pretending_to_be_a_pdf_is_refused(self, client, bd):
        client.force_login(bd.official)
        from django.core.files.uploadedfile import SimpleUploadedFile

        fake = SimpleUploadedFile("bien-ban.pdf", b"MZ\x90\x00 not a pdf")
        response = client.post(task_url(bd.task), {**report_data(), "files": [fake]})
        assert response.status_code == 400
        assert "không đúng với loại tệp PDF" in response.content.decode()


class TestForgedPosts:
    @pytest.mark.parametrize("actor", ["viewer", "bystander"])
    def test_readers_get_403_and_nothing_changes(self, client, bd, actor):
        client.force_login(getattr(bd, actor))
        before = ProgressReport.objects.count()
        assert client.post(task_url(bd.task), report_data()).status_code == 403
        assert ProgressReport.objects.count() == before

    def test_the_city_viewer_gets_403(self, client, world):
        client.force_login(world.city_viewer)
        assert client.post(task_url(world.bd.task), report_data()).status_code == 403

    def test_an_official_of_another_ward_gets_404(self, client, world):
        client.force_login(world.ndn.official)
        before = ProgressReport.objects.count()
        assert client.post(task_url(world.bd.task), report_data()).status_code == 404
        assert ProgressReport.objects.count() == before

    def test_anonymous_posts_are_sent_to_login(self, client, bd):
        assert client.post(task_url(bd.task), report_data()).status_code == 302
        assert not ProgressReport.objects.filter(period_index=4).exists()


class TestEvidenceDownload:
    def url(self, evidence):
        return reverse("evidence_download", kwargs={"evidence_pk": evidence.pk})

    @pytest.mark.parametrize("actor", ["official", "viewer", "follow_up"])
    def test_readers_of_the_ward_download_it(self, client, bd, actor):
        client.force_login(getattr(bd, actor))
        response = client.get(self.url(bd.evidence))
        assert response.status_code == 200
        assert b"".join(response.streaming_content) == PNG
        assert response["Content-Type"] == "image/png"
        assert response["X-Content-Type-Options"] == "nosniff"

    def test_another_ward_gets_404(self, client, world):
        client.force_login(world.ndn.official)
        assert client.get(self.url(world.bd.evidence)).status_code == 404

    def test_anonymous_users_are_sent_to_login(self, client, bd):
        assert client.get(self.url(bd.evidence)).status_code == 302

    def test_office_documents_are_attachments(self, client, bd):
        from django.core.files.uploadedfile import SimpleUploadedFile

        doc = Evidence.objects.create(
            report=bd.report,
            file=SimpleUploadedFile("bao-cao.docx", b"PK\x03\x04abc"),
            original_name="báo cáo.docx",
            content_type="application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            size=7,
        )
        client.force_login(bd.official)
        response = client.get(self.url(doc))
        assert response["Content-Disposition"].startswith("attachment")


class TestMyWork:
    def test_home_sends_officials_to_my_work(self, client, bd):
        client.force_login(bd.official)
        response = client.get(reverse("home"))
        assert response["Location"] == reverse("my_work")

    def test_it_lists_the_units_tasks_that_need_a_report(self, client, bd):
        client.force_login(bd.official)
        response = client.get(reverse("my_work"))
        assert response.status_code == 200
        to_report = [row.task for row in response.context["to_report"]]
        assert set(to_report) == {bd.task, bd.yearly_task}

    def test_a_task_nobody_reported_says_no_data_not_zero(self, client, bd):
        """As everywhere else (the status rule): no report is no data, not a 0 % bar."""
        client.force_login(bd.official)
        html = client.get(reverse("my_work")).content.decode()
        cards = {card.split('href="')[1].split('"')[0]: card for card in html.split('class="card task-card"')[1:]}
        unreported = cards[reverse("task_detail", kwargs={"task_pk": bd.yearly_task.pk})]
        assert "Chưa có số liệu" in unreported and 'role="progressbar"' not in unreported
        reported = cards[reverse("task_detail", kwargs={"task_pk": bd.task.pk})]
        assert 'role="progressbar"' in reported and "Chưa có số liệu" not in reported

    def test_a_coordinating_unit_sees_the_task_too(self, client, bd):
        client.force_login(bd.coordinator)
        response = client.get(reverse("my_work"))
        assert [row.task for row in response.context["to_report"]] == [bd.task]

    def test_a_report_for_this_quarter_moves_it_to_reported(self, client, bd):
        client.force_login(bd.official)
        client.post(task_url(bd.yearly_task), report_data())
        response = client.get(reverse("my_work"))
        assert [row.task for row in response.context["to_report"]] == [bd.task]
        assert [row.task for row in response.context["reported"]] == [bd.yearly_task]

    def test_late_ones_come_first(self, client, bd):
        overdue = TaskFactory(plan_item=bd.item, period_kind=Task.PeriodKind.DATE, due_date=dt.date(2026, 9, 30))
        TaskUnitFactory(task=overdue, unit=bd.ubnd, role=TaskUnit.Role.LEAD)
        ProgressReportFactory(task=bd.task, unit=bd.ubnd, period_index=4, period_year=2025, percent=40)
        client.force_login(bd.official)
        rows = client.get(reverse("my_work")).context["to_report"]
        assert rows[0].task == overdue
        assert rows[0].status.status == "overdue"
        severities = [row.status.severity for row in rows]
        assert severities == sorted(severities)

    def test_done_tasks_need_no_report(self, client, bd):
        ProgressReport.objects.filter(pk=bd.report.pk).update(
            status="done", percent=100, completed_on=dt.date(2026, 8, 1)
        )
        client.force_login(bd.official)
        response = client.get(reverse("my_work"))
        assert bd.task not in [row.task for row in response.context["to_report"]]
        assert response.context["done_count"] == 1

    def test_it_shows_no_task_of_another_ward(self, client, world):
        client.force_login(world.ndn.official)
        tasks = [row.task for row in client.get(reverse("my_work")).context["to_report"]]
        assert tasks and all(t.plan_item.plan.ward == world.ndn.ward for t in tasks)

    def test_the_follow_up_office_sees_late_tasks_with_their_lead_units(self, client, bd):
        overdue = TaskFactory(plan_item=bd.item, period_kind=Task.PeriodKind.DATE, due_date=dt.date(2026, 9, 30))
        TaskUnitFactory(task=overdue, unit=bd.congan, role=TaskUnit.Role.LEAD)
        client.force_login(bd.follow_up)
        response = client.get(reverse("my_work"))
        assert response.context["mode"] == "chasing"
        assert response.context["late"][0].task == overdue
        html = response.content.decode()
        assert "Công an phường" in html and "badge--overdue" in html
        # Nobody reported the overdue task: no data, not 0 %.
        row = html.split(reverse("task_detail", kwargs={"task_pk": overdue.pk}))[1].split("</tr>")[0]
        assert "Chưa có số liệu" in row and "0%" not in row

    def test_the_city_viewer_has_no_unit_work(self, client, world):
        client.force_login(world.city_viewer)
        response = client.get(reverse("my_work"))
        assert response.status_code == 200
        assert response.context["mode"] == "none"


def test_uploaded_file_names_are_not_guessable(bd):
    assert bd.evidence.file.name != f"evidence/{bd.task.pk}/anh-hien-truong.png"
    assert len(PNG) == bd.evidence.size


def test_the_task_page_speaks_english_after_the_language_switch(client, bd):
    client.force_login(bd.official)
    client.post(reverse("set_language"), {"language": "en", "next": task_url(bd.task)})
    html = client.get(task_url(bd.task)).content.decode()
    assert "Save and submit" in html and "Reporting period" in html and "History of changes" in html
    html = client.get(reverse("my_work")).content.decode()
    assert "To report this period" in html
