"""How fast, and in how little memory, hostile .xlsx packages are refused before openpyxl reads them.

    .venv/bin/python bench/hostile_workbooks.py            # the refusals
    .venv/bin/python bench/hostile_workbooks.py --openpyxl # also what openpyxl alone would spend

Each case is a small workbook (the import tests' two-task sheet) with one part replaced: shared
strings with millions of entries or one huge text, 1 million cell styles, a merged range over
half a million cells, a million empty formatted rows. Each runs in a fresh process (``exchange.workbook_import.layouts.
open_workbook``, the import page's first step) and prints the file size, the wall time to the
refusal, the peak of Python's allocations meanwhile (``tracemalloc``: expat's buffers included),
how far the peak resident memory grew above the process's own after start-up (``ru_maxrss``) and
the message. Each case runs twice: timed without tracemalloc (which slows it), then traced.
``--openpyxl`` also loads smaller versions with ``openpyxl.load_workbook`` alone, the figures
the limits in ``layouts.py`` are set from. Figures: docs/IMPORT_QUALITY.md.
"""

from __future__ import annotations

import io
import os
import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MAIN_NS = b'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
SST_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"


def base() -> bytes:
    sys.path.insert(0, str(ROOT))
    from exchange.workbook_import.tests.helpers import task_rows, workbook_bytes

    return workbook_bytes(task_rows())


def with_part(name: str, content: bytes) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(base())) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            if item.filename != name:
                part = src.read(item.filename)
                if item.filename == "[Content_Types].xml" and name.encode() not in part:
                    part = part.replace(
                        b"</Types>", f'<Override PartName="/{name}" ContentType="{SST_TYPE}"/></Types>'.encode()
                    )
                dst.writestr(item, part)
        dst.writestr(name, content)
    return out.getvalue()


def in_sheet(extra: bytes) -> bytes:
    """The base workbook with ``extra`` put in place of its first worksheet's ``</sheetData>``."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(base())) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            part = src.read(item.filename)
            dst.writestr(item, part.replace(b"</sheetData>", extra) if item.filename.endswith("sheet1.xml") else part)
    return out.getvalue()


def strings(n: int) -> bytes:
    return b"<sst " + MAIN_NS + b">" + b"<si><t>x</t></si>" * n + b"</sst>"


def styles(n: int) -> bytes:
    xf = b'<xf numFmtId="0" fontId="0"><alignment wrapText="1"/></xf>'
    return b"<styleSheet " + MAIN_NS + b"><cellXfs>" + xf * n + b"</cellXfs></styleSheet>"


CASES = {
    "5,000,000 shared strings (85 MB unzipped)": lambda: with_part("xl/sharedStrings.xml", strings(5_000_000)),
    "one 90-million-character shared string": lambda: with_part(
        "xl/sharedStrings.xml", b"<sst " + MAIN_NS + b"><si><t>" + b"y" * 90_000_000 + b"</t></si></sst>"
    ),
    "1,000,000 cell styles (58 MB unzipped)": lambda: with_part("xl/styles.xml", styles(1_000_000)),
    "one merged range A1:Z20000": lambda: in_sheet(
        b'</sheetData><mergeCells count="1"><mergeCell ref="A1:Z20000"/></mergeCells>'
    ),
    "1,000,000 empty formatted rows": lambda: in_sheet(
        b"".join(b'<row r="%d" ht="20" customHeight="1"/>' % r for r in range(100, 1_000_100)) + b"</sheetData>"
    ),
}
OPENPYXL_CASES = {
    "100,000 shared strings (the limit)": lambda: with_part("xl/sharedStrings.xml", strings(100_000)),
    "500,000 shared strings": lambda: with_part("xl/sharedStrings.xml", strings(500_000)),
    "20,000 cell style elements (half the parts' limit)": lambda: with_part("xl/styles.xml", styles(10_000)),
    "64,000 cell styles": lambda: with_part("xl/styles.xml", styles(64_000)),
    "one merged range A1:Z20000": lambda: in_sheet(
        b'</sheetData><mergeCells count="1"><mergeCell ref="A1:Z20000"/></mergeCells>'
    ),
    "200,000 empty formatted rows": lambda: in_sheet(
        b"".join(b'<row r="%d" ht="20" customHeight="1"/>' % r for r in range(100, 200_100)) + b"</sheetData>"
    ),
}

CHILD = """
import io, os, resource, sys, time, tracemalloc
sys.path.insert(0, {root!r})
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
os.environ.setdefault("DEBUG", "1")
import django
django.setup()
import openpyxl
from exchange.workbook_import.layouts import LayoutError, open_workbook
data = sys.stdin.buffer.read()
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
if {trace}:
    tracemalloc.start()
started = time.monotonic()
try:
    if {alone}:
        openpyxl.load_workbook(io.BytesIO(data))
        outcome = "loaded"
    else:
        open_workbook(data)
        outcome = "READ (not refused)"
except LayoutError as exc:
    outcome = str(exc)
elapsed = time.monotonic() - started
traced = tracemalloc.get_traced_memory()[1] / 2**20
grown = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024
print(f"{{len(data) / 1024:.0f}}|{{elapsed:.2f}}|{{traced:.1f}}|{{grown:.1f}}|{{outcome[:90]}}")
"""


def child(data: bytes, *, alone: bool, trace: bool) -> list[str]:
    code = CHILD.format(root=str(ROOT), alone=alone, trace=trace)
    env = {**os.environ, "PYTHONWARNINGS": "ignore"}
    done = subprocess.run([sys.executable, "-c", code], input=data, capture_output=True, cwd=ROOT, env=env)
    if done.returncode:
        raise SystemExit(done.stderr.decode()[-2000:])
    return done.stdout.decode().strip().split("|")


def run(label: str, data: bytes, *, alone: bool) -> None:
    size, elapsed, _traced, grown, outcome = child(data, alone=alone, trace=False)
    _size, _elapsed, traced, _grown, _outcome = child(data, alone=alone, trace=True)
    print(f"{label:52} {size:>7} KB {elapsed:>6} s {traced:>7} MB {grown:>7} MB  {outcome}")


def main() -> None:
    print(f"{'case':52} {'file':>11} {'time':>8} {'allocated':>10} {'RSS grew':>10}  outcome")
    for label, build in CASES.items():
        run(label, build(), alone=False)
    if "--openpyxl" in sys.argv:
        print("\nopenpyxl.load_workbook alone (no precheck):")
        for label, build in OPENPYXL_CASES.items():
            run(label, build(), alone=True)


if __name__ == "__main__":
    main()
