"""The plan page's publication form (the follow-up office opens the plan to citizens)."""

from django import forms
from django.utils.translation import gettext_lazy as _

from core.concurrency import VersionField


class PublicationForm(forms.Form):
    label_suffix = ""  # check boxes read as statements, not as questions

    published = forms.BooleanField(
        label=_("Công khai kế hoạch này"),
        required=False,
        help_text=_("Người dân xem được cây kế hoạch, tình trạng nhiệm vụ, chỉ tiêu và dự án, không cần đăng nhập."),
    )
    narratives = forms.BooleanField(
        label=_("Kèm kết quả thực hiện do các đơn vị báo cáo"),
        required=False,
        help_text=_("Không bao giờ hiện tên người báo cáo."),
    )
    evidence = forms.BooleanField(label=_("Kèm tệp minh chứng"), required=False)
    version = VersionField()
