"""Tables for reading in notebook 00: the data catalogue and the word list (ordliste)."""

from __future__ import annotations

from ..data import catalogue_table, load_dataset
from ..display import Table, table


def data_sources() -> Table:
    """Every data set with its source, licence and as-of date, in full."""
    return table(catalogue_table())


def glossary(search: str = "") -> Table:
    """The word list: every term the course introduces, with a short explanation and where it comes from.

    ``glossary("spild")`` shows only the terms whose name or explanation contains the word.
    """
    words = load_dataset("ordliste")
    if search:
        hit = words["term"].str.contains(search, case=False, regex=False) | words["explanation_da"].str.contains(
            search, case=False, regex=False
        )
        words = words[hit]
    frame = words.rename(columns={"term": "Ord", "explanation_da": "Forklaring", "notebook": "Notebook",
                                  "source": "Kilde"})[["Ord", "Forklaring", "Notebook", "Kilde"]]  # fmt: skip
    return table(frame)
