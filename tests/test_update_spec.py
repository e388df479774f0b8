"""The ``update_spec.py`` command: exit codes, report files, and what it does (not) touch.

Variation files are written into pytest's temporary folders at run time, from an in-memory
copy of the pinned upstream spec in ../shared; ``--old`` points at that upstream file. The slow
end-to-end runs (subprocesses, one with OpenAPI validation) start together in a module fixture
so they overlap. The default (pin-moving) mode runs in-process against a temporary copy of
``pin.yaml`` with generation replaced by a stand-in: no test writes to tracked files.
"""

from __future__ import annotations

import copy
import functools
import hashlib
import http.server
import json
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.spec_support import ROOT, UPSTREAM_SPEC

sys.path.insert(0, str(ROOT / "scripts"))
# The spec tooling names things as the generator does, and the generator needs Python >= 3.11
# (not installed on 3.10, see pyproject.toml): this module runs where the generator does.
pytest.importorskip("openapi_python_client", reason="the generator needs Python >= 3.11")

import spec_diff
import update_spec

pytestmark = pytest.mark.skipif(not UPSTREAM_SPEC.is_file(), reason="upstream spec not available")

SCRIPT = ROOT / "scripts" / "update_spec.py"
TRACKED = [ROOT / "openapi" / "pin.yaml", ROOT / "openapi" / "operation_names.yaml"]


@functools.cache
def _raw() -> dict[str, Any]:
    return spec_diff.parse_spec(UPSTREAM_SPEC.read_bytes(), UPSTREAM_SPEC.name)


