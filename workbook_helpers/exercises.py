"""Exercises with check, hint and solution, in Danish, in the spirit of Kaggle's learntools.

What learners type (the naming convention, also in the README): the exercise object is ``opgave_<n>``, the answer
is ``svar_<n>``, and the three verbs are ``opgave_1.tjek(svar_1)``, ``opgave_1.hint()`` and ``opgave_1.løsning()``.
Starter code says ``svar_1 = ____``: it runs, and checking it gives the friendly "not attempted yet" state.
Every result carries an icon and a word, never colour alone.

>>> opgave_1 = Exercise(1924, hints=["37 timer om ugen i 52 uger."], solution="37 × 52 = 1.924 timer.")
>>> opgave_1.tjek(____).state
'not_attempted'
>>> opgave_1.tjek(1900).state
'wrong'
>>> print(opgave_1.tjek("1.924"))
✅ Rigtigt! Godt gået.
"""

from __future__ import annotations

import html
import json
import math
import os
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from . import formats

# The student edition (tools/student_edition.py) carries this file next to its notebooks; the kernel runs in that
# folder. Without it (the instructor edition) every solution shows. WORKBOOK_SETTINGS may name another file.
SETTINGS_FILE = ".workbook_settings.json"
_HIDDEN_SOLUTION = {
    "ask": "Løsningen er ikke med i denne udgave. Spørg underviseren. Du kan også få et hint med {name}.hint().",
    "off": "Løsningerne er slået fra i denne udgave af arbejdsbogen. Du kan få et hint med {name}.hint().",
}


def solution_mode(name: str) -> str:
    """``"show"``, ``"ask"`` or ``"off"`` for the exercise ``name`` in the notebook this kernel runs.

    The notebook comes from JupyterLab's ``JPY_SESSION_NAME``; where it is unknown, only the edition's default holds.
    A settings file that cannot be read hides the solutions: a student edition never shows them by mistake.
    """
    path = Path(os.environ.get("WORKBOOK_SETTINGS") or SETTINGS_FILE)
    if not path.is_file():
        return "show"
    try:
        solutions = json.loads(path.read_text(encoding="utf-8"))["solutions"]
        hidden = solutions.get("hidden", "ask")
        notebook = Path(os.environ.get("JPY_SESSION_NAME", "")).stem
        shown = solutions.get("shown", {}).get(notebook, [])
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return "ask"
    if name in shown:
        return "show"
    return hidden if hidden in _HIDDEN_SOLUTION else "ask"


class _Placeholder:
    """The blank a learner fills in: ``svar_1 = ____`` runs, and counts as not attempted."""

    _instance: _Placeholder | None = None

    def __new__(cls):
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __repr__(self) -> str:
        return "____"


____ = _Placeholder()

# state -> (icon, word, colour). The colour only repeats what icon and word already say.
_LOOK = {
    "correct": ("✅", "Rigtigt!", "#00734d"),
    "wrong": ("❌", "Ikke helt endnu.", "#a33a00"),
    "not_attempted": ("✏️", "Ikke forsøgt endnu.", "#555555"),
    "hint": ("💡", "Hint", "#005a8c"),
    "solution": ("📖", "Løsning", "#005a8c"),
    "error": ("⚠️", "Svaret kunne ikke tjekkes.", "#a33a00"),
}


@dataclass(frozen=True)
class Feedback:
    """What check, hint and solution return: shown as text with an icon in the notebook."""

    state: str
    message: str
    code: str | None = None

    @property
    def ok(self) -> bool:
        return self.state == "correct"

    def __str__(self) -> str:
        icon, word, _ = _LOOK[self.state]
        text = f"{icon} {word} {self.message}".rstrip()
        return f"{text}\n{self.code}" if self.code else text

    __repr__ = __str__

    def _repr_html_(self) -> str:
        icon, word, colour = _LOOK[self.state]
        body = html.escape(self.message).replace("\n", "<br>")
        code = f"<pre style='margin:.4em 0 0'>{html.escape(self.code)}</pre>" if self.code else ""
        return (
            f"<div role='status' style='border-left:6px solid {colour};padding:.5em .8em;margin:.3em 0;"
            f"background:#f7f7f7;font-size:1.05em'><span aria-hidden='true'>{icon}</span> "
            f"<strong style='color:{colour}'>{html.escape(word)}</strong> {body}{code}</div>"
        )


def _contains_placeholder(answer: Any) -> bool:
    if answer is ____:
        return True
    if isinstance(answer, dict):
        return any(_contains_placeholder(v) for v in answer.values())
    if isinstance(answer, (list, tuple, set)):
        return any(_contains_placeholder(v) for v in answer)
    return False


