"""Public pages, under Vietnamese paths citizens can read and share (/cong-khai/…).

URL kwargs are named after the object (ward_slug, plan_pk…): the isolation test
(portal/tests/test_isolation.py) walks them with another ward's objects.
"""

from django.urls import path

from public import views

app_name = "public"
urlpatterns = [
    path("", views.index, name="index"),
    path("<slug:ward_slug>/", views.ward_page, name="ward"),
    path("<slug:ward_slug>/ke-hoach/<int:plan_pk>/", views.plan_page, name="plan"),
    path("<slug:ward_slug>/ke-hoach/<int:plan_pk>/chi-tieu/<int:target_pk>/", views.target_page, name="target"),
    path(
        "<slug:ward_slug>/ke-hoach/<int:plan_pk>/minh-chung/<int:evidence_pk>/",
        views.evidence_download,
        name="evidence",
    ),
]
