"""Languages: Vietnamese by default, English through the language switch.

* the English catalog is complete: no empty or fuzzy entry (a string added later without
  its English fails here, with the list of what is missing);
* the key pages speak English after the switch, and Vietnamese by default;
* Vietnamese formats: dd/mm/yyyy dates and "1.000,5" numbers (English: "1,000.5");
* the switch is a plain form (no JavaScript) that brings the user back to the same page.
"""

from __future__ import annotations

import ast
import datetime as dt
import re
import shutil
import subprocess
from decimal import Decimal
from html import unescape
from pathlib import Path

import pytest
from django.conf import settings
from django.template import Context, Template
from django.urls import reverse
from django.utils import translation

EN_PO = Path(settings.BASE_DIR) / "locale" / "en" / "LC_MESSAGES" / "django.po"
EN_MO = EN_PO.with_suffix(".mo")

VIETNAMESE = re.compile(r"[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]", re.I)


# --- the catalog ------------------------------------------------------------------------


def po_entries(path: Path) -> list[dict]:
    """The entries of a .po file: msgid, msgid_plural, msgstr forms and flags (obsolete ones left out)."""
    entries = []
    for block in re.split(r"\n\s*\n", path.read_text(encoding="utf-8")):
        entry: dict = {"flags": set(), "strs": {}}
        current = None
        for line in block.strip().splitlines():
            if line.startswith("#~"):
                entry = None
                break
            if line.startswith("#,"):
                entry["flags"].update(flag.strip() for flag in line[2:].split(","))
            elif line.startswith("#"):
                continue
            elif line.startswith('"') and current:
                entry[current] += ast.literal_eval(line)
            elif m := re.match(r'^(msgctxt|msgid_plural|msgid|msgstr(?:\[\d+\])?) (".*")$', line):
                current = m.group(1)
                entry[current] = ast.literal_eval(m.group(2))
        if entry and entry.get("msgid"):
            entry["strs"] = {k: v for k, v in entry.items() if isinstance(k, str) and k.startswith("msgstr")}
            entries.append(entry)
    return entries


def test_the_english_catalog_has_every_string_translated():
    entries = po_entries(EN_PO)
    assert len(entries) > 300, "the English catalog looks empty"
    missing = [e["msgid"] for e in entries if not e["strs"] or any(v == "" for v in e["strs"].values())]
    fuzzy = [e["msgid"] for e in entries if "fuzzy" in e["flags"]]
    assert not missing, (
        f"{len(missing)} string(s) without English in {EN_PO.name} (run makemessages, translate, "
        "compilemessages):\n" + "\n".join(missing)
    )
    assert not fuzzy, f"{len(fuzzy)} fuzzy entr(y/ies) to check in {EN_PO.name}:\n" + "\n".join(fuzzy)


def test_the_english_catalog_keeps_placeholders_and_plurals():
    placeholder = re.compile(r"%\(\w+\)[sd]|%%|\{\w*\}")
    wrong = []
    for e in po_entries(EN_PO):
        if "msgid_plural" in e:
            assert set(e["strs"]) == {"msgstr[0]", "msgstr[1]"}, f"two plural forms needed: {e['msgid']!r}"
            sources = {"msgstr[0]": e["msgid"], "msgstr[1]": e["msgid_plural"]}
        else:
            sources = {"msgstr": e["msgid"]}
        for key, source in sources.items():
            text = e["strs"].get(key, "")
            if text and sorted(placeholder.findall(text)) != sorted(placeholder.findall(source)):
                wrong.append(f"{source!r} -> {text!r}")
    assert not wrong, "placeholders differ:\n" + "\n".join(wrong)


TRANSLATE_TAG = re.compile(
    r"""\{%\s*trans(?:late)?\s+(?:"([^"]*)"|'([^']*)')(?:\s+context\s+(?:"([^"]*)"|'([^']*)'))?"""
)
GETTEXT_CALLS = {"_", "gettext", "gettext_lazy", "pgettext", "pgettext_lazy", "ngettext", "ngettext_lazy"}
SOURCE_DIRS = [
    "accounts",
    "assignments",
    "dashboards",
    "exchange",
    "plans",
    "portal",
    "projects",
    "targets",
    "api",
    "config",
    "public",
]


