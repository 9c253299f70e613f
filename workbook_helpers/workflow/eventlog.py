"""Process mining on an event log with pandas (vectorised; a million events take seconds).

An event log has one row per event with the standard columns (van der Aalst, the XES standard):
``case:concept:name`` (the case), ``concept:name`` (the activity) and ``time:timestamp``. Case attributes carry the
``case:`` prefix (e.g. ``case:channel``), resource attributes the ``org:`` prefix.

When a log only records when an activity was *completed* (as the WABO log does), the time between two consecutive
events of a case is the time the case spent on the way from one to the next: working time and waiting time
together. We call it the waiting time before the activity, as the process-mining literature does for such logs.

>>> raw = pd.DataFrame({
...     "case:concept:name": ["a", "a", "b", "b", "b"],
...     "concept:name": ["Modtag", "Afgør", "Modtag", "Ret", "Afgør"],
...     "time:timestamp": ["2024-01-01 09:00", "2024-01-01 11:00", "2024-01-02 09:00", "2024-01-03 09:00",
...                        "2024-01-04 09:00"]})
>>> log = prepare_log(raw)
>>> variants(log)[["variant", "cases"]].values.tolist()
[['Modtag → Afgør', 1], ['Modtag → Ret → Afgør', 1]]
>>> case_durations(log)["days"].tolist()
[0.08333333333333333, 2.0]
"""

from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd

from workbook_helpers.messages import WorkbookError
from workbook_helpers.workflow.messages import message

CASE = "case:concept:name"
ACTIVITY = "concept:name"
TIMESTAMP = "time:timestamp"
CHANNEL = "case:channel"
DEADLINE = "case:deadline"
GROUP = "org:group"
RESOURCE = "org:resource"
START = "▶ Start"
END = "■ Slut"
ARROW = " → "

_DAY = pd.Timedelta(days=1)
_FIRST_CODE = 0xE000  # Unicode's private use area: characters no activity name uses
_MAX_CODED = 6400
_HOUR = pd.Timedelta(hours=1)


class EventLogError(WorkbookError):
    """An event log that cannot be analysed, with a Danish message naming the column and event (row)."""


def prepare_log(
    log: pd.DataFrame,
    *,
    case: str = CASE,
    activity: str = ACTIVITY,
    timestamp: str = TIMESTAMP,
) -> pd.DataFrame:
    """A clean event log: standard column names, timestamps read, exact duplicates dropped, sorted by case and time.

    Raises ``EventLogError`` (in Danish) for an empty log, missing columns, missing or unreadable timestamps, and
    timestamps that mix times with and without a time zone. Times with different UTC offsets (summer and winter
    time) are all converted to UTC. What was repaired is listed in Danish in ``result.attrs["notes"]``.

    Other names for the three columns can be given, e.g. ``prepare_log(df, case="case_id", activity="activity",
    timestamp="date")``; they are renamed to the standard names.
    """
    if not isinstance(log, pd.DataFrame):
        raise EventLogError(message("log_not_a_table", kind=type(log).__name__))
    missing = [name for name in (case, activity, timestamp) if name not in log.columns]
    if missing:
        raise EventLogError(message("log_missing_columns", columns=", ".join(f"'{m}'" for m in missing)))
    if log.empty:
        raise EventLogError(message("log_empty"))
    renamed = {case: CASE, activity: ACTIVITY, timestamp: TIMESTAMP}
    table = log.rename(columns={k: v for k, v in renamed.items() if k != v})
    notes: list[str] = []
    for name, shown in ((CASE, case), (ACTIVITY, activity), (TIMESTAMP, timestamp)):
        _require_values(table[name], shown)
    table[TIMESTAMP] = to_timestamps(table[TIMESTAMP], column=timestamp, notes=notes)
    # Only rows that share case, activity and time can be exact duplicates: check those (fast on big logs).
    duplicated = table.duplicated([CASE, ACTIVITY, TIMESTAMP], keep=False)
    if duplicated.any():
        duplicated[duplicated] = table[duplicated].duplicated()
    if duplicated.any():
        notes.append(message("log_note_duplicates", count=int(duplicated.sum())))
        table = table[~duplicated]
    table = _sort_by_case_and_time(table, notes)
    table.attrs = {"eventlog_prepared": True, "notes": notes}
    return table


def _require_values(column: pd.Series, shown: str) -> None:
    if column.dtype == object or pd.api.types.is_string_dtype(column):
        # Plain Python over the values is several times faster than pandas' string methods here.
        blank = np.fromiter((_is_blank(v) for v in column.tolist()), bool, len(column))
    else:
        blank = column.isna().to_numpy()
    if blank.any():
        rows = np.flatnonzero(blank)
        first = ", ".join(str(r + 1) for r in rows[:3])
        raise EventLogError(message("log_missing_values", count=len(rows), column=shown, rows=first))


