# Two entry points, each doing all of its own set-up on a fresh machine:
#   make demo   - negotiate for real over embedded mail servers
#   make test   - lint, type-check, architecture contract and the whole test suite
VENV ?= .venv
BIN := $(VENV)/bin
PYTHON ?= python3

.PHONY: demo test lint bench-reader clean

$(BIN)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev,postgres]'
	touch $@

demo: $(BIN)/.installed
	$(BIN)/mailbot demo

lint: $(BIN)/.installed
	$(BIN)/ruff check mailbot tests benchmarks
	$(BIN)/mypy mailbot
	$(BIN)/lint-imports

test: lint
	$(BIN)/pytest -q

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
