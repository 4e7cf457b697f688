"""Bump a ward's generation (``core.generation``) whenever the ORM writes its data.

The ground floor knows no model: ``connect(paths)`` is called by ``accounts`` (which owns
``WARD_PATHS``, the way from each model to its ward) once the apps are ready. The ward is
found by following those paths through related objects already loaded, or else with one query.
"""

from __future__ import annotations

from django.apps import apps
from django.db.models.signals import m2m_changed, post_save, pre_delete

from core.generation import bump_wards

# Models whose rows feed a ward's figures, and how to reach the ward from each (see ``connect``).
PATHS: dict[str, str] = {}


def ward_id_of(obj) -> int | None:
    path = PATHS[obj._meta.label_lower]
    if not path:  # the ward itself
        return obj.pk
    parts = path.split("__")
    for i, name in enumerate(parts):
        field = obj._meta.get_field(name)
        if i == len(parts) - 1:
            return getattr(obj, field.attname)
        if field.is_cached(obj):
            obj = getattr(obj, name)
            continue
        related_id = getattr(obj, field.attname)
        if related_id is None:
            return None
        rest = "__".join(parts[i + 1 :])
        return field.related_model._default_manager.filter(pk=related_id).values_list(rest, flat=True).first()
    return None


def on_save(sender, instance, raw=False, **kwargs):
    if not raw:
        bump_wards([ward_id_of(instance)])


def on_delete(sender, instance, **kwargs):
    bump_wards([ward_id_of(instance)], upsert=False)


def on_m2m(sender, instance, action, model, pk_set, **kwargs):
    if not action.startswith("post_"):
        return
    if instance._meta.label_lower in PATHS:
        bump_wards([ward_id_of(instance)])
    elif pk_set and model._meta.label_lower in PATHS:  # from the other side: FundingSource.projects
        path = PATHS[model._meta.label_lower]
        column = f"{path}_id" if path else "pk"
        bump_wards(model._default_manager.filter(pk__in=pk_set).values_list(column, flat=True))


def connect(paths: dict[str, str], m2m: dict[str, tuple[str, ...]]) -> None:
    """Watch the models of ``paths`` (label → path to the ward) and the many-to-many fields of ``m2m``."""
    PATHS.update(paths)
    for label in PATHS:
        model = apps.get_model(label)
        post_save.connect(on_save, sender=model, dispatch_uid=f"scale-gen-save-{label}")
        pre_delete.connect(on_delete, sender=model, dispatch_uid=f"scale-gen-delete-{label}")
    for label, fields in m2m.items():
        model = apps.get_model(label)
        for field in fields:
            m2m_changed.connect(
                on_m2m, sender=getattr(model, field).through, dispatch_uid=f"scale-gen-m2m-{label}-{field}"
            )
