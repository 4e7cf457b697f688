"""Writing many rows fast: ``COPY`` on PostgreSQL, batched ``INSERT`` elsewhere.

Rows are plain tuples in the order of the columns a ``Table`` names, with their primary
keys already chosen (``IdAllocator``), so that children can point at parents without a
round trip. Columns of the model that the generator does not name are filled with the
field's default (or NULL), so a column added later by another app does not break it.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Iterable, Sequence
from decimal import Decimal

from django.core.management.color import no_style
from django.db import connection
from django.db.models import NOT_PROVIDED, Max, Model

INSERT_BATCH = 1000


class Table:
    """The columns the generator fills for ``model``, and the constant values of the rest."""

    def __init__(self, model: type[Model], columns: Sequence[str], constants: dict | None = None) -> None:
        """``constants``: values for columns not in ``columns`` other than their field's default."""
        constants = constants or {}
        self.model = model
        self.name = model._meta.db_table
        self.columns = list(columns)
        self.extra_columns: list[str] = []
        self.extra_values: tuple = ()
        fields = {f.attname: f for f in model._meta.concrete_fields}
        unknown = set(self.columns) - set(fields)
        if unknown:
            raise ValueError(f"{self.name}: no columns {sorted(unknown)}")
        for attname, f in fields.items():
            if attname in self.columns:
                continue
            if attname in constants:
                value = constants[attname]
            elif f.default is not NOT_PROVIDED:
                value = f.get_default()
            elif f.null:
                value = None
            elif getattr(f, "auto_now", False) or getattr(f, "auto_now_add", False):
                value = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
            elif f.get_internal_type() in ("CharField", "TextField", "SlugField"):
                value = ""
            else:
                raise ValueError(f"{self.name}.{attname} has no default: the generator must fill it")
            self.extra_columns.append(f.column)
            self.extra_values += (value,)
        self.db_columns = [fields[c].column for c in self.columns] + self.extra_columns


def _copy_value(value) -> str:
    if value is None:
        return "\\N"
    if value is True:
        return "t"
    if value is False:
        return "f"
    if isinstance(value, str):
        return value.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")
    if isinstance(value, (int, Decimal, float)):
        return str(value)
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    raise TypeError(f"cannot COPY {type(value).__name__}")


def write_rows(table: Table, rows: Iterable[tuple]) -> int:
    """Insert ``rows`` into ``table``; returns how many."""
    if connection.vendor == "postgresql":
        return _copy(table, rows)
    return _insert(table, rows)


def _copy(table: Table, rows: Iterable[tuple]) -> int:
    tail = ("\t" + "\t".join(_copy_value(v) for v in table.extra_values)) if table.extra_values else ""
    buf = io.StringIO()
    count = 0
    for row in rows:
        buf.write("\t".join(map(_copy_value, row)))
        buf.write(tail)
        buf.write("\n")
        count += 1
    if count:
        buf.seek(0)
        columns = ", ".join(connection.ops.quote_name(c) for c in table.db_columns)
        with connection.cursor() as cursor:
            # psycopg2's copy_expert, reached through Django's cursor wrapper.
            cursor.cursor.copy_expert(f"COPY {connection.ops.quote_name(table.name)} ({columns}) FROM STDIN", buf)
    return count


def _insert(table: Table, rows: Iterable[tuple]) -> int:
    columns = ", ".join(connection.ops.quote_name(c) for c in table.db_columns)
    placeholders = ", ".join(["%s"] * len(table.db_columns))
    sql = f"INSERT INTO {connection.ops.quote_name(table.name)} ({columns}) VALUES ({placeholders})"
    count = 0
    batch: list[tuple] = []
    with connection.cursor() as cursor:
        for row in rows:
            batch.append(tuple(row) + table.extra_values)
            if len(batch) >= INSERT_BATCH:
                cursor.executemany(sql, [_adapt_row(r) for r in batch])
                count += len(batch)
                batch = []
        if batch:
            cursor.executemany(sql, [_adapt_row(r) for r in batch])
            count += len(batch)
    return count


def _adapt(value):
    # As Django's own INSERTs do: decimals as text, aware datetimes as the backend stores them.
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, dt.datetime):
        return connection.ops.adapt_datetimefield_value(value)
    if isinstance(value, dt.date):
        return connection.ops.adapt_datefield_value(value)
    return value


def _adapt_row(row: tuple) -> tuple:
    return tuple(map(_adapt, row))


class IdAllocator:
    """Hands out primary keys above the current maximum of each table."""

    def __init__(self) -> None:
        self.next: dict[type[Model], int] = {}

    def take(self, model: type[Model]) -> int:
        if model not in self.next:
            self.next[model] = (model._default_manager.aggregate(m=Max("pk"))["m"] or 0) + 1
        value = self.next[model]
        self.next[model] = value + 1
        return value


def reset_sequences(models: Iterable[type[Model]]) -> None:
    """After writing explicit ids, move each table's id sequence past them (PostgreSQL)."""
    statements = connection.ops.sequence_reset_sql(no_style(), list(models))
    if statements:
        with connection.cursor() as cursor:
            for sql in statements:
                cursor.execute(sql)


def analyze(models: Iterable[type[Model]]) -> None:
    if connection.vendor != "postgresql":
        return
    with connection.cursor() as cursor:
        for model in models:
            cursor.execute(f"ANALYZE {connection.ops.quote_name(model._meta.db_table)}")
