# Two commands do all the set-up: `make graph` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: install graph test bench clean

install: $(STAMP)

# Re-installs only when the packaging metadata changed (the install is editable).
$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --disable-pip-version-check -e '.[test,dask]'
	touch $(STAMP)

graph: install
	$(BIN)/caregraph extract data/raw -o data/graph/caregraph.graphml

test: install
	$(BIN)/python -m pytest -q

# Builds 1 MB and 10 MB benchmark corpora under bench/ (gitignored) and measures extraction
# against the bare spaCy floor; about 10-15 minutes on 2 cores.
bench: install
	$(BIN)/python tools/bench.py

clean:
	rm -rf $(VENV) .pytest_cache .caregraph-cache
