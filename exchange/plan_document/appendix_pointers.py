"""A sentence that only points at an appendix is no target.

Under a targets heading every sentence is proposed as a target, qualitative when it holds no
figure. Two kinds of sentence there only say where the targets are: the body's pointer ("Các chỉ
tiêu chủ yếu đến năm 2030 tại Phụ lục kèm theo Chương trình hành động này.") and the appendix's own
note under its title ("(Kèm theo Chương trình hành động số 06-CTr/ĐU ngày …)"). Confirmed, each
became a target with no value that the office had to find and delete.
"""

from __future__ import annotations

import re

from core.text import fold

# "(Kèm theo …)", "(Ban hành kèm theo …)": the note under an appendix's title.
_NOTE_RE = re.compile(r"^\(?\s*(?:ban hanh\s+)?kem theo\b")
# "… tại Phụ lục …", "… theo Phụ lục …", "(có Phụ lục kèm theo)", "… tại các Phụ lục 1, 2 …".
_POINTER_RE = re.compile(r"\b(?:tai|theo|co|o)\s+(?:cac\s+)?phu luc\b|\bphu luc\s+(?:\d+\s+)?kem theo\b")


def points_to_appendix(sentence: str) -> bool:
    """True for a sentence whose only content is where the appendix is (check it has no figure
    first: "… đạt 90% (chi tiết tại Phụ lục)" is a target)."""
    key = " ".join(fold(sentence).split())
    return bool(_NOTE_RE.match(key) or _POINTER_RE.search(key))
