"""The project page and its services: phase, total investment, capital plan and disbursement per year."""

from decimal import Decimal as D

import pytest
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from portal.tests.factories import CapitalYearFactory, ProjectFactory
from portal.tests.world import build_ward
from projects.models import CapitalYear, Project
from projects.services import record_capital_year, update_project_progress

# Every test runs on TODAY (27/11/2026), pinned by the project's `today` fixture (conftest.py).
pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("today", "periods_open")]
BACKEND = "accounts.auth_backends.CachedModelBackend"


@pytest.fixture
def bd():
    return build_ward("bach-dang", "Bạch Đằng")


def url(project):
    return reverse("project_detail", kwargs={"project_pk": project.pk})


def snapshot(project):
    project.refresh_from_db()
    years = sorted(CapitalYear.objects.filter(project=project).values_list("year", "planned", "disbursed"))
    return project.phase, project.total_investment, years


def capital(**overrides):
    data = {"action": "capital", "capital-year": "2027", "capital-planned": "2.500", "capital-disbursed": "1.250,5"}
    data.update(overrides)
    return data


def progress(**overrides):
    data = {"action": "progress", "progress-phase": "construction", "progress-total_investment": "15.000"}
    data.update(overrides)
    return data


# Services


def test_record_capital_year_adds_then_updates_the_year(bd):
    row = record_capital_year(
        project=bd.project, year=2026, planned=D(2000), disbursed=D(1500), author=bd.follow_up, reviewer=True
    )
    assert row.pk == bd.capital_year.pk
    assert (row.planned, row.disbursed, row.disbursement_rate) == (D(2000), D(1500), D("75.0"))
    assert row.history.first().history_user == bd.follow_up


def test_an_official_cannot_change_approved_figures_but_drafts_a_new_year(bd):
    before = snapshot(bd.project)
    with pytest.raises(ValidationError, match="không sửa được"):
        record_capital_year(project=bd.project, year=2026, planned=D(1), disbursed=D(1), author=bd.official)
    assert snapshot(bd.project) == before
    row = record_capital_year(project=bd.project, year=2025, planned=D(10), disbursed=D(5), author=bd.official)
    assert row.review_state == "draft"


def test_disbursement_above_the_plan_is_refused_in_vietnamese(bd):
    before = snapshot(bd.project)
    with pytest.raises(ValidationError) as excinfo:
        record_capital_year(project=bd.project, year=2026, planned=D(100), disbursed=D(200), reviewer=True)
    assert "không được vượt kế hoạch vốn năm" in excinfo.value.message_dict["disbursed"][0]
    assert snapshot(bd.project) == before


def test_negative_amounts_and_odd_years_are_refused(bd):
    before = snapshot(bd.project)
    with pytest.raises(ValidationError) as excinfo:
        record_capital_year(project=bd.project, year=1990, planned=D(-1), disbursed=None)
    errors = excinfo.value.message_dict
    assert errors["year"] == ["Năm phải từ 2000 đến 2100."]
    assert errors["planned"] == ["Số tiền không được âm."]
    assert "nhập 0 nếu chưa có" in errors["disbursed"][0]
    with pytest.raises(ValidationError) as excinfo:
        update_project_progress(project=bd.project, phase="construction", total_investment=D(-5))
    assert excinfo.value.message_dict["total_investment"] == ["Tổng mức đầu tư không được âm."]
    assert snapshot(bd.project) == before


def test_update_project_progress_sets_phase_and_investment(bd):
    update_project_progress(project=bd.project, phase="clearance", total_investment=D("12000.5"), author=bd.follow_up)
    assert snapshot(bd.project)[:2] == ("clearance", D("12000.5"))
    assert bd.project.history.first().history_user == bd.follow_up


# The page


def test_it_shows_phase_funding_units_and_capital_the_vietnamese_way(client, bd):
    project = bd.project
    project.total_investment, project.funding_text, project.field = D("15000"), "Ngân sách phường", "Giao thông"
    project.save()
    project.implementing_units.add(bd.congan)
    CapitalYearFactory(project=project, year=2027, planned=D("2500"), disbursed=D("1250.5"))
    client.force_login(bd.viewer, backend=BACKEND)
    response = client.get(url(project))
    assert response.status_code == 200
    html = response.content.decode()
    for text in ("Ngân sách phường", "Giao thông", "15.000", "Ủy ban nhân dân phường", "Công an phường", "Đề xuất"):
        assert text in html
    assert "1.250,5" in html and "2.500" in html  # 2027
    assert "50,0%" in html or "50%" in html  # 2026: 500 of 1.000
    assert ">2026<" in html and "2.026" not in html  # years are not numbers
    assert response.context["total"] == (D(3500), D("1750.5"), D("50.0"))
    assert 'id="capital-form"' not in html and " style=" not in html


