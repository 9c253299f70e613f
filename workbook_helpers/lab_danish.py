"""The workbook's own Danish catalogue for JupyterLab, laid over the language pack for da_DK only.

The Danish language pack translates few of JupyterLab's strings, so the workbook ships a catalogue of its own for
the strings a learner meets (``lab/da_DK/jupyterlab.json`` in the repository, in the pack's JSON format). This
module is a small Jupyter server extension that lays that catalogue over the pack's, key by key, without touching
the pack's files:

- ``get_language_pack`` (what the page asks for at ``/lab/api/translations/da_DK``) gets the pack's catalogue and
  then the workbook's entries on top;
- ``TranslationBundle.update_locale`` (the server-side strings: settings-schema titles, the labels of context-menu
  submenus) puts a translation in front of the pack's ``.mo`` catalogue;
- ``SchemaHandler.get_current_locale`` takes the locale from overrides.json when the learner has not picked one,
  so those server-side strings are Danish from the first page, as the page itself is.

Any other locale is left exactly as JupyterLab serves it, so a learner who switches to English sees English.
``workbook.py``'s ``install_danish_catalogue(prefix)`` copies the catalogue to
``<prefix>/share/jupyter/workbook_translations/da_DK/`` and enables this extension in
``<prefix>/etc/jupyter/jupyter_server_config.d/``.
"""

from __future__ import annotations

import functools
import gettext
import json
import logging
import re
import sys
from pathlib import Path

LOCALE = "da_DK"
DATA_DIR = "workbook_translations"  # under each Jupyter data dir, e.g. <prefix>/share/jupyter
CONTEXT_SEPARATOR = "\x04"  # gettext's separator between a context and a message id, as in "menu\x04File"

log = logging.getLogger(__name__)


def catalogue_dirs() -> list[Path]:
    """The folders that may hold the workbook's catalogues, most specific first (user, environment, system)."""
    from jupyter_core.paths import jupyter_path

    return [Path(p) for p in jupyter_path(DATA_DIR)]


def load_catalogues(locale: str, dirs: list[Path] | None = None) -> dict[str, dict]:
    """The workbook's catalogues for ``locale``, one per domain ({"jupyterlab": {...}}); empty for other locales.

    A damaged file is left out with a warning in the server log, so the pack's translations still show.
    """
    if locale != LOCALE:
        return {}
    found: dict[str, dict] = {}
    for folder in catalogue_dirs() if dirs is None else dirs:
        for path in sorted((folder / locale).glob("*.json")):
            if path.stem in found:
                continue
            try:
                data = json.loads(path.read_text(encoding="utf-8"))
            except (OSError, ValueError) as error:
                log.warning("Workbook catalogue %s skipped: %s", path, error)
                continue
            if isinstance(data, dict):
                found[path.stem] = data
    return found


def overlay(pack: dict | None, ours: dict) -> dict:
    """The pack's catalogue with the workbook's entries on top (the pack's header is kept when it has one)."""
    result = dict(pack or {})
    for key, value in ours.items():
        if key == "":
            result.setdefault("", value)
        elif isinstance(value, list) and value and all(isinstance(v, str) and v for v in value):
            result[key] = value
    return result


def lay_over(locale_data: dict, locale: str, dirs: list[Path] | None = None) -> dict:
    """``get_language_pack``'s data for ``locale`` with the workbook's catalogues laid over it (da_DK only)."""
    ours = load_catalogues(locale, dirs)
    if not ours:
        return locale_data
    merged = dict(locale_data)
    for domain, entries in ours.items():
        merged[domain] = overlay(merged.get(domain), entries)
    return merged


class _Overlay(gettext.NullTranslations):
    """gettext translations that answer from the workbook's entries first, then from the pack's ``.mo`` file."""

    def __init__(self, entries: dict, fallback: gettext.NullTranslations):
        super().__init__()
        self._entries = entries
        self.add_fallback(fallback)

    def _lookup(self, key: str, n: int | None = None) -> str | None:
        forms = self._entries.get(key)
        if not isinstance(forms, list) or not forms:
            return None
        index = 0 if n is None or n == 1 else 1
        return forms[min(index, len(forms) - 1)] or None

    def gettext(self, message):
        return self._lookup(message) or self._fallback.gettext(message)

    def ngettext(self, msgid1, msgid2, n):
        return self._lookup(msgid1, n) or self._fallback.ngettext(msgid1, msgid2, n)

    def pgettext(self, context, message):
        return self._lookup(f"{context}{CONTEXT_SEPARATOR}{message}") or self._fallback.pgettext(context, message)

    def npgettext(self, context, msgid1, msgid2, n):
        found = self._lookup(f"{context}{CONTEXT_SEPARATOR}{msgid1}", n)
        return found or self._fallback.npgettext(context, msgid1, msgid2, n)


