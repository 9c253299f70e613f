"""Helpers for the workbook "Fremtidens digitale administration".

The shared floor: ``formats`` (Danish numbers and dates), ``messages`` (Danish errors, quotes, status lines),
``display`` (readable tables), ``style`` (charts), ``data`` (the data sets), ``exercises``, ``storage`` (safe saving)
and ``case`` (the learner's own case, read and written by every topic). Each topic has a folder of its own.
"""

from .messages import install_exception_hook

# In a notebook, the package's Danish errors are shown as their message alone, without a Python traceback.
install_exception_hook()
