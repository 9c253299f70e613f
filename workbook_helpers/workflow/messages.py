"""Every Danish message the workflow tools show, written once.

Placeholders are filled with ``str.format``; numbers are formatted by the caller through
``workbook_helpers.formats``.
"""

from __future__ import annotations

MESSAGES: dict[str, str] = {
    # The step table (model.validate_steps)
    "no_steps": "Arbejdsgangen har ingen trin endnu. Tilføj mindst ét trin.",
    "not_a_table": "Arbejdsgangen skal være en tabel (en pandas DataFrame), ikke {kind}.",
    "missing_columns": "Tabellen mangler kolonnen/kolonnerne: {labels}.",
    "empty_text": "Række {row}, kolonnen '{label}': feltet er tomt. Skriv fx et kort navn.",
    "not_a_number": "Række {row}, kolonnen '{label}': '{value}' er ikke et tal. Skriv fx 12 eller 2,5.",
    "negative": "Række {row}, kolonnen '{label}': {value} er negativt. Tallet skal være 0 eller større.",
    "zero_minutes": "Række {row}, kolonnen '{label}': et trin tager mere end 0 minutter.",
    "bad_rate": (
        "Række {row}, kolonnen '{label}': {value} ligger ikke mellem 0 og 1. Skriv andelen som et decimaltal, "
        "fx 0,1 for 10 %."
    ),
    "bad_input_type": "Række {row}, kolonnen '{label}': '{value}' kendes ikke. Vælg en af: {choices}.",
    "bad_bool": "Række {row}, kolonnen '{label}': '{value}' skal være ja eller nej.",
    "duplicate_step": (
        "Række {row}, kolonnen '{label}': trinnet '{value}' står allerede i række {first}. "
        "Giv trinnene forskellige navne."
    ),
    "unknown_step": "Trinnet '{step}' findes ikke i arbejdsgangen. Vælg et af: {choices}.",
    "bad_hourly_rate": "Timeprisen skal være et positivt tal i kr. (fik {value}).",
    "unknown_waste": "'{value}' er ikke en af Leans otte spildtyper. Vælg en af: {choices}.",
    # The event log (eventlog.prepare_log)
    "log_not_a_table": "Hændelsesloggen skal være en tabel (en pandas DataFrame), ikke {kind}.",
    "log_empty": "Hændelsesloggen er tom: der er ingen hændelser at analysere.",
    "log_missing_columns": (
        "Hændelsesloggen mangler kolonnen/kolonnerne {columns}. En hændelseslog skal have en sag "
        "(case:concept:name), en aktivitet (concept:name) og et tidsstempel (time:timestamp)."
    ),
    "log_missing_values": (
        "{count} hændelse(r) mangler en værdi i kolonnen '{column}' (første: hændelse nr. {rows}). "
        "Ret eller fjern dem i filen, før loggen analyseres."
    ),
    "log_bad_timestamp": (
        "Hændelse nr. {row}, kolonnen '{column}': '{value}' kan ikke læses som et tidspunkt. "
        "Brug formen 2011-10-11 13:45:40."
    ),
    "log_mixed_timezones": (
        "Kolonnen '{column}' blander tidspunkter med og uden tidszone (fx hændelse nr. {with_tz}: '{value_tz}' og "
        "hændelse nr. {without_tz}: '{value_naive}'). Så kan rækkefølgen ikke afgøres sikkert. Angiv tidszone "
        "(fx +01:00) på alle tidspunkter eller på ingen."
    ),
    "log_note_duplicates": "{count} hændelse(r) stod to gange (helt ens rækker) og er talt med én gang.",
    "log_note_unsorted": "Hændelserne stod ikke i tidsorden inden for hver sag; de er nu sorteret efter sag og tid.",
    "log_note_timezones": "Tidspunkterne havde forskellige UTC-forskydninger (sommer-/vintertid); alle er regnet om "
    "til samme tidszone.",
    "log_unknown_column": "Hændelsesloggen har ingen kolonne '{column}'. Kolonnerne er: {columns}.",
    "log_no_cases": "Der er ingen sager i udvalget.",
}


def message(key: str, **values: object) -> str:
    """The Danish message ``key`` with ``values`` filled in.

    >>> message("no_steps")
    'Arbejdsgangen har ingen trin endnu. Tilføj mindst ét trin.'
    """
    return MESSAGES[key].format(**values)
