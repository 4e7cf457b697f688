"""Authoring projects: create and edit with funding, units and capital per year; each capital
row at its own version; who may do it; Vietnamese numbers; the history."""

from decimal import Decimal as D

import pytest
from django.urls import reverse

from portal.tests.factories import CapitalYearFactory
from portal.tests.world import build_ward
from projects.authoring import CapitalConflict, CapitalRow, save_project, split_source_names
from projects.models import CapitalYear, FundingSource, Project

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("today")]


@pytest.fixture
def bd():
    return build_ward("bach-dang", "Bạch Đằng")


def create_url(w):
    return reverse("project_create", kwargs={"ward_slug": w.ward.slug})


def edit_url(project):
    return reverse("project_edit", kwargs={"project_pk": project.pk})


def capital_data(rows, initial=0, prefix="capital"):
    data = {f"{prefix}-TOTAL_FORMS": len(rows), f"{prefix}-INITIAL_FORMS": initial}
    for i, row in enumerate(rows):
        for key, value in row.items():
            data[f"{prefix}-{i}-{key}"] = value
    return data


def new_project_data(w, **extra):
    return {
        "name": "Cải tạo tuyến đường Lê Lợi",
        "level": "ward",
        "number": "IV",
        "field": "Giao thông",
        "plan_item": w.item.pk,
        "location_scale": "Dài 1,2 km",
        "new_funding_sources": "Ngân sách phường; Vốn xã hội hóa",
        "lead_unit": w.ubnd.pk,
        "implementing_units": [w.congan.pk],
        "total_investment": "12.500,5",
        "phase": "preparation",
        "site_clearance": "in_progress",
        "start_year": "2026",
        "end_year": "2028",
        **capital_data(
            [
                {"year": "2026", "planned": "1.000", "disbursed": "250,5"},
                {"year": "2027", "planned": "2.000", "disbursed": "0"},
                {"year": "", "planned": "", "disbursed": ""},
            ]
        ),
        **extra,
    }


def edit_data(project, capital_rows=(), **extra):
    data = {
        "version": project.version,
        "name": project.name,
        "level": project.level,
        "phase": project.phase,
        "lead_unit": project.lead_unit_id or "",
        "total_investment": "",
        **capital_data(list(capital_rows), initial=sum(1 for row in capital_rows if row.get("row"))),
    }
    data.update(extra)
    return data


def row_of(capital, **changes):
    return {
        "row": capital.pk,
        "version": capital.version,
        "year": capital.year,
        "planned": str(capital.planned).replace(".", ","),
        "disbursed": str(capital.disbursed).replace(".", ","),
        **changes,
    }


def test_the_office_creates_a_project_with_two_capital_years(client, bd):
    client.force_login(bd.follow_up)
    assert client.get(create_url(bd)).status_code == 200
    response = client.post(create_url(bd), new_project_data(bd))
    assert response.status_code == 302
    project = Project.objects.get(name="Cải tạo tuyến đường Lê Lợi")
    assert response["Location"] == reverse("project_detail", kwargs={"project_pk": project.pk})
    assert (project.ward, project.number, project.total_investment, project.site_clearance) == (
        bd.ward,
        "IV",
        D("12500.5"),
        "in_progress",
    )
    assert sorted(s.name for s in project.funding_sources.all()) == ["Ngân sách phường", "Vốn xã hội hóa"]
    assert list(project.implementing_units.all()) == [bd.congan]
    years = list(project.capital_years.order_by("year").values_list("year", "planned", "disbursed"))
    assert years == [(2026, D(1000), D("250.5")), (2027, D(2000), D(0))]
    assert project.history.first().history_user == bd.follow_up
    assert CapitalYear.history.filter(project_id=project.pk).first().history_user == bd.follow_up


def test_a_typed_funding_source_that_exists_is_reused_not_duplicated(bd):
    # Other tests of this process may have left sources behind (this one too): count what this save adds.
    FundingSource.objects.get_or_create(name="Ngân sách phường")
    before = FundingSource.objects.count()
    assert split_source_names("ngân sách phường\n ; Vốn  ODA ;") == ["ngân sách phường", "Vốn ODA"]
    project = save_project(
        ward=bd.ward,
        project=None,
        expected_version=None,
        values={"name": "Dự án A", "level": "ward", "phase": "proposed"},
        new_funding_names=["ngân sách phường"],
    )
    assert [s.name for s in project.funding_sources.all()] == ["Ngân sách phường"]
    assert FundingSource.objects.count() == before


