"""The office's unit pages: edit a unit and its spellings, merge two units (assignments.unit_admin)."""

from __future__ import annotations

import pytest
from django.urls import reverse

from accounts.models import Profile
from assignments.models import ProgressReport, TaskUnit, Unit, UnitAlias
from portal.tests.factories import (
    ProgressReportFactory,
    ProjectFactory,
    TargetFactory,
    TaskFactory,
    TaskUnitFactory,
    UnitFactory,
    make_user,
)
from portal.tests.world import build_ward
from projects.models import Project
from targets.models import Target

pytestmark = pytest.mark.django_db

LEAD, COORDINATOR = TaskUnit.Role.LEAD, TaskUnit.Role.COORDINATOR


@pytest.fixture
def bd():
    return build_ward("bach-dang", "Bạch Đằng")


@pytest.fixture
def office(client, bd):
    client.force_login(bd.follow_up)
    return client


@pytest.fixture
def twin(bd):
    """Bạch Đằng's UBND entered a second time under another spelling, with references of its own."""
    twin = UnitFactory(ward=bd.ward, name="UBND phường Bạch Đằng", short_name="UBND BĐ", kind="committee")
    UnitAlias.objects.create(unit=twin, alias="Ủy ban phường")
    t = type("Twin", (), {})()
    t.unit = twin
    # A task where the twin leads and the UBND only coordinates: after the merge the UBND leads.
    t.shared = TaskFactory(plan_item=bd.item)
    TaskUnitFactory(task=t.shared, unit=bd.ubnd, role=COORDINATOR, position=1)
    TaskUnitFactory(task=t.shared, unit=twin, role=LEAD, position=0)
    # A task of the twin alone, and one where both lead.
    t.alone = TaskFactory(plan_item=bd.item)
    TaskUnitFactory(task=t.alone, unit=twin, role=COORDINATOR)
    t.both_lead = TaskFactory(plan_item=bd.item)
    TaskUnitFactory(task=t.both_lead, unit=bd.ubnd, role=LEAD)
    TaskUnitFactory(task=t.both_lead, unit=twin, role=LEAD, position=1)
    t.target = TargetFactory(plan_item=bd.item, responsible_unit=twin)
    t.project = ProjectFactory(ward=bd.ward, plan_item=bd.item, lead_unit=twin)
    t.project.implementing_units.add(twin, bd.congan)
    t.project_both = ProjectFactory(ward=bd.ward, plan_item=bd.item, lead_unit=bd.ubnd)
    t.project_both.implementing_units.add(twin, bd.ubnd)
    t.report = ProgressReportFactory(task=t.alone, unit=twin, period_index=2)
    t.official = make_user(Profile.Role.OFFICIAL, ward=bd.ward, unit=twin, username="bd.ubnd2")
    return t


def preview_url(kept, removed):
    return reverse("unit_merge", kwargs={"unit_pk": kept.pk}) + f"?removed={removed.pk}"


def confirm(client, kept, removed, **extra):
    data = {"removed": removed.pk, "kept_version": kept.version, "removed_version": removed.version, **extra}
    return client.post(reverse("unit_merge", kwargs={"unit_pk": kept.pk}), data)


def test_the_preview_says_what_will_move_and_changes_nothing(office, bd, twin):
    response = office.get(preview_url(bd.ubnd, twin.unit))
    assert response.status_code == 200
    plan = response.context["plan"]
    moves = dict(plan.moves)
    assert moves["vai trò trong nhiệm vụ"] == 3
    assert plan.shared_tasks == 2
    assert set(plan.new_aliases) == {"UBND phường Bạch Đằng", "UBND BĐ", "Ủy ban phường"}
    assert not plan.blockers
    assert Unit.objects.filter(pk=twin.unit.pk).exists()
    body = response.content.decode()
    assert "Gộp" in body and "UBND phường Bạch Đằng" in body


def test_merging_moves_every_reference_and_keeps_the_names(office, bd, twin):
    kept = bd.ubnd
    response = confirm(office, kept, twin.unit)
    assert response.status_code == 302, response.content.decode()[:2000]
    assert not Unit.objects.filter(pk=twin.unit.pk).exists()
    # Tasks: one row per task, the lead wins.
    assert {(r.unit_id, r.role) for r in twin.shared.unit_roles.all()} == {(kept.pk, LEAD)}
    assert {(r.unit_id, r.role) for r in twin.alone.unit_roles.all()} == {(kept.pk, COORDINATOR)}
    assert {(r.unit_id, r.role) for r in twin.both_lead.unit_roles.all()} == {(kept.pk, LEAD)}
    assert Target.objects.get(pk=twin.target.pk).responsible_unit_id == kept.pk
    project = Project.objects.get(pk=twin.project.pk)
    assert project.lead_unit_id == kept.pk
    assert set(project.implementing_units.values_list("pk", flat=True)) == {kept.pk, bd.congan.pk}
    assert list(twin.project_both.implementing_units.values_list("pk", flat=True)) == [kept.pk]
    assert ProgressReport.objects.get(pk=twin.report.pk).unit_id == kept.pk
    assert Profile.objects.get(user=twin.official).unit_id == kept.pk
    # Nothing anywhere still points at the removed unit.
    for rel in Unit._meta.related_objects:
        assert not rel.related_model._default_manager.filter(**{rel.field.name: twin.unit.pk}).exists(), rel
    # Its names now match the kept unit.
    aliases = set(kept.aliases.values_list("alias", flat=True))
    assert {"UBND phường Bạch Đằng", "UBND BĐ", "Ủy ban phường"} <= aliases
    # The history: the removed unit's deletion and the kept unit's save, with the reason.
    assert Unit.history.filter(id=twin.unit.pk, history_type="-").exists()
    reasons = list(Unit.history.filter(id=kept.pk).values_list("history_change_reason", flat=True))
    assert any("UBND phường Bạch Đằng" in (reason or "") for reason in reasons)
    assert Target.history.filter(id=twin.target.pk, responsible_unit_id=kept.pk).exists()


