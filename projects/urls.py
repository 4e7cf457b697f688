from django.urls import path

from projects import views

urlpatterns = [
    path("projects/<int:project_pk>/", views.project_detail, name="project_detail"),
]
