"""Pagination of the lists: one page size, filters kept in the query string."""

from __future__ import annotations

from django.core.paginator import Page, Paginator

PAGE_SIZE = 25


def paginate(request, rows, per_page: int = PAGE_SIZE) -> Page:
    """The requested page of ``rows`` (a queryset: one count and one slice query; a list: none)."""
    return Paginator(rows, per_page).get_page(request.GET.get("page"))
