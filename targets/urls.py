from django.urls import path

from targets import authoring_views, views

urlpatterns = [
    path("targets/<int:target_pk>/", views.target_detail, name="target_detail"),
    path("targets/<int:target_pk>/edit/", authoring_views.target_edit, name="target_edit"),
    path("wards/<slug:ward_slug>/targets/new/", authoring_views.target_create, name="target_create"),
    path("wards/<slug:ward_slug>/targets/units/", authoring_views.target_bulk_units, name="target_bulk_units"),
]
