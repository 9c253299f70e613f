"""The exercises of notebook 04 (procesdata), on the real WABO log (Buijs 2014).

tests/workflow/test_exercises.py recomputes every expected answer from the log.
"""

from workbook_helpers.exercises import Exercise

opgave_1 = Exercise(
    116,
    name="opgave_1",
    hints=[
        "En variant er én bestemt rækkefølge af aktiviteter. Tabellen fra variants(log) har én række pr. variant.",
        "Antallet af rækker i en tabel får du med len(...).",
    ],
    solution="Loggen har 116 forskellige varianter.",
    solution_code="svar_1 = len(variants(log))",
    praise="116 måder at behandle den samme slags ansøgning på – men langt de fleste sager følger få af dem.",
)

opgave_2 = Exercise(
    713,
    name="opgave_2",
    hints=[
        "Varianttabellen er sorteret med den hyppigste variant øverst.",
        "Kolonnen cases i første række: variants(log)['cases'].iloc[0].",
    ],
    solution="713 af 1.434 sager (ca. 50 %) følger den hyppigste variant.",
    solution_code="svar_2 = variants(log)['cases'].iloc[0]",
)


def _longest_wait(answer) -> str | None:
    text = str(answer).strip().casefold()
    if text.startswith("t06") or "stop advice" in text:
        return None
    return "Se på den øverste række i waiting_times(log): den er sorteret med den længste samlede ventetid først."


opgave_3 = Exercise(
    checker=_longest_wait,
    name="opgave_3",
    hints=[
        "waiting_times(log) viser for hver aktivitet, hvor lang tid sagerne har ventet før den (total_days).",
        "Svaret er navnet i kolonnen activity i første række – du kan nøjes med koden, fx 'T02'.",
    ],
    solution="Sagerne venter samlet længst før 'T06 Determine necessity of stop advice'.",
    solution_code="svar_3 = waiting_times(log)['activity'].iloc[0]",
)


opgave_4 = Exercise(
    4.1,
    tolerance=0.05,
    name="opgave_4",
    hints=[
        "Kanalsammenligningen har en kolonne median_days.",
        "Find rækken Post: channel_comparison(log).loc['Post', 'median_days'] og rund af til én decimal.",
    ],
    solution="Medianen for Post er 4,1 dage – mod under en time for Internet.",
    solution_code="svar_4 = round(channel_comparison(log).loc['Post', 'median_days'], 1)",
)