def _write(folder: Path, name: str, spec: dict[str, Any]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(json.dumps(spec), encoding="utf-8")
    return path


def breaking_variation() -> dict[str, Any]:
    """A removed operation, a new required and a new optional parameter."""
    spec = copy.deepcopy(_raw())
    del spec["paths"]["/api/v1/api_secret/{api_secret_id}"]["delete"]
    params = spec["paths"]["/api/v1/sim"]["get"]["parameters"]
    params.append({"name": "fleet", "in": "query", "required": True, "schema": {"type": "string"}})
    params.append({"name": "label", "in": "query", "required": False, "schema": {"type": "string"}})
    return spec


def unnamed_variation() -> dict[str, Any]:
    """A new operation without a curated name, next to a removed one."""
    spec = copy.deepcopy(_raw())
    del spec["paths"]["/api/v1/api_secret/{api_secret_id}"]["delete"]
    spec["paths"]["/api/v1/widget"] = {
        "get": {
            "operationId": "widget-list-get",
            "tags": ["subpackage_sim"],
            "responses": {"200": {"description": "OK"}},
        }
    }
    return spec


def non_breaking_variation() -> dict[str, Any]:
    spec = copy.deepcopy(_raw())
    params = spec["paths"]["/api/v1/sim"]["get"]["parameters"]
    params.append({"name": "label", "in": "query", "required": False, "schema": {"type": "string"}})
    return spec


def _digest(paths: list[Path]) -> list[str]:
    return [hashlib.sha256(p.read_bytes()).hexdigest() for p in paths]


@pytest.fixture(scope="module", autouse=True)
def tracked_files_stay_untouched() -> Iterator[None]:
    before = _digest(TRACKED)
    yield
    assert _digest(TRACKED) == before


class Runs:
    """End-to-end runs of the script, started together; ``result`` waits for one of them."""

    def __init__(self, tmp: Path, plans: dict[str, list[str]]) -> None:
        self.tmp = tmp
        self._started = {
            name: subprocess.Popen(
                [sys.executable, str(SCRIPT), *args, "--old", str(UPSTREAM_SPEC)],
                cwd=ROOT,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
            for name, args in plans.items()
        }
        self._done: dict[str, tuple[int, str, str]] = {}

    def result(self, name: str) -> tuple[int, str, str]:
        if name not in self._done:
            proc = self._started[name]
            out, err = proc.communicate(timeout=180)
            self._done[name] = (proc.returncode, out, err)
        return self._done[name]

    def close(self) -> None:
        for name in self._started:
            self.result(name)


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Runs]:
    tmp = tmp_path_factory.mktemp("update-spec")
    plans = {
        # With OpenAPI validation (about 5 s); its test comes last in this file so the
        # in-process tests run meanwhile.
        "identity": [
            str(UPSTREAM_SPEC),
            "--check",
            "--json",
            "--report-dir",
            str(tmp / "identity"),
        ],
        "breaking": [
            str(_write(tmp, "breaking.json", breaking_variation())),
            "--report-only",
            "--no-validate",
            "--report-dir",
            str(tmp / "breaking"),
        ],
        "unnamed": [
            str(_write(tmp, "unnamed.json", unnamed_variation())),
            "--dry-run",
            "--no-validate",
            "--report-dir",
            str(tmp / "unnamed"),
        ],
    }
    started = Runs(tmp, plans)
    yield started
    started.close()


def _report(folder: Path) -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(
        (folder / "spec-change-report.json").read_text(encoding="utf-8")
    )
    return loaded


def test_breaking_changes_exit_1_and_are_listed(runs: Runs) -> None:
    code, out, err = runs.result("breaking")
    assert code == 1, err
    report = _report(runs.tmp / "breaking")
    assert (report["status"], report["breaking"], report["mode"]) == (
        "breaking",
        True,
        "report-only",
    )
    found = {(c["kind"], c["operation"], c["location"], c["breaking"]) for c in report["changes"]}
    assert found == {
        (
            "operation_removed",
            "integrations.delete_api_secret",
            "DELETE /api/v1/api_secret/{api_secret_id}",
            True,
        ),
        ("parameter_added", "sim.list_sims", "GET /api/v1/sim → query parameter fleet", True),
        ("parameter_added", "sim.list_sims", "GET /api/v1/sim → query parameter label", False),
    }
    assert report["unnamed_operations"] == []
    assert report["new"]["operations"] == 213
    assert isinstance(report["facade_modules_affected"], list)
    assert report["actions"] == {"report_written": True, "pin_updated": False, "regenerated": False}
    markdown = (runs.tmp / "breaking" / "spec-change-report.md").read_text(encoding="utf-8")
    assert "## Breaking changes (2)" in markdown and markdown in out


def test_an_operation_without_a_curated_name_stops_the_update(runs: Runs) -> None:
    code, out, err = runs.result("unnamed")
    assert code == 2, err
    report = _report(runs.tmp / "unnamed")
    assert report["status"] == "blocked"
    assert report["unnamed_operations"] == [
        {
            "method": "GET",
            "path": "/api/v1/widget",
            "operation_id": "widget-list-get",
            "tag": "sim",
            "suggested_name": "list_widgets",
            "reason": "new operation",
        }
    ]
    # The comparison still ran, with the suggested name standing in.
    kinds = {(c["kind"], c["operation"]) for c in report["changes"]}
    assert kinds == {
        ("operation_added", "sim.list_widgets"),
        ("operation_removed", "integrations.delete_api_secret"),
    }
    assert "widget-list-get: list_widgets" in out


# --- in-process: the default mode, errors -------------------------------------------------


@pytest.fixture
def sandbox(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    """A temporary pin and a stand-in for regeneration; records what was regenerated."""
    pin = tmp_path / "pin.yaml"
    pin.write_text(update_spec.PIN.read_text(encoding="utf-8"), encoding="utf-8")
    calls: list[Path] = []
    monkeypatch.setattr(update_spec, "PIN", pin)
    monkeypatch.setattr(update_spec, "regenerate", calls.append)
    return {"pin": pin, "calls": calls, "tmp": tmp_path}


def _main(*args: str) -> int:
    return update_spec.main([*args, "--old", str(UPSTREAM_SPEC), "--no-validate"])


def test_default_mode_moves_the_pin_and_regenerates_even_when_breaking(
    sandbox: dict[str, Any], capsys: pytest.CaptureFixture[str]
) -> None:
    spec = _write(sandbox["tmp"], "new.json", breaking_variation())
    assert _main(str(spec), "--report-dir", str(sandbox["tmp"] / "out")) == 1
    assert sandbox["calls"] == [spec.resolve()]
    pin = update_spec.read_pin(sandbox["pin"])
    assert pin["sha256"] == hashlib.sha256(spec.read_bytes()).hexdigest()
    assert pin["source"] == str(spec)  # an absolute path stays as given
    assert pin["operations"] == 213
    assert sandbox["pin"].read_text().startswith("# The upstream spec")  # comments kept
    report = _report(sandbox["tmp"] / "out")
    assert report["actions"] == {"report_written": True, "pin_updated": True, "regenerated": True}
    assert "pin updated" in capsys.readouterr().out


def test_default_mode_exits_0_for_non_breaking_changes(sandbox: dict[str, Any]) -> None:
    spec = _write(sandbox["tmp"], "new.json", non_breaking_variation())
    assert _main(str(spec), "--report-dir", str(sandbox["tmp"] / "out")) == 0
    assert len(sandbox["calls"]) == 1


def test_default_mode_does_not_move_the_pin_when_blocked(sandbox: dict[str, Any]) -> None:
    before = sandbox["pin"].read_text()
    spec = _write(sandbox["tmp"], "new.json", unnamed_variation())
    assert _main(str(spec), "--report-dir", str(sandbox["tmp"] / "out")) == 2
    assert sandbox["calls"] == [] and sandbox["pin"].read_text() == before


def test_failed_generation_leaves_the_pin_and_exits_2(
    sandbox: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    def fail(_spec: Path) -> None:
        raise update_spec.UpdateError("generator said no")

    monkeypatch.setattr(update_spec, "regenerate", fail)
    before = sandbox["pin"].read_text()
    spec = _write(sandbox["tmp"], "new.json", non_breaking_variation())
    assert _main(str(spec), "--report-dir", str(sandbox["tmp"] / "out")) == 2
    assert sandbox["pin"].read_text() == before
    report = _report(sandbox["tmp"] / "out")
    assert report["status"] == "blocked" and "generator said no" in report["errors"][0]


def test_same_spec_in_default_mode_changes_nothing(sandbox: dict[str, Any]) -> None:
    before = sandbox["pin"].read_text()
    assert _main(str(UPSTREAM_SPEC), "--report-dir", str(sandbox["tmp"] / "out")) == 0
    assert sandbox["calls"] == []
    # UPSTREAM_SPEC is absolute, so only `source` may change, to that spelling.
    assert (
        update_spec.read_pin(sandbox["pin"])["sha256"]
        == update_spec.read_pin(update_spec.PIN)["sha256"]
    )
    assert before.count("\n") == sandbox["pin"].read_text().count("\n")


def test_usage_errors_exit_2(sandbox: dict[str, Any], capsys: pytest.CaptureFixture[str]) -> None:
    tmp = sandbox["tmp"]
    assert _main(str(tmp / "missing.yml"), "--check") == 2
    assert "spec not found" in capsys.readouterr().err
    (tmp / "swagger.yml").write_text("swagger: '2.0'\npaths: {}\n")
    assert _main(str(tmp / "swagger.yml"), "--check") == 2
    assert "not an OpenAPI 3" in capsys.readouterr().err
    other = _write(tmp, "other.json", non_breaking_variation())
    assert update_spec.main([str(UPSTREAM_SPEC), "--old", str(other), "--check"]) == 2
    assert "pins" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exc:
        update_spec.main([str(UPSTREAM_SPEC), "--check", "--report-only"])
    assert exc.value.code == 2


def test_a_url_spec_is_fetched(sandbox: dict[str, Any], capsys: pytest.CaptureFixture[str]) -> None:
    spec = _write(sandbox["tmp"] / "served", "new.json", non_breaking_variation())

    class Quiet(http.server.SimpleHTTPRequestHandler):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, directory=str(spec.parent), **kwargs)

        def log_message(self, format: str, *args: Any) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Quiet)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}/new.json"
        assert _main(url, "--check", "--json") == 0
        report = json.loads(capsys.readouterr().out)
        assert report["new"]["source"] == url and report["status"] == "non-breaking"
        assert _main(url.replace("new.json", "missing.json"), "--check") == 2
        assert "cannot fetch" in capsys.readouterr().err
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


