"""Filters shared by every list (tasks, targets, projects, reports) and the API.

Every choice offered (wards, plans, groups, and the units of ``assignments.filters``) comes
through ``accounts.access.scope``, so a filter never names another ward's record. Choosing a
ward narrows the other choices.
Filters travel in the query string (GET), so a filtered list is a link that can be shared.
"""

from __future__ import annotations

import django_filters
from django import forms
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field

from accounts.access import reads_every_ward, scope
from core.params import (
    YEAR_MAX,
    YEAR_MIN,
    CheckedFilterSet,
    CheckedModelChoiceField,
    CodeField,
    CodeFilter,
    IdFilter,
    ModelChoiceFilter,
    SearchFilter,
    parse_id,
)
from core.search import search_filter
from plans.models import Plan, PlanItem, Ward, in_force
from plans.periods import ReportingPeriod

# Plan items offered as a "group": the parts a dashboard shows progress for.
GROUP_KINDS = ["part", "section", "programme", "scheme", "key_task", "group", "field", "appendix"]


class LabelledChoiceField(CheckedModelChoiceField):
    def __init__(self, *args, label_from=None, **kwargs):
        self.label_from = label_from
        super().__init__(*args, **kwargs)

    def label_from_instance(self, obj):
        return self.label_from(obj) if self.label_from else super().label_from_instance(obj)


class LabelledModelChoiceFilter(ModelChoiceFilter):
    field_class = LabelledChoiceField


def plan_label(plan: Plan) -> str:
    return f"{plan.ward.name}: {plan.number or plan.code}"


def item_label(item: PlanItem) -> str:
    title = item.title if len(item.title) <= 70 else item.title[:68] + "…"
    number = f"{item.number}. " if item.number else ""
    return f"{'— ' * item.depth}{number}{title}"


def item_subtree(path: str, item: PlanItem) -> Q:
    """Rows attached to ``item`` or any item beneath it (``path`` leads to the plan item)."""
    return Q(**{f"{path}__plan_id": item.plan_id}) & (
        Q(**{f"{path}__tree_order": item.tree_order}) | Q(**{f"{path}__tree_order__startswith": item.tree_order + "."})
    )


