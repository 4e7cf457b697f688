"""Never lose an edit: a version column, checked under a row lock when a form saves.

Two people open the same record; both save. Without a check the second save silently wipes
the first. Every model a form writes carries ``version`` (``VersionedModel``), which each
``save()`` raises by one. A form carries the version it was loaded at (``VersionField``); the
service saves through ``save_if_unchanged`` / ``locked_for_edit``, which lock the row
(``SELECT … FOR NO KEY UPDATE`` on PostgreSQL; on SQLite every write transaction is ``IMMEDIATE``,
see settings) and raise ``EditConflict`` when the version moved on. The view then shows the
form again with what the user typed, the other person's change (``conflict_message``) and the
new version, so saving again is a deliberate choice.

Creating a row that must be unique (one report per task, unit and period) can race too: the
second insert hits the unique constraint; ``create_once`` turns that into ``EditConflict``
rather than a server error.

Bulk writes (``QuerySet.update``) must raise the version too: ``**BUMP_VERSION``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from decimal import Decimal
from typing import Any

from django import forms
from django.db import IntegrityError, models, transaction
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from core.numbers import format_number

BUMP_VERSION = {"version": models.F("version") + 1}


class VersionedModel(models.Model):
    """A model whose rows count their saves, so that a stale form can be told apart."""

    version = models.PositiveIntegerField(gettext_lazy("phiên bản"), default=0, editable=False)

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        self.version = (self.version or 0) + 1
        update_fields = kwargs.get("update_fields")
        if update_fields is not None and "version" not in update_fields:
            kwargs["update_fields"] = [*update_fields, "version"]
        super().save(*args, **kwargs)


class EditConflict(Exception):
    """The row changed (or appeared) since the form was loaded; ``current`` is the row as it is now."""

    def __init__(self, current: models.Model | None):
        super().__init__("edit conflict")
        self.current = current


def for_update(queryset: models.QuerySet, **options: Any) -> models.QuerySet:
    """``queryset`` locking the rows it reads until the transaction ends: the one way the portal
    locks a row (a test keeps it so).

    NO KEY UPDATE: no write here changes a row's key, and a plain FOR UPDATE would also block
    the key-share locks other tables' inserts take on it (a report under a locked task, an item
    under a locked plan) and so open deadlocks between unrelated writes. ``options`` go to
    ``select_for_update`` (``of=``)."""
    return queryset.select_for_update(no_key=True, **options)


def locked_for_edit(queryset: models.QuerySet, *, expected: int | None, **lookup: Any):
    """The row of ``queryset`` matching ``lookup``, locked until the transaction ends, or None.

    ``expected`` is the version the form was loaded at; ``None`` (or 0) means the form saw no
    row. Raises ``EditConflict`` when the row's version is not the one expected. Call inside
    ``transaction.atomic``.
    """
    row = for_update(queryset).filter(**lookup).first()
    seen = expected or 0
    if (row.version if row is not None else 0) != seen:
        raise EditConflict(row)
    return row


def save_if_unchanged(obj: VersionedModel, *, expected: int | None, **save_kwargs) -> VersionedModel:
    """Save ``obj`` (an existing row) only if nobody saved it since version ``expected``."""
    with transaction.atomic():
        current = locked_for_edit(type(obj)._default_manager.all(), expected=expected, pk=obj.pk)
        obj.version = current.version
        obj.save(**save_kwargs)
    return obj


def create_once(model: type[models.Model], **values: Any) -> models.Model:
    """Insert a row; when a unique constraint says another request just made it, ``EditConflict``."""
    try:
        with transaction.atomic():
            return model._default_manager.create(**values)
    except IntegrityError as error:
        raise EditConflict(None) from error


class VersionField(forms.IntegerField):
    """The hidden version a form was loaded at."""

    widget = forms.HiddenInput

    def __init__(self, **kwargs):
        kwargs.setdefault("required", False)
        kwargs.setdefault("min_value", 0)
        kwargs.setdefault("max_value", 2**31 - 1)
        super().__init__(**kwargs)


def last_change(obj: models.Model | None) -> tuple[str, str] | None:
    """Who last changed ``obj`` and when, from its history (django-simple-history), if recorded."""
    history = getattr(obj, "history", None)
    if obj is None or history is None:
        return None
    record = history.order_by("-history_date").select_related("history_user").first()
    if record is None:
        return None
    who = record.history_user.get_full_name() or record.history_user.get_username() if record.history_user else ""
    when = date_format(timezone.localtime(record.history_date), "d/m/Y H:i")
    return who or _("một người khác"), when


def conflict_message(current: models.Model | None, fields: Iterable[str] = ()) -> str:
    """The Vietnamese explanation shown above a form whose save was refused."""
    if current is None:
        return _(
            "Trong lúc bạn nhập, một người khác vừa tạo bản ghi này. Những gì bạn nhập vẫn còn dưới đây: "
            "tải lại trang để xem bản của họ, rồi lưu lại nếu cần."
        )
    change = last_change(current)
    values = []
    for name in fields:
        try:
            field = current._meta.get_field(name)
        except Exception:  # a form field with no model field behind it: nothing to show
            continue
        if field.auto_created and not field.concrete:  # a reverse relation named like the form field
            continue
        display = getattr(current, f"get_{name}_display", None)
        value = display() if callable(display) else getattr(current, name)
        if field.many_to_many:  # the related rows' names, not the manager's repr
            value = "; ".join(str(related) for related in value.all())
        if isinstance(value, Decimal):  # 1.000,5 as the forms read it, not Python's 1000.500
            value = format_number(value)
        elif isinstance(value, dt.date) and not isinstance(value, dt.datetime):
            value = date_format(value, "d/m/Y")
        if value not in (None, ""):
            values.append(f"{field.verbose_name}: {value}")
    now = "; ".join(values)
    if change:
        who, when = change
        text = _("Trong lúc bạn sửa, %(who)s đã lưu thay đổi lúc %(when)s.") % {"who": who, "when": when}
    else:
        text = _("Trong lúc bạn sửa, bản ghi này đã được lưu bởi người khác.")
    if now:
        text += " " + _("Giá trị hiện tại: %(values)s.") % {"values": now}
    return text + " " + _("Những gì bạn nhập vẫn còn dưới đây: kiểm tra rồi bấm Lưu lần nữa nếu vẫn muốn ghi đè.")


def refuse_stale(form: forms.Form, conflict: EditConflict, *, version_field: str = "version") -> None:
    """Put the conflict on ``form`` and move its version on, so that a second save is deliberate."""
    fields = [name for name in form.fields if name != version_field]
    form.add_error(None, forms.ValidationError(conflict_message(conflict.current, fields), code="conflict"))
    if form.is_bound and version_field in form.fields:
        data = form.data.copy()
        data[form.add_prefix(version_field)] = conflict.current.version if conflict.current is not None else 0
        form.data = data


class KeyedVersionForm(forms.Form):
    """A form that adds or updates the one row picked by some of its own fields.

    The progress form writes the report of the unit and period the user chooses, the capital
    form the row of the year typed: the row is not known until the form is posted. So the form
    carries the version of the row it showed *and that row's key* (``version_of``); for any
    other key the user saw no row, and the save expects none (version 0). A subclass says how
    its cleaned data name the row (``row_key``); the service gets ``expected_version()``.
    """

    version = VersionField()
    version_of = forms.CharField(required=False, max_length=100, widget=forms.HiddenInput)

    def row_key(self) -> str:
        raise NotImplementedError

    @staticmethod
    def initial_version(row: VersionedModel | None, key: str) -> dict:
        """The hidden fields of a form loaded with ``row`` (None: no row yet) for ``key``."""
        return {"version": row.version if row is not None else 0, "version_of": key}

    def expected_version(self) -> int:
        if self.cleaned_data.get("version_of") == self.row_key():
            return self.cleaned_data.get("version") or 0
        return 0

    def refuse(self, conflict: EditConflict) -> None:
        """``refuse_stale``, and the version now belongs to the row the user asked for."""
        refuse_stale(self, conflict)
        data = self.data.copy()
        data[self.add_prefix("version_of")] = self.row_key()
        self.data = data


def create_or_conflict(model: type[models.Model], obj: models.Model, **lookup: Any) -> None:
    """Insert ``obj`` (a row that must be unique on ``lookup``) inside the current transaction.

    When another request inserted the same row in the meantime the unique constraint refuses
    ours: ``EditConflict`` with their row (committed by then: the insert waited for it), so the
    message can show what they saved.
    """
    try:
        with transaction.atomic():
            obj.save(force_insert=True)
    except IntegrityError as error:
        theirs = model._default_manager.filter(**lookup).first()
        if theirs is None:  # not a duplicate: some other constraint, a bug to see, not a conflict
            raise
        raise EditConflict(theirs) from error
