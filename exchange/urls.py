from django.urls import path

from exchange import job_views
from exchange.plan_document import views as plan_views
from exchange.report import views as report_views
from exchange.workbook_export import views as export_views
from exchange.workbook_import import views as import_views

app_name = "exchange"

urlpatterns = [
    # Export (Excel) and the periodic report (Word).
    path("<slug:ward>/export/<str:kind>.xlsx", export_views.export_appendix, name="export"),
    path("<slug:ward>/report/", report_views.periodic_report, name="report"),
    path("<slug:ward>/review/", report_views.plan_review, name="review"),
    # Background jobs of the ward (the report, large imports, reminders): list, page, file, retry.
    path("<slug:ward>/jobs/", job_views.job_list, name="jobs"),
    path("<slug:ward>/jobs/<int:job_pk>/", job_views.job_detail, name="job"),
    path("<slug:ward>/jobs/<int:job_pk>/file/", job_views.job_file, name="job_file"),
    path("<slug:ward>/jobs/<int:job_pk>/retry/", job_views.job_retry, name="job_retry"),
    # Import (Excel): upload, preview, confirm.
    path("<slug:ward>/import/", import_views.import_upload, name="import"),
    path("<slug:ward>/import/<str:token>/", import_views.import_preview, name="import_preview"),
    path("<slug:ward>/import/<str:token>/confirm/", import_views.import_confirm, name="import_confirm"),
    # A plan from its document (Word or pasted text): upload, review and edit, confirm.
    path("<slug:ward>/plan-import/", plan_views.plan_import_upload, name="plan_import"),
    path("<slug:ward>/plan-import/<str:token>/", plan_views.plan_import_review, name="plan_import_review"),
    path("<slug:ward>/plan-import/<str:token>/edit/", plan_views.plan_import_edit, name="plan_import_edit"),
    path("<slug:ward>/plan-import/<str:token>/header/", plan_views.plan_import_header, name="plan_import_header"),
    path("<slug:ward>/plan-import/<str:token>/confirm/", plan_views.plan_import_confirm, name="plan_import_confirm"),
    path("<slug:ward>/plan-import/<str:token>/discard/", plan_views.plan_import_discard, name="plan_import_discard"),
]
