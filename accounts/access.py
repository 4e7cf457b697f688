"""Who may see and change what: the one way views fetch ward data.

Every lookup of ward data goes through ``scope`` (a queryset restricted to what the user may
read) or ``get_for_user`` (one object, or 404 when it is outside the user's wards, 403 when
the user may read but not change it). Isolation is enforced here and nowhere else.
"""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.db.models import Model, QuerySet
from django.http import Http404

from accounts.models import Profile
from core.params import parse_id

# How to reach the ward from each model (a Django lookup path).
WARD_PATHS: dict[str, str] = {
    "plans.ward": "",
    "plans.plan": "ward",
    "plans.planitem": "plan__ward",
    "plans.wardsettings": "ward",
    "targets.target": "plan_item__plan__ward",
    "targets.measurement": "target__plan_item__plan__ward",
    "assignments.unit": "ward",
    "assignments.task": "plan_item__plan__ward",
    "assignments.progressreport": "task__plan_item__plan__ward",
    "assignments.evidence": "report__task__plan_item__plan__ward",
    "projects.project": "ward",
    "projects.capitalyear": "project__ward",
}

READ_ALL_ROLES = {Profile.Role.CITY_VIEWER, Profile.Role.ADMIN}
EDIT_WARD_ROLES = {Profile.Role.FOLLOW_UP, Profile.Role.ADMIN}


def profile_of(user) -> Profile | None:
    if not user.is_authenticated:
        return None
    try:
        return user.profile
    except Profile.DoesNotExist:
        return None


def reads_every_ward(user) -> bool:
    profile = profile_of(user)
    return user.is_superuser or (profile is not None and profile.role in READ_ALL_ROLES)


def _ward_path(model: type[Model]) -> str:
    return WARD_PATHS[model._meta.label_lower]


def scope(user, queryset: QuerySet) -> QuerySet:
    """``queryset`` restricted to the wards the user may read (nothing for anonymous users)."""
    if reads_every_ward(user):
        profile = profile_of(user)
        if profile and profile.role == Profile.Role.CITY_VIEWER and profile.city_id:
            path = _ward_path(queryset.model)
            return queryset.filter(**{f"{path}__city_id" if path else "city_id": profile.city_id})
        return queryset
    profile = profile_of(user)
    if profile is None or profile.ward_id is None:
        return queryset.none()
    path = _ward_path(queryset.model)
    return queryset.filter(**{f"{path}_id" if path else "pk": profile.ward_id})


def ward_of(obj: Model):
    """The ward an object belongs to, following ``WARD_PATHS``."""
    path = _ward_path(type(obj))
    for attr in path.split("__") if path else []:
        obj = getattr(obj, attr)
    return obj


def can_edit(user, obj: Model) -> bool:
    """May ``user`` change ``obj`` (or add a report/measurement to it)?

    Admins and the ward's follow-up office edit everything of the ward; an official edits
    what their unit leads or coordinates (tasks), or is assigned (targets, projects);
    viewers edit nothing.
    """
    profile = profile_of(user)
    if user.is_superuser:
        return True
    if profile is None or profile.role not in (Profile.Role.OFFICIAL, *EDIT_WARD_ROLES):
        return False
    if profile.role == Profile.Role.ADMIN:
        return True
    if ward_of(obj).pk != profile.ward_id:
        return False
    if profile.role == Profile.Role.FOLLOW_UP:
        return True
    return _unit_is_assigned(profile.unit_id, obj)


def _unit_is_assigned(unit_id: int, obj: Model) -> bool:
    label = obj._meta.label_lower
    if label == "assignments.task":
        return any(role.unit_id == unit_id for role in obj.unit_roles.all())
    if label == "assignments.progressreport":
        return obj.unit_id == unit_id
    if label == "targets.target":
        return obj.responsible_unit_id == unit_id
    if label == "projects.project":
        return obj.lead_unit_id == unit_id or any(u.pk == unit_id for u in obj.implementing_units.all())
    return False


def get_for_user(user, queryset: QuerySet, pk, *, write: bool = False):
    """The object ``pk`` of ``queryset`` if the user may read it (404 otherwise); 403 if
    ``write`` and the user may not change it."""
    if parse_id(pk) is None:  # past 2^63 the database itself would fail
        raise Http404
    try:
        obj = scope(user, queryset).get(pk=pk)
    except (queryset.model.DoesNotExist, ValueError, TypeError) as exc:
        raise Http404 from exc
    if write and not can_edit(user, obj):
        raise PermissionDenied
    return obj


def manages_ward(user, ward) -> bool:
    """May ``user`` author the ward's plan data (create and edit targets, projects…)?

    The ward's follow-up office and admins; officials only record values on what their unit
    is given (``can_edit``), viewers read."""
    if user.is_superuser:
        return True
    profile = profile_of(user)
    if profile is None:
        return False
    if profile.role == Profile.Role.ADMIN:
        return True
    return profile.role == Profile.Role.FOLLOW_UP and ward is not None and profile.ward_id == ward.pk


def get_managed_ward(user, wards: QuerySet, ward_slug: str):
    """The ward ``ward_slug`` of ``wards`` if the user may read it (404 otherwise); 403 if they
    may not author it."""
    try:
        ward = scope(user, wards).get(slug=ward_slug)
    except wards.model.DoesNotExist as exc:
        raise Http404 from exc
    if not manages_ward(user, ward):
        raise PermissionDenied
    return ward


def authoring_ward(user, selected_ward=None):
    """The ward whose records the user may add from a list page, if any: the ward the list is
    filtered on, else the user's own ward."""
    profile = profile_of(user)
    ward = selected_ward or (profile.ward if profile is not None and profile.ward_id else None)
    return ward if ward is not None and manages_ward(user, ward) else None
