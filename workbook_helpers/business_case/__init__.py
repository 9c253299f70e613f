"""Gevinster og business case (notebook 06): the economics of a digitalisation proposal.

- ``model``: the pure calculations (BusinessCase in, NPV, payback, IRR, scenarios and sensitivity out) and the
  link to the workflow analysis (``from_workflow``).
- ``defaults``: the sourced default values from ``data/business_case_defaults.csv``.
- ``qualitative``: the benefits that are not money, and the benefit realisation plan.
- ``charts``: matplotlib figures in the house style, and ``LiveChart`` for fast redraws in the explorer.
- ``widgets``: the business-case explorer.
- ``examples`` and ``exercises``: the worked examples and the exercises of the notebook.
"""
