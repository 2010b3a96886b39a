"""Keep the Chinese translation in step with the UI code.

    python scripts/i18n.py update    # lupdate: add new source texts to resources/i18n/govhr_zh_CN.ts
    python scripts/i18n.py todo      # print unfinished entries as TSV: context<TAB>source
    python scripts/i18n.py fill F    # fill translations from a TSV file: context<TAB>source<TAB>translation
    python scripts/i18n.py release   # lrelease: compile the .ts to the .qm the program loads
    python scripts/i18n.py all       # update + release
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "i18n" / "govhr_zh_CN.ts"
QM = TS.with_suffix(".qm")


def _tool(name: str) -> str:
    exe = Path(sys.executable).parent / f"pyside6-{name}"
    found = str(exe) if exe.exists() else shutil.which(f"pyside6-{name}")
    if not found:
        raise SystemExit(f"pyside6-{name} not found; install PySide6-Essentials")
    return found


def ui_sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "govhr_desktop" / "ui").rglob("*.py"))


def update(ts: Path = TS) -> None:
    subprocess.run([_tool("lupdate"), *ui_sources(), "-no-obsolete", "-locations", "none",
                    "-target-language", "zh_CN", "-ts", str(ts)], cwd=ROOT, check=True)


def release(ts: Path = TS, qm: Path = QM) -> None:
    subprocess.run([_tool("lrelease"), str(ts), "-qm", str(qm)], cwd=ROOT, check=True)


def entries(ts: Path = TS):
    """(context, source, translation, unfinished, message element) for every message."""
    tree = ET.parse(ts)
    for ctx in tree.getroot().iter("context"):
        name = ctx.findtext("name")
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            numerus = msg.get("numerus") == "yes"
            if numerus:
                forms = [f.text or "" for f in tr.iter("numerusform")]
                text = forms[0] if forms else ""
            else:
                text = tr.text or ""
            yield name, msg.findtext("source"), text, tr.get("type") == "unfinished" or not text, msg


def todo() -> None:
    for name, src, _text, unfinished, _m in entries():
        if unfinished:
            print(f"{name}\t{src}")


def fill(tsv: Path) -> None:
    table = {}
    for line in Path(tsv).read_text(encoding="utf-8").splitlines():
        if line.strip():
            ctx, src, text = line.split("\t")
            table[(ctx, src)] = text
    tree = ET.parse(TS)
    filled = 0
    for ctx in tree.getroot().iter("context"):
        name = ctx.findtext("name")
        for msg in ctx.iter("message"):
            key = (name, msg.findtext("source"))
            if key not in table:
                continue
            tr = msg.find("translation")
            tr.attrib.pop("type", None)
            if msg.get("numerus") == "yes":
                for child in list(tr):
                    tr.remove(child)
                ET.SubElement(tr, "numerusform").text = table[key]
            else:
                tr.text = table[key]
            filled += 1
    tree.write(TS, encoding="utf-8", xml_declaration=True)
    print(f"filled {filled} of {len(table)}")


if __name__ == "__main__":
    cmd = sys.argv[1] if len(sys.argv) > 1 else "all"
    if cmd == "update":
        update()
    elif cmd == "release":
        release()
    elif cmd == "todo":
        todo()
    elif cmd == "fill":
        fill(Path(sys.argv[2]))
    elif cmd == "all":
        update()
        release()
    else:
        raise SystemExit(__doc__)