def _is_blank(value: object) -> bool:
    if isinstance(value, str):
        return not value.strip()
    return value is None or value is pd.NA or (isinstance(value, float) and value != value)


def _has_time_zone(text: str | None) -> bool:
    """True if a timestamp text ends in a UTC offset (+01:00, or +0100 after a time of day) or Z."""
    if not text:
        return False
    if text[-1] == "Z":
        return True
    if len(text) > 6 and text[-6] in "+-" and text[-3] == ":" and text[-2:].isdigit():
        return True
    # "+0100" only after a time of day, so that a Danish date such as 11-10-2011 is not read as an offset.
    return len(text) > 16 and text[-5] in "+-" and text[-4:].isdigit()


def to_timestamps(values: pd.Series, *, column: str = TIMESTAMP, notes: list[str] | None = None) -> pd.Series:
    """Timestamps from text or datetimes; time-zone aware ones are converted to UTC.

    Raises ``EventLogError`` in Danish for unreadable values and for a mix of times with and without a time zone.

    >>> to_timestamps(pd.Series(["2011-10-11 13:45:40+02:00", "2011-11-24 15:36:51+01:00"])).dt.hour.tolist()
    [11, 14]
    """
    if isinstance(values.dtype, pd.DatetimeTZDtype):
        return values.dt.tz_convert("UTC")
    if pd.api.types.is_datetime64_any_dtype(values.dtype):
        return values
    # Excel gives a column that mixes date cells (datetime objects) and text cells: read both, never drop one.
    stripped = [
        v.strip() if isinstance(v, str) else v.isoformat(sep=" ") if isinstance(v, dt.datetime)
        else v.isoformat() if isinstance(v, dt.date) else None
        for v in values.tolist()
    ]  # fmt: skip
    text = pd.Series([v or None for v in stripped], index=values.index, dtype=object)
    present = text.notna()
    has_tz = pd.Series(np.fromiter((_has_time_zone(v) for v in stripped), bool, len(stripped)), index=values.index)
    if has_tz.any() and not has_tz[present].all():
        with_tz = int(np.flatnonzero(has_tz.to_numpy())[0])
        without_tz = int(np.flatnonzero((~has_tz & present).to_numpy())[0])
        raise EventLogError(
            message(
                "log_mixed_timezones",
                column=column,
                with_tz=with_tz + 1,
                value_tz=text.iloc[with_tz],
                without_tz=without_tz + 1,
                value_naive=text.iloc[without_tz],
            )
        )
    aware = bool(has_tz.any())
    parsed = pd.to_datetime(text, format="ISO8601", utc=aware, errors="coerce")
    # A bare year ("2024") or year and month is not a time: pandas would read it as 1 January, silently.
    too_coarse = text.str.fullmatch(r"\d{4}(-\d{1,2})?", na=False)
    parsed = parsed.where(~too_coarse)
    failed = parsed.isna() & present
    if failed.any():
        # Not ISO: try the Danish day-first way (11-10-2011 13:45) before giving up.
        retry = pd.to_datetime(text[failed], format="mixed", dayfirst=True, utc=aware, errors="coerce")
        parsed = parsed.where(~failed, retry).where(~too_coarse)
        failed = parsed.isna() & present
    if failed.any():
        row = int(np.flatnonzero(failed.to_numpy())[0])
        raise EventLogError(message("log_bad_timestamp", row=row + 1, column=column, value=text.iloc[row]))
    if aware and notes is not None and len({v[-6:] for v in stripped if v}) > 1:
        notes.append(message("log_note_timezones"))
    return parsed


def _sort_by_case_and_time(table: pd.DataFrame, notes: list[str]) -> pd.DataFrame:
    """Group each case's events together (cases in order of first appearance) and sort them by time, stably."""
    codes, _ = pd.factorize(table[CASE], sort=False)
    times = _time_values(table[TIMESTAMP])
    by_case = np.argsort(codes, kind="stable")
    same_case = codes[by_case][1:] == codes[by_case][:-1]
    sorted_times = times[by_case]
    if (same_case & (sorted_times[1:] < sorted_times[:-1])).any():
        notes.append(message("log_note_unsorted"))
    order = np.lexsort((times, codes))
    if (order == np.arange(len(order))).all():
        return table.reset_index(drop=True)
    return table.iloc[order].reset_index(drop=True)


