"""The read-only JSON API: every queryset goes through ``accounts.access.scope``, filtered by
the same FilterSets as the lists; task status and target track are computed as on the pages."""

from django.http import Http404
from django.utils import timezone
from django_filters.rest_framework import DjangoFilterBackend
from django_filters.utils import translate_validation
from drf_spectacular.utils import extend_schema, extend_schema_view
from drf_spectacular.views import SpectacularSwaggerSplitView
from rest_framework import viewsets
from rest_framework.permissions import IsAuthenticated
from rest_framework.response import Response

from accounts.access import scope
from api import serializers
from assignments.filters import ReportFilter, TaskFilter
from assignments.models import ProgressReport, Task
from assignments.selectors import for_status, with_status
from core.params import parse_id
from core.review import include_submitted
from plans.filters import PlanFilter, PlanItemFilter
from plans.models import Plan, PlanItem
from projects.filters import ProjectFilter
from projects.models import Project
from targets.filters import MeasurementFilter, TargetFilter, for_tracking, with_track
from targets.models import Measurement, Target


class ScopedViewSet(viewsets.ReadOnlyModelViewSet):
    """Lists and retrieves only what ``scope`` lets the user read (404 for anything else)."""

    base_queryset = None

    def get_queryset(self):
        return scope(self.request.user, self.base_queryset.all())

    def get_object(self):
        if parse_id(self.kwargs.get(self.lookup_url_kwarg or self.lookup_field)) is None:
            raise Http404  # not an id (past 2^63 the database itself would fail)
        return super().get_object()


class PlanViewSet(ScopedViewSet):
    base_queryset = Plan.objects.select_related("ward")
    serializer_class = serializers.PlanSerializer
    filterset_class = PlanFilter


class PlanItemViewSet(ScopedViewSet):
    base_queryset = PlanItem.objects.order_by("plan_id", "tree_order")
    serializer_class = serializers.PlanItemSerializer
    filterset_class = PlanItemFilter


class ComputedListMixin:
    """Lists whose rows need a computed value: filter in the database, compute for the filtered
    rows (constant queries), filter on the computed value, then paginate the list."""

    def compute(self, queryset):
        raise NotImplementedError

    def list(self, request, *args, **kwargs):
        queryset = self.get_queryset()
        filterset = DjangoFilterBackend().get_filterset(request, queryset, self)
        if filterset is not None:
            if not filterset.is_valid():
                raise translate_validation(filterset.errors)
            queryset = filterset.qs
        page = self.paginate_queryset(self.compute_filtered(filterset, queryset))
        return self.get_paginated_response(self.get_serializer(page, many=True).data)

    def retrieve(self, request, *args, **kwargs):
        obj = self.get_object()  # scoped: 404 outside the user's wards
        row = self.compute_filtered(None, self.get_queryset().filter(pk=obj.pk))[0]
        return Response(self.get_serializer(row).data)


@extend_schema_view(list=extend_schema(description="Tasks with their computed status (assignments.status)."))
class TaskViewSet(ComputedListMixin, ScopedViewSet):
    base_queryset = Task.objects.all()
    serializer_class = serializers.TaskSerializer
    filterset_class = TaskFilter

    def compute_filtered(self, filterset, queryset):
        today = timezone.localdate()
        tasks = with_status(for_status(queryset), today, include_submitted=include_submitted(self.request.GET))
        return filterset.filter_computed(tasks, today) if filterset is not None else tasks

    def list(self, request, *args, **kwargs):
        # The status filters run in SQL on the status kept in each row (assignments.stored_status),
        # so only the page's tasks have their status computed.
        today = timezone.localdate()
        queryset = self.get_queryset()
        filterset = DjangoFilterBackend().get_filterset(request, queryset, self)
        if not filterset.is_valid():
            raise translate_validation(filterset.errors)
        page = self.paginate_queryset(for_status(filterset.filter_stored(filterset.qs, today)))
        rows = with_status(page, today, include_submitted=filterset.include_submitted)
        return self.get_paginated_response(self.get_serializer(rows, many=True).data)


@extend_schema_view(list=extend_schema(description="Targets with where they stand (targets.tracking)."))
class TargetViewSet(ComputedListMixin, ScopedViewSet):
    base_queryset = Target.objects.all()
    serializer_class = serializers.TargetSerializer
    filterset_class = TargetFilter

    def compute_filtered(self, filterset, queryset):
        figures = include_submitted(self.request.GET)
        targets = with_track(for_tracking(queryset), timezone.localdate(), include_submitted=figures)
        return filterset.filter_computed(targets) if filterset is not None else targets


class MeasurementViewSet(ScopedViewSet):
    base_queryset = Measurement.objects.all()
    serializer_class = serializers.MeasurementSerializer
    filterset_class = MeasurementFilter


class ReportViewSet(ScopedViewSet):
    base_queryset = ProgressReport.objects.select_related("unit")
    serializer_class = serializers.ReportSerializer
    filterset_class = ReportFilter


class ProjectViewSet(ScopedViewSet):
    base_queryset = Project.objects.select_related("ward").prefetch_related("funding_sources", "capital_years")
    serializer_class = serializers.ProjectSerializer
    filterset_class = ProjectFilter

    def get_serializer_context(self):
        # The money columns follow the figures switch, as on the project list (core.review).
        return {**super().get_serializer_context(), "include_submitted": include_submitted(self.request.GET)}


class DocsView(SpectacularSwaggerSplitView):
    """Swagger UI of the schema at /api/docs/, for signed-in users only.

    The split view serves its init script from the same URL (``?script=``), so the page has no
    inline script; the template moves drf-spectacular's inline ``<style>`` to a static file, so
    the global CSP (script-src/style-src 'self') applies unchanged. Every asset is local
    (drf_spectacular_sidecar). Swagger UI is English only, like the schema (page title: the
    schema's TITLE)."""

    permission_classes = [IsAuthenticated]
    template_name = "api/swagger_ui.html"
    url_name = "api:schema"