def _blank_parts(answer: Any) -> list[str]:
    """The keys (or positions) of a dict or list answer that still hold ____, when others are filled in."""
    if isinstance(answer, dict):
        blank = [str(k) for k, v in answer.items() if _contains_placeholder(v)]
        return blank if len(blank) < len(answer) else []
    if isinstance(answer, (list, tuple)):
        blank = [f"nr. {i + 1}" for i, v in enumerate(answer) if _contains_placeholder(v)]
        return blank if len(blank) < len(answer) else []
    return []


def _looks_like_a_comma_decimal(answer: Any, expected: Any) -> bool:
    """``svar = 2,5`` in Python is the pair (2, 5): when a number is expected, that is almost surely a decimal."""
    return (
        isinstance(expected, (int, float))
        and not isinstance(expected, bool)
        and isinstance(answer, tuple)
        and len(answer) == 2
        and all(isinstance(a, int) and not isinstance(a, bool) for a in answer)
    )


class Unreadable:
    """What an answer line becomes when Python cannot read it (``svar_1 = 3 x 2000``): checking it explains why in
    Danish instead of Python's English SyntaxError."""

    def __init__(self, text: str):
        self.text = text

    def explanation(self) -> str:
        advice = []
        if re.search(r"\d\s*[x×]\s*\d", self.text):
            advice.append("Brug * for gange, fx 3 * 2000.")
        if re.search(r"\d\s*:\s*\d", self.text) or "÷" in self.text:
            advice.append("Brug / for divider, fx 6000 / 60.")
        if re.search(r"[A-Za-zæøåÆØÅ]{2,}", self.text):
            advice.append('Tekst og enheder skal stå i anførselstegn, fx "100 timer".')
        if not advice:
            advice.append('Skriv et tal, fx 12 eller 2.5, eller tekst i anførselstegn, fx "2,5".')
        return f"Python kunne ikke læse dit svar »{self.text}«. " + " ".join(advice)

    def __repr__(self) -> str:
        return f"(ulæseligt svar: {self.text})"


_ANSWER_LINE = re.compile(r"^(\s*)(svar_\w+)\s*=\s*(.+?)\s*$")


def rewrite_unreadable_answers(lines: list[str]) -> list[str]:
    r"""An IPython input transformer: an answer line that is not valid Python becomes an ``Unreadable`` answer.

    >>> rewrite_unreadable_answers(["svar_1 = 3 x 2000\n", "opgave_1.tjek(svar_1)\n"])[0]
    "svar_1 = __workbook_unreadable__('3 x 2000')\n"
    """
    try:
        compile("".join(lines), "<celle>", "exec")
        return lines
    except SyntaxError:
        pass
    out = []
    for line in lines:
        match = _ANSWER_LINE.match(line)
        if match:
            try:
                compile(line.strip(), "<svar>", "exec")
            except SyntaxError:
                indent, name, text = match.groups()
                line = f"{indent}{name} = __workbook_unreadable__({text!r})\n"
        out.append(line)
    return out


def install_answer_reader() -> bool:
    """In a notebook, read unreadable answer lines kindly (see ``rewrite_unreadable_answers``). True if installed."""
    try:
        from IPython import get_ipython
    except ImportError:  # pragma: no cover
        return False
    shell = get_ipython()
    if shell is None or not hasattr(shell, "input_transformers_cleanup"):
        return False
    shell.user_ns["__workbook_unreadable__"] = Unreadable
    if rewrite_unreadable_answers not in shell.input_transformers_cleanup:
        shell.input_transformers_cleanup.append(rewrite_unreadable_answers)
    return True


install_answer_reader()

_UNIT = re.compile(r"\s*(kr\.?|%|timer)\s*$")


def as_number(answer: Any) -> float | None:
    """A number from what a learner typed: 1924, 1924.0, "1.924" or "1.924,5 kr." (None if it is not a number)."""
    if isinstance(answer, str):
        answer = _UNIT.sub("", answer)
    try:
        return formats.parse_number(answer)
    except ValueError:
        return None


def _normal_text(value: Any) -> str:
    return re.sub(r"\s+", " ", str(value)).strip().casefold()


