"""The main navigation (``nav_links``, and ``nav_html`` rendered from ``includes/nav.html``), by role.

The menu is a pure function of who is asking (role, superuser, staff, the ward of the user or,
for readers of every ward, of the page), the language and which link is the current page: it
shows no data. So both the links and the rendered HTML are remembered in this process under
exactly those values (``_remember``) — no cache round trip, nothing to invalidate: a changed
role or ward gives another key on the very next request (the user is read afresh or from the
auth cache, which a role change drops). URLs and translations change only with a deploy.
"""

from django.core.signals import setting_changed
from django.dispatch import receiver
from django.template.loader import render_to_string
from django.urls import NoReverseMatch, reverse
from django.utils.functional import SimpleLazyObject
from django.utils.translation import get_language, pgettext_lazy
from django.utils.translation import gettext_lazy as _

from accounts.access import profile_of, reads_every_ward

_MEMO: dict[tuple, object] = {}
_MEMO_SIZE = 4096  # distinct menus × languages × current links: a few hundred in practice


@receiver(setting_changed)
def _forget(**kwargs):
    _MEMO.clear()  # tests that change the URLs or languages must not meet menus of other settings


def _remember(key: tuple, compute):
    value = _MEMO.get(key)
    if value is None:
        if len(_MEMO) >= _MEMO_SIZE:
            _MEMO.clear()
        value = _MEMO[key] = compute()
    return value


def _link(label, name, **kwargs):
    try:
        url = reverse(name, kwargs=kwargs or None)
    except NoReverseMatch:
        return None
    return {"label": str(label), "url": url}


def _links(role, superuser: bool, every_ward: bool, own_ward_slug, ward_slug) -> list[dict]:
    """The menu's links (label, url) for a user with these properties, in the active language."""
    links = []
    if role == "official":
        links.append(_link(_("Việc của tôi"), "my_work"))
    if every_ward:
        links.append(_link(_("Các phường"), "city_dashboard"))
    elif own_ward_slug:
        links.append(_link(_("Tổng quan"), "ward_dashboard", ward_slug=own_ward_slug))
    if role in ("follow_up", "ward_viewer"):
        # Their "my work" is the ward's chase list (the office's has the "Nhắc việc" button).
        links.append(_link(_("Cần đôn đốc"), "my_work"))
    after_dashboard = len(links)
    links += [
        _link(pgettext_lazy("navigation", "Nhiệm vụ"), "task_list"),
        _link(_("Chỉ tiêu"), "target_list"),
        _link(_("Dự án"), "project_list"),
        _link(pgettext_lazy("navigation", "Báo cáo"), "report_list"),
    ]
    office = superuser or role in ("follow_up", "admin")
    if ward_slug:
        # Every reader of a ward reads its plans; the office (and admins) create and edit them there.
        links.insert(after_dashboard, _link(_("Kế hoạch"), "plan_list", ward_slug=ward_slug))
        links.append(_link(_("Xuất Excel, Word"), "exchange:report", ward=ward_slug))
        if office:
            links.append(_link(_("Nạp Excel"), "exchange:import", ward=ward_slug))
            links.append(_link(_("Nạp kế hoạch từ văn bản"), "exchange:plan_import", ward=ward_slug))
            # The office keeps its ward's units and accounts (assignments.unit_views, accounts.views).
            links.append(_link(_("Đơn vị, tài khoản"), "unit_list", ward_slug=ward_slug))
            links.append(_link(_("Duyệt báo cáo"), "review_queue", ward_slug=ward_slug))
            links.append(_link(_("Quy tắc theo dõi"), "ward_settings", ward_slug=ward_slug))
            # The ward's background jobs: the Word report, large imports, reminders (exchange.job_views).
            links.append(_link(_("Việc chạy nền"), "exchange:jobs", ward=ward_slug))
    links.append(_link(_("Cách tính tình trạng"), "status_help"))
    return [link for link in links if link]


def nav_links(request):
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {"nav_links": []}
    profile = profile_of(user)
    role = profile.role if profile is not None else None
    own_ward_slug = profile.ward.slug if profile is not None and profile.ward_id else None
    # Excel/Word (exchange): the user's ward, or for readers of every ward the ward of the page.
    match = getattr(request, "resolver_match", None)
    ward_slug = own_ward_slug or (match.kwargs.get("ward") or match.kwargs.get("ward_slug") if match else None)
    every_ward = reads_every_ward(user)
    key = (role, user.is_superuser, every_ward, own_ward_slug, ward_slug, get_language())
    links = _remember(("links", *key), lambda: _links(role, user.is_superuser, every_ward, own_ward_slug, ward_slug))
    current = request.path if any(link["url"] == request.path for link in links) else None
    marked = [{**link, "current": link["url"] == current} for link in links]
    html_key = ("html", *key, user.is_staff, current)
    context = {"nav_links": marked, "show_admin": user.is_staff}
    html = SimpleLazyObject(lambda: _remember(html_key, lambda: render_to_string("includes/nav.html", context)))
    return {"nav_links": marked, "nav_html": html}
