from django.urls import path

from assignments import list_views as task_lists
from dashboards import review_views, settings_views, views
from projects import list_views as project_lists
from targets import list_views as target_lists

urlpatterns = [
    path("wards/<slug:ward_slug>/", views.ward_dashboard, name="ward_dashboard"),
    path("city/", views.city_dashboard, name="city_dashboard"),
    path("wards/<slug:ward_slug>/don-vi/", views.unit_ranking, name="unit_ranking"),
    path("wards/<slug:ward_slug>/quy-tac/", settings_views.ward_settings, name="ward_settings"),
    path("wards/<slug:ward_slug>/duyet/", review_views.review_queue_page, name="review_queue"),
    path("huong-dan/tinh-trang/", settings_views.status_help, name="status_help"),
    path("plans/<int:plan_pk>/", views.plan_detail, name="plan_detail"),
    path("plans/<int:plan_pk>/trong-so/", settings_views.plan_weights, name="plan_weights"),
    path("plans/<int:plan_pk>/publication/", views.plan_publication, name="plan_publication"),
    path("tasks/", task_lists.task_list, name="task_list"),
    path("reports/", task_lists.report_list, name="report_list"),
    path("targets/", target_lists.target_list, name="target_list"),
    path("projects/", project_lists.project_list, name="project_list"),
]
