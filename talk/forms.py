from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from talk.models import BODY_MAX_CHARS
from talk.services import clean_body


class CommentForm(forms.Form):
    body = forms.CharField(
        label=_("Bình luận của bạn"),
        widget=forms.Textarea(attrs={"rows": 3, "maxlength": BODY_MAX_CHARS}),
        error_messages={"required": _("Hãy viết nội dung bình luận.")},
    )

    def clean_body(self):
        try:
            return clean_body(self.cleaned_data["body"])
        except ValidationError as error:
            raise ValidationError(error.message_dict["body"]) from error
