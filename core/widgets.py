"""A ``<select>`` written out in Python: the same HTML as Django's templates, a fraction of the time.

Django renders a select through its form templates, one template include per option (and one
more per attribute list): a city's task list has ward and plan selects of 117 options each,
≈ 17 ms of a page's CPU. ``PlainSelect`` builds the context the same way (``get_context``:
the chosen option, the id, ``aria-*`` and ``required`` attributes) and writes the markup of
``django/forms/widgets/select.html`` and ``select_option.html`` itself, escaping as the
templates do. ``core.tests.test_widgets`` compares it with Django's rendering.
"""

from __future__ import annotations

from django import forms
from django.utils.formats import localize
from django.utils.html import conditional_escape, escape
from django.utils.safestring import SafeData, mark_safe
from django.utils.timezone import template_localtime


def _formatted(value) -> str:
    """``{{ value|stringformat:'s' }}`` under autoescape."""
    text = f"{value}"
    return text if isinstance(value, SafeData) else escape(text)


def _shown(value) -> str:
    """``{{ value }}`` under autoescape (localized as the template engine does)."""
    return conditional_escape(localize(template_localtime(value)))


def _attrs(attrs: dict) -> str:
    """``django/forms/widgets/attrs.html``."""
    return "".join(
        f" {conditional_escape(name)}" + ("" if value is True else f'="{_formatted(value)}"')
        for name, value in attrs.items()
        if value is not False
    )


class PlainSelect(forms.Select):
    """``forms.Select`` with its markup written in Python (see the module's docstring)."""

    def render(self, name, value, attrs=None, renderer=None):
        widget = self.get_context(name, value, attrs)["widget"]
        parts = [f'<select name="{conditional_escape(widget["name"])}"{_attrs(widget["attrs"])}>']
        for group_name, options, _index in widget["optgroups"]:
            if group_name:
                parts.append(f'\n  <optgroup label="{_shown(group_name)}">')
            for option in options:
                parts.append(
                    f'\n  <option value="{_formatted(option["value"])}"{_attrs(option["attrs"])}>'
                    f"{_shown(option['label'])}</option>\n"
                )
            if group_name:
                parts.append("\n  </optgroup>")
        parts.append("\n</select>")  # the renderer strips the template's last newline
        return mark_safe("".join(parts))
