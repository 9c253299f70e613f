# A plain entry point; each target is the README's own command.
.PHONY: lab test refresh-notebooks benchmark

lab:
	python3 workbook.py lab

test:
	python3 workbook.py test

refresh-notebooks:
	.venv/bin/python tools/refresh_notebooks.py

benchmark:
	for script in benchmarks/run.py benchmarks/bench_*.py; do .venv/bin/python $$script || exit 1; done