def _time_values(timestamps: pd.Series) -> np.ndarray:
    if isinstance(timestamps.dtype, pd.DatetimeTZDtype):
        timestamps = timestamps.dt.tz_convert("UTC").dt.tz_localize(None)
    return timestamps.to_numpy()


def _still_in_order(log: pd.DataFrame) -> bool:
    """True when each case's events stand together and in time order, as ``prepare_log`` left them (a log that was
    re-sorted or re-indexed since, e.g. by time alone, is not)."""
    if not log.index.is_monotonic_increasing or CASE not in log.columns or TIMESTAMP not in log.columns:
        return False
    codes, _ = pd.factorize(log[CASE], sort=False)
    if len(codes) and (np.diff(codes) < 0).any():
        return False
    times = _time_values(log[TIMESTAMP])
    same_case = codes[1:] == codes[:-1]
    return not (same_case & (times[1:] < times[:-1])).any()


def _log(log: pd.DataFrame) -> pd.DataFrame:
    # A prepared log, or a selection of one, keeps its order; one re-sorted since is prepared again.
    if isinstance(log, pd.DataFrame) and log.attrs.get("eventlog_prepared") and _still_in_order(log):
        if log.empty:
            raise EventLogError(message("log_no_cases"))
        return log
    return prepare_log(log)


def _column(log: pd.DataFrame, column: str) -> pd.Series:
    if column not in log.columns:
        raise EventLogError(message("log_unknown_column", column=column, columns=", ".join(map(str, log.columns))))
    return log[column]


def _pairs(log: pd.DataFrame) -> pd.DataFrame:
    """Each event with the event before it in the same case: source, target, wait (a Timedelta)."""
    case = log[CASE]
    same = case.eq(case.shift())
    out = pd.DataFrame(
        {
            CASE: case,
            "source": log[ACTIVITY].shift(),
            "target": log[ACTIVITY],
            "wait": log[TIMESTAMP] - log[TIMESTAMP].shift(),
        }
    )
    return out[same.to_numpy()]


def case_variants(log: pd.DataFrame) -> pd.Series:
    """Each case's variant: its activities in order, joined with " → " (indexed by case, in log order)."""
    lg = _log(log)
    codes, activities = pd.factorize(lg[ACTIVITY], sort=False)
    case = lg[CASE]
    starts = np.flatnonzero(case.ne(case.shift()).to_numpy())
    if len(activities) > _MAX_CODED or len(starts) != case.nunique():
        return lg.groupby(CASE, sort=False)[ACTIVITY].agg(ARROW.join).rename("variant")
    # One character per activity, the whole log as one string, sliced per case: fast for a million events.
    letters = np.array([chr(_FIRST_CODE + i) for i in range(len(activities))], dtype=object)
    text = "".join(letters[codes])
    ends = [*starts[1:], len(text)]
    keys, unique_keys = pd.factorize(pd.Series([text[a:b] for a, b in zip(starts, ends, strict=True)]), sort=False)
    readable = np.array(
        [ARROW.join(activities[ord(c) - _FIRST_CODE] for c in key) for key in unique_keys], dtype=object
    )
    return pd.Series(readable[keys], index=pd.Index(case.iloc[starts].to_numpy(), name=CASE), name="variant")


def variants(log: pd.DataFrame) -> pd.DataFrame:
    """The variants (distinct sequences of activities), most frequent first.

    Columns: variant, cases, share, cumulative_share, activities (events per case), median_days (throughput).
    """
    lg = _log(log)
    per_case = case_durations(lg)[["days"]].join(case_variants(lg))
    table = (
        per_case.groupby("variant", sort=False)
        .agg(cases=("days", "size"), median_days=("days", "median"))
        .reset_index()
        .sort_values(["cases", "variant"], ascending=[False, True], kind="stable")
        .reset_index(drop=True)
    )
    table["share"] = table["cases"] / table["cases"].sum()
    table["cumulative_share"] = table["share"].cumsum()
    table["activities"] = table["variant"].str.count(ARROW) + 1
    return table[["variant", "cases", "share", "cumulative_share", "activities", "median_days"]]


def case_durations(log: pd.DataFrame) -> pd.DataFrame:
    """One row per case: start, end, events, throughput (a Timedelta) and days, plus the ``case:`` attributes."""
    lg = _log(log)
    grouped = lg.groupby(CASE, sort=False)
    out = grouped[TIMESTAMP].agg(start="min", end="max")
    out["events"] = grouped.size()
    out["throughput"] = out["end"] - out["start"]
    out["days"] = out["throughput"] / _DAY
    attributes = [c for c in lg.columns if c.startswith("case:") and c != CASE]
    if attributes:
        out = out.join(grouped[attributes].first())
    return out


