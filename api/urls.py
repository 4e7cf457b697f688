from django.contrib.auth.decorators import login_required
from django.urls import include, path
from drf_spectacular.views import SpectacularAPIView
from rest_framework.routers import DefaultRouter

from api import views

app_name = "api"

router = DefaultRouter()
router.include_root_view = True
router.register("plans", views.PlanViewSet, basename="plan")
router.register("plan-items", views.PlanItemViewSet, basename="planitem")
router.register("targets", views.TargetViewSet, basename="target")
router.register("measurements", views.MeasurementViewSet, basename="measurement")
router.register("tasks", views.TaskViewSet, basename="task")
router.register("reports", views.ReportViewSet, basename="report")
router.register("projects", views.ProjectViewSet, basename="project")

urlpatterns = [
    path("schema/", SpectacularAPIView.as_view(), name="schema"),
    # A page for people: anonymous visitors are sent to the login page (the view itself also
    # requires authentication, like the rest of the API).
    path("docs/", login_required(views.DocsView.as_view()), name="docs"),
    path("", include(router.urls)),
]
