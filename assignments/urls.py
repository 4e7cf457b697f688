from django.urls import path

from assignments import audit_views, authoring_views, bulk_views, unit_views, views

# URL kwargs are named after the object (task_pk, evidence_pk…): the isolation test
# (portal/tests/test_isolation.py) substitutes another ward's object by that name.
urlpatterns = [
    path("my-work/", views.my_work, name="my_work"),
    path("tasks/<int:task_pk>/", views.task_detail, name="task_detail"),
    path("tasks/<int:task_pk>/edit/", authoring_views.task_edit, name="task_edit"),
    path("tasks/bulk/", bulk_views.task_bulk, name="task_bulk"),
    path("wards/<slug:ward_slug>/tasks/new/", authoring_views.task_create, name="task_create"),
    path("wards/<slug:ward_slug>/reminders/", views.send_reminders, name="send_reminders"),
    path("wards/<slug:ward_slug>/six-clear/", audit_views.six_clear_list, name="six_clear_list"),
    path("wards/<slug:ward_slug>/units/", unit_views.unit_list, name="unit_list"),
    path("wards/<slug:ward_slug>/units/new/", unit_views.unit_create, name="unit_create"),
    path("units/<int:unit_pk>/edit/", unit_views.unit_edit, name="unit_edit"),
    path("units/<int:unit_pk>/merge/", unit_views.unit_merge, name="unit_merge"),
    path("evidence/<int:evidence_pk>/", views.evidence_download, name="evidence_download"),
]
