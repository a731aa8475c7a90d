# Two commands do all the set-up: `make graph` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: install graph test golden screenshot bench bench-full bench-query clean

install: $(STAMP)

# Re-installs only when the packaging metadata changed (the install is editable).
$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --disable-pip-version-check -e '.[test,dask]'
	touch $(STAMP)

graph: install
	$(BIN)/caregraph extract data/raw -o data/graph/caregraph.graphml

test: install
	$(BIN)/ruff check src tests tools
	$(BIN)/mypy
	$(BIN)/python -m pytest -q

# Rewrite the exporters' golden files (tests/golden/export/) from tests/golden/tiny.graphml.
golden: install
	$(BIN)/python tests/golden/regen.py

# docs/graph.png: the HTML export of the seed graph, drawn by headless Chromium.
SCREENSHOT_TMP := $(shell mktemp -u /tmp/caregraph-shot.XXXXXX)
screenshot: install
	mkdir -p $(SCREENSHOT_TMP)
	$(BIN)/caregraph export data/graph/caregraph.graphml --format html -q -o $(SCREENSHOT_TMP)/graph.html
	chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
	  --disable-background-networking --disable-component-update --disable-sync --hide-scrollbars \
	  --user-data-dir=$(SCREENSHOT_TMP)/profile --virtual-time-budget=5000 --window-size=1200,800 \
	  --screenshot=$(CURDIR)/docs/graph.png file://$(SCREENSHOT_TMP)/graph.html
	rm -rf $(SCREENSHOT_TMP)

# Builds a 1 MB benchmark corpus under bench/ (gitignored) and measures extraction against
# the bare spaCy floor, and the 1 MB corpus as one document with and without line breaks; then PDF
# reading (pages/s, pypdfium2 beside pypdf) against the NLP floor of the same text (needs
# chromium); then the analyst commands on a 42,400-node graph and `top --by
# betweenness/pagerank` on a 50,000-entity one. About 10 minutes on a quiet 2-core VM.
bench: install
	$(BIN)/python tools/bench.py
	$(BIN)/python tools/bench_formats.py
	$(BIN)/python tools/bench_query.py

# bench, plus the 10 MB corpus (about 5 minutes more).
bench-full: install
	$(BIN)/python tools/bench.py --full
	$(BIN)/python tools/bench_formats.py
	$(BIN)/python tools/bench_query.py

# Only the analyst commands (tools/bench_query.py; about 5 minutes).
bench-query: install
	$(BIN)/python tools/bench_query.py

clean:
	rm -rf $(VENV) .pytest_cache .caregraph-cache