@pytest.mark.parametrize(
    ("change", "where"),
    [
        ({"name": ""}, "name"),
        ({"total_investment": "12,5,5"}, "total_investment"),
        ({"total_investment": "-3"}, "total_investment"),
        ({"start_year": "2029", "end_year": "2028"}, "end_year"),
        ({"phase": "flying"}, "phase"),
        ({"capital-0-disbursed": "5.000"}, "capital"),
        ({"capital-1-year": "2026"}, "capital"),
        ({"capital-0-year": "26000"}, "capital"),
        ({"capital-TOTAL_FORMS": "9000"}, "capital"),
        ({"capital-TOTAL_FORMS": "abc"}, "capital"),
    ],
)
def test_bad_input_gives_400_in_vietnamese_and_saves_nothing(client, bd, change, where):
    client.force_login(bd.follow_up)
    before = (Project.objects.count(), CapitalYear.objects.count(), FundingSource.objects.count())
    response = client.post(create_url(bd), new_project_data(bd, **change))
    assert response.status_code == 400
    if where != "capital":
        assert response.context["form"].errors[where]
    else:
        capital = response.context["capital"]
        assert capital.non_form_errors() or any(form.errors for form in capital.forms)
    assert (Project.objects.count(), CapitalYear.objects.count(), FundingSource.objects.count()) == before


def test_units_and_items_of_another_ward_are_refused(client, bd):
    ndn = build_ward("nguyen-dai-nang", "Nguyễn Đại Năng", city=bd.ward.city)
    client.force_login(bd.follow_up)
    for change in ({"lead_unit": ndn.ubnd.pk}, {"implementing_units": [ndn.ubnd.pk]}, {"plan_item": ndn.item.pk}):
        assert client.post(create_url(bd), new_project_data(bd, **change)).status_code == 400
    assert not Project.objects.filter(name="Cải tạo tuyến đường Lê Lợi").exists()


@pytest.mark.parametrize(
    ("actor", "status"),
    [("follow_up", 200), ("official", 403), ("coordinator", 403), ("bystander", 403), ("viewer", 403)],
)
def test_permission_matrix(client, bd, actor, status):
    client.force_login(getattr(bd, actor))
    for url in (create_url(bd), edit_url(bd.project)):
        assert client.get(url).status_code == status
        if status == 403:
            before = Project.objects.get(pk=bd.project.pk).version
            assert client.post(url, new_project_data(bd, version=before)).status_code == 403
            assert Project.objects.get(pk=bd.project.pk).version == before
            assert not Project.objects.filter(name="Cải tạo tuyến đường Lê Lợi").exists()


def test_the_list_and_page_link_to_authoring_for_the_office_only(client, bd):
    client.force_login(bd.follow_up)
    assert create_url(bd) in client.get(reverse("project_list")).content.decode()
    assert edit_url(bd.project) in client.get(reverse("project_detail", args=[bd.project.pk])).content.decode()
    client.force_login(bd.official)
    assert create_url(bd) not in client.get(reverse("project_list")).content.decode()
    assert edit_url(bd.project) not in client.get(reverse("project_detail", args=[bd.project.pk])).content.decode()


def test_edit_shows_the_rows_and_saves_changes_adds_and_removals(client, bd):
    old = bd.capital_year  # 2026: 1000 planned, 500 disbursed
    second = CapitalYearFactory(project=bd.project, year=2027, planned=300, disbursed=0)
    client.force_login(bd.follow_up)
    page = client.get(edit_url(bd.project))
    assert page.status_code == 200
    assert [f.initial["year"] for f in page.context["capital"].forms[:2]] == [2026, 2027]
    rows = [
        row_of(old, disbursed="750"),
        row_of(second, DELETE="on"),
        {"year": "2028", "planned": "1.500", "disbursed": "0"},
    ]
    response = client.post(edit_url(bd.project), edit_data(bd.project, rows, field="Giao thông"))
    assert response.status_code == 302, response.context and response.context["form"].errors
    assert sorted(CapitalYear.objects.filter(project=bd.project).values_list("year", "disbursed")) == [
        (2026, D(750)),
        (2028, D(0)),
    ]
    bd.project.refresh_from_db()
    assert bd.project.field == "Giao thông"
    page = client.get(reverse("project_detail", args=[bd.project.pk]))
    labels = {(row.object_label, row.action) for row in page.context["history"]}
    assert ("Vốn năm 2027", "-") in labels and ("Vốn năm 2028", "+") in labels