def throughput_summary(log: pd.DataFrame, by: str | None = None) -> pd.DataFrame:
    """Throughput time in days: cases, mean, median, quartiles, 90th and 95th percentile and maximum.

    ``by`` names a case attribute (e.g. ``"case:channel"``) for one row per value; without it there is one row.
    """
    durations = case_durations(log)
    if by is None:
        groups = durations.assign(_all="Alle sager").groupby("_all")["days"]
    else:
        groups = durations.groupby(_column(durations, by), sort=False)["days"]
    table = groups.agg(
        cases="size",
        mean="mean",
        median="median",
        p25=lambda d: d.quantile(0.25),
        p75=lambda d: d.quantile(0.75),
        p90=lambda d: d.quantile(0.90),
        p95=lambda d: d.quantile(0.95),
        max="max",
    )
    table.index.name = by or ""
    return table.sort_values("cases", ascending=False, kind="stable")


def waiting_times(log: pd.DataFrame) -> pd.DataFrame:
    """Waiting time before each activity (time since the previous event of the same case), in hours.

    Columns: activity, count, median_hours, mean_hours, p90_hours, total_days; the longest total first.
    """
    pairs = _pairs(_log(log))
    hours = pairs["wait"] / _HOUR
    table = (
        hours.groupby(pairs["target"], sort=False)
        .agg(
            count="size",
            median_hours="median",
            mean_hours="mean",
            p90_hours=lambda h: h.quantile(0.9),
            total_hours="sum",
        )
        .rename_axis("activity")
        .reset_index()
    )
    table["total_days"] = table.pop("total_hours") / 24
    return table.sort_values("total_days", ascending=False, kind="stable").reset_index(drop=True)


def directly_follows(log: pd.DataFrame, *, start_end: bool = False) -> pd.DataFrame:
    """The directly-follows graph: how often activity ``target`` comes right after ``source`` in a case.

    Columns: source, target, count, median_hours (the time between them). With ``start_end=True`` an arc from
    "▶ Start" to each first activity and from each last activity to "■ Slut" is added (median_hours is then 0).
    """
    lg = _log(log)
    pairs = _pairs(lg)
    table = (
        (pairs["wait"] / _HOUR)
        .groupby([pairs["source"], pairs["target"]], sort=False)
        .agg(count="size", median_hours="median")
        .reset_index()
    )
    if start_end:
        case = lg[CASE]
        first = lg.loc[case.ne(case.shift()).to_numpy(), ACTIVITY].value_counts()
        last = lg.loc[case.ne(case.shift(-1)).to_numpy(), ACTIVITY].value_counts()
        ends = pd.concat(
            [
                pd.DataFrame({"source": START, "target": first.index, "count": first.to_numpy()}),
                pd.DataFrame({"source": last.index, "target": END, "count": last.to_numpy()}),
            ]
        )
        ends["median_hours"] = 0.0
        table = pd.concat([table, ends], ignore_index=True)
    table["count"] = table["count"].astype(int)
    return table.sort_values(["count", "source", "target"], ascending=[False, True, True], kind="stable").reset_index(
        drop=True
    )


def rework(log: pd.DataFrame) -> pd.DataFrame:
    """Rework loops: activities done more than once in the same case.

    Columns: activity, cases (cases with the activity at all), cases_repeated (cases where it occurs twice or
    more), extra_executions (the repeats), share_repeated (cases_repeated / cases). Most repeated first.
    """
    lg = _log(log)
    counts = lg.groupby([CASE, ACTIVITY], sort=False).size()
    per_activity = counts.groupby(level=ACTIVITY, sort=False)
    table = pd.DataFrame(
        {
            "cases": per_activity.size(),
            "cases_repeated": per_activity.agg(lambda c: int((c > 1).sum())),
            "extra_executions": per_activity.agg(lambda c: int((c - 1).sum())),
        }
    )
    table["share_repeated"] = table["cases_repeated"] / table["cases"]
    table = table.rename_axis("activity").reset_index()
    table = table[table["cases_repeated"] > 0]
    return table.sort_values(["cases_repeated", "activity"], ascending=[False, True], kind="stable").reset_index(
        drop=True
    )


def cases_with_rework(log: pd.DataFrame) -> pd.Series:
    """For each case: True if some activity occurs more than once in it."""
    lg = _log(log)
    repeated = lg.duplicated([CASE, ACTIVITY])
    return repeated.groupby(lg[CASE], sort=False).any().rename("rework")


