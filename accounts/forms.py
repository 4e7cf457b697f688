"""Forms of the office's account pages (``accounts.views``)."""

from __future__ import annotations

from django import forms
from django.contrib.auth import get_user_model
from django.contrib.auth.validators import UnicodeUsernameValidator
from django.utils.translation import gettext_lazy as _

from accounts.models import Profile
from accounts.people import WARD_ROLES, unit_model
from core.concurrency import VersionField

ROLE_CHOICES = [(role.value, role.label) for role in WARD_ROLES]


class PersonForm(forms.Form):
    """Name, email, role and unit of an account of the ward."""

    full_name = forms.CharField(label=_("Họ và tên"), max_length=150)
    email = forms.EmailField(
        label=_("Thư điện tử"), required=False, help_text=_("Để nhận nhắc việc và lấy lại mật khẩu.")
    )
    role = forms.ChoiceField(label=_("Vai trò"), choices=ROLE_CHOICES)
    unit = forms.ModelChoiceField(
        label=_("Đơn vị"),
        queryset=unit_model().objects.none(),
        required=False,
        empty_label=_("— Chọn đơn vị —"),
        help_text=_("Bắt buộc với cán bộ đơn vị."),
        error_messages={"invalid_choice": _("Đơn vị này không có trong danh sách của phường.")},
    )
    version = VersionField()

    def __init__(self, *args, ward, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["unit"].queryset = unit_model().objects.filter(ward=ward, is_external=False, is_collective=False)

    def clean(self):
        data = super().clean()
        if data.get("role") == Profile.Role.OFFICIAL and not data.get("unit"):
            self.add_error("unit", _("Cán bộ đơn vị phải thuộc một đơn vị."))
        return data


class NewPersonForm(PersonForm):
    username = forms.CharField(
        label=_("Tên đăng nhập"),
        max_length=150,
        validators=[UnicodeUsernameValidator()],
        help_text=_("Chữ, số và các ký tự @ . + - _, không dấu cách."),
    )
    password = forms.CharField(
        label=_("Mật khẩu"),
        required=False,
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
        help_text=_("Để trống: cổng tạo một mật khẩu tạm, chỉ hiện một lần."),
    )
    field_order = ["full_name", "username", "email", "role", "unit", "password"]

    def clean_username(self):
        username = self.cleaned_data["username"]
        if get_user_model().objects.filter(username__iexact=username).exists():
            raise forms.ValidationError(_("Tên đăng nhập này đã có người dùng."), code="taken")
        return username


class PasswordResetByOfficeForm(forms.Form):
    password = forms.CharField(
        label=_("Mật khẩu mới"),
        required=False,
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
        help_text=_("Để trống: cổng tạo một mật khẩu tạm, chỉ hiện một lần."),
    )
    version = VersionField()


class ActiveForm(forms.Form):
    active = forms.TypedChoiceField(
        choices=[("1", "1"), ("0", "0")], coerce=lambda v: v == "1", widget=forms.HiddenInput
    )
    version = VersionField()
