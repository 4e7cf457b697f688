"""Reading a plan from its Word document or pasted text into a proposal the office reviews.

``read_plan_document(data=… or text=…)`` → the proposal (``reader`` says how it is read,
the README shows its JSON); ``saving.save_proposal`` makes it an ordinary plan. Pure code
apart from ``saving`` and ``models``: nothing here touches the database until the office
confirms.
"""

from __future__ import annotations

from django.utils.translation import gettext as _

from .reader import read_blocks
from .source import DocumentError, blocks_from_docx, blocks_from_text


def read_plan_document(
    *, data: bytes | None = None, text: str | None = None, default_horizon: int | None = None
) -> dict:
    """The proposal for a .docx (``data``) or pasted ``text``; ``DocumentError`` (a Vietnamese
    message) when nothing can be read."""
    blocks = blocks_from_docx(data) if data is not None else blocks_from_text(text or "")
    if not blocks:
        raise DocumentError(_("Văn bản trống: không có đoạn nào để đọc."))
    proposal = read_blocks(blocks, default_horizon=default_horizon)
    if not proposal["items"] and not proposal["targets"] and not proposal["tasks"] and not proposal["projects"]:
        raise DocumentError(
            _("Không nhận ra mục, chỉ tiêu hay bảng nào trong văn bản. Hãy kiểm tra đây là văn bản kế hoạch.")
        )
    return proposal


__all__ = ["DocumentError", "read_plan_document"]
