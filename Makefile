# Every target uses the project's own virtualenv (.venv), created by `make install`.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
SPEC   ?= ../shared/openapi/emnify-api-openapi.yml

.PHONY: install generate check-generated update-spec test soak lint demo bench clean

install:
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'

generate:
	PATH="$(abspath $(BIN)):$$PATH" $(BIN)/python scripts/generate.py --spec "$(SPEC)"

check-generated:
	PATH="$(abspath $(BIN)):$$PATH" $(BIN)/python scripts/generate.py --spec "$(SPEC)" --check

update-spec:
	PATH="$(abspath $(BIN)):$$PATH" $(BIN)/python scripts/update_spec.py "$(SPEC)" $(ARGS)

test:
	$(BIN)/python -m pytest -q

soak:
	$(BIN)/python -m pytest -q -m soak -p no:cacheprovider

lint:
	$(BIN)/ruff check src/emnify tests scripts
	$(BIN)/ruff format --check src/emnify tests scripts
	$(BIN)/mypy
	$(BIN)/mypy --strict src/emnify_generated

demo:
	$(BIN)/emnify demo

bench:
	$(BIN)/python scripts/bench.py

clean:
	rm -rf build .pytest_cache .mypy_cache .ruff_cache
