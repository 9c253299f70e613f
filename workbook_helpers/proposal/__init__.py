"""Mit forslag (notebook 08): the learner's whole case as the digitalisation department will read it.

A topic folder above the topics: it draws the parts that notebooks 00-07 save into the case
(``workbook_helpers.case``) and adds three parts of its own (``legal``, ``consequences``, ``project_plan``), the
rubric, the key figures the department's portfolio ranks on (``model.summary``) and the exports (``export``).
"""