def test_two_edits_of_the_same_capital_row_one_wins_the_other_gets_409(client, bd):
    client.force_login(bd.follow_up)
    first = edit_data(bd.project, [row_of(bd.capital_year, disbursed="600")])
    second = edit_data(bd.project, [row_of(bd.capital_year, disbursed="700")])
    assert client.post(edit_url(bd.project), first).status_code == 302
    response = client.post(edit_url(bd.project), second)
    assert response.status_code == 409
    assert "Trong lúc bạn sửa" in response.content.decode()
    row = response.context["capital"].forms[0]
    assert row["disbursed"].value() == "700"  # what the second person typed stays
    assert CapitalYear.objects.get(pk=bd.capital_year.pk).disbursed == D(600)
    # The row's version moved on: saving again is deliberate and goes through.
    again = {**second, "capital-0-version": row["version"].value()}
    assert client.post(edit_url(bd.project), again).status_code == 302
    assert CapitalYear.objects.get(pk=bd.capital_year.pk).disbursed == D(700)


def test_two_people_each_adding_a_different_year_both_save(client, bd):
    client.force_login(bd.follow_up)
    a = edit_data(bd.project, [row_of(bd.capital_year), {"year": "2027", "planned": "10", "disbursed": "0"}])
    b = edit_data(bd.project, [row_of(bd.capital_year), {"year": "2028", "planned": "20", "disbursed": "0"}])
    assert client.post(edit_url(bd.project), a).status_code == 302
    assert client.post(edit_url(bd.project), b).status_code == 302
    assert sorted(CapitalYear.objects.filter(project=bd.project).values_list("year", flat=True)) == [2026, 2027, 2028]


def test_two_people_adding_the_same_year_the_second_gets_409_not_500(client, bd):
    client.force_login(bd.follow_up)
    data = edit_data(bd.project, [{"year": "2029", "planned": "10", "disbursed": "0"}])
    assert client.post(edit_url(bd.project), data).status_code == 302
    response = client.post(edit_url(bd.project), {**data, "capital-0-planned": "99"})
    assert response.status_code == 409
    assert CapitalYear.objects.get(project=bd.project, year=2029).planned == D(10)


def test_two_edits_of_the_project_fields_one_wins_the_other_gets_409(client, bd):
    client.force_login(bd.follow_up)
    first = edit_data(bd.project, name="Tên mới A")
    second = edit_data(bd.project, name="Tên mới B")
    assert client.post(edit_url(bd.project), first).status_code == 302
    response = client.post(edit_url(bd.project), second)
    assert response.status_code == 409
    assert response.context["form"]["name"].value() == "Tên mới B"
    bd.project.refresh_from_db()
    assert bd.project.name == "Tên mới A"


def test_a_row_removed_by_someone_else_is_a_conflict(bd):
    stale = CapitalRow(pk=bd.capital_year.pk, version=bd.capital_year.version, year=2026, planned=D(5), disbursed=D(1))
    bd.capital_year.delete()
    with pytest.raises(CapitalConflict):
        save_project(
            ward=bd.ward,
            project=bd.project,
            expected_version=bd.project.version,
            values={"name": bd.project.name, "level": "ward", "phase": "proposed", "lead_unit": bd.ubnd},
            capital=[stale],
        )


def test_the_history_shows_funding_and_implementing_unit_changes(client, bd):
    client.force_login(bd.follow_up)
    data = edit_data(bd.project, new_funding_sources="Vốn ODA", implementing_units=[bd.congan.pk])
    assert client.post(edit_url(bd.project), data).status_code == 302
    page = client.get(reverse("project_detail", args=[bd.project.pk]))
    news = {row.new for row in page.context["history"]}
    assert {"Vốn ODA", "Công an phường"} <= news
