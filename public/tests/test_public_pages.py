"""Public pages: what citizens see of a ward's published plans, and nothing else.

The walk reads the public URL patterns from the resolver, so a public page added later is
covered without editing this file. Two wards (Bạch Đằng, Nguyễn Đại Năng), each with a
published and an unpublished plan; Nguyễn Đại Năng's office also publishes narratives and
evidence. Every public URL is tried with every ward, plan, target and evidence file of both.
"""

from __future__ import annotations

import itertools
import re
from types import SimpleNamespace

import pytest
from django.urls import reverse

from assignments.models import Evidence, TaskUnit
from plans.services import set_publication
from portal.tests.factories import (
    PlanFactory,
    PlanItemFactory,
    ProgressReportFactory,
    TargetFactory,
    TargetMilestoneFactory,
    TaskFactory,
    TaskUnitFactory,
)
from portal.tests.test_isolation import iter_patterns
from portal.tests.world import build_world, png_upload

pytestmark = pytest.mark.django_db

# A yearly milestone of each unpublished plan's target: its figure must show on no public page.
PRIVATE_MILESTONE = "4.321,5"
PEOPLE = ["Nguyễn Văn Báo Cáo", "Trần Thị Nhập Liệu", "Lê Văn Ký Tên", "Phạm Thị Văn Phòng"]
# Free text typed by officials (a measurement's source, like a report's narrative) may name
# anyone: it is shown only on plans whose office published narratives, having read them.
SOURCE = "Sổ theo dõi của tổ trưởng {}"


def add_private_plan(w, name: str):
    """A second plan of the ward, never published, with a task, a report, a target and evidence."""
    plan = PlanFactory(ward=w.ward, code=f"{w.ward.slug}-rieng", title=f"Kế hoạch nội bộ chưa công khai ({name})")
    item = PlanItemFactory(plan=plan, key="A", number="I", title=f"Nhóm nội bộ ({name})")
    task = TaskFactory(plan_item=item, title=f"Nhiệm vụ nội bộ bí mật ({name})")
    TaskUnitFactory(task=task, unit=w.ubnd, role=TaskUnit.Role.LEAD)
    report = ProgressReportFactory(task=task, unit=w.ubnd, narrative=f"Tường thuật nội bộ ({name})")
    evidence = Evidence.objects.create(report=report, file=png_upload(), original_name="noi-bo.png", size=10)
    target = TargetFactory(plan_item=item, measure=f"Chỉ tiêu nội bộ ({name})")
    TargetMilestoneFactory(target=target, year=2028, value="4321.5")
    return SimpleNamespace(plan=plan, task=task, report=report, evidence=evidence, target=target)


@pytest.fixture
def world(today):
    world = build_world()
    bd, ndn = world.bd, world.ndn
    # People's names in every place a name can hide: report authors, measurement recorders,
    # the plan's signer, the users themselves.
    bd.official.first_name, ndn.official.first_name = PEOPLE[0], PEOPLE[1]
    bd.follow_up.first_name = PEOPLE[3]
    for user in (bd.official, ndn.official, bd.follow_up):
        user.save()
    for w, author in ((bd, bd.official), (ndn, ndn.official)):
        w.report.author = author
        w.report.narrative = f"Kết quả bước 1 do đơn vị tường thuật ({w.ward.name})"
        w.report.save()
        w.measurement.recorded_by = author
        w.measurement.source = SOURCE.format(w.ward.name)
        w.measurement.save()
        w.plan.signer_name = PEOPLE[2]
        w.plan.save()
        w.private = add_private_plan(w, w.ward.name)
    set_publication(plan=bd.plan, published=True, narratives=False, evidence=False, author=bd.follow_up)
    set_publication(plan=ndn.plan, published=True, narratives=True, evidence=True, author=ndn.follow_up)
    bd.plan.refresh_from_db()
    ndn.plan.refresh_from_db()
    return world


PUBLIC_PATTERNS = [p for p in iter_patterns() if p.name and p.name.startswith("public:")]


def test_the_walk_finds_the_public_pages():
    names = {p.name for p in PUBLIC_PATTERNS}
    assert {"public:index", "public:ward", "public:plan", "public:target", "public:evidence"} <= names


def candidates(world) -> dict[str, list]:
    """Every value each URL kwarg may take: the objects of both wards, published or not."""
    wards = (world.bd, world.ndn)
    return {
        "ward_slug": [w.ward for w in wards],
        "plan_pk": [p for w in wards for p in (w.plan, w.private.plan)],
        "target_pk": [t for w in wards for t in (w.target, w.private.target)],
        "evidence_pk": [e for w in wards for e in (w.evidence, w.private.evidence)],
    }


