"""Gevinster og business case (notebook 06): the economics of a digitalisation proposal.

- ``model``: the pure calculations (BusinessCase in, NPV, payback, IRR, scenarios and sensitivity out), reading the
  realisation per year as typed (``parse_ramp``), plausibility warnings, and the link to the learner's own workflow
  (``from_workflow``, ``workflow_hours``) and case (``case_record``). Every error is a ``BusinessCaseError``.
- ``defaults``: the sourced default values from ``data/business_case_defaults.csv``.
- ``qualitative``: the benefits that are not money, and the benefit realisation plan.
- ``tables``: Danish tables for reading (never cut).
- ``charts``: matplotlib figures in the house style with Danish text alternatives, and ``LiveChart`` for fast
  redraws in the explorer (public matplotlib API only).
- ``widgets``: the business-case explorer and the realisation plan editor; both save through the learner's case
  (parts ``business_case`` and ``benefits_plan``).
- ``examples`` and ``exercises``: the worked examples and the exercises of the notebook.
"""
