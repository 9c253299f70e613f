"""The learner's case: the pure record, and the saved case on top of storage."""

import json
import os
import subprocess
import sys
import textwrap

import pytest

from workbook_helpers import case, storage


@pytest.fixture(autouse=True)
def work(tmp_path, monkeypatch):
    monkeypatch.setenv("WORKBOOK_WORK_DIR", str(tmp_path))
    storage.problems()
    return tmp_path


def test_record_round_trips_and_keeps_unknown_fields():
    record = {"schema_version": 1, "parts": {"pitch": {"value": {"problem": "x"}, "example": False}}, "new": 1}
    again = case.to_record(case.from_record(record))
    assert again["parts"]["pitch"]["value"] == {"problem": "x"} and again["new"] == 1


def test_an_older_record_without_version_loads_and_a_newer_one_is_refused_in_danish():
    assert case.from_record({"parts": {}}).parts == {}
    with pytest.raises(case.CaseError, match="nyere udgave af arbejdsbogen"):
        case.from_record({"schema_version": case.SCHEMA_VERSION + 1, "parts": {}})
    with pytest.raises(case.CaseError, match="ikke en sag"):
        case.from_record([1, 2])


def test_status_counts_only_own_work():
    c = case.Case()
    c.set("as_is", {"rows": [1]})
    c.set("to_be", {"rows": [1]}, example=True)
    states = {row["part"]: row["state"] for row in c.status()}
    assert states["as_is"] == "klar" and states["to_be"] == "eksempel" and states["pitch"] == "mangler"
    assert c.ready_text().startswith("1 af ")


def test_a_part_is_saved_and_read_after_a_restart():
    assert case.part("as_is").save({"title": "Indskrivning"}).ok
    again = case.part("as_is")
    assert again.value == {"title": "Indskrivning"} and again.is_own and again.origin == "Dit eget arbejde (gemt)."


def test_an_example_is_never_called_the_learners_own():
    case.part("to_be").save({"rows": []}, example=True)
    handle = case.part("to_be")
    assert not handle.is_own and handle.origin.startswith("Eksempel (illustrativt)")


def test_two_notebooks_saving_different_parts_keep_both():
    first, second = case.part("as_is"), case.part("pitch")
    assert first.save("a").ok and second.save("b").ok
    saved = case.load_case()
    assert saved.get("as_is") == "a" and saved.get("pitch") == "b"


def test_a_part_changed_elsewhere_is_not_overwritten_silently():
    here, there = case.part("pitch"), case.part("pitch")
    assert there.save("fra 07").ok
    result = here.save("fra 08")
    assert not result.ok and result.message.startswith("Ikke gemt") and "anden notebook" in result.message
    assert case.load_case().get("pitch") == "fra 07"
    assert here.save("fra 08").ok  # saving again overwrites on purpose
    assert case.load_case().get("pitch") == "fra 08"


def test_a_failed_save_says_so_and_keeps_the_last_good_file(work):
    assert case.part("pitch").save("god").ok
    os.chmod(work, 0o500)
    try:
        if os.access(work, os.W_OK):
            pytest.skip("root can write to a read-only folder; the full-disk case is tested with a mock below")
        result = case.part("pitch").save("ny")
    finally:
        os.chmod(work, 0o700)
    assert not result.ok and result.message.startswith("Dit arbejde er IKKE gemt")
    assert case.load_case().get("pitch") == "god"


def test_a_full_disk_is_reported_in_danish(monkeypatch):
    import errno

    def full(*_args, **_kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(storage, "_write_atomic", full)
    result = case.part("pitch").save("x")
    assert not result.ok and "disken er fuld" in result.message


@pytest.mark.parametrize("content", ["null", "[1, 2]", "42", '"tekst"', "{ikke json", "\x00\xff"])
def test_a_damaged_or_wrong_type_case_file_is_kept_aside_and_the_previous_version_used(work, content):
    case.part("pitch").save("første")
    case.part("pitch").save("anden")
    (work / "min_sag.json").write_bytes(content.encode("latin-1"))
    assert case.load_case().get("pitch") == "første"
    reports = storage.problems()
    assert any("beskadiget" in r and "gemt til side" in r for r in reports)
    aside = list(work.glob("min_sag.beskadiget-*.json"))
    assert len(aside) == 1 and aside[0].read_bytes() == content.encode("latin-1")


def test_old_save_files_are_read_into_the_case(work):
    (work / "min_arbejdsgang.json").write_text(json.dumps({"title": "Gammel", "rows": [{"step": "A"}]}))
    handle = case.part("as_is")
    assert handle.value["title"] == "Gammel"
    assert handle.save({"title": "Ny", "rows": []}).ok  # the first save of a migrated part is not a conflict
    assert case.load_case().get("as_is")["title"] == "Ny"


def test_concurrent_writers_lose_no_part_and_leave_no_temporary_files(work):
    script = textwrap.dedent(
        """
        import sys
        from workbook_helpers import case
        name = sys.argv[1]
        for i in range(25):
            handle = case.part(name)
            assert handle.save(i).ok, name
        """
    )
    env = {**os.environ, "WORKBOOK_WORK_DIR": str(work)}
    writers = [subprocess.Popen([sys.executable, "-c", script, name], env=env) for name in ("as_is", "pitch", "legal")]
    assert [w.wait(timeout=120) for w in writers] == [0, 0, 0]
    saved = case.load_case()
    assert [saved.get(n) for n in ("as_is", "pitch", "legal")] == [24, 24, 24]
    assert not list(work.glob(".*.tmp"))


def test_a_read_only_folder_is_reported_in_danish(monkeypatch):
    def refused(*_args, **_kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(storage, "_write_atomic", refused)
    result = case.part("pitch").save("x")
    assert not result.ok and "må ikke skrives i" in result.message and "IKKE gemt" in result.message
