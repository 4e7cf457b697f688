"""Filters of the project list (and the API), scoped through ``accounts.access``."""

from __future__ import annotations

import django_filters
from django.utils.translation import gettext_lazy as _

from accounts.access import scope
from assignments.filters import FIGURE_CHOICES, UnitScopedFilterSet, unit_choice
from core.params import ModelChoiceFilter
from core.review import INCLUDE_SUBMITTED
from projects.models import FundingSource, Project


class ProjectFilter(UnitScopedFilterSet):
    ward_path = "ward"
    item_nullable = True
    unit_filters = ("lead",)

    level = django_filters.ChoiceFilter(choices=Project.Level.choices, label=_("Cấp"))
    field = django_filters.ChoiceFilter(choices=[], label=_("Lĩnh vực"))
    funding = ModelChoiceFilter(
        queryset=FundingSource.objects.all(), field_name="funding_sources", label=_("Nguồn vốn")
    )
    phase = django_filters.ChoiceFilter(choices=Project.Phase.choices, label=_("Giai đoạn"))
    lead = unit_choice(field_name="lead_unit", label=_("Đơn vị chủ trì"))
    # Which capital years count in the disbursement columns (core.review): the dashboard's
    # switch, as on the task and target lists.
    so_lieu = django_filters.ChoiceFilter(
        choices=FIGURE_CHOICES, method="filter_later", label=_("Số liệu"), empty_label=_("Số liệu đã duyệt")
    )

    class Meta:
        model = Project
        fields = ["q", "ward", "plan", "group", "level", "field", "funding", "phase", "lead"]

    def __init__(self, data=None, queryset=None, *, request=None, prefix=None):
        super().__init__(data, queryset, request=request, prefix=prefix)
        user = request.user if request is not None else None
        projects = scope(user, Project.objects.all()) if user is not None else Project.objects.none()
        if self.selected_ward is not None:
            projects = projects.filter(ward=self.selected_ward)
        fields = projects.exclude(field="").order_by("field").values_list("field", flat=True).distinct()
        self.filters["field"].extra["choices"] = [(f, f) for f in fields]

    def filter_later(self, queryset, name, value):
        return queryset  # it chooses the figures shown, not the projects: see include_submitted

    @property
    def include_submitted(self) -> bool:
        data = self.form.cleaned_data if self.is_bound and self.is_valid() else {}
        return data.get("so_lieu") == INCLUDE_SUBMITTED