def expected_visible(values: dict) -> bool:
    """Is this combination a published page? The plan published and in the ward of the URL,
    the target in that plan, the file in that plan and its evidence published."""
    ward, plan = values.get("ward_slug"), values.get("plan_pk")
    if ward is not None and plan is None:
        return ward.plans.filter(published=True).exists()
    if plan is None:
        return True
    if not plan.published or plan.ward_id != ward.pk:
        return False
    if "target_pk" in values and values["target_pk"].plan_item.plan_id != plan.pk:
        return False
    if "evidence_pk" in values:
        evidence = values["evidence_pk"]
        return plan.publish_evidence and evidence.report.task.plan_item.plan_id == plan.pk
    return True


def secrets(world, plan) -> list[str]:
    """What no public page may show: unpublished plans, people's names, and narratives and
    files of plans whose office did not publish them (``plan``: the plan of the URL, if any)."""
    found = list(PEOPLE) + [world.bd.official.username, world.ndn.official.username]
    for w in (world.bd, world.ndn):
        private = w.private
        found += [private.plan.title, private.task.title, private.report.narrative, private.target.measure]
        found += ["noi-bo.png", PRIVATE_MILESTONE]
    # Bạch Đằng publishes its plan, not its narratives nor its files.
    found += [world.bd.report.narrative, f"/minh-chung/{world.bd.evidence.pk}/"]
    found += [world.bd.measurement.source]
    if plan is None or plan.pk != world.ndn.plan.pk:  # published, but only on its own plan's pages
        found += [world.ndn.report.narrative, world.ndn.measurement.source]
    return found


def walk(world):
    """(url, values) for every public URL with every combination of both wards' objects."""
    options = candidates(world)
    for pattern in PUBLIC_PATTERNS:
        kwarg_values = [[(name, value) for value in options[name]] for name in pattern.kwargs]
        for combo in itertools.product(*kwarg_values):
            values = dict(combo)
            kwargs = {k: (v.slug if k == "ward_slug" else v.pk) for k, v in values.items()}
            yield reverse(pattern.name, kwargs=kwargs), values


@pytest.mark.parametrize("who", ["anonymous", "other ward's office", "own ward's office"])
def test_every_public_url_shows_only_published_plans_and_no_names(client, world, who):
    viewer = None
    if who != "anonymous":
        viewer = world.ndn.follow_up if who == "other ward's office" else world.bd.follow_up
        client.force_login(viewer)
    seen = 0
    for url, values in walk(world):
        response = client.get(url)
        visible = expected_visible(values)
        assert response.status_code == (200 if visible else 404), f"{who} GET {url}: {response.status_code}"
        if response.status_code == 200 and not response.streaming:
            seen += 1
            body = response.content.decode()
            for secret in secrets(world, values.get("plan_pk")):
                if viewer is not None and secret == viewer.first_name:
                    continue  # the header names the signed-in user to themself
                assert secret not in body, f"{who} GET {url} shows {secret!r}"
    assert seen >= 5  # index, both wards, both published plans, at least


def test_a_published_plan_shows_its_tree_statuses_targets_and_projects(client, world):
    bd = world.bd
    response = client.get(reverse("public:plan", kwargs={"ward_slug": bd.ward.slug, "plan_pk": bd.plan.pk}))
    body = response.content.decode()
    assert bd.item.title in body and bd.task.title in body
    assert 'class="badge badge--' in body  # task statuses, from assignments.status
    assert (
        reverse("public:target", kwargs={"ward_slug": bd.ward.slug, "plan_pk": bd.plan.pk, "target_pk": bd.target.pk})
        in body
    )
    assert bd.project.name in body
    assert "1.000" in body and "500" in body  # capital planned and disbursed, written the Vietnamese way
    assert 'data-testid="on-time"' in body


def test_narratives_and_evidence_show_only_where_the_office_published_them(client, world):
    ndn, bd = world.ndn, world.bd
    body = client.get(reverse("public:plan", kwargs={"ward_slug": ndn.ward.slug, "plan_pk": ndn.plan.pk})).content
    assert ndn.report.narrative in body.decode()
    url = reverse(
        "public:evidence", kwargs={"ward_slug": ndn.ward.slug, "plan_pk": ndn.plan.pk, "evidence_pk": ndn.evidence.pk}
    )
    assert url in body.decode()
    response = client.get(url)
    assert response.status_code == 200 and b"".join(response.streaming_content).startswith(b"\x89PNG")
    body = client.get(reverse("public:plan", kwargs={"ward_slug": bd.ward.slug, "plan_pk": bd.plan.pk})).content
    assert bd.report.narrative not in body.decode()
    assert "/minh-chung/" not in body.decode()


