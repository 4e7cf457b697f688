"""log_progress: one report per task, unit and period, validated, with evidence and history."""

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile

from assignments.models import Evidence, ProgressReport
from assignments.services import log_progress
from plans.periods import ReportingPeriod
from portal.tests.world import PDF, PNG, build_ward, pdf_upload, png_upload

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("periods_open")]

Q4 = ReportingPeriod(2026, "quarter", 4)


@pytest.fixture
def bd(today):
    return build_ward("bach-dang", "Bạch Đằng", reports=0)


def log(bd, **kwargs):
    values = dict(
        task=bd.task,
        unit=bd.ubnd,
        period=Q4,
        status="in_progress",
        percent=40,
        narrative="Đã khảo sát hiện trạng",
        author=bd.official,
    )
    values.update(kwargs)
    return log_progress(**values)


def test_it_records_the_lead_units_report(bd):
    report = log(bd)
    assert (report.task, report.unit, report.period, report.status, report.percent) == (
        bd.task,
        bd.ubnd,
        Q4,
        "in_progress",
        40,
    )
    assert report.author == bd.official
    assert report.history.latest().history_user == bd.official


def test_posting_again_for_the_period_updates_the_report(bd):
    first = log(bd, files=[png_upload()])
    second = log(bd, status="done", percent=100, completed_on=Q4.start, files=[pdf_upload()])
    assert second.pk == first.pk
    assert ProgressReport.objects.filter(task=bd.task).count() == 1
    second.refresh_from_db()
    assert second.status == "done"
    assert sorted(second.evidence.values_list("original_name", flat=True)) == ["anh-hien-truong.png", "bien-ban.pdf"]
    changes = second.history.latest().diff_against(second.history.earliest()).changed_fields
    assert {"status", "percent", "completed_on"} <= set(changes)


def test_another_period_is_another_report(bd):
    log(bd)
    log(bd, period=Q4.previous())
    assert ProgressReport.objects.filter(task=bd.task, unit=bd.ubnd).count() == 2


def test_a_coordinating_unit_reports_its_part(bd):
    report = log(bd, unit=bd.congan, author=bd.coordinator)
    assert report.unit == bd.congan
    assert ProgressReport.objects.filter(task=bd.task).count() == 1


def test_a_unit_without_a_role_on_the_task_cannot_report(bd):
    with pytest.raises(ValidationError) as error:
        log(bd, unit=bd.other_unit)
    assert "unit" in error.value.message_dict
    assert not ProgressReport.objects.exists()


def test_it_refuses_a_period_that_has_not_begun(bd):
    with pytest.raises(ValidationError) as error:
        log(bd, period=ReportingPeriod(2027, "quarter", 1))
    assert error.value.message_dict["period"] == ["Chưa thể báo cáo cho kỳ chưa bắt đầu."]


@pytest.mark.parametrize("percent", [101, 250])
def test_it_refuses_a_percent_above_100(bd, percent):
    with pytest.raises(ValidationError) as error:
        log(bd, status="blocked", percent=percent)
    assert "100" in str(error.value)
    assert not ProgressReport.objects.exists()


def test_it_refuses_a_negative_percent(bd):
    with pytest.raises(ValidationError):
        log(bd, percent=-5)


def test_100_percent_in_progress_must_say_done(bd):
    with pytest.raises(ValidationError) as error:
        log(bd, percent=100)
    assert "Hoàn thành" in error.value.message_dict["percent"][0]


def test_done_means_100_percent(bd):
    assert log(bd, status="done", percent=60).percent == 100


def test_not_started_means_0_percent(bd):
    with pytest.raises(ValidationError) as error:
        log(bd, status="not_started", percent=10)
    assert "percent" in error.value.message_dict


def test_a_completion_date_needs_a_done_status(bd):
    with pytest.raises(ValidationError) as error:
        log(bd, completed_on=Q4.start)
    assert "completed_on" in error.value.message_dict


def test_a_completion_date_cannot_be_in_the_future(bd, today):
    with pytest.raises(ValidationError) as error:
        log(bd, status="done", percent=100, completed_on=today.replace(day=28))
    assert error.value.message_dict["completed_on"] == ["Ngày hoàn thành không được sau hôm nay."]


def test_it_stores_evidence_with_type_and_size(bd):
    report = log(bd, files=[png_upload("ảnh hiện trường.png"), pdf_upload()])
    evidence = list(report.evidence.order_by("original_name"))
    assert [(e.original_name, e.content_type, e.size) for e in evidence] == [
        ("bien-ban.pdf", "application/pdf", len(PDF)),
        ("ảnh hiện trường.png", "image/png", len(PNG)),
    ]
    assert all(e.file.name.startswith(f"evidence/{bd.task.pk}/") for e in evidence)


def test_it_accepts_office_documents(bd):
    docx = SimpleUploadedFile("bao-cao.docx", b"PK\x03\x04" + b"\x00" * 60)
    xls = SimpleUploadedFile("so-lieu.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 60)
    report = log(bd, files=[docx, xls])
    assert report.evidence.count() == 2


@pytest.mark.parametrize(
    ("name", "content", "code_text"),
    [
        ("virus.exe", b"MZ\x90\x00", "chỉ nhận ảnh"),
        ("bao-cao.pdf", PNG, "không đúng với loại tệp PDF"),
        ("anh.png", b"<script>alert(1)</script>", "không đúng với loại tệp PNG"),
        ("trang.html", b"<html></html>", "chỉ nhận ảnh"),
        ("rong.pdf", b"", "rỗng"),
    ],
)
def test_it_refuses_other_files_and_writes_nothing(bd, name, content, code_text):
    with pytest.raises(ValidationError) as error:
        log(bd, files=[png_upload(), SimpleUploadedFile(name, content)])
    assert code_text in " ".join(error.value.message_dict["files"])
    assert not ProgressReport.objects.exists()
    assert not Evidence.objects.exists()


def test_it_refuses_files_over_the_size_limit(bd, settings):
    settings.EVIDENCE_MAX_BYTES = 100
    with pytest.raises(ValidationError) as error:
        log(bd, files=[SimpleUploadedFile("lon.pdf", b"%PDF-" + b"0" * 200)])
    assert "quá lớn" in error.value.message_dict["files"][0]
