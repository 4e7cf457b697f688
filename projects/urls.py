from django.urls import path

from projects import authoring_views, views

urlpatterns = [
    path("projects/<int:project_pk>/", views.project_detail, name="project_detail"),
    path("projects/<int:project_pk>/edit/", authoring_views.project_edit, name="project_edit"),
    path("wards/<slug:ward_slug>/projects/new/", authoring_views.project_create, name="project_create"),
]
