"""Who a user is in the portal: a role, and the ward (and unit) it applies to."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from core.concurrency import VersionedModel


class Profile(VersionedModel):
    class Role(models.TextChoices):
        OFFICIAL = "official", _("Cán bộ đơn vị")
        FOLLOW_UP = "follow_up", _("Văn phòng theo dõi")
        WARD_VIEWER = "ward_viewer", _("Thường trực Đảng ủy, HĐND (xem)")
        CITY_VIEWER = "city_viewer", _("Cán bộ thành phố (xem)")
        ADMIN = "admin", _("Quản trị")

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="profile", verbose_name=_("tài khoản")
    )
    role = models.CharField(_("vai trò"), max_length=12, choices=Role.choices)
    ward = models.ForeignKey(
        "plans.Ward", on_delete=models.PROTECT, null=True, blank=True, related_name="profiles", verbose_name=_("phường")
    )
    unit = models.ForeignKey(
        "assignments.Unit",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="profiles",
        verbose_name=_("đơn vị"),
    )
    city = models.ForeignKey(
        "plans.City",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="profiles",
        verbose_name=_("thành phố"),
    )

    history = HistoricalRecords()

    class Meta:
        verbose_name = _("hồ sơ người dùng")
        verbose_name_plural = _("hồ sơ người dùng")
        constraints = [
            models.CheckConstraint(
                name="profile_official_has_unit",
                condition=~Q(role="official") | Q(unit__isnull=False, ward__isnull=False),
                violation_error_message=_("Cán bộ đơn vị phải thuộc một phường và một đơn vị."),
            ),
            models.CheckConstraint(
                name="profile_ward_roles_have_ward",
                condition=~Q(role__in=["follow_up", "ward_viewer"]) | Q(ward__isnull=False),
                violation_error_message=_("Vai trò này phải gắn với một phường."),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.user} — {self.get_role_display()}"

    def save(self, *args, **kwargs):
        from accounts.roles import sync_user_groups

        super().save(*args, **kwargs)
        sync_user_groups(self)

    def clean(self):
        if self.unit_id and self.ward_id and self.unit.ward_id != self.ward_id:
            raise ValidationError({"unit": _("Đơn vị không thuộc phường đã chọn.")})
