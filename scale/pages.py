"""The main pages that the benchmark measures and the scale tests count queries of.

Each is (name, username, path) for a synthetic ward made by ``generate_wards --users``: its
committee viewer ``<slug>.thuongtruc`` and its city's viewer ``<city>.thanhpho``. Pages whose
URL is not (yet) defined are left out.
"""

from __future__ import annotations

from django.urls import NoReverseMatch, reverse

from assignments.models import Task
from plans.models import Plan, Ward

# A search typed without diacritics, as users do ("chuyen doi so" finds "chuyển đổi số").
SEARCH = "chuyen+doi+so"


def main_pages(ward_slug: str = "sw-0001") -> list[tuple[str, str, str]]:
    ward = Ward.objects.select_related("city").get(slug=ward_slug)
    plan = Plan.objects.filter(ward=ward).first()
    task = Task.objects.filter(plan_item__plan=plan).order_by("plan_item__tree_order", "position")[5]
    viewer = f"{ward_slug}.thuongtruc"
    city_viewer = f"{ward.city.slug}.thanhpho"
    specs = [
        ("ward_dashboard", viewer, "ward_dashboard", [ward.slug], ""),
        ("city_dashboard", city_viewer, "city_dashboard", [], ""),
        ("plan_detail", viewer, "plan_detail", [plan.pk], ""),
        ("task_list filtered", viewer, "task_list", [], f"?ward={ward.slug}&status=in_progress&period_kind=yearly"),
        ("task_list search", viewer, "task_list", [], f"?q={SEARCH}"),
        ("task_list city search", city_viewer, "task_list", [], f"?q={SEARCH}&overdue=1"),
        ("task_list city status", city_viewer, "task_list", [], "?status=at_risk"),
        ("task_detail", viewer, "task_detail", [task.pk], ""),
        ("api tasks", viewer, None, [], "/api/tasks/?status=overdue"),
        ("api tasks city", city_viewer, None, [], f"/api/tasks/?q={SEARCH}"),
        ("api tasks city status", city_viewer, None, [], "/api/tasks/?status=overdue"),
    ]
    # The public plan page of the seeded ward that publishes (seed --demo), signed out.
    published = Plan.objects.filter(published=True).select_related("ward").order_by("pk").first()
    if published is not None:
        path = reverse("public:plan", args=[published.ward.slug, published.pk])
        specs.append(("public plan", "", None, [], path))
    out = []
    for name, user, url_name, args, query in specs:
        try:
            path = reverse(url_name, args=args) + query if url_name else query
        except NoReverseMatch:
            continue
        out.append((name, user, path))
    return out
