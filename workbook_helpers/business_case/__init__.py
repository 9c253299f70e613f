"""Gevinster og business case: the economics of a digitalisation proposal.

Layers: ``model`` (pure calculations), ``defaults`` (sourced default values from ``data/``), ``charts``
(matplotlib figures), ``widgets`` (the business-case explorer), ``qualitative`` (the non-monetary benefits and
the benefit realisation plan) and ``exercises``.
"""
