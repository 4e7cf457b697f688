"""The ward dashboard (home page of ward users), the city dashboard (wards side by side) and
the plan page (the plan's tree as printed, with its targets, tasks and projects in place) and
the follow-up office's choice of publishing the plan to citizens (``public``)."""

from functools import wraps

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpResponseBadRequest
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import SimpleLazyObject
from django.utils.translation import get_language, gettext
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST, require_safe

from accounts.access import can_edit, get_for_user, manages_ward, profile_of, reads_every_ward, scope
from accounts.auth_backends import authenticate_with, page_user_id, stamp_of
from core.concurrency import EditConflict, refuse_stale
from core.generation import TIMEOUT, cache_key, generation_of, version_keys, with_generation
from core.history import history_rows_for
from core.page_cache import CachedPage, has_messages, user_version_keys
from core.params import YearField
from core.review import FIGURES_PARAM, INCLUDE_SUBMITTED, FiguresForm, include_submitted
from dashboards import selectors
from dashboards.units import UNIT_SORTS, sort_units
from plans.forms import PublicationForm
from plans.models import Plan, Ward
from plans.services import PUBLICATION_FIELDS, set_publication

CITY_COLUMNS = [
    ("name", _("Phường, xã")),
    ("on_time", _("Tỷ lệ đúng hạn")),
    ("tasks", _("Nhiệm vụ")),
    ("progress", _("Tiến độ chung")),
    ("overdue", _("Quá hạn")),
    ("at_risk", _("Nguy cơ chậm")),
    ("done", _("Đã hoàn thành")),
    ("on_track", _("Chỉ tiêu đạt, đúng lộ trình")),
    ("off_track", _("Chỉ tiêu chậm")),
    ("projects", _("Dự án")),
    ("rate", _("Tỷ lệ giải ngân")),
    ("stale_units", _("Đơn vị lâu không báo cáo")),
]


_WARD_IDS: dict[str, int] = {}  # slug → id, as this process last rendered it: whose version to read


def _cached_page(request, ward_slug) -> CachedPage | None:
    """The user's whole dashboard in the cache (core.page_cache), read in the round trip that
    reads the session's user (``authenticate_with``: before ``login_required``), or None where it
    must render: no shared cache, no user of the cached backend in the session, a query string,
    messages waiting, or a ward this process has not rendered yet (its version is read first)."""
    user_id, ward_id = page_user_id(request), _WARD_IDS.get(ward_slug)
    if not settings.PAGE_CACHE_SECONDS or user_id is None or ward_id is None or request.META.get("QUERY_STRING"):
        return None
    if has_messages(request):
        return None
    key = f"page:ward-dashboard:{user_id}:{get_language()}:{timezone.localdate().isoformat()}:{ward_slug}"
    page = CachedPage(key, [*version_keys(ward_id), *user_version_keys(user_id)], settings.PAGE_CACHE_SECONDS)
    found = authenticate_with(request, user_id, page.keys())
    if found is not None:
        page.take(found)
    return page


def _owner(user) -> tuple[int, int] | None:
    """Whom a cached page is for: the user and the stamp of their cached entry (None: uncached)."""
    stamp = stamp_of(user)
    return None if stamp is None else (user.pk, stamp)


def _read_with_the_user(view):
    # Outside login_required, which would read the user in a round trip of its own.
    @wraps(view)
    def read_first(request, ward_slug):
        return view(request, ward_slug, page=_cached_page(request, ward_slug))

    return read_first


@_read_with_the_user
@login_required
@require_safe
def ward_dashboard(request, ward_slug, page: CachedPage | None = None):
    owner = _owner(request.user)
    if page is not None and (response := page.response(request, owner)) is not None:
        return response
    wards = with_generation(Ward.objects.select_related("city"))
    ward = get_object_or_404(scope(request.user, wards), slug=ward_slug)
    today = timezone.localdate()
    figures = FiguresForm(request.GET) if request.GET else None  # most visits have no query: no form
    if figures is not None and not figures.is_valid():
        return HttpResponseBadRequest(_("Tham số “số liệu” không hợp lệ."))
    submitted = include_submitted(request.GET)
    # The page body is cached under the ward's data generation (core.generation): the figures
    # are computed only when it is missing, i.e. after a write to the ward or on a new day.
    dashboard = SimpleLazyObject(lambda: selectors.ward_dashboard(ward, today, include_submitted=submitted))
    kind = "ward-dashboard-with-submitted" if submitted else "ward-dashboard"  # two pages, two caches
    fragment_key = cache_key(kind, ward.pk, generation_of(ward), today)
    profile = profile_of(request.user)
    if profile is not None and profile.ward_id == ward.pk:
        profile.ward = ward  # the menu reads profile.ward: spare it a query
    plans = scope(request.user, Plan.objects.filter(ward=ward).active())
    context = {
        "ward": ward,
        "d": dashboard,
        "plans": plans,
        "fragment_key": fragment_key,
        "cache_timeout": TIMEOUT,
        "include_submitted": submitted,
        "figures_param": FIGURES_PARAM,
        "figures_all": INCLUDE_SUBMITTED,
        "may_review": manages_ward(request.user, ward),
    }
    response = render(request, "dashboards/ward.html", context)
    if page is not None and version_keys(ward.pk)[0] in page.version_keys:  # its versions were this ward's
        page.store(response, owner)
    _WARD_IDS[ward_slug] = ward.pk
    return response