def install_hooks() -> None:
    """Wrap the three jupyterlab_server functions (once; a second call changes nothing)."""
    from jupyterlab_server import settings_utils, translation_utils, translations_handler

    if getattr(translation_utils.get_language_pack, "_workbook_danish", False):
        return
    original_pack = translation_utils.get_language_pack

    @functools.wraps(original_pack)
    def get_language_pack(locale_: str) -> tuple:
        data, message = original_pack(locale_)
        try:
            data = lay_over(data, locale_)
        except Exception:  # the pack's catalogue still shows; never a broken page because of ours
            log.exception("Workbook catalogue not laid over the language pack")
        return data, message

    get_language_pack._workbook_danish = True
    translation_utils.get_language_pack = get_language_pack
    translations_handler.get_language_pack = get_language_pack  # the handler imported the name itself

    bundle = translation_utils.TranslationBundle
    original_update = bundle.update_locale

    @functools.wraps(original_update)
    def update_locale(self, locale_: str) -> None:
        original_update(self, locale_)
        entries = load_catalogues(locale_).get(self._domain)
        if entries:
            self._translator = _Overlay(entries, self._translator)

    bundle.update_locale = update_locale

    handler = settings_utils.SchemaHandler
    original_locale = handler.get_current_locale

    @functools.wraps(original_locale)
    def get_current_locale(self) -> str:
        chosen = original_locale(self)
        default = (getattr(self, "overrides", None) or {}).get(translation_utils.L10N_SCHEMA_NAME, {}).get("locale")
        if not default or chosen not in (translation_utils.SYS_LOCALE, translation_utils.DEFAULT_LOCALE):
            return chosen
        settings, _ = settings_utils.get_settings(
            self.app_settings_dir,
            self.schemas_dir,
            self.settings_dir,
            schema_name=translation_utils.L10N_SCHEMA_NAME,
            overrides=self.overrides,
            labextensions_path=self.labextensions_path,
        )
        if settings.get("settings", {}).get("locale"):  # the learner picked a language: theirs wins
            return chosen
        return default if translation_utils.is_valid_locale(default) else chosen

    handler.get_current_locale = get_current_locale


# --- The installed JupyterLab's own message ids (for the tests and for maintainers after an upgrade)

_LITERAL = r"""(?:"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)')"""
_CALLS = {
    "__": re.compile(r"\.__\(\s*" + _LITERAL),  # trans.__("Run All Cells")
    "_n": re.compile(r"\._n\(\s*" + _LITERAL + r"\s*,\s*" + _LITERAL),  # trans._n("Cut Cell", "Cut Cells", n)
    "_p": re.compile(r"\._p\(\s*" + _LITERAL + r"\s*,\s*" + _LITERAL),  # trans._p("menu", "File")
}
_ESCAPE = re.compile(r"\\(u\{[0-9a-fA-F]+\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|.)", re.S)
_SIMPLE_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "b": "\b", "f": "\f", "v": "\v", "0": "\0"}


def _unescape(match: re.Match) -> str:
    code = match.group(1)
    if code.startswith("u{"):
        return chr(int(code[2:-1], 16))
    if code[0] in "ux" and len(code) > 1:
        return chr(int(code[1:], 16))
    return _SIMPLE_ESCAPES.get(code, code)


def _js_string(double: str | None, single: str | None) -> str:
    return _ESCAPE.sub(_unescape, double if double is not None else single)


def _schema_strings(schema: dict, selectors: list[tuple[re.Pattern, str]], prefix: str = "") -> set[str]:
    """Keys of the schema strings that jupyterlab_server translates (``translator.translate_schema``)."""
    found: set[str] = set()
    for key, value in schema.items():
        path = f"{prefix}/{key}"
        if isinstance(value, str):
            for pattern, context in selectors:
                if pattern.fullmatch(path):
                    found.add(f"{context}{CONTEXT_SEPARATOR}{value}")
                    break
        elif isinstance(value, dict):
            found |= _schema_strings(value, selectors, path)
        elif isinstance(value, list):
            for i, item in enumerate(value):
                if isinstance(item, dict):
                    found |= _schema_strings(item, selectors, f"{path}[{i}]")
    return found


def source_strings(data_dir: Path | str | None = None) -> dict[str, str | None]:
    """Every message id of the installed JupyterLab and its prebuilt extensions: their code and settings schemas.

    ``data_dir`` is the environment's share/jupyter. Keys are spelt as in a catalogue: "Run All Cells", and
    "menu\x04File" for a message with a context; the value is the English plural ("Cut Cells" for "Cut Cell") or
    None.
    """
    from jupyterlab_server.translation_utils import DEFAULT_SCHEMA_SELECTORS

    share = Path(data_dir) if data_dir else Path(sys.prefix) / "share" / "jupyter"
    found: dict[str, str | None] = {}
    for path in [*(share / "lab" / "static").glob("*.js"), *(share / "labextensions").glob("**/static/*.js")]:
        code = path.read_text(encoding="utf-8", errors="replace")
        for match in _CALLS["__"].finditer(code):
            found.setdefault(_js_string(*match.groups()), None)
        for match in _CALLS["_n"].finditer(code):
            groups = match.groups()
            found[_js_string(*groups[:2])] = _js_string(*groups[2:])
        for match in _CALLS["_p"].finditer(code):
            groups = match.groups()
            found.setdefault(_js_string(*groups[:2]) + CONTEXT_SEPARATOR + _js_string(*groups[2:]), None)
    selectors = [(re.compile("^/" + pattern + "$"), context) for pattern, context in DEFAULT_SCHEMA_SELECTORS.items()]
    for path in [*(share / "lab" / "schemas").rglob("*.json"), *(share / "labextensions").glob("**/schemas/**/*.json")]:
        schema = json.loads(path.read_text(encoding="utf-8"))
        extra = [(re.compile("^/" + s + "$"), "schema") for s in schema.get("jupyter.lab.internationalization", {})
                 .get("selectors", [])]  # fmt: skip
        for key in _schema_strings(schema, selectors + extra):
            found.setdefault(key, None)
    return found


def _jupyter_server_extension_points() -> list[dict]:
    return [{"module": __name__}]


def _load_jupyter_server_extension(serverapp) -> None:
    install_hooks()
    dirs = [str(d / LOCALE) for d in catalogue_dirs() if (d / LOCALE).is_dir()]
    serverapp.log.info("Workbook Danish catalogue laid over the language pack from %s", dirs or "nowhere (not found)")