def deadline_adherence(log: pd.DataFrame, deadline: str = DEADLINE) -> pd.DataFrame:
    """Per case: the last event against the case's deadline.

    Columns: end, deadline, on_time (bool), margin_days (positive = days to spare, negative = days late).
    """
    lg = _log(log)
    _column(lg, deadline)
    grouped = lg.groupby(CASE, sort=False)
    out = grouped[TIMESTAMP].max().rename("end").to_frame()
    out["deadline"] = to_timestamps(grouped[deadline].first(), column=deadline)
    if isinstance(out["end"].dtype, pd.DatetimeTZDtype) != isinstance(out["deadline"].dtype, pd.DatetimeTZDtype):
        raise EventLogError(
            message(
                "log_mixed_timezones",
                column=f"{TIMESTAMP} / {deadline}",
                with_tz=1,
                value_tz=str(out["end"].iloc[0]),
                without_tz=1,
                value_naive=str(out["deadline"].iloc[0]),
            )
        )
    out["margin_days"] = (out["deadline"] - out["end"]) / _DAY
    out["on_time"] = out["margin_days"] >= 0
    return out


def channel_comparison(log: pd.DataFrame, channel: str = CHANNEL, deadline: str | None = DEADLINE) -> pd.DataFrame:
    """The channels side by side: cases, share, throughput (median, 75th and 90th percentile days), events per
    case, share of cases with rework and (when the log has deadlines) share finished on time.
    """
    lg = _log(log)
    _column(lg, channel)
    durations = case_durations(lg).join(cases_with_rework(lg))
    if deadline and deadline in lg.columns:
        durations = durations.join(deadline_adherence(lg, deadline)["on_time"])
    groups = durations.groupby(channel, sort=False)
    table = groups.agg(
        cases=("days", "size"),
        median_days=("days", "median"),
        p75_days=("days", lambda d: d.quantile(0.75)),
        p90_days=("days", lambda d: d.quantile(0.90)),
        events_per_case=("events", "mean"),
        rework_share=("rework", "mean"),
    )
    if "on_time" in durations.columns:
        table["on_time_share"] = groups["on_time"].mean()
    table.insert(1, "share", table["cases"] / table["cases"].sum())
    table.index.name = channel
    return table.sort_values("cases", ascending=False, kind="stable")


def workload(log: pd.DataFrame, group: str = GROUP, resource: str | None = RESOURCE) -> pd.DataFrame:
    """Work per resource group: events, share of all events, cases touched and (if known) people in the group."""
    lg = _log(log)
    groups = lg.groupby(_column(lg, group), sort=False)
    table = pd.DataFrame({"events": groups.size(), "cases": groups[CASE].nunique()})
    if resource and resource in lg.columns:
        table["resources"] = groups[resource].nunique()
    table.insert(1, "share", table["events"] / table["events"].sum())
    table.index.name = group
    return table.sort_values("events", ascending=False, kind="stable")


def workload_by_month(log: pd.DataFrame, group: str = GROUP) -> pd.DataFrame:
    """Events per calendar month (rows) and resource group (columns)."""
    lg = _log(log)
    times = lg[TIMESTAMP]
    if isinstance(times.dtype, pd.DatetimeTZDtype):
        times = times.dt.tz_localize(None)
    month = times.dt.to_period("M").rename("month")
    return lg.groupby([month, _column(lg, group)]).size().unstack(fill_value=0)


def filter_cases(
    log: pd.DataFrame, *, channel: str | None = None, variant: str | None = None, channel_column: str = CHANNEL
) -> pd.DataFrame:
    """The events of the cases in one channel and/or with one variant (``None`` means all)."""
    lg = _log(log)
    keep = pd.Series(True, index=lg.index)
    if channel is not None:
        keep &= _column(lg, channel_column).eq(channel)
    if variant is not None:
        case_variant = case_variants(lg)
        keep &= lg[CASE].map(case_variant).eq(variant)
    out = lg[keep.to_numpy()]
    out.attrs = dict(lg.attrs)
    return out


def summary(log: pd.DataFrame) -> dict[str, float]:
    """The headline figures: events, cases, activities, variants, median and 90th percentile throughput (days)."""
    lg = _log(log)
    durations = case_durations(lg)
    return {
        "events": len(lg),
        "cases": len(durations),
        "activities": int(lg[ACTIVITY].nunique()),
        "variants": int(case_variants(lg).nunique()),
        "median_days": float(durations["days"].median()),
        "p90_days": float(durations["days"].quantile(0.9)),
    }
