"""Django auth groups for the portal's roles, kept in step with ``Profile.role``.

Access to ward data is decided by ``accounts.access`` (role, ward and unit); the groups
carry the matching model permissions, so that the admin, the API and anyone reading
``user.has_perm`` see the same picture. Groups are created after ``migrate``
(``AccountsConfig.ready``) and a user's group follows their profile's role on save.
"""

from __future__ import annotations

from django.apps import apps as global_apps

WARD_MODELS = [
    "plans.plan",
    "plans.planitem",
    "targets.target",
    "targets.measurement",
    "assignments.unit",
    "assignments.task",
    "assignments.progressreport",
    "assignments.evidence",
    "projects.project",
    "projects.capitalyear",
]
VIEW = [f"{label.split('.')[0]}.view_{label.split('.')[1]}" for label in WARD_MODELS]
LOG_PROGRESS = [
    "assignments.add_progressreport",
    "assignments.change_progressreport",
    "assignments.add_evidence",
    "targets.add_measurement",
    "targets.change_measurement",
    "projects.change_project",
    "projects.add_capitalyear",
    "projects.change_capitalyear",
]

# role -> (group name, permissions). Admins are superusers and need no group.
ROLE_GROUPS: dict[str, tuple[str, list[str]]] = {
    "official": ("Cán bộ đơn vị", VIEW + LOG_PROGRESS),
    "follow_up": ("Văn phòng theo dõi", VIEW + LOG_PROGRESS),
    "ward_viewer": ("Lãnh đạo xem", VIEW),
    "city_viewer": ("Thành phố xem", VIEW),
}
GROUP_NAMES = {name for name, _perms in ROLE_GROUPS.values()}


def ensure_groups(apps=global_apps, using: str = "default") -> None:
    """Create the role groups with their permissions (idempotent)."""
    from django.contrib.auth.management import create_permissions

    for label in {label.split(".")[0] for label in WARD_MODELS}:
        create_permissions(apps.get_app_config(label), verbosity=0, using=using, apps=apps)
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for name, codes in ROLE_GROUPS.values():
        group, _created = Group.objects.using(using).get_or_create(name=name)
        wanted = []
        for code in codes:
            app_label, codename = code.split(".")
            wanted.extend(Permission.objects.using(using).filter(content_type__app_label=app_label, codename=codename))
        if set(group.permissions.all()) != set(wanted):
            group.permissions.set(wanted)


def on_post_migrate(sender, app_config=None, using="default", apps=global_apps, **kwargs) -> None:
    try:
        apps.get_model("auth", "Group")
        for label in WARD_MODELS:
            apps.get_model(label)
    except LookupError:  # migrating backwards, or the apps are not all there yet
        return
    ensure_groups(apps=global_apps, using=using)


def sync_user_groups(profile) -> None:
    """Put the profile's user in their role's group, and in no other role group."""
    from django.contrib.auth.models import Group

    user = profile.user
    wanted = ROLE_GROUPS.get(profile.role, (None, []))[0]
    current = set(user.groups.filter(name__in=GROUP_NAMES).values_list("name", flat=True))
    if current == ({wanted} if wanted else set()):
        return
    user.groups.remove(*Group.objects.filter(name__in=current - {wanted}))
    if wanted:
        group, _created = Group.objects.get_or_create(name=wanted)
        user.groups.add(group)
