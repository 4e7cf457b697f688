"""Two wards with a bit of everything, and the named actors of the tests.

bd = build_ward("bach-dang", "Bạch Đằng")
bd.official      an official of Bạch Đằng's UBND (the task's lead unit)
bd.coordinator   an official of Bạch Đằng's Công an phường (coordinating unit)
bd.bystander     an official of a unit with no role on the task
bd.follow_up     the follow-up office (Văn phòng Đảng ủy)
bd.viewer        a committee viewer (Thường trực Đảng ủy)
bd.comment       the official's comment on bd.task; bd.notification: the office's notification of it
bd.job           a failed background job of the ward (core.jobs) with a file, as a report job leaves it
ndn = build_ward("nguyen-dai-nang", "Nguyễn Đại Năng")
ndn.official     an official of Nguyễn Đại Năng, who must get 403/404 on Bạch Đằng's data
"""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile

from accounts.models import Profile
from assignments.models import Evidence, ProgressReport, TaskUnit
from core.models import BackgroundJob
from plans.models import City
from talk.models import Comment, Notification

from .factories import (
    CapitalYearFactory,
    CityFactory,
    MeasurementFactory,
    PlanFactory,
    PlanItemFactory,
    ProgressReportFactory,
    ProjectFactory,
    TargetFactory,
    TaskFactory,
    TaskUnitFactory,
    UnitFactory,
    WardFactory,
    make_user,
)

PNG = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89"
    b"\x00\x00\x00\rIDATx\x9cc\xf8\x0f\x00\x00\x01\x01\x00\x05\x18\xd8N\x00\x00\x00\x00IEND\xaeB`\x82"
)
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def png_upload(name: str = "anh-hien-truong.png") -> SimpleUploadedFile:
    return SimpleUploadedFile(name, PNG, content_type="image/png")


def pdf_upload(name: str = "bien-ban.pdf") -> SimpleUploadedFile:
    return SimpleUploadedFile(name, PDF, content_type="application/pdf")


