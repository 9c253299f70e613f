"""Every file under data/ is in the catalogue with its source, licence, attribution and as-of date."""

import datetime as dt

import pytest

from workbook_helpers import data

CATALOGUE = data.catalogue()
FILES = sorted(
    p.relative_to(data.DATA_DIR).as_posix()
    for p in data.DATA_DIR.rglob("*")
    if p.is_file() and p.name != data.CATALOGUE_FILE and p.suffix != ".md"
)


@pytest.mark.parametrize("file", FILES)
def test_every_data_file_is_catalogued(file):
    assert file in {entry["file"] for entry in CATALOGUE.values()}, f"data/{file} is missing from catalogue.toml"


@pytest.mark.parametrize("name", sorted(CATALOGUE))
def test_entry_is_complete(name):
    entry = CATALOGUE[name]
    missing = [key for key in data.CATALOGUE_KEYS if not str(entry.get(key, "")).strip()]
    assert not missing, f"{name}: missing {missing}"
    dt.date.fromisoformat(str(entry["as_of"]))
    assert entry["source_url"].startswith("http"), name
    assert (data.DATA_DIR / entry["file"]).exists(), f"{name}: data/{entry['file']} does not exist"
    assert entry.get("columns"), f"{name}: list the columns and their types"
    assert all(t.rstrip("!") in data.TYPES for t in entry["columns"].values()), name


@pytest.mark.parametrize("name", sorted(CATALOGUE))
def test_dataset_loads_and_matches_its_schema(name):
    frame = data.load_dataset(name)
    assert len(frame) > 0
    assert set(CATALOGUE[name]["columns"]) <= set(frame.columns)


def test_attribution_line_names_source_and_licence():
    if not CATALOGUE:
        pytest.skip("no data sets yet")
    name = sorted(CATALOGUE)[0]
    line = data.attribution(name)
    assert line.startswith("Kilde: ") and CATALOGUE[name]["licence"] in line


def test_unknown_dataset_names_the_known_ones():
    with pytest.raises(KeyError, match="Kendte datasæt"):
        data.load_dataset("findes_ikke")
