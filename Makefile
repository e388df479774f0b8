# Every target uses the project's own virtualenv (.venv), created by `make install`.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
SPEC   ?= ../shared/openapi/emnify-api-openapi.yml

.PHONY: install generate check-generated update-spec test test-repeat test-pythons soak soak-ci lint docs dist smoke-dist demo bench clean

# The project with every extra, plus the dev dependency group (PEP 735; pip >= 25.1 reads it).
install:
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade 'pip>=25.1'
	$(BIN)/python -m pip install --quiet -e '.[cli,sim,otel]' --group dev

generate:
	PATH="$(abspath $(BIN)):$$PATH" $(BIN)/python scripts/generate.py --spec "$(SPEC)"

check-generated:
	PATH="$(abspath $(BIN)):$$PATH" $(BIN)/python scripts/generate.py --spec "$(SPEC)" --check

update-spec:
	PATH="$(abspath $(BIN)):$$PATH" $(BIN)/python scripts/update_spec.py "$(SPEC)" $(ARGS)

test:
	$(BIN)/python -m pytest -q

# The full suite N times, one summary line per run; LOAD=K keeps K CPU burners busy meanwhile.
N    ?= 5
LOAD ?= 0
test-repeat:
	$(BIN)/python scripts/test_repeat.py --runs $(N) --load $(LOAD)

# The suite on CPython 3.10-3.13 (noxfile.py). With pyenv, every installed 3.x is made visible
# to nox (its shims otherwise answer only for the global version).
# SESSIONS picks some (CI: "tests-3.10 tests-3.12 tests-3.13", as `make test` is the 3.11 run).
SESSIONS ?= tests
test-pythons:
	PYENV_VERSION="$$(pyenv versions --bare 2>/dev/null | grep -E '^3\.(10|11|12|13)\.[0-9]+$$' | paste -sd: -)" \
	  $(BIN)/nox --no-color -s $(SESSIONS)

# The fault-injection soak: 20,000 SIMs (about 8 minutes); CI runs the short form.
soak:
	EMNIFY_SOAK_SIMS=$${EMNIFY_SOAK_SIMS:-20000} $(BIN)/python -m pytest -q -s -m soak -p no:cacheprovider

soak-ci:
	EMNIFY_SOAK_SIMS=2000 $(BIN)/python -m pytest -q -s -m soak -p no:cacheprovider

lint:
	$(BIN)/ruff check src/emnify tests scripts
	$(BIN)/ruff format --check src/emnify tests scripts
	$(BIN)/mypy
	$(BIN)/mypy --strict src/emnify_generated

# The documentation site (mkdocs.yml) into site/; --strict fails on any warning (CI runs it).
docs:
	NO_MKDOCS_2_WARNING=1 $(BIN)/mkdocs build --strict --quiet

# The wheel and the sdist into dist/.
dist:
	rm -rf dist && $(BIN)/python -m build --outdir dist .

# Build, check, install the wheel into fresh venvs and try it there (CI runs it).
smoke-dist:
	PY=$(abspath $(BIN))/python scripts/smoke_dist.sh

demo:
	$(BIN)/emnify demo

bench:
	$(BIN)/python scripts/bench.py

clean:
	rm -rf build dist site .pytest_cache .mypy_cache .ruff_cache
