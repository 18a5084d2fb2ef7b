# Entente: `make run` serves the app, `make test` runs the tests, `make check` lints. Each builds .venv first when needed.
PORT ?= 8501
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
export STREAMLIT_BROWSER_GATHER_USAGE_STATS := false
export HF_HUB_OFFLINE := 1

.PHONY: install run test check eval bench lock golden clean

install: $(STAMP)

$(STAMP): requirements.lock pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -qq --require-hashes --no-deps -r requirements.lock
	$(BIN)/python -m pip install -qq --no-deps --no-build-isolation -e .
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/streamlit run app.py --server.port $(PORT) --server.address 127.0.0.1 --server.headless true

test: $(STAMP)
	$(BIN)/python -m pytest -q

# Lint (ruff), types of the domain (mypy), dead code (vulture), import layers (import-linter), and the
# examples in the domain's docstrings; each tool is configured in pyproject.toml.
check: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/mypy
	$(BIN)/vulture
	$(BIN)/lint-imports --no-cache
	$(BIN)/python -m pytest -q -p no:cacheprovider --doctest-modules entente --ignore=entente/store/migrations

# Accuracy against the reference data in ../shared (ENTENTE_SHARED overrides the folder).
eval: $(STAMP)
	$(BIN)/python bench/eval_timeml.py
	$(BIN)/python bench/eval_visits.py
	$(BIN)/python bench/eval_events.py
	$(BIN)/python bench/eval_events.py --gold bench/data/events_extra
	$(BIN)/python bench/eval_events.py --gold bench/data/events_fresh
	$(BIN)/python bench/eval_events.py --gold bench/data/events_unseen
	$(BIN)/python bench/eval_events.py --gold bench/data/events_fifth
	$(BIN)/python bench/eval_events.py --gold bench/data/events_sixth
	$(BIN)/python bench/eval_events.py --gold bench/data/events_seventh
	$(BIN)/python bench/eval_events.py --gold bench/data/events_eighth
	$(BIN)/python bench/eval_events.py --gold bench/data/events_ninth
	$(BIN)/python bench/eval_events.py --gold bench/data/events_tenth
	$(BIN)/python bench/eval_events.py --gold bench/data/events_eleventh
	$(BIN)/python bench/eval_events.py --gold bench/data/events_twelfth
	$(BIN)/python bench/eval_events.py --gold bench/data/events_thirteenth

# Speed, each figure next to its baseline measured in the same run.
bench: $(STAMP)
	$(BIN)/python bench/bench_timex.py
	$(BIN)/python -m bench.bench_ingest
	$(BIN)/python -m bench.bench_query
	$(BIN)/python -m bench.bench_ui
	$(BIN)/python -m bench.bench_app_memory
	$(BIN)/python -m bench.bench_dense
	$(BIN)/python -m bench.bench_shapes

# Regenerate the golden files under tests/data/golden; review the diff before committing.
golden: $(STAMP)
	$(BIN)/python -m tests.regenerate_golden
	$(BIN)/python -m tests.regenerate_golden_themes

# Re-pin every dependency (needs network to the package index); commit requirements.lock after.
lock:
	$(BIN)/python -m pip install -qq uv
	$(BIN)/uv pip compile pyproject.toml --extra test --extra check --python-version 3.11 --generate-hashes -o requirements.lock

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache .import_linter_cache
