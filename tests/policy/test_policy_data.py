"""The policy tables: every act the issue names, with number, adoption date, dates of application and a source."""

import pandas as pd
import pytest

from workbook_helpers.data import DataError, load_dataset
from workbook_helpers.policy import model

# id -> (identifier, adopted) for every act the issue lists.
REQUIRED = {
    "dd2030": ("(EU) 2022/2481", "2022-12-14"),
    "gdpr": ("(EU) 2016/679", "2016-04-27"),
    "wad": ("(EU) 2016/2102", "2016-10-26"),
    "sdg": ("(EU) 2018/1724", "2018-10-02"),
    "odd": ("(EU) 2019/1024", "2019-06-20"),
    "hvd": ("(EU) 2023/138", "2022-12-21"),
    "eidas": ("(EU) nr. 910/2014", "2014-07-23"),
    "eidas2": ("(EU) 2024/1183", "2024-04-11"),
    "nis2": ("(EU) 2022/2555", "2022-12-14"),
    "nis2_dk": ("lov nr. 434 af 6. maj 2025", "2025-05-06"),
    "ai_act": ("(EU) 2024/1689", "2024-06-13"),
    "iea": ("(EU) 2024/903", "2024-03-13"),
    "dga": ("(EU) 2022/868", "2022-05-30"),
    "data_act": ("(EU) 2023/2854", "2023-12-13"),
    "eaa": ("(EU) 2019/882", "2019-04-17"),
    "fo_2022": ("Fællesoffentlig digitaliseringsstrategi 2022-2025", "2022-06-10"),
    "fo_2026": ("Fællesoffentlig digitaliseringsstrategi 2026-2029", "2025-06-11"),
    "digital_post": ("lov nr. 528 af 11. juni 2012", "2012-06-11"),
    "mitid": ("lov nr. 783 af 4. maj 2021", "2021-05-04"),
}


@pytest.fixture(scope="module")
def data():
    return model.load_policy()


def test_every_listed_act_is_there_with_number_adoption_and_a_date_of_application(data):
    acts = data.acts.set_index("id")
    for act_id, (identifier, adopted) in REQUIRED.items():
        assert acts.at[act_id, "identifier"] == identifier
        assert acts.at[act_id, "adopted"] == pd.Timestamp(adopted)
        assert pd.notna(acts.at[act_id, "applies_from"]), act_id
        own = data.dates[data.dates["act_id"] == act_id]
        if acts.at[act_id, "kind"] != "strategi":  # a strategy applies for its period (applies_from .. ends)
            assert own["milestone_type"].isin(["i kraft", "gælder", "frist"]).any(), act_id


def test_each_level_and_kind_of_policy_is_covered(data):
    assert set(data.acts["level"]) == set(model.LEVELS)
    assert {"strategi", "program", "lov", "forordning", "direktiv"} <= set(data.acts["kind"])


def test_every_row_has_a_source_link_and_an_as_of_date():
    for name in ("policy_acts", "policy_dates", "policy_cascade"):
        table = load_dataset(name)
        assert table["source_url"].str.match(r"https?://").all(), name
        assert table["as_of"].notna().all() and table["as_of"].between("2026-11-29", "2026-12-01").all(), name


def test_levels_work_areas_and_types_come_from_the_allowed_sets(data):
    areas = {a for cell in data.acts["work_areas"] for a in model.split_areas(cell)}
    assert areas <= set(model.WORK_AREAS)
    assert set(data.dates["milestone_type"]) <= set(model.MILESTONE_TYPES)
    assert set(data.cascade["link_type"]) <= set(model.LINK_TYPES)


def test_ai_act_has_its_original_phases_and_the_omnibus_dates_replace_two_of_them(data):
    dates = data.dates[data.dates["act_id"] == "ai_act"]
    original = dates[dates["set_by"] == "ai_act"]["date"].dt.strftime("%Y-%m-%d")
    assert {"2024-08-01", "2025-02-02", "2025-08-02", "2026-08-02", "2027-08-02"} <= set(original)
    replaced = dates[dates["replaced_by"] == "ai_omnibus"]
    assert sorted(replaced["date"].dt.strftime("%Y-%m-%d")) == ["2026-08-02", "2027-08-02"]
    assert (replaced["valid_until"] == pd.Timestamp("2026-07-27")).all()
    new = dates[dates["set_by"] == "ai_omnibus"]
    assert sorted(new["date"].dt.strftime("%Y-%m-%d")) == ["2026-12-02", "2027-12-02", "2028-08-02"]
    assert (new["verification"] == "sekundær").all(), "the Omnibus dates are only checked in secondary sources"


def test_a_wrong_level_is_reported_in_danish_with_file_row_and_column(data):
    acts = data.acts.copy()
    acts.loc[3, "level"] = "region"
    with pytest.raises(DataError) as caught:
        model.validate(acts, data.dates, data.cascade)
    message = str(caught.value)
    assert "policy_acts.csv" in message and "Række 5" in message and "»level«" in message
    assert "Niveauet »region« kendes ikke" in message


def test_an_unknown_work_area_and_a_dangling_date_are_reported(data):
    acts = data.acts.copy()
    acts.loc[0, "work_areas"] = "ydelse;kantine"
    with pytest.raises(DataError, match="ukendt arbejdsområde"):
        model.validate(acts, data.dates, data.cascade)
    dates = data.dates.copy()
    dates.loc[0, "act_id"] = "findes_ikke"
    with pytest.raises(DataError, match="»findes_ikke« findes ikke i policy_acts"):
        model.validate(data.acts, dates, data.cascade)


def test_benchmark_copies_load_with_denmark_in_them():
    egov = load_dataset("egov_benchmark_2023_scores_tidy")
    egdi = load_dataset("un_egdi_2010_2024")
    assert "DK" in set(egov["country"]) and "AVERAGE_EU27" in set(egov["country"])
    assert sorted(egdi.loc[egdi["country_code"] == "DNK", "year"]) == [2010, 2012, 2014, 2016, 2018, 2022, 2024]