def source_strings() -> set[tuple[str, str]]:
    """(context, msgid) of every literal ``{% translate %}`` in the templates and gettext call in the apps."""
    base = Path(settings.BASE_DIR)
    found = set()
    for path in base.glob("templates/**/*.html"):
        for m in TRANSLATE_TAG.finditer(path.read_text(encoding="utf-8")):
            found.add((m.group(3) or m.group(4) or "", m.group(1) if m.group(1) is not None else m.group(2)))
    for folder in SOURCE_DIRS:
        for path in (base / folder).rglob("*.py"):
            if {"migrations", "tests"} & set(path.parts):
                continue
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if not isinstance(node, ast.Call):
                    continue
                name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
                args = [
                    a.value if isinstance(a, ast.Constant) and isinstance(a.value, str) else None for a in node.args
                ]
                if name in GETTEXT_CALLS and args and all(a is not None for a in args):
                    found.add((args[0], args[1]) if name.startswith("pgettext") else ("", args[0]))
    return found


def test_every_marked_string_is_in_the_english_catalog():
    """A string marked in a template or in Python but never extracted (makemessages) would stay Vietnamese."""
    catalog = {(e.get("msgctxt", ""), e["msgid"]) for e in po_entries(EN_PO) if all(e["strs"].values())}
    missing = sorted(f"{ctx + ' | ' if ctx else ''}{msgid}" for ctx, msgid in source_strings() - catalog if msgid)
    assert not missing, (
        f"{len(missing)} marked string(s) not in {EN_PO.name}: run makemessages (see the README), translate, "
        "compilemessages:\n" + "\n".join(missing)
    )


