"""The follow-up office manages its ward's accounts: who it may create, change and switch off.

An office (or an admin) of a ward creates an official of one of the ward's units, a ward
viewer or another office user, resets a password, deactivates and reactivates an account.
It never touches an account of another ward (404), an admin, a city viewer or a superuser
(404 too: they are not the ward's), and never creates one. A new password is either typed by
the office or generated and shown once (``temporary_password``); Django's validators judge it.

Every change goes through the account's ``Profile`` version (``core.concurrency``), so two
office users changing the same account at once cannot silently overwrite each other.
"""

from __future__ import annotations

import secrets

from django.contrib.auth import get_user_model
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.db.models import QuerySet
from django.http import Http404
from django.utils.translation import gettext as _

from accounts.access import can_edit, scope
from accounts.models import Profile
from core.concurrency import locked_for_edit
from core.params import parse_id

User = get_user_model()

# The roles an office hands out. Admins and city viewers are made by the city's administrators.
WARD_ROLES = (Profile.Role.OFFICIAL, Profile.Role.WARD_VIEWER, Profile.Role.FOLLOW_UP)

# Easy to read out over the phone: no 0/O, 1/l/I.
_ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"


def ward_model():
    return Profile._meta.get_field("ward").related_model


def unit_model():
    return Profile._meta.get_field("unit").related_model


def temporary_password(length: int = 12) -> str:
    return "".join(secrets.choice(_ALPHABET) for _ in range(length))


def office_ward(user, ward_slug: str):
    """The ward ``ward_slug`` if ``user`` manages it: 404 when it is not theirs to read, 403 when
    they read it without managing it."""
    try:
        ward = scope(user, ward_model().objects.all()).get(slug=ward_slug)
    except ward_model().DoesNotExist as exc:
        raise Http404 from exc
    if not can_edit(user, ward):
        raise PermissionDenied
    return ward


def people_of(ward) -> QuerySet:
    """The ward's accounts the office manages, with their profile and unit."""
    return (
        User.objects.filter(profile__ward=ward, profile__role__in=WARD_ROLES, is_superuser=False)
        .select_related("profile__unit")
        .order_by("-is_active", "profile__role", "profile__unit__name", "username")
    )


def person_for_office(user, user_pk):
    """The account ``user_pk`` if ``user`` manages its ward (404 otherwise, 403 for a reader)."""
    if parse_id(user_pk) is None:
        raise Http404
    person = User.objects.select_related("profile__ward", "profile__unit").filter(pk=user_pk).first()
    profile = getattr(person, "profile", None) if person is not None else None
    if profile is None or profile.ward_id is None or profile.role not in WARD_ROLES or person.is_superuser:
        raise Http404
    if not scope(user, ward_model().objects.filter(pk=profile.ward_id)).exists():
        raise Http404
    if not can_edit(user, profile.ward):
        raise PermissionDenied
    return person


def _validate_password(password: str, user) -> None:
    try:
        validate_password(password, user)
    except ValidationError as error:
        raise ValidationError({"password": error.messages}) from error


def _check_role(*, ward, role: str, unit) -> None:
    if role not in WARD_ROLES:
        raise ValidationError({"role": _("Văn phòng chỉ tạo cán bộ đơn vị, người xem của phường hoặc văn phòng.")})
    if role == Profile.Role.OFFICIAL and unit is None:
        raise ValidationError({"unit": _("Cán bộ đơn vị phải thuộc một đơn vị.")})
    if unit is not None and unit.ward_id != ward.pk:
        raise ValidationError({"unit": _("Đơn vị không thuộc phường này.")})


def create_person(
    *, ward, username: str, full_name: str, email: str, role: str, unit=None, password: str = ""
) -> tuple[User, str]:
    """A new account of ``ward``; returns it and its password when one was generated ("" else)."""
    _check_role(ward=ward, role=role, unit=unit)
    generated = "" if password else temporary_password()
    user = User(username=username, email=email, first_name=full_name.strip())
    _validate_password(password or generated, user)
    try:
        with transaction.atomic():
            user.set_password(password or generated)
            user.save()
            Profile.objects.create(
                user=user, role=role, ward=ward, unit=unit if role == Profile.Role.OFFICIAL else None
            )
    except IntegrityError as error:  # the same user name taken by a request that just ran
        raise ValidationError({"username": _("Tên đăng nhập này đã có người dùng.")}) from error
    return user, generated


def _locked_profile(person, expected: int | None) -> Profile:
    return locked_for_edit(Profile.objects.all(), expected=expected, pk=person.profile.pk)


def update_person(*, person, full_name: str, email: str, role: str, unit, expected: int | None) -> None:
    """Change an account's name, email, role and unit (within its ward)."""
    ward = person.profile.ward
    _check_role(ward=ward, role=role, unit=unit)
    with transaction.atomic():
        profile = _locked_profile(person, expected)
        person.first_name, person.last_name, person.email = full_name.strip(), "", email
        person.save(update_fields=["first_name", "last_name", "email"])
        profile.role, profile.unit = role, unit if role == Profile.Role.OFFICIAL else None
        profile.save()


def reset_password(*, person, password: str = "", expected: int | None) -> str:
    """Set a new password (typed, or generated and returned to be shown once)."""
    generated = "" if password else temporary_password()
    _validate_password(password or generated, person)
    with transaction.atomic():
        profile = _locked_profile(person, expected)
        person.set_password(password or generated)
        person.save(update_fields=["password"])
        profile.save()  # the version moves on: a second reset from a stale page is refused
    return generated


def set_active(*, person, active: bool, by, expected: int | None) -> None:
    """Deactivate (the account can no longer sign in; its reports stay) or reactivate."""
    if person.pk == by.pk and not active:
        raise ValidationError(_("Bạn không thể tự khóa tài khoản của mình."), code="self")
    with transaction.atomic():
        profile = _locked_profile(person, expected)
        person.is_active = active
        person.save(update_fields=["is_active"])
        profile.save()
