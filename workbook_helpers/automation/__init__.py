"""Teknologiforståelse og automatiseringspotentiale (notebooks 02 and 05): software-robot simulator, technologies and
scoring.

Layers, as in every topic: ``model`` (the pure numbers: the robot's time split and break-even, the settings kept in
the learner's case, which steps 05 scores, the technology pick and the ideas; it uses the pure simulator ``robot``
and the pure ``scoring``), ``tables`` (Danish tables and sentences for reading), ``charts`` (pictures with a Danish
text alternative), ``widgets`` (thin wiring, saving through ``workbook_helpers.case``), ``exercises``, plus
``technologies`` (the data on technologies, legal points and public AI use) and ``examples`` (the illustrative step
table).
"""
