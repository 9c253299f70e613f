"""Teknologiforståelse og automatiseringspotentiale: software-robot simulator, technologies and scoring.

Modules: ``robot`` (the simulator), ``scoring`` (automation potential of workflow steps), ``technologies``
(the technology overview and the real data on public AI use), ``charts``, ``widgets`` and ``exercises``.
"""
