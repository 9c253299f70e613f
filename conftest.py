"""pytest set-up for the whole tree: tests never touch a learner's saved work (mit_arbejde/)."""

import os
import tempfile

# Set before any notebook kernel starts: kernels inherit this environment.
os.environ.setdefault("WORKBOOK_WORK_DIR", tempfile.mkdtemp(prefix="arbejdsbog-test-"))
os.environ.setdefault("MPLBACKEND", "Agg")