class WardScopedFilterSet(CheckedFilterSet):
    """Search, ward, plan and group filters; subclasses say how to reach the ward and the item."""

    ward_path = "plan_item__plan__ward"
    item_path = "plan_item"
    # Rows may hang on no item (a project outside any plan): they are in force.
    item_nullable = False
    search_field = "search_text"
    # Shown first; the other filters fold under "more filters" on the page.
    primary = ("q", "ward", "status", "track", "phase")

    q = SearchFilter(method="filter_q", label=_("Tìm kiếm"))
    ward = ModelChoiceFilter(
        queryset=Ward.objects.none(), to_field_name="slug", method="filter_ward", label=_("Phường")
    )
    plan = LabelledModelChoiceFilter(
        queryset=Plan.objects.none(), method="filter_plan", label=_("Kế hoạch"), label_from=plan_label
    )
    group = LabelledModelChoiceFilter(
        queryset=PlanItem.objects.none(), method="filter_group", label=_("Nhóm, chương trình"), label_from=item_label
    )

    def __init__(self, data=None, queryset=None, *, request=None, prefix=None):
        super().__init__(data, queryset, request=request, prefix=prefix)
        # A filter caches its form field once built; a copy made from a class-level filter
        # whose field was already built (schema generation does that) would keep stale choices.
        for declared in self.filters.values():
            declared.__dict__.pop("_field", None)
        user = request.user if request is not None else None
        self.wards = scope(user, Ward.objects.all()) if user is not None else Ward.objects.none()
        self.selected_ward = None
        slug = (data or {}).get("ward")
        if slug:
            self.selected_ward = next((w for w in self.wards if w.slug == slug), None)
        self.filters["ward"].queryset = self.wards
        plans = scope(user, Plan.objects.select_related("ward")) if user is not None else Plan.objects.none()
        items = PlanItem.objects.filter(kind__in=GROUP_KINDS).order_by("plan__ward__name", "plan_id", "tree_order")
        items = scope(user, items) if user is not None else items.none()
        if self.selected_ward is not None:
            plans = plans.filter(ward=self.selected_ward)
            items = items.filter(plan__ward=self.selected_ward)
        plan_id = parse_id((data or {}).get("plan"))
        if plan_id is not None:
            items = items.filter(plan_id=plan_id)
        self.filters["plan"].queryset = plans
        self.filters["group"].queryset = items
        self.narrow_choices(user)

    def narrow_choices(self, user) -> None:
        """Subclasses whose filters offer other ward records (units…) scope them here, to what
        ``user`` may read of ``self.selected_ward``."""

    def per_ward_filters(self) -> tuple[str, ...]:
        """Filters with many choices in every ward (groups; units in the subclasses)."""
        return ("group",)

    @property
    def form(self):
        """For a reader of every ward with no ward chosen, the per-ward filters offer no choices
        (only the one in the query, if any) until a ward is chosen: a city's list would render
        thousands of options (2 × 2,280 units and 1,100 groups for 114 wards, 3 s of a 4 s page).
        Only the widget is trimmed: a value in the query is still checked against every ward the
        user may read."""
        form = super().form
        if getattr(self, "_trimmed", False):
            return form
        self._trimmed = True
        user = self.request.user if self.request is not None else None
        if self.selected_ward is not None or user is None or not reads_every_ward(user):
            return form
        for name in self.per_ward_filters():
            field = form.fields[name]
            chosen = parse_id((self.data or {}).get(form.add_prefix(name)))
            current = field.queryset.filter(pk=chosen).first() if chosen is not None else None
            options = [(current.pk, field.label_from_instance(current))] if current is not None else []
            field.widget.choices = [("", _("— Chọn phường trước —")), *options]
        return form

    def filter_queryset(self, queryset):
        # Archived plans and items leave the lists, unless the user asks for that plan or group.
        chosen = getattr(self.form, "cleaned_data", {})
        if not (chosen.get("plan") or chosen.get("group")):
            queryset = queryset.filter(in_force(self.item_path, nullable=self.item_nullable))
        return super().filter_queryset(queryset)

    def filter_q(self, queryset, name, value):
        return queryset.filter(search_filter(value, self.search_field))

    @extend_schema_field(OpenApiTypes.STR)
    def filter_ward(self, queryset, name, value):
        return queryset.filter(**{self.ward_path: value})

    @extend_schema_field(OpenApiTypes.INT)
    def filter_plan(self, queryset, name, value):
        return queryset.filter(**{f"{self.item_path}__plan": value})

    @extend_schema_field(OpenApiTypes.INT)
    def filter_group(self, queryset, name, value):
        return queryset.filter(item_subtree(self.item_path, value))

    @property
    def more_active(self) -> bool:
        """Whether a filter outside ``primary`` is set (the page then shows them unfolded)."""
        return any(self.data.get(name) for name in self.filters if name not in self.primary)


class PlanFilter(CheckedFilterSet):
    ward = CodeFilter(field_name="ward__slug", label=_("Phường"))

    class Meta:
        model = Plan
        fields = ["ward"]


class PlanItemFilter(CheckedFilterSet):
    ward = CodeFilter(field_name="plan__ward__slug", label=_("Phường"))
    plan = IdFilter(field_name="plan_id", label=_("Kế hoạch"))
    parent = IdFilter(field_name="parent_id", label=_("Thuộc mục"))
    kind = django_filters.ChoiceFilter(choices=PlanItem.Kind.choices, label=_("Loại"))

    class Meta:
        model = PlanItem
        fields = ["ward", "plan", "parent", "kind"]


class PeriodKeyField(CodeField):
    """A reporting period's key (``2026-Q2``, ``2026-H1``, ``2026-M07``, ``2026``) in the years
    ``YearField`` accepts; cleaned to the key as written."""

    def validate(self, value):
        super().validate(value)
        if value in self.empty_values:
            return
        try:
            period = ReportingPeriod.from_key(value)
        except ValueError:
            period = None
        if period is None or not YEAR_MIN <= period.year <= YEAR_MAX:
            message = _("Kỳ không hợp lệ: viết như 2026-Q2, 2026-H1, 2026-M07 hoặc 2026.")
            raise forms.ValidationError(message, code="period")


class PeriodKeyFilter(django_filters.CharFilter):
    field_class = PeriodKeyField
