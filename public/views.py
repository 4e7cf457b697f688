"""Public pages: a ward's published plans for citizens, without signing in.

Read-only (GET and HEAD only). A ward with no published plan, an unpublished plan, or an
object outside the published plan of the URL is a 404, whoever asks: signed-in users get
exactly what citizens get. The expensive part of each page is cached under the ward's data
generation (``core.generation``), so any write to the ward (publishing or withdrawing a plan
included) is visible on the next request.
"""

from __future__ import annotations

from django.http import Http404
from django.shortcuts import get_object_or_404, render
from django.utils import timezone
from django.utils.functional import SimpleLazyObject
from django.views.decorators.http import require_safe

from assignments.evidence import evidence_response
from core.generation import TIMEOUT, cache_key, generation_of, with_generation
from plans.models import Plan, Ward
from public import selectors
from targets.models import Target


def _ward(ward_slug: str) -> Ward:
    return get_object_or_404(with_generation(Ward.objects.select_related("city")), slug=ward_slug)


def _plan(ward: Ward, plan_pk: int) -> Plan:
    plan = get_object_or_404(Plan.objects.published(), pk=plan_pk, ward=ward)
    plan.ward = ward
    return plan


def _cached(request, template: str, kind: str, ward: Ward, compute, context: dict):
    """Render ``template`` whose body is cached (``{% cache %}`` on ``fragment_key``); ``compute``
    runs only when the body is missing from the cache."""
    today = timezone.localdate()
    context.update(
        {
            "ward": ward,
            "d": SimpleLazyObject(lambda: compute(today)),
            "fragment_key": cache_key(kind, ward.pk, generation_of(ward), today),
            "cache_timeout": TIMEOUT,
        }
    )
    return render(request, template, context)


@require_safe
def index(request):
    """Every ward that publishes at least one plan."""
    return render(request, "public/index.html", {"wards": list(selectors.published_wards())})


@require_safe
def ward_page(request, ward_slug):
    ward = _ward(ward_slug)
    plans = list(Plan.objects.published().filter(ward=ward).order_by("period_start", "code"))
    if not plans:
        raise Http404
    for plan in plans:
        plan.ward = ward
    return _cached(
        request,
        "public/ward.html",
        "public-ward",
        ward,
        lambda today: selectors.ward_page(ward, plans, today),
        {"plans": plans},
    )


@require_safe
def plan_page(request, ward_slug, plan_pk):
    ward = _ward(ward_slug)
    plan = _plan(ward, plan_pk)
    return _cached(
        request,
        "public/plan.html",
        f"public-plan-{plan.pk}",
        ward,
        lambda today: selectors.plan_page(plan, today),
        {"plan": plan},
    )


@require_safe
def target_page(request, ward_slug, plan_pk, target_pk):
    ward = _ward(ward_slug)
    plan = _plan(ward, plan_pk)
    target = get_object_or_404(
        Target.objects.filter(plan_item__plan=plan).select_related("plan_item", "responsible_unit"), pk=target_pk
    )
    target.plan_item.plan = plan
    return _cached(
        request,
        "public/target.html",
        f"public-target-{target.pk}",
        ward,
        lambda today: selectors.target_page(target, today),
        {"plan": plan, "target": target},
    )


@require_safe
def evidence_download(request, ward_slug, plan_pk, evidence_pk):
    """An evidence file of a plan whose office published its evidence (404 otherwise)."""
    ward = _ward(ward_slug)
    plan = _plan(ward, plan_pk)
    evidence = get_object_or_404(selectors.public_evidence(plan), pk=evidence_pk)
    response = evidence_response(evidence)
    response["Cache-Control"] = "no-cache"  # a withdrawn file must not be served from a cache
    return response