def build_ward(slug: str, name: str, *, city: City | None = None, tasks: int = 1, reports: int = 1):
    """A ward with a plan, units, ``tasks`` tasks (the first with ``reports`` reports and evidence),
    a target with a measurement, a project with a capital year, and its users."""
    # A city and slugs of their own, so these wards never clash with the seeded ones
    # (the session-wide seed may already hold "bach-dang" in Hải Phòng).
    city = city or CityFactory(name="Thành phố Thử nghiệm", slug="thu-nghiem")
    ward = WardFactory(slug=f"{slug}-thu", name=name, city=city)
    plan = PlanFactory(ward=ward, code=f"{slug}-plan")
    group = PlanItemFactory(plan=plan, key="PL1", kind="appendix", number="PL1", title="Phụ lục 1")
    item = PlanItemFactory(plan=plan, parent=group, key="PL1.I", number="I", title="Nhóm phát triển kinh tế")
    ubnd = UnitFactory(ward=ward, name="Ủy ban nhân dân phường", short_name="UBND phường", kind="committee")
    congan = UnitFactory(ward=ward, name="Công an phường", kind="security")
    other_unit = UnitFactory(ward=ward, name="Trạm Y tế phường", kind="health")
    w = SimpleNamespace(ward=ward, plan=plan, group=group, item=item, ubnd=ubnd, congan=congan, other_unit=other_unit)

    w.tasks = []
    for i in range(tasks):
        task = TaskFactory(
            plan_item=item,
            title=f"Thu hút đầu tư hạ tầng số {i + 1} ({name})",
            expected_result="Báo cáo kết quả",
        )
        TaskUnitFactory(task=task, unit=ubnd, role=TaskUnit.Role.LEAD)
        TaskUnitFactory(task=task, unit=congan, role=TaskUnit.Role.COORDINATOR, position=1)
        w.tasks.append(task)
    w.task = w.tasks[0]
    w.yearly_task = TaskFactory(
        plan_item=item, title=f"Rà soát hằng năm ({name})", period_kind="yearly", period_text="Hàng năm"
    )
    TaskUnitFactory(task=w.yearly_task, unit=ubnd, role=TaskUnit.Role.LEAD)

    w.reports = []
    for i in range(reports):
        year, index = 2026 - (i + 1) // 4, 3 - i % 4 if i % 4 < 3 else 4  # 2026-Q3, Q2, Q1, 2025-Q4…
        report = ProgressReportFactory(
            task=w.task,
            unit=ubnd if i % 2 == 0 else congan,
            period_kind="quarter",
            period_year=year,
            period_index=index,
            percent=10 + i,
            narrative=f"Đã triển khai bước {i + 1}",
        )
        w.reports.append(report)
    w.report = w.reports[0] if w.reports else None
    w.evidence = (
        Evidence.objects.create(
            report=w.report,
            file=png_upload(),
            original_name="anh-hien-truong.png",
            content_type="image/png",
            size=len(PNG),
        )
        if w.report
        else None
    )

    w.target = TargetFactory(plan_item=item, responsible_unit=ubnd)
    w.measurement = MeasurementFactory(target=w.target)
    w.project = ProjectFactory(ward=ward, plan_item=item, lead_unit=ubnd)
    w.capital_year = CapitalYearFactory(project=w.project)

    w.official = make_user(Profile.Role.OFFICIAL, ward=ward, unit=ubnd, username=f"{slug}.ubnd")
    w.coordinator = make_user(Profile.Role.OFFICIAL, ward=ward, unit=congan, username=f"{slug}.congan")
    w.bystander = make_user(Profile.Role.OFFICIAL, ward=ward, unit=other_unit, username=f"{slug}.yte")
    w.follow_up = make_user(Profile.Role.FOLLOW_UP, ward=ward, username=f"{slug}.vanphong")
    w.viewer = make_user(Profile.Role.WARD_VIEWER, ward=ward, username=f"{slug}.thuongtruc")
    # A word in the task's thread, and the office's notification of it (talk).
    w.comment = Comment.objects.create(ward=ward, task=w.task, author=w.official, body="Đã gửi báo cáo quý.")
    w.notification = Notification.objects.create(
        recipient=w.follow_up,
        ward=ward,
        kind=Notification.Kind.COMMENT,
        actor=w.official,
        subject=w.task.title,
        text=w.comment.body,
        url=f"/tasks/{w.task.pk}/#binh-luan-{w.comment.pk}",
        key=f"comment:{w.comment.pk}",
        comment=w.comment,
    )
    w.job = BackgroundJob.objects.create(
        ward=ward, task_path="exchange.report.tasks.build_periodic_report", label="Báo cáo kết quả thực hiện (Word)",
        requested_by=w.follow_up, status=BackgroundJob.Status.FAILED, error="Ổ đĩa đầy",
        arguments={"plan_id": w.plan.pk, "kind": "quarter", "year": 2026, "index": 2, "include_submitted": False,
                   "day_iso": "2026-07-01"},
    )  # fmt: skip
    w.job.result_file.save("bao-cao.docx", ContentFile(b"PK report"))
    return w


def build_world():
    """Bạch Đằng and Nguyễn Đại Năng in Hải Phòng, a ward of another city, and the city viewers."""
    bd = build_ward("bach-dang", "Bạch Đằng")
    ndn = build_ward("nguyen-dai-nang", "Nguyễn Đại Năng", city=bd.ward.city)
    other_city = CityFactory(slug="da-nang", name="Thành phố Đà Nẵng")
    far = build_ward("hai-chau", "Hải Châu", city=other_city)
    city_viewer = make_user(Profile.Role.CITY_VIEWER, city=bd.ward.city, username="hp.thanhpho")
    return SimpleNamespace(bd=bd, ndn=ndn, far=far, city_viewer=city_viewer)


TODAY = dt.date(2026, 11, 27)
REPORT_STATUS = ProgressReport.Status
