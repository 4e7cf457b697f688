"""Who takes part in a thread: the one home of the rule, used by the pages and by ``notify``.

The units concerned by a task are its lead and coordinating units; by a target, its
responsible unit and its coordinating units. Writing a comment is for the ward's follow-up
office, the officials of those units, and admins; every other reader of the ward (viewers,
officials of other units, city staff) reads the thread and does not write in it. A comment
is withdrawn by its author or by the ward's office (and admins).
"""

from __future__ import annotations

from accounts.access import manages_ward, profile_of, ward_of
from accounts.models import Profile


def is_task(subject) -> bool:
    return subject._meta.label_lower == "assignments.task"


def concerned_unit_ids(subject) -> set[int]:
    """The units of the ward a thread on ``subject`` concerns (uses the prefetched roles)."""
    if is_task(subject):
        return {role.unit_id for role in subject.unit_roles.all()}
    ids = {unit.pk for unit in subject.coordinating_units.all()}
    if subject.responsible_unit_id:
        ids.add(subject.responsible_unit_id)
    return ids


def may_comment(user, subject) -> bool:
    """May ``user`` write in the thread of ``subject`` (a task or a target they can read)?"""
    if not user.is_authenticated or not user.is_active:
        return False
    if manages_ward(user, ward_of(subject)):
        return True
    profile = profile_of(user)
    return (
        profile is not None
        and profile.role == Profile.Role.OFFICIAL
        and profile.ward_id == ward_of(subject).pk
        and profile.unit_id in concerned_unit_ids(subject)
    )


def may_remove(user, comment) -> bool:
    """May ``user`` withdraw ``comment``? Its author, the ward's office, admins."""
    if not user.is_authenticated:
        return False
    return comment.author_id == user.pk or manages_ward(user, comment.ward)


def subject_name(subject) -> str:
    """What a thread is about, as the ward wrote it: a task's title, a target's measure or sentence."""
    return subject.title if is_task(subject) else str(subject)
