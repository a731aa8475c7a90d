# Two commands do all the set-up: `make graph` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: install graph test clean

install: $(STAMP)

# Re-installs only when the packaging metadata changed (the install is editable).
$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --disable-pip-version-check -e '.[test]'
	touch $(STAMP)

graph: install
	$(BIN)/caregraph extract data/raw -o data/graph/caregraph.graphml

test: install
	$(BIN)/python -m pytest -q

clean:
	rm -rf $(VENV) .pytest_cache .caregraph-cache
