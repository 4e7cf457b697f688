"""manage.py import_plan and saving a proposal: JSON out, all or nothing, history."""

import json
from io import StringIO

import pytest
from django.core.exceptions import ValidationError
from django.core.management import CommandError, call_command

from assignments.models import Task
from exchange.plan_document import read_plan_document
from exchange.plan_document.saving import save_proposal
from plans.models import Plan, PlanItem
from targets.models import Target

from .helpers import PLAN_TEXT, docx_bytes

pytestmark = pytest.mark.django_db


@pytest.fixture
def plan_file(tmp_path):
    path = tmp_path / "ke-hoach.txt"
    path.write_text(PLAN_TEXT, encoding="utf-8")
    return path


def test_dry_run_json_prints_the_proposal_and_writes_nothing(ward, plan_file):
    out = StringIO()
    call_command("import_plan", str(plan_file), "--ward", "an-bien", "--dry-run", "--json", stdout=out)
    proposal = json.loads(out.getvalue())
    assert proposal["header"]["number"] == "12-KH/ĐU"
    assert {"header", "items", "targets", "tasks", "projects", "source"} <= set(proposal)
    assert len(proposal["tasks"]) == 2
    assert not Plan.objects.filter(ward=ward).exists()  # other tests of the process may leave plans


def test_docx_file_is_read_too(ward, tmp_path):
    path = tmp_path / "ke-hoach.docx"
    path.write_bytes(
        docx_bytes(
            ["Số: 01/KH-UBND", "KẾ HOẠCH", "Cải cách hành chính năm 2025", "I. MỤC ĐÍCH", "1. Mục đích", "Nội dung."]
        )
    )
    out = StringIO()
    call_command("import_plan", str(path), "--ward", "an-bien", "--dry-run", "--json", stdout=out)
    assert json.loads(out.getvalue())["header"]["number"] == "01/KH-UBND"


def test_nothing_readable_exits_non_zero(ward, tmp_path):
    path = tmp_path / "empty.docx"
    path.write_bytes(b"not a docx")
    with pytest.raises(CommandError, match="không phải văn bản Word"):
        call_command("import_plan", str(path), "--ward", "an-bien", "--dry-run", "--json", stdout=StringIO())
    with pytest.raises(CommandError, match="Không có phường"):
        call_command("import_plan", str(path), "--ward", "nowhere", "--dry-run", stdout=StringIO())


def test_without_dry_run_it_saves_an_ordinary_plan(ward, plan_file):
    call_command("import_plan", str(plan_file), "--ward", "an-bien", stdout=StringIO(), stderr=StringIO())
    plan = Plan.objects.get(ward=ward)
    assert plan.number == "12-KH/ĐU" and plan.issuing_body == "party"
    assert plan.purpose == "- Cụ thể hóa Nghị quyết Đại hội Đảng bộ phường."
    assert plan.requirements == "- Bám sát quan điểm chỉ đạo của cấp trên."
    # The end of the document as printed is kept too (shown on the plan's page).
    assert (plan.recipients, plan.signer_title) == ("- Như trên,", "T/M BAN THƯỜNG VỤ\nBÍ THƯ")
    assert (plan.period_start.year, plan.period_end.year) == (2026, 2030)
    programme = PlanItem.objects.get(plan=plan, kind="programme")
    assert programme.parent.number == "I" and programme.parent.parent.number == "B"
    assert programme.resources == "Ngân sách nhà nước."
    assert Target.objects.filter(plan_item=programme).count() == 2
    tasks = Task.objects.filter(plan_item__plan=plan).order_by("position")
    assert [t.title for t in tasks] == ["Hỗ trợ doanh nghiệp", "Cải cách thủ tục hành chính"]
    assert tasks[0].period_kind == "yearly" and tasks[1].start_year == 2026
    assert PlanItem.objects.get(plan=plan, number="XIX").title == "NHIỆM VỤ KHÁC"
    assert plan.history.count() == 1


