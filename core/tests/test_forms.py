"""Bad input on any form gets a Vietnamese message, never a server error (core.forms, core.apps)."""

import pytest
from django import forms
from django.contrib.auth import get_user_model
from django.forms import formset_factory

from core.forms import IdsChoiceField


class People(forms.Form):
    people = IdsChoiceField(queryset=get_user_model().objects.all())


@pytest.mark.django_db
@pytest.mark.parametrize("bad", [str(2**63), "9" * 30, "-1", "abc", "1e309", "a\x00b"])
def test_ids_past_what_an_id_can_be_are_refused_with_a_message(bad):
    """Inside ``pk__in`` SQLite raised OverflowError (a 500) on 2^63; now the form says no."""
    form = People({"people": [bad]})
    assert not form.is_valid()
    assert form.errors["people"] == [f"“{bad}” không phải là một lựa chọn hợp lệ."]


@pytest.mark.django_db
def test_real_ids_still_choose_their_rows(django_user_model):
    user = django_user_model.objects.create(username="mot-nguoi")
    form = People({"people": [str(user.pk)]})
    assert form.is_valid(), form.errors
    assert list(form.cleaned_data["people"]) == [user]


def test_a_nul_byte_is_refused_in_vietnamese():
    form = type("F", (forms.Form,), {"name": forms.CharField()})({"name": "a\x00b"})
    assert form.errors["name"] == ["Không được dùng ký tự rỗng (NUL)."]


@pytest.mark.parametrize("total", ["", "abc", "1e309"])
def test_a_formset_with_its_counts_tampered_says_so_in_vietnamese(total):
    Rows = formset_factory(type("Row", (forms.Form,), {"value": forms.IntegerField()}))
    formset = Rows({"form-TOTAL_FORMS": total, "form-INITIAL_FORMS": "0"})
    assert not formset.is_valid()
    (message,) = formset.non_form_errors()
    assert message.startswith("Biểu mẫu gửi lên thiếu hoặc sai số dòng")
