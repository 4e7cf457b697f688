"""The follow-up office's review queue (``dashboards.review_queue``, rules in ``core.review``)."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_http_methods

from accounts.access import get_managed_ward
from core.review import COMMENT_MAX, Action
from dashboards import review_queue
from plans.models import Ward


@login_required
@require_http_methods(["GET", "HEAD", "POST"])
def review_queue_page(request, ward_slug: str):
    """GET: the ward's submitted reports, filtered by kind and unit. POST ``action`` (approve or
    return) on the ticked rows (``chon``), or on one row (``mot``) with its own comment.

    The ward's follow-up office and admins (``manages_ward``): another ward is 404, other roles
    403. A return without a comment, or of a closed period, is refused (400, nothing changed); a
    report someone else approved or returned since the page was loaded is left as it is (409)."""
    ward = get_managed_ward(request.user, Ward.objects.all(), ward_slug)
    filters = review_queue.QueueFilter(request.GET or None, ward=ward)
    kind = unit = None
    if filters.is_valid():
        kind, unit = filters.cleaned_data.get("loai") or None, filters.cleaned_data.get("don_vi")
    status = 200 if filters.is_valid() or not filters.is_bound else 400
    errors: list[str] = []

    if request.method == "POST":
        action = request.POST.get("action", "")
        one = request.POST.get("mot", "")
        keys = [one] if one else request.POST.getlist("chon")
        comment_field = f"y_kien_{one.rsplit(':', 1)[0].replace(':', '_')}" if one else "y_kien"
        comment = request.POST.get(comment_field, "")[: COMMENT_MAX + 1]
        if not keys:
            errors.append(_("Hãy chọn ít nhất một báo cáo."))
        else:
            outcome = review_queue.review(ward=ward, user=request.user, keys=keys, action=action, comment=comment)
            if outcome.done:
                done = len(outcome.done)
                text = (
                    ngettext("Đã duyệt %(n)d báo cáo.", "Đã duyệt %(n)d báo cáo.", done)
                    if action == Action.APPROVE
                    else ngettext("Đã trả lại %(n)d báo cáo.", "Đã trả lại %(n)d báo cáo.", done)
                )
                messages.success(request, text % {"n": done})
            errors += [message for _row, message in outcome.refused]
            if outcome.conflicts:
                errors.append(
                    ngettext(
                        "%(n)d báo cáo vừa được người khác xử lý nên chưa thay đổi: xem lại rồi làm lại nếu cần.",
                        "%(n)d báo cáo vừa được người khác xử lý nên chưa thay đổi: xem lại rồi làm lại nếu cần.",
                        len(outcome.conflicts),
                    )
                    % {"n": len(outcome.conflicts)}
                )
            if not errors:
                return redirect(request.get_full_path())
        status = 409 if keys and outcome.conflicts else 400

    items = review_queue.pending(ward, kind=kind, unit=unit)
    context = {
        "ward": ward,
        "filters": filters,
        "items": items,
        "errors": errors,
        "kind_labels": review_queue.KIND_LABELS,
        "bulk_max": review_queue.BULK_MAX,
    }
    return render(request, "dashboards/review_queue.html", context, status=status)
