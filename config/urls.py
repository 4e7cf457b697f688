from django.conf import settings
from django.contrib import admin
from django.urls import include, path

urlpatterns = [
    path("i18n/", include("django.conf.urls.i18n")),
    path("admin/", admin.site.urls),
    path("exchange/", include("exchange.urls")),
    path("cong-khai/", include("public.urls")),
    # Before the other apps: the ward dashboard is the page read most, and a route is matched only
    # after every pattern listed before it was tried (portal/tests/test_routes.py: none is shadowed).
    path("", include("dashboards.urls")),
    path("", include("plans.urls")),
    path("", include("targets.urls")),
    path("", include("projects.urls")),
    path("", include("assignments.urls")),
    path("", include("accounts.urls")),
    path("api/", include("api.urls")),
    path("", include("portal.urls")),
    path("", include("talk.urls")),
]

# No public media URL: evidence files are served by assignments.views.evidence_download,
# which checks access.

if settings.BENCH_BARE_VIEW:
    from scale.views import auth_floor, bare, page_floor, session_floor

    urlpatterns[:0] = [
        path("bench/bare/", bare),
        path("bench/session/", session_floor),
        path("bench/auth/", auth_floor),
        path("bench/page/", page_floor),
    ]
