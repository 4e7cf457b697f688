from django.urls import path

from targets import views

urlpatterns = [
    path("targets/<int:target_pk>/", views.target_detail, name="target_detail"),
]
