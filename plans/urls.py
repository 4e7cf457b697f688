from django.urls import path

from plans import views

urlpatterns = [
    path("plans/<int:plan_pk>/", views.plan_detail, name="plan_detail"),
]
