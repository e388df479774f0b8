#!/usr/bin/env bash
# Build the wheel and the sdist, check them, and try the wheel as a user would: installed
# into a fresh virtualenv without extras (the library imports; `emnify` and `python -m emnify`
# name the missing extra in one line), then with [cli,sim] (a small `emnify demo`).
#
#   scripts/smoke_dist.sh            (make smoke-dist; CI runs it)
#   DIST=dist scripts/smoke_dist.sh  (keeps the built files in dist/)
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
PY=${PY:-$ROOT/.venv/bin/python}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
DIST=${DIST:-$WORK/dist}
mkdir -p "$DIST"
rm -f "$DIST"/emnify_async-*

say() { echo "smoke-dist: $*"; }
fail() { echo "smoke-dist: FAILED: $*" >&2; exit 1; }
# pip's own chatter goes to a log, shown when it fails
pip_install() {
  bare/bin/python -m pip install --quiet --disable-pip-version-check "$@" >"$WORK/pip.log" 2>&1 \
    || { cat "$WORK/pip.log"; fail "pip install $*"; }
}

# -- build ------------------------------------------------------------------------------------
if "$PY" -c "import build" 2>/dev/null; then
  "$PY" -m build --sdist --wheel --outdir "$DIST" . >"$WORK/build.log" 2>&1 \
    || { cat "$WORK/build.log"; fail "python -m build"; }
else
  say "no 'build' module: pip wheel, and the sdist through setuptools' own backend"
  "$PY" -m pip wheel --quiet --no-deps --wheel-dir "$DIST" . || fail "pip wheel"
  "$PY" -c "from setuptools import build_meta as b; b.build_sdist('$DIST')" >/dev/null \
    || fail "sdist"
fi
WHEEL=$(ls "$DIST"/emnify_async-*.whl)
SDIST=$(ls "$DIST"/emnify_async-*.tar.gz)
say "built $(basename "$WHEEL") and $(basename "$SDIST")"

# -- what is inside -----------------------------------------------------------------------------
"$PY" - "$WHEEL" "$SDIST" <<'PYCODE' || fail "contents"
import sys, tarfile, zipfile
wheel, sdist = sys.argv[1:]
names = zipfile.ZipFile(wheel).namelist()
def has(suffix): return any(n.endswith(suffix) for n in names)
need = ["emnify/__main__.py", "emnify/py.typed", "emnify_generated/py.typed",
        "emnify/sync.py", "emnify/testing/app.py", ".dist-info/licenses/LICENSE"]
missing = [n for n in need if not has(n)]
assert not missing, f"wheel lacks {missing}"
assert not [n for n in names if n.startswith("tests/")], "tests in the wheel"
meta = zipfile.ZipFile(wheel).read([n for n in names if n.endswith(".dist-info/METADATA")][0]).decode()
for field in ("License-Expression: MIT", "License-File: LICENSE", "Project-URL: Repository",
              "Classifier: Typing :: Typed", "Provides-Extra: cli", "Author: "):
    assert field in meta, f"METADATA lacks {field!r}"
assert "Provides-Extra: dev" not in meta and "Provides-Extra: test" not in meta, "dev tools published"
members = [m.split("/", 1)[-1] for m in tarfile.open(sdist).getnames()]
for name in ("LICENSE", "README.md", "CHANGELOG.md", "pyproject.toml"):
    assert name in members, f"sdist lacks {name}"
PYCODE
if "$PY" -c "import twine" 2>/dev/null; then
  "$PY" -m twine check --strict "$WHEEL" "$SDIST" >/dev/null || fail "twine check"
  say "twine check: the metadata and the README render for the package index"
fi

# -- installed without extras -------------------------------------------------------------------
cd "$WORK"  # not the checkout: nothing may come from src/
"$PY" -m venv bare
pip_install "$WHEEL"
bare/bin/python - <<'PYCODE' || fail "import"
import emnify, emnify_generated
from emnify import EmnifyClient, SyncEmnifyClient, RateLimits
from emnify.stats import parse_sim_stats_json
from importlib.metadata import version
assert emnify.__version__ == version("emnify-async"), (emnify.__version__, version("emnify-async"))
PYCODE
say "without extras: the library imports"

check_extra_line() {  # $1: what ran; stdout/stderr/status of it in out, err, status
  local lines
  [ "$status" -eq 1 ] || fail "$1: exit $status, expected 1"
  [ ! -s out ] || fail "$1: wrote to stdout"
  lines=$(grep -c . err || true)
  [ "$lines" -eq 1 ] || { cat err; fail "$1: $lines lines on stderr, expected 1"; }
  grep -q "pip install 'emnify-async\[cli\]'" err || { cat err; fail "$1: no install line"; }
  ! grep -q Traceback err || fail "$1: traceback"
}
status=0; bare/bin/emnify --help >out 2>err || status=$?
check_extra_line "emnify --help"
status=0; bare/bin/python -m emnify stats 1 >out 2>err || status=$?
check_extra_line "python -m emnify stats 1"
say "without extras: 'emnify --help' and 'python -m emnify' name the cli extra: $(cat err)"

# -- with [cli,sim] -----------------------------------------------------------------------------
pip_install "$WHEEL[cli,sim]"
bare/bin/emnify --help >/dev/null || fail "emnify --help with [cli]"
status=0
COLUMNS=120 bare/bin/emnify demo --sims 100 --scale 50 --quiet >out 2>err || status=$?
[ "$status" -eq 0 ] || { cat err; fail "emnify demo: exit $status"; }
grep -q "Fleet summary" out || { cat out err; fail "emnify demo: no summary on stdout"; }
grep -q "fetched 100 SIMs" err || { cat err; fail "emnify demo: no report on stderr"; }
say "with [cli,sim]: $(grep 'fetched' err)"
say "ok"
