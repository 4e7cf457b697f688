"""Write one corpus document: header lines + body read from stdin, NFC-normalised.
usage: python savedoc.py NN-slug "source url" "title" "note" < body.txt
"""
import sys, unicodedata, pathlib
slug, src, title, note = sys.argv[1:5]
body = sys.stdin.read()
body = unicodedata.normalize("NFC", body).replace("\r\n", "\n").strip("\n") + "\n"
head = f"# source: {src}\n# title: {title}\n"
if note:
    head += f"# note: {note}\n"
p = pathlib.Path(__file__).resolve().parent.parent / "documents" / f"{slug}.txt"
p.write_text(head + "\n" + body, encoding="utf-8")
print(p, len(body))
