"""The main navigation (``nav_links`` read by ``includes/nav.html``), by role."""

from django.urls import NoReverseMatch, reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from accounts.access import profile_of, reads_every_ward


def _link(request, label, name, **kwargs):
    try:
        url = reverse(name, kwargs=kwargs or None)
    except NoReverseMatch:
        return None
    return {"label": label, "url": url, "current": request.path == url}


def nav_links(request):
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {"nav_links": []}
    profile = profile_of(user)
    links = []
    if profile is not None and profile.role == "official":
        links.append(_link(request, _("Việc của tôi"), "my_work"))
    if reads_every_ward(user):
        links.append(_link(request, _("Các phường"), "city_dashboard"))
    elif profile is not None and profile.ward_id:
        links.append(_link(request, _("Tổng quan"), "ward_dashboard", ward_slug=profile.ward.slug))
    if profile is not None and profile.role in ("follow_up", "ward_viewer"):
        # Their "my work" is the ward's chase list (the office's has the "Nhắc việc" button).
        links.append(_link(request, _("Cần đôn đốc"), "my_work"))
    after_dashboard = len(links)
    links += [
        _link(request, pgettext_lazy("navigation", "Nhiệm vụ"), "task_list"),
        _link(request, _("Chỉ tiêu"), "target_list"),
        _link(request, _("Dự án"), "project_list"),
        _link(request, pgettext_lazy("navigation", "Báo cáo"), "report_list"),
    ]
    # Excel/Word (exchange): the user's ward, or for readers of every ward the ward of the page.
    match = getattr(request, "resolver_match", None)
    ward_slug = profile.ward.slug if profile is not None and profile.ward_id else None
    ward_slug = ward_slug or (match.kwargs.get("ward") or match.kwargs.get("ward_slug") if match else None)
    if ward_slug:
        # Every reader of a ward reads its plans; the office (and admins) create and edit them there.
        links.insert(after_dashboard, _link(request, _("Kế hoạch"), "plan_list", ward_slug=ward_slug))
        links.append(_link(request, _("Xuất Excel, Word"), "exchange:report", ward=ward_slug))
        if user.is_superuser or (profile is not None and profile.role in ("follow_up", "admin")):
            links.append(_link(request, _("Nạp Excel"), "exchange:import", ward=ward_slug))
            links.append(_link(request, _("Nạp kế hoạch từ văn bản"), "exchange:plan_import", ward=ward_slug))
    if ward_slug and (user.is_superuser or (profile is not None and profile.role in ("follow_up", "admin"))):
        # The office keeps its ward's units and accounts (assignments.unit_views, accounts.views).
        links.append(_link(request, _("Đơn vị, tài khoản"), "unit_list", ward_slug=ward_slug))
        links.append(_link(request, _("Duyệt báo cáo"), "review_queue", ward_slug=ward_slug))
        links.append(_link(request, _("Quy tắc theo dõi"), "ward_settings", ward_slug=ward_slug))
    links.append(_link(request, _("Cách tính tình trạng"), "status_help"))
    return {"nav_links": [link for link in links if link]}
