"""Worked examples for notebook 06: an illustrative business case and real published RPA figures.

>>> example_case().hours_freed
800.0
"""

from __future__ import annotations

import pandas as pd

from workbook_helpers import formats
from workbook_helpers.data import attribution, load_dataset

from .defaults import default_kwargs
from .model import BusinessCase, hours_from_volume
from .qualitative import example_plan as example_plan  # the example plan, beside the example case

EXAMPLE_CASES_PER_YEAR = 4000
EXAMPLE_MINUTES_SAVED = 12


def example_case() -> BusinessCase:
    """Eksempel (illustrativt): a software robot that registers 4.000 applications a year and saves 12 minutes
    on each. The costs are made up for teaching. The discount rate, the hours per årsværk, the hourly cost (an
    assumption) and the horizon come from ``data/business_case_defaults.csv``."""
    return BusinessCase(
        implementation=250_000,
        licences=60_000,
        training=25_000,
        internal_hours=150,
        running_cost=70_000,
        hours_freed=hours_from_volume(EXAMPLE_CASES_PER_YEAR, EXAMPLE_MINUTES_SAVED),
        other_benefits=20_000,
        ramp_up=(0.5, 1.0),
        name="Eksempel (illustrativt): robot til registrering af ansøgninger",
        **default_kwargs(),
    )


RPA_DATASET = "rpa_public_sector_key_figures_dk"


def ringkobing_skjern() -> pd.DataFrame:
    """The published RPA figures for Ringkøbing-Skjern Kommune (KL Videncenter, 7 Dec 2022), in Danish.

    >>> float(ringkobing_skjern().loc["Frigjorte timer på tre år", "Værdi"])
    37400.0
    """
    table = load_dataset(RPA_DATASET)
    rows = table[table["organisation"] == "Ringkøbing-Skjern Kommune"]
    names = {
        "RPA robots put into operation since 2019": "Robotter sat i drift siden 2019 (ca.)",
        "work hours freed by RPA over three years": "Frigjorte timer på tre år",
        "net gain over three years": "Nettogevinst på tre år (mio. kr., ca.)",
        "size of RPA team": "RPA-team (årsværk)",
    }
    shown = pd.DataFrame(
        {
            "Nøgletal": [names.get(metric, metric) for metric in rows["metric"]],
            "Værdi": rows["value"].to_numpy(),
            "Periode": rows["period"].to_numpy(),
            "Kilde": rows["source_publisher"].to_numpy(),
        }
    )
    return shown.set_index("Nøgletal")


def ringkobing_skjern_table() -> pd.DataFrame:
    """The same figures with Danish number formats, for reading."""
    table = ringkobing_skjern()
    table["Værdi"] = [formats.number(value, 0 if value % 1 == 0 else 1) for value in table["Værdi"]]
    return table


def rpa_attribution() -> str:
    """The attribution line for the RPA key figures."""
    return attribution(RPA_DATASET)


def workflow_example() -> tuple[pd.DataFrame, pd.DataFrame]:
    """Eksempel (illustrativt): the as-is and a to-be of the workflow "Ansøgning om økonomisk hjælp til en
    enkeltudgift" (from ``workflow.examples``), where a robot journalises the application and registers the payment.

    >>> as_is, to_be = workflow_example()
    >>> len(as_is) - len(to_be)
    1
    """
    from workbook_helpers.workflow.examples import example
    from workbook_helpers.workflow.model import change_step, remove_step

    as_is = example("ydelse_ansoegning")
    to_be = remove_step(as_is, "Journalisér ansøgningen")
    to_be = change_step(to_be, "Registrér udbetaling", minutes=1)
    return as_is, to_be
