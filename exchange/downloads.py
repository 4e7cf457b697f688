"""What the export and report views share: the ward of the URL, and a file to download."""

from __future__ import annotations

from django.http import HttpResponse
from django.shortcuts import get_object_or_404

from accounts.access import scope
from plans.models import Ward


def ward_for_user(request, slug: str) -> Ward:
    """The ward of the URL, 404 outside the user's wards."""
    return get_object_or_404(scope(request.user, Ward.objects.select_related("city")), slug=slug)


def download(content: bytes, content_type: str, filename: str) -> HttpResponse:
    response = HttpResponse(content, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