@pytest.mark.skipif(not shutil.which("msgfmt"), reason="gettext tools are not installed")
def test_the_compiled_catalog_is_up_to_date():
    """The committed .mo is what msgfmt makes of the .po (a fresh machine needs no gettext)."""
    result = subprocess.run(
        ["msgfmt", "--check", "--statistics", "-o", "/dev/null", str(EN_PO)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "untranslated" not in result.stderr and "fuzzy" not in result.stderr, result.stderr
    assert EN_MO.exists() and EN_MO.stat().st_mtime >= EN_PO.stat().st_mtime - 1, (
        "locale/en/LC_MESSAGES/django.mo is older than the .po: run compilemessages"
    )


def test_english_translations_are_loaded():
    with translation.override("en"):
        assert translation.gettext("Nhiệm vụ") == "Task"
        assert translation.gettext("Quá hạn") == "Overdue"
        assert translation.gettext("Có nguy cơ chậm") == "At risk"
        assert translation.gettext("Đơn vị chủ trì") == "Lead unit"
        assert translation.ngettext("%(n)s nhiệm vụ", "%(n)s nhiệm vụ", 1) % {"n": 1} == "1 task"
        assert translation.ngettext("%(n)s nhiệm vụ", "%(n)s nhiệm vụ", 3) % {"n": 3} == "3 tasks"
    with translation.override("vi"):
        assert translation.gettext("Nhiệm vụ") == "Nhiệm vụ"


# --- the pages ----------------------------------------------------------------------------


@pytest.fixture
def demo(seeded_db, db):
    """The demo accounts (one per role), by username."""
    from django.contrib.auth import get_user_model

    from portal.demo import ensure_demo_users

    ensure_demo_users()
    return {u.username: u for u in get_user_model().objects.all()}


def switch(client, language: str, next_url: str = "/"):
    """What the language form in the header does: a plain POST, no JavaScript."""
    return client.post(reverse("set_language"), {"language": language, "next": next_url})


def headings(html: str) -> list[str]:
    """The text of headings, column headings, labels and buttons: the interface, not the data."""
    found = re.findall(r"<(h1|h2|th|label|button|legend|summary)\b([^>]*)>(.*?)</\1>", html, re.S)
    return [
        " ".join(unescape(re.sub(r"<[^>]+>", " ", text)).split())
        for tag, attrs, text in found
        if tag != "th" or 'scope="col"' in attrs
    ]


def lead_task(user):
    from assignments.models import Task, TaskUnit

    return Task.objects.filter(unit_roles__unit=user.profile.unit, unit_roles__role=TaskUnit.Role.LEAD).first()


def pages(demo):
    """(name, user or None, url, Vietnamese headings, their English) of the key pages."""
    official = demo["bd.ubnd"]
    task = lead_task(official)
    assert task is not None
    return [
        ("login", None, reverse("login"), ["Đăng nhập"], ["Sign in"]),
        (
            "my work",
            official,
            reverse("my_work"),
            ["Việc của tôi", "Cần báo cáo kỳ này"],
            ["My work", "To report this period"],
        ),
        (
            "ward dashboard",
            demo["bd.thuongtruc"],
            reverse("ward_dashboard", kwargs={"ward_slug": "bach-dang"}),
            ["Tổng quan thực hiện kế hoạch", "Nhiệm vụ theo tình trạng", "Đánh giá theo đơn vị chủ trì"],
            ["Plan delivery overview", "Tasks by status", "Assessment by lead unit"],
        ),
        (
            "task page",
            official,
            reverse("task_detail", kwargs={"task_pk": task.pk}),
            ["Báo cáo tiến độ", "Các lần báo cáo", "Lịch sử thay đổi"],
            ["Progress report", "Reports", "History of changes"],
        ),
        (
            "task list",
            demo["bd.vanphong"],
            reverse("task_list") + "?ward=bach-dang",
            ["Danh sách nhiệm vụ", "Tình trạng", "Tiến độ"],
            ["Task list", "Status", "Progress"],
        ),
    ]


def test_key_pages_are_vietnamese_by_default(client, demo, today):
    for name, user, url, vietnamese, english in pages(demo):
        client.logout()
        if user:
            client.force_login(user)
        response = client.get(url)
        assert response.status_code == 200, name
        html = response.content.decode()
        assert '<html lang="vi">' in html, name
        for text in vietnamese:
            assert text in html, f"{name}: {text!r} missing"
        shown = headings(html)
        for text in english:
            assert text not in shown, f"{name}: English {text!r} on the Vietnamese page"


def test_key_pages_are_english_after_the_switch(client, demo, today):
    for name, user, url, vietnamese, english in pages(demo):
        client.logout()
        if user:
            client.force_login(user)
        assert switch(client, "en", url).status_code == 302
        response = client.get(url)
        assert response.status_code == 200, name
        html = response.content.decode()
        assert '<html lang="en">' in html, name
        shown = " | ".join(headings(html))
        for text in english:
            assert text in shown, f"{name}: {text!r} missing from {shown}"
        for text in vietnamese:
            assert text not in html, f"{name}: Vietnamese {text!r} on the English page"
        assert "Đăng xuất" not in html and "Bỏ qua, đến nội dung chính" not in html, name


def test_english_pages_have_no_vietnamese_interface_text(client, demo, today):
    """Every heading, column heading, label and button of the English pages is English.

    The task page's title and the ward's name are data (Vietnamese by nature) and skipped."""
    for name, user, url, _vietnamese, _english in pages(demo):
        client.logout()
        if user:
            client.force_login(user)
        switch(client, "en", url)
        html = client.get(url).content.decode()
        data = {"Tiếng Việt"}
        if name == "task page":
            data.add(re.search(r"<h1>(.*?)</h1>", html, re.S).group(1).strip())
        if name == "ward dashboard":
            data.update(t for t in headings(html) if t.startswith("Plan delivery overview"))
        left = [t for t in headings(html) if VIETNAMESE.search(t) and t not in data and not t.startswith(tuple(data))]
        assert not left, f"{name}: Vietnamese interface text on the English page: {left}"


def test_the_browser_language_does_not_change_the_default(client, demo):
    client.force_login(demo["bd.ubnd"])
    html = client.get(reverse("my_work"), HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "Việc của tôi" in html and '<html lang="vi">' in html  # Vietnamese by default
    switch(client, "en", reverse("my_work"))
    html = client.get(reverse("my_work"), HTTP_ACCEPT_LANGUAGE="vi").content.decode()
    assert "My work" in html  # only the switch gives English


# --- formats ------------------------------------------------------------------------------


def render(source: str, **context) -> str:
    return Template("{% load vn_format %}" + source).render(Context(context))


def test_vietnamese_dates_and_numbers():
    day = dt.date(2026, 11, 27)
    with translation.override("vi"):
        assert render('{{ d|date:"SHORT_DATE_FORMAT" }}', d=day) == "27/11/2026"
        assert render("{{ d|date }}", d=day) == "27/11/2026"
        assert render("{{ v|num }}", v=Decimal("1000.5")) == "1.000,5"
        assert render("{{ v|num }}", v=Decimal("1234567.50")) == "1.234.567,5"
        assert render('{{ v|num_unit:"%" }}', v=Decimal("80.0")) == "80%"
        assert render("{{ v|num:1 }}", v=Decimal("12.345")) == "12,3"


def test_english_numbers_and_the_same_dates():
    """English numbers read "1,000.5"; dates stay day/month/year (config/formats/en), the way they are typed."""
    day = dt.date(2026, 11, 27)
    with translation.override("en"):
        assert render('{{ d|date:"SHORT_DATE_FORMAT" }}', d=day) == "27/11/2026"
        assert render("{{ v|num }}", v=Decimal("1000.5")) == "1,000.5"
        assert render("{{ v|num:1 }}", v=Decimal("12.345")) == "12.3"


def test_a_page_shows_vietnamese_dates_and_numbers(client, demo, today):
    """The ward dashboard's "figures as of" date is dd/mm/yyyy in Vietnamese."""
    client.force_login(demo["bd.thuongtruc"])
    url = reverse("ward_dashboard", kwargs={"ward_slug": "bach-dang"})
    assert "27/11/2026" in client.get(url).content.decode()


# --- the switch ---------------------------------------------------------------------------


def test_the_switch_is_a_plain_form_that_keeps_the_page(client, demo):
    client.force_login(demo["bd.ubnd"])
    url = reverse("task_list") + "?ward=bach-dang&status=overdue"
    html = client.get(url).content.decode()
    form = re.search(r'<form action="([^"]+)" method="post" class="lang-form">(.*?)</form>', html, re.S)
    assert form, "no language form in the header"
    action, body = form.groups()
    assert action == reverse("set_language")
    assert 'name="csrfmiddlewaretoken"' in body
    assert unescape(re.search(r'name="next" type="hidden" value="([^"]*)"', body).group(1)) == url
    assert re.search(r'<select[^>]*name="language"', body) and '<option value="en"' in body
    assert re.search(r'<button type="submit"', body), "the switch needs a submit button to work without JavaScript"

    response = switch(client, "en", url)
    assert response.status_code == 302 and response["Location"] == url
    assert response.cookies[settings.LANGUAGE_COOKIE_NAME].value == "en"
    html = client.get(url).content.decode()
    assert "Task list" in html and '<option value="en" selected>' in html

    response = switch(client, "vi", url)
    assert response["Location"] == url
    assert "Danh sách nhiệm vụ" in client.get(url).content.decode()


def test_the_switch_refuses_to_send_the_user_elsewhere(client):
    response = switch(client, "en", "https://evil.example/")
    assert response.status_code == 302
    assert not response["Location"].startswith("https://evil.example")


def test_the_switch_works_on_the_login_page(client, db):
    url = reverse("login")
    response = switch(client, "en", url)
    assert response["Location"] == url
    html = client.get(url).content.decode()
    assert "Sign in" in html and "Đăng nhập" not in html


# --- messages built in Python -------------------------------------------------------------


def test_import_errors_follow_the_page_language():
    """The import's messages are interface text (the workbook itself stays Vietnamese)."""
    from assignments.periods_text import PeriodTextError, parse_period_text
    from exchange.workbook_import.layouts import LayoutError, read_workbook

    for language, expected, period in [
        ("vi", "Tệp không phải sổ làm việc Excel (.xlsx, .xls) hay LibreOffice (.ods).", "Không hiểu thời gian “sớm”."),
        (
            "en",
            "The file is not an Excel (.xlsx, .xls) or LibreOffice (.ods) workbook.",
            "Cannot read the period “sớm”.",
        ),
    ]:
        with translation.override(language):
            with pytest.raises(LayoutError) as excinfo:
                read_workbook(b"not a workbook")
            assert str(excinfo.value).startswith(expected)
            with pytest.raises(PeriodTextError) as excinfo:
                parse_period_text("sớm")
            assert str(excinfo.value).startswith(period)


def test_list_counts_agree_in_number_in_english(client, demo):
    client.force_login(demo["bd.ubnd"])
    switch(client, "en", reverse("task_list"))
    html = client.get(reverse("task_list"), {"ward": "bach-dang"}).content.decode()
    assert re.search(r'data-testid="result-count">41</strong>\s*tasks\b', html)
    one = client.get(reverse("task_list"), {"ward": "bach-dang", "q": "giai ngan von dau tu cong"}).content.decode()
    assert re.search(r'data-testid="result-count">1</strong>\s*task\b', one)
