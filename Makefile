# A plain entry point; each target is the README's own command.
.PHONY: lab test hub refresh-notebooks benchmark benchmark-hub student teaching-metadata

lab:
	python3 workbook.py lab

test:
	python3 workbook.py test

hub:
	python3 workbook.py hub

refresh-notebooks:
	.venv/bin/python tools/refresh_notebooks.py
	.venv/bin/python tools/course_plan.py

# Slide metadata and the course plan's times, from the notebooks as they are (no execution): run after a merge.
teaching-metadata:
	.venv/bin/python tools/slides.py
	.venv/bin/python tools/course_plan.py

student:
	python3 workbook.py student

benchmark:
	for script in benchmarks/run.py $(filter-out benchmarks/bench_hub.py,$(wildcard benchmarks/bench_*.py)); do \
		.venv/bin/python $$script || exit 1; done

benchmark-hub:
	.venv/bin/python benchmarks/bench_hub.py
