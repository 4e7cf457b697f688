"""Evidence quotas: all the files of one report, and of one ward, stay under their limits."""

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from assignments.models import Evidence, ProgressReport
from assignments.services import log_progress
from plans.periods import ReportingPeriod
from portal.tests.world import PNG, build_ward, png_upload

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("periods_open")]

Q3, Q4 = ReportingPeriod(2026, "quarter", 3), ReportingPeriod(2026, "quarter", 4)


@pytest.fixture
def bd(today):
    return build_ward("bach-dang", "Bạch Đằng", tasks=2, reports=0)


def log(bd, period=Q4, task=None, files=()):
    return log_progress(
        task=task or bd.task,
        unit=bd.ubnd,
        period=period,
        status="in_progress",
        percent=40,
        author=bd.official,
        files=files,
    )


def test_a_report_takes_files_up_to_its_quota_and_not_one_byte_more(bd, settings):
    settings.EVIDENCE_REPORT_QUOTA_BYTES = 3 * len(PNG)
    report = log(bd, files=[png_upload("1.png"), png_upload("2.png")])
    log(bd, files=[png_upload("3.png")])  # exactly the quota
    with pytest.raises(ValidationError) as error:
        log(bd, files=[png_upload("4.png")])
    message = " ".join(error.value.message_dict["files"])
    assert "Báo cáo này đã có" in message and "vượt hạn mức" in message
    assert report.evidence.count() == 3
    # The refused post changed nothing: not the files, not the report.
    assert ProgressReport.objects.get(pk=report.pk).percent == 40


def test_another_report_has_its_own_quota(bd, settings):
    settings.EVIDENCE_REPORT_QUOTA_BYTES = len(PNG)
    log(bd, period=Q3, files=[png_upload()])
    log(bd, period=Q4, files=[png_upload()])
    assert Evidence.objects.count() == 2


def test_the_ward_quota_counts_every_report_of_the_ward(bd, settings, today):
    other = build_ward("nguyen-dai-nang", "Nguyễn Đại Năng", reports=0)
    settings.EVIDENCE_WARD_QUOTA_BYTES = 2 * len(PNG)
    log(bd, period=Q3, files=[png_upload()])
    log(bd, period=Q4, files=[png_upload()])
    with pytest.raises(ValidationError) as error:
        log(bd, period=Q4, task=bd.tasks[1], files=[png_upload()])
    assert "của phường" in " ".join(error.value.message_dict["files"])
    assert not ProgressReport.objects.filter(task=bd.tasks[1]).exists()
    # Another ward's files are its own business.
    log(other, files=[png_upload(), png_upload("2.png")])


def test_the_page_shows_the_quota_message_and_keeps_nothing(client, bd, settings):
    settings.EVIDENCE_REPORT_QUOTA_BYTES = len(PNG)
    client.force_login(bd.official)
    data = {"period": "2026-Q4", "status": "in_progress", "percent": "55", "narrative": "Đã làm"}
    url = reverse("task_detail", kwargs={"task_pk": bd.task.pk})
    response = client.post(url, {**data, "files": [png_upload("1.png"), png_upload("2.png")]})
    assert response.status_code == 400
    assert "vượt hạn mức" in response.content.decode()
    assert not Evidence.objects.exists() and not ProgressReport.objects.filter(period_index=4).exists()