UNIT_COLUMNS = [
    ("rank", _("Hạng")),
    ("name", _("Đơn vị")),
    ("due", _("Số kỳ đến hạn")),
    ("missed", _("Quá hạn")),
    ("stale", _("Lâu không báo cáo")),
]


def _columns(columns, sort: str, first_ascending=("name", "rank", "stale")) -> list[dict]:
    """Header links of a sortable table: a click on the sorted column reverses it."""
    key, descending = sort.lstrip("-"), sort.startswith("-")
    return [
        {
            "key": k,
            "label": label,
            "sorted": "descending" if k == key and descending else "ascending" if k == key else "",
            "next": (k if descending else f"-{k}") if k == key else (k if k in first_ascending else f"-{k}"),
        }
        for k, label in columns
    ]


@login_required
@require_safe
def unit_ranking(request, ward_slug):
    """The ward's lead units ranked by on-time rate for a year (``?year=``), sortable (``?sort=``)."""
    ward = get_object_or_404(scope(request.user, Ward.objects.select_related("city")), slug=ward_slug)
    today = timezone.localdate()
    try:  # a year out of bounds or not a number: the latest year, as without one
        year = YearField(required=False).clean(request.GET.get("year"))
    except ValidationError:
        year = None
    sort = request.GET.get("sort", "rank")
    if sort.lstrip("-") not in UNIT_SORTS:
        sort = "rank"
    units, years, settings = selectors.unit_ranking(ward, today, year)
    context = {
        "ward": ward,
        "units": sort_units(units, sort, of=lambda score: score.rates),
        "years": years,
        "year": units[0].rates.selected.year if units and units[0].rates.selected else (years[-1] if years else None),
        "columns": _columns(UNIT_COLUMNS, sort),
        "sort": sort,
        "stale_periods": settings.stale_periods,
    }
    return render(request, "dashboards/unit_ranking.html", context)


@login_required
@require_safe
def city_dashboard(request):
    if not reads_every_ward(request.user):
        profile = profile_of(request.user)
        if profile is not None and profile.ward_id:
            return redirect("ward_dashboard", ward_slug=profile.ward.slug)
        raise PermissionDenied
    sort = request.GET.get("sort", "name")
    if sort.lstrip("-") not in selectors.CITY_SORTS:
        sort = "name"
    rows = selectors.city_rows(scope(request.user, Ward.objects.select_related("city")), timezone.localdate(), sort)
    key, descending = sort.lstrip("-"), sort.startswith("-")
    columns = [
        {
            "key": k,
            "label": label,
            "sorted": "descending" if k == key and descending else "ascending" if k == key else "",
            # A click on the sorted column reverses it; numbers sort largest first on the first click.
            "next": (k if descending else f"-{k}") if k == key else (k if k == "name" else f"-{k}"),
        }
        for k, label in CITY_COLUMNS
    ]
    return render(request, "dashboards/city.html", {"rows": rows, "columns": columns, "sort": sort})


def _publication_history(plan: Plan) -> list:
    """The plan's changes of publication, newest first (other fields of the plan left out)."""
    rows = history_rows_for(plan.history.all(), limit=10)
    names = {str(Plan._meta.get_field(name).verbose_name) for name in PUBLICATION_FIELDS}
    return [row for row in rows if row.field in names]


def _plan_page(request, plan: Plan, *, publication_form: PublicationForm | None = None, status: int = 200):
    roots, rollup = selectors.plan_tree(plan, timezone.localdate())
    context = {
        "plan": plan,
        "ward": plan.ward,
        "roots": roots,
        "percent": rollup.percent,
        "task_count": rollup.count,
        "rollup": rollup,
    }
    if can_edit(request.user, plan):
        context["publication_form"] = publication_form or PublicationForm(
            initial={
                "published": plan.published,
                "narratives": plan.publish_narratives,
                "evidence": plan.publish_evidence,
                "version": plan.version,
            }
        )
        context["publication_history"] = _publication_history(plan)
    return render(request, "dashboards/plan_detail.html", context, status=status)


@login_required
@require_safe
def plan_detail(request, plan_pk):
    return _plan_page(request, get_for_user(request.user, Plan.objects.select_related("ward"), plan_pk))


@login_required
@require_POST
def plan_publication(request, plan_pk):
    """POST by the ward's follow-up office (or an admin): publish or withdraw the plan.
    404 outside the user's wards, 403 for anyone who may not edit the plan; the page again with
    409 for a stale form (the plan changed since it was loaded), 400 for a malformed one."""
    plan = get_for_user(request.user, Plan.objects.select_related("ward"), plan_pk, write=True)
    form = PublicationForm(request.POST)
    if not form.is_valid():
        return _plan_page(request, plan, publication_form=form, status=400)
    data = form.cleaned_data
    try:
        plan = set_publication(
            plan=plan,
            published=data["published"],
            narratives=data["narratives"],
            evidence=data["evidence"],
            expected_version=data["version"] or 0,  # a form without a version saw no plan
            author=request.user,
        )
    except EditConflict as conflict:
        refuse_stale(form, conflict)
        plan.refresh_from_db()
        return _plan_page(request, plan, publication_form=form, status=409)
    if plan.published:
        messages.success(request, gettext("Kế hoạch đã được công khai cho người dân."))
    else:
        messages.success(request, gettext("Kế hoạch không còn công khai."))
    return redirect(reverse("plan_detail", kwargs={"plan_pk": plan.pk}) + "#publication")
