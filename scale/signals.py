"""Bump a ward's generation (``scale.generation``) whenever the ORM writes its data.

Connected in ``ScaleConfig.ready``. The ward is found by following ``accounts.access``'s
``WARD_PATHS`` through related objects already loaded, or else with one query.
"""

from __future__ import annotations

from django.apps import apps
from django.db.models.signals import m2m_changed, post_save, pre_delete

from accounts.access import WARD_PATHS
from scale.generation import bump_wards

# Models whose rows feed a ward's figures, and how to reach the ward from each.
PATHS: dict[str, str] = {
    **WARD_PATHS,
    "assignments.taskunit": "task__plan_item__plan__ward",
    "assignments.unitalias": "unit__ward",
}


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


def connect() -> None:
    for label in PATHS:
        model = apps.get_model(label)
        post_save.connect(on_save, sender=model, dispatch_uid=f"scale-gen-save-{label}")
        pre_delete.connect(on_delete, sender=model, dispatch_uid=f"scale-gen-delete-{label}")
    project = apps.get_model("projects.project")
    for field in ("funding_sources", "implementing_units"):
        m2m_changed.connect(on_m2m, sender=getattr(project, field).through, dispatch_uid=f"scale-gen-m2m-{field}")
