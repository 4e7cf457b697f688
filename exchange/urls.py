from django.urls import path

from exchange.report import views as report_views
from exchange.workbook_export import views as export_views
from exchange.workbook_import import views as import_views

app_name = "exchange"

urlpatterns = [
    # Export (Excel) and the periodic report (Word).
    path("<slug:ward>/export/<str:kind>.xlsx", export_views.export_appendix, name="export"),
    path("<slug:ward>/report/", report_views.periodic_report, name="report"),
    path("<slug:ward>/review/", report_views.plan_review, name="review"),
    # Import (Excel): upload, preview, confirm.
    path("<slug:ward>/import/", import_views.import_upload, name="import"),
    path("<slug:ward>/import/<str:token>/", import_views.import_preview, name="import_preview"),
    path("<slug:ward>/import/<str:token>/confirm/", import_views.import_confirm, name="import_confirm"),
]