def test_pin_text_update_keeps_comments() -> None:
    text = "# why\nsource: a.yml\norigin: somewhere\nsha256: abc\noperations: 1\n"
    updated = update_spec.updated_pin_text(text, sha256="def", source="../x y.yml", operations=2)
    assert updated == '# why\nsource: "../x y.yml"\norigin: somewhere\nsha256: def\noperations: 2\n'
    assert update_spec.updated_pin_text(
        "sha256: a\n", sha256="b", source="s.yml", operations=3
    ) == ("sha256: b\nsource: s.yml\noperations: 3\n")


# Last on purpose: the slowest end-to-end run (with validation) overlaps the tests above.
def test_the_pinned_spec_against_itself_has_no_changes(runs: Runs) -> None:
    code, out, err = runs.result("identity")
    assert code == 0, err
    report = json.loads(out)
    assert (report["status"], report["breaking"], report["changes"]) == ("no-changes", False, [])
    assert (
        report["old"]["sha256"]
        == report["new"]["sha256"]
        == update_spec.read_pin(update_spec.PIN)["sha256"]
    )
    # The upstream file fails strict validation only on schema keys that normalization renames.
    assert report["warnings"] and all(spec_diff.CURED in w for w in report["warnings"])
    assert report["actions"] == {
        "report_written": False,
        "pin_updated": False,
        "regenerated": False,
    }
    assert not (runs.tmp / "identity").exists()  # --check writes nothing
