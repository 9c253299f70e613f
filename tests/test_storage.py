import pandas as pd
import pytest

from workbook_helpers import storage


@pytest.fixture(autouse=True)
def work_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("WORKBOOK_WORK_DIR", str(tmp_path))
    return tmp_path


def test_saved_work_survives_a_new_session(work_dir):
    storage.save_work("min_arbejdsgang", {"trin": ["Modtag", "Registrér"], "navn": "Skoleindskrivning æøå"})
    assert storage.load_work("min_arbejdsgang") == {"trin": ["Modtag", "Registrér"], "navn": "Skoleindskrivning æøå"}
    assert (work_dir / "min_arbejdsgang.json").exists()


def test_previous_version_is_kept_and_used_when_the_file_is_damaged(work_dir):
    storage.save_work("plan", {"v": 1})
    storage.save_work("plan", {"v": 2})
    (work_dir / "plan.json").write_text("{ halvt skrevet", encoding="utf-8")
    assert storage.load_work("plan") == {"v": 1}


def test_missing_work_gives_the_default():
    assert storage.load_work("intet", default={"tom": True}) == {"tom": True}


def test_tables_round_trip():
    frame = pd.DataFrame({"step": ["A", "B"], "minutes": [2.5, 10.0]})
    storage.save_table("tabel", frame)
    pd.testing.assert_frame_equal(storage.load_table("tabel"), frame)
    assert storage.load_table("findes_ikke") is None


def test_names_cannot_escape_the_work_folder():
    with pytest.raises(ValueError):
        storage.save_work("../uden_for", {})
