"""A new ward's office imports its own plans (``realistic_docs``: three documents the reader had
never seen) through the pages, and checks what it would check: the header, how many items,
targets, tasks and projects, and one task's lead, coordinators and period."""

import datetime as dt
import re
from decimal import Decimal

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils.text import slugify

from accounts.models import Profile
from assignments.models import Task
from core.text import fold
from exchange.models import PlanImport
from plans.models import Plan
from portal.tests.factories import UnitFactory, WardFactory, make_user
from projects.models import Project
from targets.models import Target

from .realistic_docs import DOCUMENTS, EXPECTED

pytestmark = pytest.mark.django_db

# The units of the three wards, as each ward keeps them (short names as offices write them).
UNITS = [
    ("Ủy ban nhân dân phường", "UBND phường"),
    ("Văn phòng HĐND-UBND phường", ""),
    ("Phòng Kinh tế, Hạ tầng và Đô thị", "Phòng KTHT&ĐT"),
    ("Phòng Văn hóa - Xã hội", "Phòng VH-XH"),
    ("Trung tâm Dịch vụ Sự nghiệp công", "Trung tâm Dịch vụ SNC"),
    ("Công an phường", ""),
    ("Ủy ban Mặt trận Tổ quốc Việt Nam phường", "UBMTTQ phường"),
    ("Đoàn Thanh niên phường", ""),
    ("Hội Liên hiệp Phụ nữ phường", ""),
    ("Các tổ dân phố", ""),
    ("Các đoàn thể phường", ""),
    ("Hội Doanh nhân trẻ", ""),
    ("Thuế cơ sở 4", ""),
]


def new_ward_office(name: str):
    """The follow-up office of a new ward named as its document's, with its units."""
    ward = WardFactory(slug="trial-" + slugify(fold(name)), name=name)
    for unit, short in UNITS:
        UnitFactory(ward=ward, name=unit, short_name=short or unit)
    return make_user(Profile.Role.FOLLOW_UP, ward=ward)


@pytest.mark.parametrize("name", sorted(DOCUMENTS))
def test_a_new_wards_plan_document_becomes_its_plan(client, name):
    expected = EXPECTED[name]
    office = new_ward_office(expected["ward"])
    ward = office.profile.ward
    client.force_login(office)
    upload = SimpleUploadedFile(f"{name}.docx", DOCUMENTS[name]())
    response = client.post(reverse("exchange:plan_import", kwargs={"ward": ward.slug}), {"file": upload})
    assert response.status_code == 302
    row = PlanImport.objects.get(ward=ward)
    review = client.get(response["Location"])
    assert review.status_code == 200 and expected["number"] in review.content.decode()
    proposal = row.proposal
    header = proposal["header"]
    assert (header["number"], header["issuing_body_name"], header["issued_on"]) == (
        expected["number"],
        expected["issuing_body_name"],
        expected["date"],
    )
    assert len(header["basis"]) == expected["basis"]
    items = [(i["kind"], i["title"]) for i in proposal["items"]]
    assert [i for i in items if i in expected["items"]] == expected["items"], items
    title, lead, period = expected["key_task"]
    holder = next(i for i in proposal["items"] if i["title"] == title)
    assert holder["kind"] in ("programme", "key_task") and lead in holder["assignment"]
    assert holder["period_text"] == period

    confirm = reverse("exchange:plan_import_confirm", kwargs={"ward": ward.slug, "token": row.token})
    response = client.post(confirm, {"version": row.version})
    assert response.status_code == 302, re.findall(r"(?s)cần sửa những điểm sau.{0,2500}", response.content.decode())
    plan = Plan.objects.get(ward=ward)
    assert plan.number == expected["number"] and plan.issued_on == dt.date.fromisoformat(expected["date"])
    tasks = Task.objects.filter(plan_item__plan=plan)
    assert tasks.count() == expected["tasks"]
    assert Target.objects.filter(plan_item__plan=plan).count() == (expected["targets"])
    projects = Project.objects.filter(plan_item__plan=plan)
    assert projects.count() == expected["projects"]
    if "sample_project" in expected:
        name, total, capital = expected["sample_project"]
        project = projects.get(name=name)
        assert project.total_investment == Decimal(total)
        assert {c.year: c.planned for c in project.capital_years.all()} == {y: Decimal(v) for y, v in capital.items()}
    title, lead, coordinators, period = expected["sample_task"]
    task = tasks.get(title=title)
    assert [u.name for u in task.lead_units] == [lead]
    assert ", ".join(sorted(u.name.lower() for u in task.coordinating_units)) == ", ".join(
        sorted(n.strip().lower() for n in coordinators.replace(";", ",").split(","))
    )
    assert task.period_text == period
    # The plan's page and the four lists open with what was imported.
    assert client.get(reverse("plan_detail", kwargs={"plan_pk": plan.pk})).status_code == 200
