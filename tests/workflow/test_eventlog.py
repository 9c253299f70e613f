"""Event-log functions on a tiny hand-made log whose answers are worked out by hand."""

import pandas as pd
import pytest

from workbook_helpers.workflow import eventlog as ev

ROWS = [
    # case, activity, time, channel, deadline, group
    ("c1", "Modtag", "2024-01-01 09:00", "Digital", "2024-01-02 00:00", "A"),
    ("c1", "Tjek", "2024-01-01 10:00", "Digital", "2024-01-02 00:00", "B"),
    ("c1", "Afgør", "2024-01-01 12:00", "Digital", "2024-01-02 00:00", "B"),
    ("c2", "Modtag", "2024-01-01 09:00", "Papir", "2024-01-04 00:00", "A"),
    ("c2", "Tjek", "2024-01-02 09:00", "Papir", "2024-01-04 00:00", "B"),
    ("c2", "Tjek", "2024-01-03 09:00", "Papir", "2024-01-04 00:00", "B"),
    ("c2", "Afgør", "2024-01-05 09:00", "Papir", "2024-01-04 00:00", "B"),
    ("c3", "Modtag", "2024-01-02 08:00", "Digital", "2024-01-03 00:00", "A"),
    ("c3", "Tjek", "2024-01-02 09:00", "Digital", "2024-01-03 00:00", "B"),
    ("c3", "Afgør", "2024-01-02 11:00", "Digital", "2024-01-03 00:00", "B"),
]
COLUMNS = ["case:concept:name", "concept:name", "time:timestamp", "case:channel", "case:deadline", "org:group"]


def raw_log() -> pd.DataFrame:
    return pd.DataFrame(ROWS, columns=COLUMNS)


@pytest.fixture
def log() -> pd.DataFrame:
    return ev.prepare_log(raw_log())


def test_variants_and_frequencies(log):
    table = ev.variants(log)
    assert table["variant"].tolist() == ["Modtag → Tjek → Afgør", "Modtag → Tjek → Tjek → Afgør"]
    assert table["cases"].tolist() == [2, 1]
    assert table["share"].tolist() == pytest.approx([2 / 3, 1 / 3])
    assert table["cumulative_share"].tolist() == pytest.approx([2 / 3, 1.0])
    assert table["activities"].tolist() == [3, 4]


def test_case_throughput(log):
    durations = ev.case_durations(log)
    assert durations["days"].to_dict() == pytest.approx({"c1": 0.125, "c2": 4.0, "c3": 0.125})
    assert durations["events"].to_dict() == {"c1": 3, "c2": 4, "c3": 3}
    assert durations.loc["c2", "case:channel"] == "Papir"
    overall = ev.throughput_summary(log).iloc[0]
    assert overall["cases"] == 3
    assert overall["median"] == pytest.approx(0.125)
    assert overall["max"] == pytest.approx(4.0)
    by_channel = ev.throughput_summary(log, by="case:channel")
    assert by_channel.loc["Papir", "median"] == pytest.approx(4.0)


def test_waiting_time_before_each_activity(log):
    waits = ev.waiting_times(log).set_index("activity")
    # Tjek waits 1 h (c1), 24 h and 24 h (c2), 1 h (c3); Afgør waits 2 h, 48 h, 2 h.
    assert waits.loc["Tjek", "count"] == 4
    assert waits.loc["Tjek", "median_hours"] == pytest.approx(12.5)
    assert waits.loc["Tjek", "total_days"] == pytest.approx(50 / 24)
    assert waits.loc["Afgør", "median_hours"] == pytest.approx(2.0)
    assert waits.index[0] == "Afgør"  # the longest total wait comes first
    assert "Modtag" not in waits.index  # nothing comes before the first event


def test_directly_follows_counts(log):
    dfg = ev.directly_follows(log)
    counts = {(s, t): c for s, t, c in dfg[["source", "target", "count"]].itertuples(index=False)}
    assert counts == {("Modtag", "Tjek"): 3, ("Tjek", "Afgør"): 3, ("Tjek", "Tjek"): 1}
    with_ends = ev.directly_follows(log, start_end=True)
    ends = with_ends[with_ends["source"].eq(ev.START) | with_ends["target"].eq(ev.END)]
    assert sorted(ends["count"]) == [3, 3]


def test_rework_loops(log):
    table = ev.rework(log)
    assert table.to_dict("records") == [
        {"activity": "Tjek", "cases": 3, "cases_repeated": 1, "extra_executions": 1, "share_repeated": 1 / 3}
    ]
    assert ev.cases_with_rework(log).to_dict() == {"c1": False, "c2": True, "c3": False}