def test_two_reports_of_the_same_period_block_the_merge(office, bd, twin):
    ProgressReportFactory(task=twin.alone, unit=bd.ubnd, period_index=2)
    preview = office.get(preview_url(bd.ubnd, twin.unit))
    assert preview.context["plan"].blockers
    response = confirm(office, bd.ubnd, twin.unit)
    assert response.status_code == 400
    assert "Không thể gộp" in response.content.decode()
    assert Unit.objects.filter(pk=twin.unit.pk).exists()
    assert TaskUnit.objects.filter(unit=twin.unit).count() == 3


def test_a_unit_changed_since_the_preview_is_not_merged(office, bd, twin):
    kept = bd.ubnd
    stale_version = twin.unit.version
    twin.unit.short_name = "UBND (đổi)"
    twin.unit.save()
    response = confirm(office, kept, twin.unit, removed_version=stale_version)
    assert response.status_code == 409
    assert "Trong lúc bạn sửa" in response.content.decode()
    assert Unit.objects.filter(pk=twin.unit.pk).exists()
    assert TaskUnit.objects.filter(unit=twin.unit).count() == 3


def test_a_unit_of_another_ward_cannot_be_merged_in(office, bd, twin):
    other = build_ward("nguyen-dai-nang", "Nguyễn Đại Năng")
    response = confirm(office, bd.ubnd, other.ubnd)
    assert response.status_code == 400
    assert Unit.objects.filter(pk=other.ubnd.pk).exists()
    response = office.get(preview_url(bd.ubnd, bd.ubnd))
    assert response.status_code == 400


def test_huge_or_garbage_ids_are_a_clear_400(office, bd):
    for value in ("9" * 30, "abc", "-1"):
        response = office.get(reverse("unit_merge", kwargs={"unit_pk": bd.ubnd.pk}) + f"?removed={value}")
        assert response.status_code == 400, value


def test_the_office_creates_and_edits_a_unit_with_its_spellings(office, bd):
    response = office.post(
        reverse("unit_create", kwargs={"ward_slug": bd.ward.slug}),
        {
            "name": "Phòng Văn hóa - Xã hội",
            "short_name": "Phòng VH-XH",
            "kind": "office",
            "spellings": "VHXH\nvhxh\nPhòng VHXH",
        },
    )
    assert response.status_code == 302
    unit = Unit.objects.get(ward=bd.ward, name="Phòng Văn hóa - Xã hội")
    assert sorted(unit.aliases.values_list("alias", flat=True)) == ["Phòng VHXH", "VHXH"]
    url = reverse("unit_edit", kwargs={"unit_pk": unit.pk})
    form = office.get(url).context["form"]
    assert form.initial["version"] == unit.version
    data = {
        "name": unit.name,
        "short_name": "VH-XH",
        "kind": "office",
        "is_external": "",
        "spellings": "VHXH",
        "version": unit.version,
    }
    assert office.post(url, data).status_code == 302
    unit.refresh_from_db()
    assert unit.short_name == "VH-XH"
    assert list(unit.aliases.values_list("alias", flat=True)) == ["VHXH"]
    # The same form posted again (a second browser loaded at the old version): refused, 409.
    data["short_name"] = "Khác"
    response = office.post(url, data)
    assert response.status_code == 409
    unit.refresh_from_db()
    assert unit.short_name == "VH-XH"


def test_a_spelling_of_another_unit_is_refused(office, bd):
    url = reverse("unit_edit", kwargs={"unit_pk": bd.congan.pk})
    data = {"name": bd.congan.name, "kind": "security", "spellings": "UBND phường", "version": bd.congan.version}
    response = office.post(url, data)
    assert response.status_code == 400
    assert "Ủy ban nhân dân phường" in response.content.decode()
    assert not bd.congan.aliases.exists()
    # A name already used in the ward: the model's unique constraint, said on the field.
    response = office.post(url, {**data, "spellings": "", "name": bd.ubnd.name})
    assert response.status_code == 400


PAGES = [
    ("unit_list", lambda w: {"ward_slug": w.ward.slug}),
    ("unit_create", lambda w: {"ward_slug": w.ward.slug}),
    ("unit_edit", lambda w: {"unit_pk": w.ubnd.pk}),
    ("unit_merge", lambda w: {"unit_pk": w.ubnd.pk}),
    ("people_list", lambda w: {"ward_slug": w.ward.slug}),
    ("person_create", lambda w: {"ward_slug": w.ward.slug}),
    ("person_detail", lambda w: {"user_pk": w.official.pk}),
]


@pytest.mark.parametrize("name,kwargs", PAGES, ids=[p[0] for p in PAGES])
def test_permission_matrix(client, bd, name, kwargs):
    """Anonymous: sign in; official, viewer: 403; another ward's office: 404; the office: 200."""
    other = build_ward("nguyen-dai-nang", "Nguyễn Đại Năng")
    url = reverse(name, kwargs=kwargs(bd))
    response = client.get(url)
    assert response.status_code == 302 and response["Location"].startswith(reverse("login"))
    for user, expected in (
        (bd.official, 403),
        (bd.viewer, 403),
        (other.follow_up, 404),
        (bd.follow_up, 200),
    ):
        client.force_login(user)
        assert client.get(url).status_code == expected, user
        if expected != 200:
            assert client.post(url, {"name": "x", "role": "follow_up"}).status_code in {expected, 405}
        client.logout()
