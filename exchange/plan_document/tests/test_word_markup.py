"""Word markup that carries no text of its own, or the same text twice: text boxes (written as a
shape and again as its VML fallback), tracked moves and deletions, field codes, non-breaking
hyphens. Each is read once, as Word shows it."""

import io

import docx
from docx.oxml import parse_xml

from exchange.plan_document import read_plan_document
from exchange.plan_document.source import blocks_from_docx

NS = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:v="urn:schemas-microsoft-com:vml" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"'
)


def paragraph(body: str) -> str:
    return f"<w:p {NS}>{body}</w:p>"


def run(text: str) -> str:
    return f"<w:r><w:t xml:space='preserve'>{text}</w:t></w:r>"


def text_box(*lines: str) -> str:
    """A floating text box as Word 2010+ saves it: the shape, and its VML fallback with the same text."""
    content = "<w:txbxContent>" + "".join(f"<w:p>{run(line)}</w:p>" for line in lines) + "</w:txbxContent>"
    return (
        "<w:r><mc:AlternateContent>"
        f"<mc:Choice Requires='wps'><w:drawing><wp:anchor><a:graphic><a:graphicData><wps:wsp><wps:txbx>{content}"
        "</wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>"
        f"<mc:Fallback><w:pict><v:shape><v:textbox>{content}</v:textbox></v:shape></w:pict></mc:Fallback>"
        "</mc:AlternateContent></w:r>"
    )


def document(*paragraphs: str, table_cell: str | None = None) -> bytes:
    doc = docx.Document()
    for xml in paragraphs:
        doc.element.body.append(parse_xml(xml))
    if table_cell is not None:
        cell = doc.add_table(rows=1, cols=1).cell(0, 0)
        cell._tc.remove(cell._tc.p_lst[0])
        cell._tc.append(parse_xml(table_cell))
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def texts(data: bytes) -> list[str]:
    return [block.text for block in blocks_from_docx(data) if block.text]


def test_a_text_box_is_read_once_as_paragraphs_of_its_own_before_its_anchor():
    data = document(
        paragraph(text_box("ỦY BAN NHÂN DÂN PHƯỜNG HẢI AN", "Số: 15/KH-UBND") + run("KẾ HOẠCH")),
        paragraph(run("Cải cách hành chính năm 2026")),
    )
    assert texts(data) == [
        "ỦY BAN NHÂN DÂN PHƯỜNG HẢI AN",
        "Số: 15/KH-UBND",
        "KẾ HOẠCH",
        "Cải cách hành chính năm 2026",
    ]


def test_the_header_number_in_a_text_box_is_read():
    data = document(
        paragraph(text_box("Số: 15/KH-UBND")),
        paragraph(run("KẾ HOẠCH")),
        paragraph(run("Cải cách hành chính năm 2026")),
        paragraph(run("I. MỤC TIÊU")),
        paragraph(run("1. Đến năm 2026, 100% hồ sơ được giải quyết đúng hạn.")),
    )
    assert read_plan_document(data=data)["header"]["number"] == "15/KH-UBND"


def test_a_text_box_in_a_table_cell_is_read_inline_once():
    data = document(paragraph(run("Mở đầu")), table_cell=paragraph(run("Chủ trì:") + text_box("Công an phường")))
    (table,) = [block for block in blocks_from_docx(data) if block.rows]
    assert table.rows == [["Chủ trì: Công an phường"]]


def test_tracked_moves_deletions_and_field_codes_are_not_text():
    data = document(
        paragraph(
            "<w:moveFrom w:id='1' w:author='a' w:date='2026-01-01T00:00:00Z'>" + run("giai đoạn ") + "</w:moveFrom>"
            + run("Kế hoạch ")
            + "<w:moveTo w:id='2' w:author='a' w:date='2026-01-01T00:00:00Z'>" + run("giai đoạn ") + "</w:moveTo>"
            + "<w:del w:id='3' w:author='a'><w:r><w:delText>2021</w:delText></w:r></w:del>"
            + run("2026")
            + "<w:r><w:fldChar w:fldCharType='begin'/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r>"
            + "<w:r><w:fldChar w:fldCharType='end'/></w:r>"
        )
    )  # fmt: skip
    assert texts(data) == ["Kế hoạch giai đoạn 2026"]


def test_a_non_breaking_hyphen_is_a_hyphen():
    data = document(paragraph(run("giai đoạn 2026") + "<w:r><w:noBreakHyphen/></w:r>" + run("2030")))
    assert texts(data) == ["giai đoạn 2026-2030"]