def test_deadline_adherence(log):
    table = ev.deadline_adherence(log)
    assert table["on_time"].to_dict() == {"c1": True, "c2": False, "c3": True}
    assert table.loc["c2", "margin_days"] == pytest.approx(-1.375)  # 5 Jan 09:00 against 4 Jan 00:00


def test_channel_comparison(log):
    table = ev.channel_comparison(log)
    assert table.index.tolist() == ["Digital", "Papir"]
    assert table.loc["Digital", "cases"] == 2
    assert table.loc["Digital", "share"] == pytest.approx(2 / 3)
    assert table.loc["Digital", "median_days"] == pytest.approx(0.125)
    assert table.loc["Papir", "median_days"] == pytest.approx(4.0)
    assert table.loc["Papir", "rework_share"] == 1.0
    assert table.loc["Digital", "on_time_share"] == 1.0
    assert table.loc["Papir", "on_time_share"] == 0.0


def test_workload_per_group(log):
    table = ev.workload(log)
    assert table["events"].to_dict() == {"B": 7, "A": 3}
    assert table["cases"].to_dict() == {"B": 3, "A": 3}
    assert table["share"].to_dict() == pytest.approx({"B": 0.7, "A": 0.3})
    months = ev.workload_by_month(log)
    assert months.loc[pd.Period("2024-01"), "B"] == 7


def test_filter_and_summary(log):
    digital = ev.filter_cases(log, channel="Digital")
    assert set(digital["case:concept:name"]) == {"c1", "c3"}
    loop = ev.filter_cases(log, variant="Modtag → Tjek → Tjek → Afgør")
    assert set(loop["case:concept:name"]) == {"c2"}
    assert ev.summary(log) == {
        "events": 10,
        "cases": 3,
        "activities": 3,
        "variants": 2,
        "median_days": 0.125,
        "p90_days": pytest.approx(3.225),
    }


def test_other_column_names_are_renamed():
    raw = raw_log().rename(columns={"case:concept:name": "sag", "concept:name": "aktivitet", "time:timestamp": "tid"})
    log = ev.prepare_log(raw, case="sag", activity="aktivitet", timestamp="tid")
    assert ev.summary(log)["cases"] == 3


# --- bad input -------------------------------------------------------------------------------------------------


def test_unsorted_events_are_sorted_with_a_note():
    shuffled = raw_log().iloc[[6, 2, 0, 5, 9, 1, 3, 8, 4, 7]]
    log = ev.prepare_log(shuffled)
    assert ev.variants(log)["cases"].tolist() == [2, 1]
    assert log.loc[log["case:concept:name"] == "c2", "concept:name"].tolist() == ["Modtag", "Tjek", "Tjek", "Afgør"]
    assert any("ikke i tidsorden" in note for note in log.attrs["notes"])


def test_interleaved_cases_in_time_order_are_not_called_unsorted():
    by_time = raw_log().sort_values("time:timestamp", kind="stable")
    assert ev.prepare_log(by_time).attrs["notes"] == []


def test_duplicate_rows_are_counted_once_with_a_note():
    doubled = pd.concat([raw_log(), raw_log().iloc[[1, 4]]], ignore_index=True)
    log = ev.prepare_log(doubled)
    assert len(log) == 10
    assert any("2 hændelse(r) stod to gange" in note for note in log.attrs["notes"])


def test_missing_timestamps_are_named():
    raw = raw_log()
    raw.loc[4, "time:timestamp"] = None
    raw.loc[7, "time:timestamp"] = ""
    with pytest.raises(
        ev.EventLogError,
        match=r"2 hændelse\(r\) mangler en værdi i kolonnen 'time:timestamp' "
        r"\(første: hændelse nr\. 5, 8\)",
    ):
        ev.prepare_log(raw)


def test_unreadable_timestamp_is_named():
    raw = raw_log()
    raw.loc[3, "time:timestamp"] = "i morgen"
    with pytest.raises(ev.EventLogError, match=r"Hændelse nr\. 4, kolonnen 'time:timestamp': 'i morgen'"):
        ev.prepare_log(raw)


def test_danish_day_first_dates_are_read():
    raw = raw_log()
    raw["time:timestamp"] = pd.to_datetime(raw["time:timestamp"]).dt.strftime("%d-%m-%Y %H:%M")
    assert ev.case_durations(ev.prepare_log(raw))["days"].to_dict() == pytest.approx(
        {"c1": 0.125, "c2": 4.0, "c3": 0.125}
    )


