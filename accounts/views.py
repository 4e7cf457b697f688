"""The office's account pages: its ward's people, a new account, one account's page.

For the ward's follow-up office and admins; another ward's accounts are 404 and so are
admins and city viewers (``accounts.people``). A generated password is shown once, on the
page that answers the POST, and never stored in clear.
"""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_safe

from accounts.forms import ActiveForm, NewPersonForm, PasswordResetByOfficeForm, PersonForm
from accounts.people import (
    create_person,
    office_ward,
    people_of,
    person_for_office,
    reset_password,
    set_active,
    update_person,
)
from core.concurrency import EditConflict, refuse_stale
from core.forms import add_service_errors


@login_required
@require_safe
def people_list(request, ward_slug: str):
    ward = office_ward(request.user, ward_slug)
    return render(request, "accounts/people_list.html", {"ward": ward, "people": people_of(ward)})


@never_cache
@login_required
@require_http_methods(["GET", "HEAD", "POST"])
def person_create(request, ward_slug: str):
    ward = office_ward(request.user, ward_slug)
    form = NewPersonForm(request.POST or None, ward=ward)
    status = 200
    if request.method == "POST":
        status = 400
        if form.is_valid():
            data = form.cleaned_data
            try:
                person, generated = create_person(
                    ward=ward,
                    username=data["username"],
                    full_name=data["full_name"],
                    email=data["email"],
                    role=data["role"],
                    unit=data["unit"],
                    password=data["password"],
                )
            except ValidationError as error:
                add_service_errors(form, error)
            else:
                context = {"ward": ward, "person": person, "password": generated}
                return render(request, "accounts/person_created.html", context)
    return render(request, "accounts/person_form.html", {"ward": ward, "form": form, "person": None}, status=status)


@never_cache
@login_required
@require_http_methods(["GET", "HEAD", "POST"])
def person_detail(request, user_pk: int):
    """The account's details form, its password reset and its (de)activation, each its own POST."""
    person = person_for_office(request.user, user_pk)
    ward, profile = person.profile.ward, person.profile
    initial = {
        "full_name": person.get_full_name(),
        "email": person.email,
        "role": profile.role,
        "unit": profile.unit_id,
        "version": profile.version,
    }
    action = request.POST.get("action") if request.method == "POST" else None
    form = PersonForm(request.POST if action == "save" else None, ward=ward, initial=initial)
    password_form = PasswordResetByOfficeForm(
        request.POST if action == "password" else None, initial={"version": profile.version}
    )
    active_form = ActiveForm(
        request.POST if action == "active" else None,
        initial={"active": "0" if person.is_active else "1", "version": profile.version},
    )
    status, generated = 200, ""
    if action in ("save", "password", "active"):
        bound = {"save": form, "password": password_form, "active": active_form}[action]
        status = 400
        if bound.is_valid():
            data = bound.cleaned_data
            try:
                if action == "save":
                    update_person(
                        person=person,
                        full_name=data["full_name"],
                        email=data["email"],
                        role=data["role"],
                        unit=data["unit"],
                        expected=data["version"],
                    )
                elif action == "password":
                    generated = reset_password(person=person, password=data["password"], expected=data["version"])
                else:
                    set_active(person=person, active=data["active"], by=request.user, expected=data["version"])
            except EditConflict as conflict:
                refuse_stale(bound, conflict)
                status = 409
            except ValidationError as error:
                add_service_errors(bound, error)
            else:
                if action == "password":
                    messages.success(request, _("Đã đặt mật khẩu mới cho %(user)s.") % {"user": person.get_username()})
                    if generated:
                        context = {"ward": ward, "person": person, "password": generated, "reset": True}
                        return render(request, "accounts/person_created.html", context)
                elif action == "active":
                    text = _("Đã mở lại tài khoản %(user)s.") if data["active"] else _("Đã khóa tài khoản %(user)s.")
                    messages.success(request, text % {"user": person.get_username()})
                else:
                    messages.success(request, _("Đã lưu tài khoản %(user)s.") % {"user": person.get_username()})
                return redirect("person_detail", user_pk=person.pk)
    context = {
        "ward": ward,
        "person": person,
        "form": form,
        "password_form": password_form,
        "active_form": active_form,
        "is_self": person.pk == request.user.pk,
    }
    return render(request, "accounts/person_form.html", context, status=status)
