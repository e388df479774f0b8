"""Review a new emnify OpenAPI spec against the pinned one; then move the pin and regenerate.

    python scripts/update_spec.py SPEC [--old PATH] [--check | --report-only] [--json]
                                       [--no-validate] [--report-dir DIR]

SPEC is a file path or an http(s) URL. The pinned spec is read from ``openapi/pin.yaml``'s
``source`` (relative to the repository root) or from ``--old``, and must have the pinned sha256.

Steps: parse and validate SPEC (openapi-spec-validator; its findings are warnings, see below);
normalize both specs with the rules in ``openapi/`` (operations without a curated name get a
suggested one so the comparison can still run); compare them (``scripts/spec_diff.py``); list
the facade modules that use what changed; print the report and write
``build/spec-change-report.md`` and ``.json``. Then, in the default mode only, and only when
nothing blocks: point the pin at SPEC (sha256, source, operation count) and regenerate
``src/emnify_generated``.

Modes: default (report, pin, regenerate — also when the change is breaking, so the exit status
is what tells CI); ``--report-only`` (alias ``--dry-run``: writes only the report files);
``--check`` (writes nothing at all; prints the report).

Exit status: 0 no breaking change; 1 breaking change(s); 2 the update is blocked or impossible:
SPEC is not an OpenAPI 3 document, the old spec does not match the pin, an operation has no
curated name, a rule no longer fits, generation failed, or a usage error.

Validation policy: the pinned emnify spec itself fails strict OpenAPI 3.1 validation (32
errors, all of one kind: component schema keys such as ``Tag Management_ListTags_Response_200``
contain spaces, which ``^[a-zA-Z0-9._-]+$`` forbids; normalization renames every one of them).
Refusing such files would refuse emnify's own spec, so every validator finding is reported as a
warning, marked when normalization cures it; SPEC is refused only when it cannot be read as an
OpenAPI 3 document at all, or cannot be normalized. Generation (default mode) still refuses
anything the generator warns about.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import urllib.error
import urllib.request
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
import spec_diff
from normalize_spec import NormalizationError, load_rules

ROOT = Path(__file__).resolve().parent.parent
PIN = ROOT / "openapi" / "pin.yaml"
RULES_DIR = ROOT / "openapi"
REPORT_DIR = ROOT / "build"
REPORT_NAME = "spec-change-report"
FETCH_TIMEOUT = 60.0

EXIT_OK = 0
EXIT_BREAKING = 1
EXIT_BLOCKED = 2


class UpdateError(Exception):
    """The update cannot go on; the message says why (exit status 2)."""


@dataclass(frozen=True)
class Source:
    """A spec as read: what the user called it, its bytes and their sha256."""

    given: str
    data: bytes
    local_path: Path | None

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.data).hexdigest()

    @property
    def is_url(self) -> bool:
        return _is_url(self.given)


def _is_url(text: str) -> bool:
    return text.startswith(("http://", "https://"))


def read_source(given: str, base: Path | None = None) -> Source:
    """Read a spec from a path (relative to ``base`` when given) or an http(s) URL."""
    if _is_url(given):
        request = urllib.request.Request(given, headers={"User-Agent": "emnify-async update-spec"})
        try:
            with urllib.request.urlopen(request, timeout=FETCH_TIMEOUT) as response:
                data: bytes = response.read()
        except (urllib.error.URLError, TimeoutError, OSError) as exc:
            raise UpdateError(f"cannot fetch {given}: {exc}") from exc
        return Source(given, data, None)
    path = Path(given)
    if base is not None and not path.is_absolute():
        path = base / path
    if not path.is_file():
        raise UpdateError(f"spec not found: {path}")
    return Source(given, path.read_bytes(), path.resolve())


def read_pin(pin_path: Path) -> dict[str, Any]:
    """The pin (``openapi/pin.yaml``) as a mapping."""
    loaded = yaml.safe_load(pin_path.read_text(encoding="utf-8"))
    if not isinstance(loaded, dict) or "sha256" not in loaded or "source" not in loaded:
        raise UpdateError(f"{pin_path} has no `source` and `sha256`")
    return loaded


def _yaml_scalar(value: str) -> str:
    if re.fullmatch(r"[A-Za-z0-9_./:@%~+=-]+", value) and value[0] not in "-:@%":
        return value
    return json.dumps(value)


def updated_pin_text(text: str, *, sha256: str, source: str, operations: int) -> str:
    """``pin.yaml`` text with new ``sha256``, ``source`` and ``operations``; comments kept."""
    replacements = {"sha256": sha256, "source": _yaml_scalar(source), "operations": str(operations)}
    for key, value in replacements.items():
        match = re.search(rf"^{key}:.*$", text, flags=re.MULTILINE)
        line = f"{key}: {value}"
        if match:
            text = text[: match.start()] + line + text[match.end() :]
        else:
            text = text.rstrip("\n") + f"\n{line}\n"
    return text


def pin_source_for(source: Source) -> str:
    """What ``source`` in the pin should say: the URL, or the path relative to the repo root."""
    if source.is_url or source.local_path is None:
        return source.given
    if Path(source.given).is_absolute():
        return source.given
    return os.path.relpath(source.local_path, ROOT)


# --- validation -----------------------------------------------------------------------------


def validate(raw: Mapping[str, Any], normalized: Mapping[str, Any]) -> list[str]:
    """openapi-spec-validator's findings on the raw spec, as warning lines.

    A finding under ``components/schemas/<key>`` whose key the normalized spec no longer has
    (normalization renamed or dropped it) is marked as cured by normalization.
    """
    try:
        from openapi_spec_validator import OpenAPIV30SpecValidator, OpenAPIV31SpecValidator
    except ImportError as exc:
        raise UpdateError("openapi-spec-validator is not installed (run `make install`)") from exc
    version = str(raw.get("openapi", ""))
    validator_class = (
        OpenAPIV31SpecValidator if version.startswith("3.1") else OpenAPIV30SpecValidator
    )
    kept = set((normalized.get("components") or {}).get("schemas") or {})
    found: list[str] = []
    try:
        for error in validator_class(dict(raw)).iter_errors():
            path = [str(p) for p in getattr(error, "absolute_path", getattr(error, "path", []))]
            message = str(getattr(error, "message", error))
            key: str | None = None
            if path[:2] == ["components", "schemas"]:
                instance = getattr(error, "instance", None)
                key = path[2] if len(path) > 2 else instance if isinstance(instance, str) else None
            where = "/" + "/".join(path) if path else "/"
            line = f"validation: {where}: {message}"
            if key is not None and key not in kept:
                line += f" {spec_diff.CURED}"
            found.append(line)
    except Exception as exc:  # the validator gives up on some documents half-way
        found.append(f"validation stopped early: {type(exc).__name__}: {exc}")
    return found


# --- generation -----------------------------------------------------------------------------


def regenerate(spec_file: Path) -> None:
    """Regenerate ``src/emnify_generated`` from ``spec_file`` with generate.py's machinery.

    ``generate(update_pin=True)`` moves the pin's sha256 itself; on failure the pin is put back
    as it was and :class:`UpdateError` is raised.
    """
    # Imported at run time and untyped: generate.py is not under this script's strict typing.
    gen = importlib.import_module("generate")

    saved = gen.PIN.read_text(encoding="utf-8")
    try:
        with tempfile.TemporaryDirectory(prefix="emnify-gen-") as tmp:
            package = gen.generate(spec_file.resolve(), Path(tmp), update_pin=True)
            if gen.TARGET.exists():
                shutil.rmtree(gen.TARGET)
            shutil.copytree(package, gen.TARGET, ignore=shutil.ignore_patterns("__pycache__"))
    except (gen.GenerationError, OSError, subprocess.CalledProcessError) as exc:
        gen.PIN.write_text(saved, encoding="utf-8")
        raise UpdateError(f"generation failed, pin left as it was: {exc}") from exc


# --- the command ----------------------------------------------------------------------------


def _describe(source: Source, operations: int) -> dict[str, Any]:
    return {"source": source.given, "sha256": source.sha256, "operations": operations}


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="update_spec.py",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("spec", help="the new spec: a path or an http(s) URL")
    parser.add_argument(
        "--old", help="the pinned spec (default: pin.yaml's source, relative to the repo root)"
    )
    modes = parser.add_mutually_exclusive_group()
    modes.add_argument("--check", action="store_true", help="only report, write nothing")
    modes.add_argument(
        "--report-only",
        "--dry-run",
        dest="report_only",
        action="store_true",
        help="write only the report files",
    )
    parser.add_argument(
        "--json", action="store_true", help="print the JSON report instead of the markdown"
    )
    parser.add_argument(
        "--no-validate", action="store_true", help="skip openapi-spec-validator (about 5 s)"
    )
    parser.add_argument(
        "--report-dir", type=Path, default=REPORT_DIR, help="where the report files go (build/)"
    )
    return parser


def run(args: argparse.Namespace) -> int:
    """Do the work for parsed arguments; returns the exit status."""
    mode = "check" if args.check else "report-only" if args.report_only else "update"
    new_source = read_source(args.spec)
    try:
        new_raw = spec_diff.parse_spec(new_source.data, args.spec)
    except spec_diff.SpecError as exc:
        raise UpdateError(str(exc)) from exc

    pin = read_pin(PIN)
    old_given = args.old if args.old else str(pin["source"])
    old_source = read_source(old_given, base=None if args.old else ROOT)
    if old_source.sha256 != pin["sha256"]:
        raise UpdateError(
            f"the old spec {old_given} has sha256 {old_source.sha256}, but openapi/pin.yaml pins "
            f"{pin['sha256']}; pass --old with the file the client was generated from"
        )
    try:
        same = old_source.data == new_source.data
        old_raw = new_raw if same else spec_diff.parse_spec(old_source.data, old_given)
    except spec_diff.SpecError as exc:
        raise UpdateError(f"the pinned spec: {exc}") from exc

    rules = load_rules(RULES_DIR)
    warnings: list[str] = []
    try:
        old = spec_diff.normalize_lenient(old_raw, RULES_DIR)
    except NormalizationError as exc:
        raise UpdateError(
            f"the pinned spec no longer normalizes with the current rules: {exc}"
        ) from exc
    warnings += [f"pinned spec: {p} (rule left out for the comparison)" for p in old.rule_problems]
    warnings += [
        f"pinned spec: {u.method} {u.path} has no curated name any more "
        f"(compared as {u.tag}.{u.suggested_name})"
        for u in old.unnamed
    ]
    try:
        new = spec_diff.normalize_lenient(new_raw, RULES_DIR, previous=old.spec)
    except NormalizationError as exc:
        raise UpdateError(
            f"the new spec cannot be normalized with the current rules: {exc}"
        ) from exc
    except (KeyError, TypeError, AttributeError, ValueError) as exc:
        raise UpdateError(
            f"the new spec cannot be normalized ({type(exc).__name__}: {exc})"
        ) from exc
    if new.stale_names:
        warnings.append(
            "operation_names.yaml names operations the new spec no longer has (remove them): "
            + ", ".join(new.stale_names)
        )
    if not args.no_validate:
        warnings += validate(new_raw, new.spec)

    options = spec_diff.DiffOptions(tolerant_enums=bool(rules.get("tolerant_enums")))
    changes = spec_diff.diff_specs(old.spec, new.spec, options)
    facade = spec_diff.facade_uses(changes)
    report = spec_diff.build_report(
        old=_describe(old_source, spec_diff.operation_count(old_raw)),
        new=_describe(new_source, spec_diff.operation_count(new_raw)),
        changes=changes,
        unnamed=new.unnamed,
        rule_problems=new.rule_problems,
        warnings=warnings,
        facade=facade,
        mode=mode,
    )
    code = int(report["exit_code"])

    if mode == "update" and code != EXIT_BLOCKED:
        source_text = pin_source_for(new_source)
        if new_source.sha256 != pin["sha256"]:
            spec_file = new_source.local_path
            if spec_file is None:  # a URL: generate from a saved copy
                args.report_dir.mkdir(parents=True, exist_ok=True)
                spec_file = args.report_dir / "downloaded-spec.yml"
                spec_file.write_bytes(new_source.data)
            saved = PIN.read_text(encoding="utf-8")
            try:
                regenerate(spec_file)
            except UpdateError as exc:
                report["errors"].append(str(exc))
                report["status"] = "blocked"
                report["exit_code"] = code = EXIT_BLOCKED
            else:
                report["actions"]["regenerated"] = True
                text = updated_pin_text(
                    saved,
                    sha256=new_source.sha256,
                    source=source_text,
                    operations=int(report["new"]["operations"]),
                )
                PIN.write_text(text, encoding="utf-8")
                report["actions"]["pin_updated"] = True
        elif str(pin["source"]) != source_text:
            PIN.write_text(
                updated_pin_text(
                    PIN.read_text(encoding="utf-8"),
                    sha256=new_source.sha256,
                    source=source_text,
                    operations=int(report["new"]["operations"]),
                ),
                encoding="utf-8",
            )
            report["actions"]["pin_updated"] = True

    if mode != "check":
        report["actions"]["report_written"] = True
        args.report_dir.mkdir(parents=True, exist_ok=True)
        (args.report_dir / f"{REPORT_NAME}.json").write_text(
            json.dumps(report, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
        )
        (args.report_dir / f"{REPORT_NAME}.md").write_text(
            spec_diff.render_markdown(report), encoding="utf-8"
        )

    if args.json:
        print(json.dumps(report, indent=2, ensure_ascii=False))
    else:
        print(spec_diff.render_markdown(report), end="")
        print(_closing_line(report, args.report_dir))
    return code


def _closing_line(report: Mapping[str, Any], report_dir: Path) -> str:
    actions = report["actions"]
    parts = [f"update-spec: {report['status']}, exit {report['exit_code']}"]
    if actions["report_written"]:
        parts.append(f"report in {report_dir / REPORT_NAME}.md/.json")
    if actions["pin_updated"]:
        parts.append("pin updated")
    if actions["regenerated"]:
        parts.append(
            "src/emnify_generated regenerated (review, `make lint test`, commit openapi/ and src/)"
        )
    elif (
        report["mode"] == "update"
        and report["exit_code"] != EXIT_BLOCKED
        and not actions["pin_updated"]
    ):
        parts.append("the pin already matches; nothing to regenerate")
    return "; ".join(parts)


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        return run(args)
    except UpdateError as exc:
        print(f"update-spec: {exc}", file=sys.stderr)
        return EXIT_BLOCKED


if __name__ == "__main__":
    sys.exit(main())
