"""Filters of the project list (and the API), scoped through ``accounts.access``."""

from __future__ import annotations

import django_filters
from django.utils.translation import gettext_lazy as _

from accounts.access import scope
from assignments.filters import FiguresFilterSet, unit_choice
from core.params import ModelChoiceFilter
from projects.models import FundingSource, Project


class ProjectFilter(FiguresFilterSet):
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
