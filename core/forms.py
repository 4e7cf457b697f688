"""Putting a service's ``ValidationError`` on a form, next to the fields it names."""

from __future__ import annotations

from django import forms
from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.utils.translation import gettext_lazy as _

from core.params import parse_id


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


class IdsChoiceField(forms.ModelMultipleChoiceField):
    """A choice of several rows by id that refuses a value no id can have (past 2^63, not a
    number) with a message, before the database sees it: inside ``pk__in`` SQLite raises
    ``OverflowError`` and PostgreSQL "bigint out of range", a server error either way."""

    default_error_messages = {"invalid_pk_value": _("“%(pk)s” không phải là một lựa chọn hợp lệ.")}

    def _check_values(self, value):
        if self.to_field_name is None and isinstance(value, list | tuple):
            for pk in value:
                if parse_id(pk) is None:
                    raise ValidationError(
                        self.error_messages["invalid_pk_value"], code="invalid_pk_value", params={"pk": pk}
                    )
        return super()._check_values(value)