def test_the_lead_units_official_records_a_capital_year(client, bd):
    client.force_login(bd.official, backend=BACKEND)
    assert 'id="capital-form"' in client.get(url(bd.project)).content.decode()
    assert client.post(url(bd.project), capital()).status_code == 302
    row = CapitalYear.objects.get(project=bd.project, year=2027)
    assert (row.planned, row.disbursed) == (D(2500), D("1250.5"))


def test_an_implementing_units_official_updates_phase_and_investment(client, bd):
    bd.project.implementing_units.add(bd.congan)
    client.force_login(bd.coordinator, backend=BACKEND)
    bd.project.refresh_from_db()
    assert client.post(url(bd.project), progress(**{"progress-version": bd.project.version})).status_code == 302
    assert snapshot(bd.project)[:2] == ("construction", D(15000))


@pytest.mark.parametrize("actor", ["viewer", "bystander"])
def test_who_may_not_edit_sees_no_form_and_a_post_is_refused(client, bd, actor):
    client.force_login(getattr(bd, actor), backend=BACKEND)
    html = client.get(url(bd.project)).content.decode()
    assert 'id="capital-form"' not in html and 'id="progress-form"' not in html
    before = snapshot(bd.project)
    assert client.post(url(bd.project), capital()).status_code == 403
    assert client.post(url(bd.project), progress()).status_code == 403
    assert snapshot(bd.project) == before


def test_another_wards_user_gets_404_and_changes_nothing(client, bd):
    ndn = build_ward("nguyen-dai-nang", "Nguyễn Đại Năng", city=bd.ward.city)
    before = snapshot(bd.project)
    for user in (ndn.official, ndn.follow_up):
        client.force_login(user, backend=BACKEND)
        assert client.get(url(bd.project)).status_code == 404
        assert client.post(url(bd.project), capital()).status_code == 404
    assert snapshot(bd.project) == before


@pytest.mark.parametrize(
    ("data", "field", "message"),
    [
        (capital(**{"capital-disbursed": "3.000"}), "disbursed", "không được vượt kế hoạch vốn năm"),
        (capital(**{"capital-planned": "-5"}), "planned", "Số tiền không được âm."),
        (capital(**{"capital-planned": "hai nghìn"}), "planned", "ví dụ 75,5 hoặc 1.000"),
        (capital(**{"capital-planned": "1,25"}), "planned", "tối đa 1 chữ số sau dấu phẩy"),
        (capital(**{"capital-year": "hai"}), "year", "Năm là một số"),
        (progress(**{"progress-total_investment": "-1"}), "total_investment", "Số tiền không được âm."),
        (progress(**{"progress-phase": "xyz"}), "phase", "Select a valid choice"),
    ],
)
def test_bad_input_re_renders_with_the_error_next_to_its_field(client, bd, data, field, message):
    client.force_login(bd.follow_up, backend=BACKEND)
    before = snapshot(bd.project)
    response = client.post(url(bd.project), data)
    assert response.status_code == 400
    html = response.content.decode()
    prefix = data["action"]
    assert f'id="id_{prefix}-{field}_error"' in html
    if field != "phase":
        assert message in html
    assert snapshot(bd.project) == before


def test_an_unknown_action_is_a_bad_request(client, bd):
    client.force_login(bd.follow_up, backend=BACKEND)
    assert client.post(url(bd.project), {"action": "delete"}).status_code == 400


def test_the_edit_link_prefills_the_capital_form(client, bd):
    client.force_login(bd.official, backend=BACKEND)
    form = client.get(url(bd.project) + "?year=2026").context["capital_form"]
    assert 'value="1.000"' in str(form["planned"]) and 'value="2026"' in str(form["year"])


def test_queries_do_not_grow_with_capital_years(client, bd):
    def count(project):
        with CaptureQueriesContext(connection) as ctx:
            assert client.get(url(project)).status_code == 200
        return len(ctx.captured_queries)

    client.force_login(bd.official, backend=BACKEND)
    small = ProjectFactory(ward=bd.ward, lead_unit=bd.ubnd)
    big = ProjectFactory(ward=bd.ward, lead_unit=bd.ubnd)
    for project, n in ((small, 2), (big, 20)):
        project.implementing_units.add(bd.congan)
        for year in range(2011, 2011 + n):
            CapitalYearFactory(project=project, year=year)
    count(small)
    assert count(small) == count(big)
    assert Project.objects.get(pk=big.pk).capital_years.count() == 20
