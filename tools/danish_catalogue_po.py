"""Write the workbook's Danish JupyterLab catalogue as gettext .po files, to offer the strings upstream.

    .venv/bin/python tools/danish_catalogue_po.py            # writes build/po/da_DK/<domain>.po

The language pack is translated on Crowdin (project "jupyterlab", language Danish); a .po file with msgctxt,
msgid, msgid_plural and msgstr is what its "Upload translations" takes. Only entries whose English is still in
the installed JupyterLab are written (tests/test_danish_catalogue.py checks that they all are).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from workbook_helpers import lab_danish  # noqa: E402


def _quote(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t") + '"'


def to_po(entries: dict, source: dict[str, str | None]) -> str:
    header = entries.get("", {})
    lines = [
        'msgid ""',
        'msgstr ""',
        _quote("Content-Type: text/plain; charset=UTF-8\n"),
        _quote(f"Language: {header.get('language', 'da-DK').replace('-', '_')}\n"),
        _quote(f"Plural-Forms: {header.get('plural_forms', 'nplurals=2; plural=(n != 1);')}\n"),
        "",
    ]
    for key, forms in sorted(entries.items()):
        if not key or key not in source:
            continue
        context, _, msgid = key.rpartition(lab_danish.CONTEXT_SEPARATOR)
        if context:
            lines.append(f"msgctxt {_quote(context)}")
        lines.append(f"msgid {_quote(msgid)}")
        if source[key]:
            lines.append(f"msgid_plural {_quote(source[key])}")
            lines += [f"msgstr[{i}] {_quote(form)}" for i, form in enumerate(forms)]
        else:
            lines.append(f"msgstr {_quote(forms[0])}")
        lines.append("")
    return "\n".join(lines)


def main() -> int:
    source = lab_danish.source_strings()
    out = ROOT / "build" / "po" / lab_danish.LOCALE
    out.mkdir(parents=True, exist_ok=True)
    for path in sorted((ROOT / "lab" / lab_danish.LOCALE).glob("*.json")):
        entries = json.loads(path.read_text(encoding="utf-8"))
        target = out / f"{path.stem}.po"
        target.write_text(to_po(entries, source), encoding="utf-8")
        print(f"{target.relative_to(ROOT)}: {sum(1 for k in entries if k and k in source)} strings")
    return 0


if __name__ == "__main__":
    sys.exit(main())
