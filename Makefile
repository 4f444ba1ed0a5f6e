PYTHON ?= python3.11
VENV ?= .venv
BIN := $(VENV)/bin
# Every install is held to the exact versions of constraints.txt (one lock for all targets).
PIP := $(BIN)/python -m pip install --quiet -c constraints.txt
RUN_STAMP := $(VENV)/.installed-run
STAMP := $(VENV)/.installed

.PHONY: run test lint bench schemas examples stress clean constraints

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# What running needs: the base install plus the DOCX export and `data360 serve`.
$(RUN_STAMP): pyproject.toml constraints.txt | $(BIN)/python
	$(PIP) -e '.[docx,serve]'
	touch $(RUN_STAMP)

# What testing needs: the test extras (they include run's).
$(STAMP): pyproject.toml constraints.txt | $(BIN)/python
	$(PIP) -e '.[test]'
	touch $(STAMP) $(RUN_STAMP)

run: $(RUN_STAMP)
	$(BIN)/data360

lint: $(STAMP)
	$(BIN)/ruff check assistant tests bench
	$(BIN)/ruff format --check assistant tests bench
	$(BIN)/lint-imports
	$(BIN)/mypy

test: $(STAMP) lint
	$(BIN)/python -m pytest

# The bench extras are not in constraints.txt (heavy peers, measured against, not shipped).
bench: $(STAMP)
	$(PIP) -e '.[test,bench]'
	$(BIN)/python bench/run_all.py

schemas: $(STAMP)
	$(BIN)/python -m assistant.schemas_gen
	$(BIN)/python -m assistant.flow.shipped

clean:
	rm -rf $(VENV) .pytest_cache build dist

# Re-resolve the test extras from pyproject.toml in a fresh venv and freeze them.
constraints:
	rm -rf .venv-lock
	$(PYTHON) -m venv .venv-lock
	.venv-lock/bin/python -m pip install --quiet --upgrade pip
	.venv-lock/bin/python -m pip install --quiet -e '.[test]'
	{ sed -n '1,3p' constraints.txt; .venv-lock/bin/python -m pip freeze --exclude-editable \
	  | grep -v -i '^data360'; } > constraints.txt.new
	mv constraints.txt.new constraints.txt
	rm -rf .venv-lock

# Regenerate the example sessions (sessions/*.json) from their answers files.
examples: $(STAMP)
	rm -f /tmp/data360-examples.db*
	id=$$(DATA360_DB=/tmp/data360-examples.db $(BIN)/data360 run --answers sessions/answers/refinery-maintenance.yaml --title "StopWatch - shutdown job durations, Marennes refinery" --perimeter "Marennes refinery - maintenance & turnaround planning (FCC and alkylation)") && \
	  DATA360_DB=/tmp/data360-examples.db $(BIN)/data360 export $$id -f json --force -o sessions/refinery-maintenance.json
	id=$$(DATA360_DB=/tmp/data360-examples.db $(BIN)/data360 run --answers sessions/answers/retail-demand.yaml --title "FreshCast - fresh demand forecasting for store replenishment" --perimeter "Maréa Supermarchés - fresh store replenishment, 212 stores, DCs Rennes and Angers") && \
	  DATA360_DB=/tmp/data360-examples.db $(BIN)/data360 export $$id -f json --force -o sessions/retail-demand.json
	id=$$(DATA360_DB=/tmp/data360-examples.db $(BIN)/data360 run --answers sessions/answers/hospital-beds.yaml --title "BedSight - discharge forecasting for bed management, CH Val-de-Loire" --perimeter "Centre hospitalier du Val-de-Loire - adult medicine and surgery wards, emergency department, bed management office") && \
	  DATA360_DB=/tmp/data360-examples.db $(BIN)/data360 export $$id -f json --force -o sessions/hospital-beds.json

# Longer fault-injection run (not part of make test): 200 SIGKILLs at random points.
stress: $(STAMP)
	DATA360_CRASH_KILLS=200 DATA360_FUZZ_EXAMPLES=20000 $(BIN)/python -m pytest tests/reliability -q