def test_a_task_whose_lead_unit_is_unknown_saves_nothing(ward):
    proposal = read_plan_document(
        text=PLAN_TEXT.replace("2\tCải cách thủ tục hành chính\tUBND phường", "2\tCải cách\tBan Quản lý chợ")
    )
    with pytest.raises(ValidationError) as error:
        save_proposal(ward=ward, proposal=proposal)
    assert "Ban Quản lý chợ" in " ".join(error.value.messages)
    # Counted in this ward: other tests of the process (the seed) may leave plans of their own.
    assert not Plan.objects.filter(ward=ward).exists()
    assert not PlanItem.objects.filter(plan__ward=ward).exists()
    assert not Task.objects.filter(plan_item__plan__ward=ward).exists()


def test_left_out_items_take_their_children_and_rows(ward):
    proposal = read_plan_document(text=PLAN_TEXT)
    appendix = next(i for i in proposal["items"] if i["kind"] == "appendix")
    appendix["include"] = False
    plan = save_proposal(ward=ward, proposal=proposal)
    assert not PlanItem.objects.filter(plan=plan, kind__in=["appendix"]).exists()
    assert not Task.objects.filter(plan_item__plan=plan).exists()


def test_the_command_names_unknown_units_and_takes_their_answers(ward, plan_file):
    """A unit name the ward lacks is listed in the JSON; --map (an alias) or --create-unit
    answers it, as the review page does; unanswered, the save is refused and writes nothing."""
    from assignments.models import Unit, UnitAlias

    ward.units.filter(name="Các phòng chuyên môn").delete()
    out = StringIO()
    call_command("import_plan", str(plan_file), "--ward", "an-bien", "--dry-run", "--json", stdout=out)
    assert list(json.loads(out.getvalue())["unmatched_units"]) == ["Các phòng chuyên môn"]
    with pytest.raises(CommandError, match="không ghi gì"):
        call_command("import_plan", str(plan_file), "--ward", "an-bien", stdout=StringIO(), stderr=StringIO())
    assert not Plan.objects.filter(ward=ward).exists()
    with pytest.raises(CommandError, match="phường không có đơn vị"):
        call_command("import_plan", str(plan_file), "--ward", "an-bien", "--map", "Các phòng chuyên môn=Không có")
    args = ["--map", "Các phòng chuyên môn=UBND phường"]
    call_command("import_plan", str(plan_file), "--ward", "an-bien", *args, stdout=StringIO(), stderr=StringIO())
    assert UnitAlias.objects.filter(unit__ward=ward, alias="Các phòng chuyên môn").exists()
    assert not Unit.objects.filter(ward=ward, name="Các phòng chuyên môn").exists()


@pytest.mark.parametrize(
    "content, message",
    [
        (b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\n", "Tệp PDF"),
        (b"\x89PNG\r\n\x1a\n" + bytes(40), "Tệp ảnh"),
        (b"{\\rtf1\\ansi K\\'ca HO\\'a1CH}", "Tệp RTF"),
        ("Hà Nô\u0323i năm 2026: kê\u0301 hoa\u0323ch".encode("cp1258"), "không phải văn bản Unicode"),
        (b"K\x00E\x00 HOACH\x00\x00", "không phải văn bản"),
    ],
    ids=["pdf", "png", "rtf", "windows-1258", "binary"],
)
def test_a_file_that_is_not_text_is_refused_with_its_reason_and_nothing_proposed(ward, tmp_path, content, message):
    path = tmp_path / "ke-hoach.txt"
    path.write_bytes(content)
    out = StringIO()
    with pytest.raises(CommandError, match=message):
        call_command("import_plan", str(path), "--ward", "an-bien", "--dry-run", "--json", stdout=out)
    assert out.getvalue() == ""


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16"])
def test_text_saved_with_a_byte_order_mark_reads_as_utf8_does(ward, tmp_path, plan_file, encoding):
    marked = tmp_path / "ke-hoach-unicode.txt"
    marked.write_bytes(PLAN_TEXT.encode(encoding))
    outputs = []
    for path in (plan_file, marked):
        out = StringIO()
        call_command("import_plan", str(path), "--ward", "an-bien", "--dry-run", "--json", stdout=out)
        outputs.append(json.loads(out.getvalue()))
    assert outputs[0] == outputs[1] and outputs[0]["header"]["number"] == "12-KH/ĐU"