class Exercise:
    """One exercise: ``tjek`` (check) an answer, ``hint`` (hints one at a time) and ``løsning`` (the solution).

    ``expected`` is compared with tolerance for numbers, without case for text, element by element for lists
    (order counts) and as sets for sets. For anything else pass ``checker(answer)``, which returns None when the
    answer is right or a Danish sentence that helps the learner when it is not.
    """

    def __init__(
        self,
        expected: Any = None,
        *,
        checker: Callable[[Any], str | None] | None = None,
        tolerance: float = 0.0,
        hints: Sequence[str] = (),
        solution: str = "",
        solution_code: str | None = None,
        praise: str = "Godt gået.",
        name: str = "opgave",
    ):
        if expected is None and checker is None:
            raise ValueError("An exercise needs an expected answer or a checker.")
        self.expected = expected
        self.checker = checker
        self.tolerance = tolerance
        self.hints = list(hints)
        self.solution_text = solution
        self.solution_code = solution_code
        self.praise = praise
        self.name = name
        self._next_hint = 0

    # -- the three verbs ---------------------------------------------------------------------------------------

    def check(self, answer: Any = ____) -> Feedback:
        if isinstance(answer, Unreadable):
            return Feedback("error", answer.explanation())
        if _contains_placeholder(answer):
            blanks = _blank_parts(answer)
            if blanks:
                return Feedback(
                    "not_attempted",
                    f"Du mangler stadig {', '.join(blanks)}: erstat ____ dér med dit svar, og kør cellen igen.",
                )
            return Feedback(
                "not_attempted",
                "Erstat ____ med dit svar, og kør cellen igen. Brug gerne et hint, hvis du sidder fast.",
            )
        if _looks_like_a_comma_decimal(answer, self.expected):
            whole, fraction = answer
            return Feedback(
                "wrong",
                f"Du har vist skrevet {whole},{fraction} uden anførselstegn; så læser Python det som to tal. Skriv "
                f'"{whole},{fraction}" i anførselstegn eller {whole}.{fraction} med punktum.',
            )
        try:
            problem = self.checker(answer) if self.checker else self._compare(answer)
        except Exception:  # a checker must never show a learner a traceback
            return Feedback(
                "error",
                "Svaret har ikke den form, opgaven venter. Se eksemplet i opgaveteksten, og prøv igen, eller få et "
                f"hint med {self.name}.hint().",
            )
        if problem is None:
            return Feedback("correct", self.praise)
        hint_call = f"{self.name}.hint()"
        return Feedback("wrong", f"{problem} Prøv igen, eller få et hint med {hint_call}.")

    def hint(self, number: int | None = None) -> Feedback:
        if not self.hints:
            return Feedback("hint", "Der er ingen hints til denne opgave. Se løsningen, hvis du sidder fast.")
        if number is None:
            index = min(self._next_hint, len(self.hints) - 1)
            self._next_hint += 1
        else:
            index = max(1, min(number, len(self.hints))) - 1
        more = " Kør cellen igen for næste hint." if index < len(self.hints) - 1 else ""
        return Feedback("hint", f"{index + 1} af {len(self.hints)}: {self.hints[index]}{more}")

    def solution(self) -> Feedback:
        mode = solution_mode(self.name)
        if mode != "show":
            return Feedback("solution", _HIDDEN_SOLUTION[mode].format(name=self.name))
        return Feedback("solution", self.solution_text or "", self.solution_code)

    tjek = check
    løsning = solution

    # -- comparing -----------------------------------------------------------------------------------------------

    def _compare(self, answer: Any) -> str | None:
        expected = self.expected
        if isinstance(expected, (int, float)) and not isinstance(expected, bool):
            value = as_number(answer)
            if value is None:
                if isinstance(answer, str) and re.fullmatch(r"\s*[+-]?\d+\.\d+\s*", answer):
                    return f'»{answer}« i anførselstegn læses på dansk: brug komma før decimaler, fx "2,5".'
                return (
                    f"Svaret skal være et tal – du skrev {answer!r}. Skriv fx 12 eller 1234.5, eller tallet i "
                    'anførselstegn, fx "1.234,5".'
                )
            if math.isclose(value, expected, rel_tol=0, abs_tol=self.tolerance + 1e-9):
                return None
            return "Tallet er for højt." if value > expected else "Tallet er for lavt."
        if isinstance(expected, str):
            return None if _normal_text(answer) == _normal_text(expected) else "Det er ikke det svar, vi leder efter."
        if isinstance(expected, (set, frozenset)):
            given = {_normal_text(a) for a in answer} if isinstance(answer, (list, tuple, set)) else None
            wanted = {_normal_text(e) for e in expected}
            if given is None:
                return "Svaret skal være en samling, fx {'a', 'b'}."
            if given == wanted:
                return None
            return f"{len(given & wanted)} af {len(wanted)} er rigtige, og {len(given - wanted)} hører ikke med."
        if isinstance(expected, (list, tuple)):
            if not isinstance(answer, (list, tuple)):
                return "Svaret skal være en liste i firkantede parenteser, fx ['a', 'b']."
            if len(answer) != len(expected):
                return f"Listen skal have {len(expected)} elementer; din har {len(answer)}."
            right = sum(_normal_text(a) == _normal_text(e) for a, e in zip(answer, expected, strict=True))
            return None if right == len(expected) else f"{right} af {len(expected)} står på den rigtige plads."
        return None if answer == expected else "Det er ikke det svar, vi leder efter."
