"""Digitalisation policy from the EU to your own municipality (notebook 01).

Layers: :mod:`.model` (what applies to a work area on a date), :mod:`.benchmark` (eGovernment Benchmark and UN
EGDI), :mod:`.municipal` (worked example and your own municipality) are pure; :mod:`.tables` (Danish tables),
:mod:`.charts` (figures), :mod:`.widgets` (explorers and the form), :mod:`.exercises`, and :mod:`.notebook`, the
one-liners the notebook calls.
"""