def test_mixed_time_zones_are_refused():
    raw = raw_log()
    raw.loc[2, "time:timestamp"] = "2024-01-01 12:00+01:00"
    with pytest.raises(ev.EventLogError, match=r"blander tidspunkter med og uden tidszone.*hændelse nr\. 3"):
        ev.prepare_log(raw)


def test_summer_and_winter_offsets_are_converted_to_one_zone():
    raw = pd.DataFrame(
        {
            "case:concept:name": ["x", "x"],
            "concept:name": ["Modtag", "Afgør"],
            # 10:00 summer time (UTC 08:00) to 10:00 winter time (UTC 09:00), one day later by the calendar
            "time:timestamp": ["2011-10-29 10:00:00+02:00", "2011-10-30 10:00:00+01:00"],
        }
    )
    log = ev.prepare_log(raw)
    assert ev.case_durations(log)["days"].iloc[0] == pytest.approx(1 + 1 / 24)
    assert any("UTC-forskydninger" in note for note in log.attrs["notes"])


def test_empty_log_and_missing_columns_are_answered_in_danish():
    with pytest.raises(ev.EventLogError, match="Hændelsesloggen er tom"):
        ev.prepare_log(raw_log().iloc[0:0])
    with pytest.raises(ev.EventLogError, match="mangler kolonnen/kolonnerne 'time:timestamp'"):
        ev.prepare_log(raw_log().drop(columns="time:timestamp"))
    with pytest.raises(ev.EventLogError, match="skal være en tabel"):
        ev.prepare_log("receipt.csv")
    with pytest.raises(ev.EventLogError, match="ingen kolonne 'case:kanal'"):
        ev.channel_comparison(ev.prepare_log(raw_log()), channel="case:kanal")


def test_an_empty_selection_is_answered_in_danish(log):
    nothing = ev.filter_cases(log, channel="Fax")
    with pytest.raises(ev.EventLogError, match="ingen sager i udvalget"):
        ev.variants(nothing)


def test_raw_frames_are_prepared_on_the_fly():
    assert ev.variants(raw_log())["cases"].tolist() == [2, 1]


def test_danish_dates_without_time_are_not_taken_for_time_zones():
    raw = raw_log()
    raw["time:timestamp"] = pd.to_datetime(raw["time:timestamp"]).dt.strftime("%d-%m-%Y")
    assert ev.case_durations(ev.prepare_log(raw))["days"].to_dict() == pytest.approx({"c1": 0, "c2": 4, "c3": 0})


def test_compact_offsets_are_read():
    raw = raw_log()
    raw["time:timestamp"] = raw["time:timestamp"] + ":00+0100"
    assert ev.case_durations(ev.prepare_log(raw))["days"]["c2"] == pytest.approx(4.0)


def test_a_prepared_log_sorted_again_is_prepared_again(log):
    by_time = log.sort_values("time:timestamp", kind="stable")  # cases interleave now
    assert ev.variants(by_time)["cases"].tolist() == [2, 1]
    assert ev.directly_follows(by_time)["count"].sum() == 7


def test_variants_of_a_selection_with_one_case_per_block(log):
    papir = ev.filter_cases(log, channel="Papir")
    assert ev.case_variants(papir).to_dict() == {"c2": "Modtag → Tjek → Tjek → Afgør"}


def test_numeric_case_ids_are_not_taken_for_blanks():
    raw = raw_log()
    raw["case:concept:name"] = raw["case:concept:name"].map({"c1": 1, "c2": 2, "c3": 3}).astype(object)
    assert ev.summary(ev.prepare_log(raw))["cases"] == 3


def test_a_log_re_sorted_by_time_is_prepared_again_not_trusted():
    from workbook_helpers.data import load_dataset
    from workbook_helpers.workflow.eventlog import directly_follows, prepare_log

    log = prepare_log(load_dataset("receipt_wabo_coselog"))
    shuffled = log.sort_values("time:timestamp", ignore_index=True)
    assert shuffled.attrs.get("eventlog_prepared"), "pandas keeps attrs: the flag alone cannot be trusted"
    assert directly_follows(shuffled)["count"].sum() == directly_follows(log)["count"].sum()
    assert len(directly_follows(shuffled)) == len(directly_follows(log))


def test_an_excel_column_mixing_date_cells_and_text_cells_keeps_every_date():
    import datetime as dt

    from workbook_helpers.workflow.eventlog import to_timestamps

    mixed = pd.Series([dt.datetime(2024, 3, 1, 9, 30), "2024-03-02 10:00", dt.date(2024, 3, 3), "04-03-2024 08:15"])
    parsed = to_timestamps(mixed)
    assert parsed.notna().all()
    assert [t.day for t in parsed] == [1, 2, 3, 4] and parsed.iloc[0].hour == 9
