"""Tables for learners: Danish headings, Danish numbers and durations in words."""

import pytest

from workbook_helpers.workflow import eventlog, tables

from .test_eventlog import raw_log


@pytest.fixture
def log():
    return eventlog.prepare_log(raw_log())


def test_describe_log(log):
    assert tables.describe_log(log).splitlines() == [
        "Hændelser: 10",
        "Sager: 3",
        "Aktiviteter: 3",
        "Varianter: 2",
        "Halvdelen af sagerne er færdige inden: 3 timer",
        "90 % af sagerne er færdige inden: 3,2 dage",
    ]


def test_variants_table(log):
    table = tables.variants_table(eventlog.variants(log))
    assert table.columns[0] == "Variant"
    assert table["Andel"].tolist() == ["66,7 %", "33,3 %"]
    assert table["Median gennemløbstid"].tolist() == ["3 timer", "4 dage"]


def test_throughput_text_uses_singular_for_one_case(log):
    text = tables.throughput_text(eventlog.throughput_summary(log, by="case:channel"))
    assert "Papir: 1 sag · median 4 dage" in text
    assert "Digital: 2 sager · median 3 timer" in text


def test_channel_waiting_rework_and_workload_tables(log):
    channels = tables.channel_table(eventlog.channel_comparison(log))
    assert channels.loc[1, "Kanal"] == "Papir" and channels.loc[1, "Andel før fristen"] == "0 %"
    waits = tables.waiting_table(eventlog.waiting_times(log))
    assert waits.loc[0, "Aktivitet"] == "Afgør" and waits.loc[0, "Median ventetid før"] == "2 timer"
    rework = tables.rework_table(eventlog.rework(log))
    assert rework.loc[0, "Andel gentaget"] == "33 %"
    workload = tables.workload_table(eventlog.workload(log))
    assert workload["Gruppe"].tolist() == ["B", "A"]


def test_steps_table_shows_danish_numbers_and_words():
    from workbook_helpers.workflow import examples

    table = tables.steps_table(examples.example("ydelse_ansoegning"))
    row = table.iloc[0]
    assert row["Antal gange pr. år"] == "2.000"
    assert row["Andel fejl/omarbejde (0-1)"] == "0,2"
    assert row["Følger faste regler"] == "ja" and row["Input"] == "Digital formular"


def test_irritations_table_shows_danish_numbers():
    from workbook_helpers.workflow import model

    register = model.add_irritation(model.new_irritation_register(), "Printer", waste="motion", per_year=90, minutes=1)
    assert tables.irritations_table(register).to_dict("records") == [
        {"Spildtype": "Bevægelse", "Antal": 1, "Timer pr. år": "1,5"}
    ]
