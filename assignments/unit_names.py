"""Unit names compared the way people mean them: ``normalize_unit_name``.

"Phòng KTHT&ĐT" and "Phòng Kinh tế, Hạ tầng và Đô thị" are one unit: names are compared
without diacritics, in lower case, abbreviations expanded, punctuation and noise words
dropped. Pure text (no model), so that the models (``UnitAlias.save``) and the matcher
(``assignments.units``) both stand on it.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from core.text import fold

# Expanded before comparison. Keys are written normalised (no diacritics, lower case).
ABBREVIATIONS: dict[str, str] = {
    "ktht&dt": "kinh te ha tang va do thi",
    "ktht dt": "kinh te ha tang va do thi",
    "kt,ht&dt": "kinh te ha tang va do thi",
    "kt ht&dt": "kinh te ha tang va do thi",
    "vh-xh": "van hoa xa hoi",
    "vhxh": "van hoa xa hoi",
    "vh - xh": "van hoa xa hoi",
    "snc": "su nghiep cong",
    "ubnd": "uy ban nhan dan",
    "hdnd": "hoi dong nhan dan",
    "ubmttq": "uy ban mat tran to quoc",
    "ubmt": "uy ban mat tran",
    "mttq": "mat tran to quoc",
    "bchqs": "ban chi huy quan su",
    "tdp": "to dan pho",
    "thcs": "trung hoc co so",
    "thpt": "trung hoc pho thong",
    "vn": "viet nam",
    "tp": "thanh pho",
    "dv": "dich vu",
    "p.": "phuong",
}

# Words that carry no identity: "Phòng VH-XH phường" is "Phòng VH-XH".
NOISE_WORDS = {"phuong", "cac", "va"}


_ABBREVIATION_RE = re.compile(
    r"(?<![\w&])(" + "|".join(re.escape(k) for k in sorted(ABBREVIATIONS, key=len, reverse=True)) + r")(?![\w&])"
)


@lru_cache(maxsize=8192)
def normalize_unit_name(name: str) -> str:
    text = fold(unicodedata.normalize("NFC", name)).strip()
    text = _ABBREVIATION_RE.sub(lambda m: " " + ABBREVIATIONS[m.group(1)] + " ", text)
    text = re.sub(r"[^\w]+", " ", text)
    words = [w for w in text.split() if w not in NOISE_WORDS]
    return " ".join(words)