def test_the_index_lists_only_wards_that_publish(client, world):
    body = client.get(reverse("public:index")).content.decode()
    assert str(world.bd.ward.name) in body and str(world.ndn.ward.name) in body
    assert world.far.ward.name not in body  # Hải Châu publishes nothing


def test_public_pages_are_read_only(client, world):
    for url, values in walk(world):
        if expected_visible(values):
            assert client.post(url).status_code == 405, url


def test_the_target_page_works_without_javascript(client, world):
    bd = world.bd
    url = reverse("public:target", kwargs={"ward_slug": bd.ward.slug, "plan_pk": bd.plan.pk, "target_pk": bd.target.pk})
    body = client.get(url).content.decode()
    # The chart waits for target-chart.js (hidden until drawn); the table says the same in text.
    assert re.search(r'<figure class="chart" hidden', body)
    assert 'data-testid="measurement-table"' in body and "10 doanh nghiệp/1.000 dân" in body
    assert 'id="target-chart-data" type="application/json"' in body
    assert not re.search(r"<script(?![^>]*\b(src|type=\"application/json\"))", body)  # no inline script (CSP)
    assert bd.measurement.source not in body  # officials' free text: only with published narratives


def test_the_target_page_lists_the_milestones_and_its_path_bends_at_them(client, world):
    bd = world.bd
    TargetMilestoneFactory(target=bd.target, year=2027, value=14)
    TargetMilestoneFactory(target=bd.target, year=2028, value="16.5")
    url = reverse("public:target", kwargs={"ward_slug": bd.ward.slug, "plan_pk": bd.plan.pk, "target_pk": bd.target.pk})
    response = client.get(url)
    body = response.content.decode()
    assert 'data-testid="milestone-table"' in body
    assert "14 doanh nghiệp/1.000 dân" in body and "16,5 doanh nghiệp/1.000 dân" in body
    path = response.context["d"].chart["path"]
    assert {"x": 2027.0, "y": 14.0} in path and {"x": 2028.0, "y": 16.5} in path  # as on the ward's own page
    private = world.bd.private.target
    private_url = reverse(
        "public:target",
        kwargs={"ward_slug": bd.ward.slug, "plan_pk": private.plan_item.plan_id, "target_pk": private.pk},
    )
    assert client.get(private_url).status_code == 404


def test_publishing_and_withdrawing_show_at_once_despite_the_cache(client, world):
    bd = world.bd
    url = reverse("public:plan", kwargs={"ward_slug": bd.ward.slug, "plan_pk": bd.plan.pk})
    assert client.get(url).status_code == 200  # now cached
    set_publication(plan=bd.plan, published=False, narratives=False, evidence=False)
    assert client.get(url).status_code == 404
    assert client.get(reverse("public:ward", kwargs={"ward_slug": bd.ward.slug})).status_code == 404
    set_publication(plan=bd.plan, published=True, narratives=True, evidence=False)
    body = client.get(url).content.decode()
    assert bd.report.narrative in body  # not the cached page of before


def test_a_new_report_changes_the_public_page(client, world):
    bd = world.bd
    url = reverse("public:plan", kwargs={"ward_slug": bd.ward.slug, "plan_pk": bd.plan.pk})
    assert on_time(client.get(url)) == {"done_on_time": 0, "done_late": 0, "in_time": 2, "overdue": 0}
    ProgressReportFactory(task=bd.task, unit=bd.ubnd, period_year=2026, period_index=4, status="done", percent=100)
    assert on_time(client.get(url)) == {"done_on_time": 1, "done_late": 0, "in_time": 1, "overdue": 0}


def on_time(response) -> dict[str, int]:
    """The on-time figures of a public page, by group."""
    found = re.findall(r'data-key="(\w+)"><span class="on-time__value">(\d+)<', response.content.decode())
    return {key: int(n) for key, n in found}


@pytest.mark.parametrize(
    "url",
    [
        "/cong-khai/{ward}/ke-hoach/99999999999999999999999/",
        "/cong-khai/{ward}/ke-hoach/{plan}/chi-tieu/9223372036854775808/",
        "/cong-khai/{ward}/ke-hoach/{plan}/minh-chung/9223372036854775808/",
        "/cong-khai/" + "x" * 400 + "/",
    ],
)
def test_hostile_addresses_are_not_found(client, world, url):
    url = url.format(ward=world.ndn.ward.slug, plan=world.ndn.plan.pk)
    assert client.get(url).status_code == 404
