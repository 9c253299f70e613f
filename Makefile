# A plain entry point; each target is the README's own command.
.PHONY: lab test hub refresh-notebooks benchmark benchmark-hub

lab:
	python3 workbook.py lab

test:
	python3 workbook.py test

hub:
	python3 workbook.py hub

refresh-notebooks:
	.venv/bin/python tools/refresh_notebooks.py

benchmark:
	for script in benchmarks/run.py $(filter-out benchmarks/bench_hub.py,$(wildcard benchmarks/bench_*.py)); do \
		.venv/bin/python $$script || exit 1; done

benchmark-hub:
	.venv/bin/python benchmarks/bench_hub.py
