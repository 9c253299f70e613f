"""`workbook.py student`, `app` and the test run's student edition, without starting anything."""

import pytest

import workbook


@pytest.fixture
def calls(monkeypatch):
    seen = []
    monkeypatch.setattr(workbook, "ensure_venv", lambda: None)
    monkeypatch.setattr(workbook, "ensure_packages", lambda requirements: None)
    monkeypatch.setattr(workbook, "run", lambda *args, **kwargs: seen.append([str(a) for a in args]))
    monkeypatch.setattr(workbook.subprocess, "call", lambda args, **kwargs: seen.append(list(args)) or 0)
    return seen


def test_app_serves_the_student_edition_locally_with_a_token_and_the_offline_template(calls):
    assert workbook.app(["06", "--no-browser"]) == 0
    build, voila = calls
    assert build[1].endswith("student_edition.py") and build[-1].endswith("build/app")
    assert voila[1].endswith("build/app/06_business_case.ipynb")
    assert "--Voila.ip=127.0.0.1" in voila and "--template=arbejdsbog" in voila and voila[-1] == "--no-browser"
    token = next(a for a in voila if a.startswith("--token="))
    assert len(token) > len("--token=") + 20


def test_app_asks_for_a_notebook_in_danish(calls):
    with pytest.raises(SystemExit, match="Skriv hvilken notebook"):
        workbook.app([])
    with pytest.raises(SystemExit, match="Fandt ikke én notebook"):
        workbook.app(["99"])


def test_the_full_test_run_builds_and_runs_the_student_edition(calls):
    assert workbook.student_edition_for_tests(["workbook_helpers", "tests", "notebooks"]) == ["build/elev"]
    assert workbook.student_edition_for_tests(["build/elev", "-x"]) == []
    assert len(calls) == 2, "built both times"
    assert workbook.student_edition_for_tests(["tests/test_formats.py"]) == [] and len(calls) == 2
