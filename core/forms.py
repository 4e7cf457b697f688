"""Putting a service's ``ValidationError`` on a form, next to the fields it names."""

from __future__ import annotations

from django import forms
from django.core.exceptions import NON_FIELD_ERRORS, ValidationError


def add_service_errors(form: forms.Form, error: ValidationError, aliases: dict[str, str] | None = None) -> None:
    """Each message goes to its field (``aliases`` renames model fields to form fields);
    messages for fields the form does not show go on top of the form."""
    aliases = aliases or {}
    if not hasattr(error, "error_dict"):
        form.add_error(None, error)
        return
    for name, errors in error.error_dict.items():
        name = aliases.get(name, name)
        form.add_error(name if name in form.fields and name != NON_FIELD_ERRORS else None, errors)
