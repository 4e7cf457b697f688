"""Excel in the admin of tasks, targets and projects: export through the resources, import
through the one importer.

The domain admins (``assignments.admin``, ``targets.admin``, ``projects.admin``) know
nothing of Excel: the domain apps stand below ``exchange`` and do not import it. Here they
are registered again with django-import-export's export (``exchange.resources``) and an
import button. That button does not import rows itself: it opens the import page of the
ward chosen (``exchange:import``), which previews and writes through
``exchange.workbook_import.importing``, as ``manage.py import_appendix`` does, so appendix
rows are read, matched to units and checked one way wherever they come in.
"""

from __future__ import annotations

import io

import openpyxl
from django.contrib import admin
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path
from django.utils.translation import gettext as _
from import_export.admin import ExportMixin
from import_export.formats.base_formats import XLSX

from accounts.access import can_edit, scope
from assignments.admin import TaskAdmin
from assignments.models import Task
from plans.models import Ward
from projects.admin import ProjectAdmin
from projects.models import Project
from targets.admin import TargetAdmin
from targets.models import Target

from .resources import ProjectResource, TargetResource, TaskResource
from .workbook_export.sheets import text_cell


class TextOnlyXLSX(XLSX):
    """The admin's .xlsx export with every cell a value: tablib lets openpyxl store a text that
    starts with "=" as a live formula (a narrative "=HYPERLINK(…)" would run when the file is
    opened); such cells are written back as text, as ``workbook_export.sheets.text_cell`` does.
    The only export format the admin offers (CSV and the others would need the same care)."""

    def export_data(self, dataset, **kwargs):
        data = super().export_data(dataset, **kwargs)
        book = openpyxl.load_workbook(io.BytesIO(data))
        for ws in book.worksheets:
            for row in ws.iter_rows():
                for cell in row:
                    if cell.data_type == "f":
                        text_cell(ws, cell.row, cell.column, str(cell.value))
        out = io.BytesIO()
        book.save(out)
        return out.getvalue()


class WorkbookAdminMixin(ExportMixin):
    """Export through the model's resource; import through the ward's import page."""

    export_formats = [TextOnlyXLSX]

    # django-import-export's own buttons (Import, Export), with Import pointing at import_view.
    import_export_change_list_template = "admin/import_export/change_list_import_export.html"

    def get_urls(self):
        info = self.get_model_info()
        view = self.admin_site.admin_view(self.import_view)
        return [path("import/", view, name="{}_{}_import".format(*info)), *super().get_urls()]

    def has_import_permission(self, request) -> bool:
        return self.has_change_permission(request)

    def changelist_view(self, request, extra_context=None):
        extra_context = {**(extra_context or {}), "has_import_permission": self.has_import_permission(request)}
        return super().changelist_view(request, extra_context)

    def import_view(self, request):
        """The wards the user may import into; the one chosen (or the only one) opens its import page."""
        if not self.has_import_permission(request):
            raise PermissionDenied
        wards = scope(request.user, Ward.objects.select_related("city").order_by("city__name", "name"))
        wards = [ward for ward in wards if can_edit(request.user, ward)]
        # The import page checks the ward chosen again (accounts.access), as for any of its users.
        chosen = request.GET.get("ward") or (wards[0].slug if len(wards) == 1 else None)
        if chosen:
            return redirect("exchange:import", ward=chosen)
        context = {
            **self.admin_site.each_context(request),
            "title": _("Nạp bảng phụ lục từ Excel"),
            "opts": self.opts,
            "wards": wards,
        }
        return TemplateResponse(request, "exchange/admin_import.html", context)


class TaskWorkbookAdmin(WorkbookAdminMixin, TaskAdmin):
    resource_classes = [TaskResource]


class TargetWorkbookAdmin(WorkbookAdminMixin, TargetAdmin):
    resource_classes = [TargetResource]


class ProjectWorkbookAdmin(WorkbookAdminMixin, ProjectAdmin):
    resource_classes = [ProjectResource]


for model, model_admin in ((Task, TaskWorkbookAdmin), (Target, TargetWorkbookAdmin), (Project, ProjectWorkbookAdmin)):
    admin.site.unregister(model)
    admin.site.register(model, model_admin)
