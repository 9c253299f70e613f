"""Every Danish message the workflow tools show, written once, through the floor's ``messages.Messages``.

Placeholders are filled with ``str.format``; numbers are formatted by the caller through
``workbook_helpers.formats``. Learner text is quoted »…« (``messages.quote``).
"""

from __future__ import annotations

from workbook_helpers.messages import Messages

MESSAGES = Messages(
    {
        # The step table (schema.check_cell, schema.validate_steps). "{where}" is "Række 2, kolonnen »Trin«".
        "where": "Række {row}, kolonnen »{label}«",
        "where_field": "Feltet »{label}«",
        "no_steps": "Arbejdsgangen har ingen trin endnu. Tilføj mindst ét trin.",
        "not_a_table": "Arbejdsgangen skal være en tabel (en pandas DataFrame), ikke {kind}.",
        "missing_columns": "Tabellen mangler kolonnen/kolonnerne: {labels}.",
        "too_many_steps": (
            "Arbejdsgangen har {count} trin; editoren kan vise højst {limit}. Del arbejdsgangen op i mindre dele."
        ),
        "empty_text": "feltet er tomt. Skriv fx et kort navn.",
        "empty_number": "feltet er tomt. Skriv et tal, fx 12 eller 2,5.",
        "too_long": "teksten er {length} tegn lang; skriv højst {limit} tegn.",
        "not_a_number": "{reason}",
        "negative": "»{value}« er negativt. Tallet skal være 0 eller større.",
        "zero_minutes": "»{value}«: et trin tager mere end 0 minutter.",
        "bad_rate": (
            "»{value}« ligger ikke mellem 0 og 1. Skriv andelen som et decimaltal med komma, fx 0,1 for 10 %."
        ),
        "too_big": (
            "»{value}« {unit} er {why}. Det højeste, arbejdsbogen regner med, er {limit} {unit}. Tjek, at det er "
            "{what}."
        ),
        "plausible": "{shown} er {why}. Er det rigtigt? Tjek, at det er {what}.",
        "bad_input_type": "»{value}« kendes ikke. Vælg en af: {choices}.",
        "bad_bool": "»{value}« skal være ja eller nej (fx ja, nej, x eller tomt).",
        "duplicate_step": "trinnet »{value}« står allerede i række {first}. Giv trinnene forskellige navne.",
        "unknown_step": "Trinnet »{step}« findes ikke i arbejdsgangen. Vælg et af: {choices}.",
        "removed_step": "Trinnet »{step}« er allerede fjernet. Tryk »Start forfra« for at få det tilbage.",
        "bad_hourly_rate": "Timeprisen skal være et positivt tal i kr. (fik »{value}«).",
        "unknown_waste": "»{value}« er ikke en af Leans otte spildtyper. Vælg en af: {choices}.",
        # Widgets: saving and files
        "all_ok": "Alle {count} trin er i orden.",
        "fix_before_export": "Ret fejlen ovenfor, før arbejdsgangen kan gemmes som fil.",
        "exported": "Gemt som {name} i mappen {folder}.",
        "export_failed": "Filen {name} blev IKKE gemt: {why} Intet halvt skrevet er efterladt.",
        "imported": "Hentede {count} fra {name}.",
        "import_empty": "Ingen fil valgt endnu.",
        "upload_too_big": (
            "Filen »{name}« fylder {size}; en arbejdsgang må fylde højst {limit}. Gem kun trintabellen i filen."
        ),
        "saved_rows_skipped": "{count} gemt(e) irritationsmoment(er) kunne ikke læses og er sprunget over: {why}",
        "origin_own": "Din egen arbejdsgang, gemt i din sag. Den åbnes igen, næste gang du kører cellen.",
        "origin_example": (
            "Eksempel (illustrativt): »{title}«. Tallene er opdigtede. Ret trinnene til din egen arbejdsgang – så "
            "gemmes den som din."
        ),
        "origin_broken": "Din gemte arbejdsgang kunne ikke læses ({why}); eksemplet er vist i stedet.",
        "to_be_origin_own": "Din fremtidige arbejdsgang, gemt i din sag (ændringer: {changes}).",
        "to_be_origin_new": "Du har ikke gemt en fremtidig arbejdsgang endnu; den starter som arbejdsgangen i dag.",
        "to_be_from_example": (
            "Arbejdsgangen i dag er stadig eksemplet (illustrativt). Ret den i editoren ovenfor, så regner du på "
            "din egen."
        ),
        "no_as_is": "Der er ingen arbejdsgang i din sag endnu. Udfyld editoren ovenfor først, og kør så cellen igen.",
        "as_is_invalid": "Arbejdsgangen i din sag har en fejl: {error} Ret det i editoren, og kør cellen igen.",
        # The event log (eventlog.prepare_log) — owned by the event-log code, kept here as written there.
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
        "log_note_unsorted": (
            "Hændelserne stod ikke i tidsorden inden for hver sag; de er nu sorteret efter sag og tid."
        ),
        "log_note_timezones": (
            "Tidspunkterne havde forskellige UTC-forskydninger (sommer-/vintertid); alle er regnet om "
            "til samme tidszone."
        ),
        "log_unknown_column": "Hændelsesloggen har ingen kolonne '{column}'. Kolonnerne er: {columns}.",
        "log_no_cases": "Der er ingen sager i udvalget.",
    }
)


def message(key: str, **values: object) -> str:
    """The Danish message ``key`` with ``values`` filled in.

    >>> message("no_steps")
    'Arbejdsgangen har ingen trin endnu. Tilføj mindst ét trin.'
    """
    return MESSAGES(key, **values)
