"""Regenerate ``src/emnify_generated`` from the pinned emnify spec.

Steps: check the spec's sha256 against ``openapi/pin.yaml``; normalize it with the rules in
``openapi/`` (into ``build/``, never into tracked files); run openapi-python-client with
``generator_config.yaml`` and ``templates/``, treating any generator warning as an error; add
the namespaced ``Api`` root and ``py.typed``.

    python scripts/generate.py [--spec PATH] [--check] [--update-pin]

``--check`` generates into a temporary folder and exits 1, listing files, when the committed
package differs.
"""

from __future__ import annotations

import argparse
import filecmp
import hashlib
import importlib.metadata
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import jinja2
import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
from normalize_spec import NormalizationError, load_rules, load_spec, normalize, operations

ROOT = Path(__file__).resolve().parent.parent
PIN = ROOT / "openapi" / "pin.yaml"
PACKAGE = "emnify_generated"
TARGET = ROOT / "src" / PACKAGE
DEFAULT_SPEC = ROOT.parent / "shared" / "openapi" / "emnify-api-openapi.yml"


class GenerationError(Exception):
    """Generation cannot go on; the message says why and what to do."""


def sha256_of(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def read_pin() -> dict[str, str]:
    return dict(yaml.safe_load(PIN.read_text()))


def check_pin(spec: Path, update: bool) -> None:
    pin = read_pin()
    digest = sha256_of(spec)
    if digest == pin["sha256"]:
        return
    if not update:
        raise GenerationError(
            f"{spec} has sha256 {digest}, but openapi/pin.yaml pins {pin['sha256']}.\n"
            "Review the change with `make update-spec SPEC=...` (or pass --update-pin)."
        )
    text = PIN.read_text().replace(pin["sha256"], digest)
    PIN.write_text(text)


def check_generator_version(pin: dict[str, str]) -> None:
    wanted = pin["generator"].split("==", 1)[1]
    have = importlib.metadata.version("openapi-python-client")
    if have != wanted:
        raise GenerationError(
            f"openapi-python-client {have} is installed, the pin wants {wanted} "
            "(run `make install`)"
        )


def run_generator(normalized: Path, out_dir: Path) -> None:
    cmd = [
        "openapi-python-client",
        "generate",
        "--path",
        str(normalized),
        "--config",
        str(ROOT / "generator_config.yaml"),
        "--meta",
        "none",
        "--output-path",
        str(out_dir),
        "--custom-template-path",
        str(ROOT / "templates"),
        "--overwrite",
    ]
    proc = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT, check=False)
    output = proc.stdout + proc.stderr
    # A generator warning can silently drop an endpoint's response model: treat it as an error.
    if proc.returncode != 0 or "warning" in output.lower() or "error" in output.lower():
        raise GenerationError(f"openapi-python-client reported problems:\n{output}")


#: what an operation module imports for its annotations only
_ANNOTATION_IMPORTS = ("import httpx\n", "from ...client import AuthenticatedClient, Client\n")


def defer_annotation_imports(package: Path) -> None:
    """Move the imports an operation module needs only for its annotations (httpx, the client
    classes) under ``if TYPE_CHECKING:``, with postponed annotations.

    Why: importing one operation then costs no httpx import (about 0.5 s with no bytecode,
    BENCHMARKS.md B4); httpx is imported when a client is made. The functions reach httpx only
    through the client object they are given.
    """
    modules = [m for m in sorted((package / "api").glob("*/*.py")) if m.name != "__init__.py"]
    for module in modules:
        text = module.read_text(encoding="utf-8")
        if text.startswith(('"""', "from __future__")) or "\ndef " not in text:
            raise GenerationError(f"{module.name}: unexpected operation module layout")
        for line in _ANNOTATION_IMPORTS:
            if line not in text:
                raise GenerationError(f"{module.name}: expected the import {line.strip()!r}")
            text = text.replace(line, "", 1)
        imports, sep, rest = text.partition("\ndef ")
        text = (
            "from __future__ import annotations\n\nfrom typing import TYPE_CHECKING\n\n"
            + imports.rstrip()
            + "\n\nif TYPE_CHECKING:\n"
            + "".join(f"    {line}" for line in _ANNOTATION_IMPORTS)
            + "\n"
            + sep
            + rest
        )
        module.write_text(text, encoding="utf-8")
    # merge the typing imports and format, as the generator's own post-hooks do
    _ruff(["check", "--select", "F401,I001", "--fix-only", "--exit-zero"], package / "api")
    _ruff(["format"], package / "api")


#: how an operation module hands its answer to its parser, as generated
_PARSE_CALL = "parsed=_parse_response(client=client, response=response),"


def parse_through_client(package: Path) -> None:
    """Let the client run each operation's parser (`Client.parse_response`, our template), so
    that a successful answer whose body does not fit the model raises one exception the caller
    can catch (emnify-async: an `EmnifyError`) instead of the parser's own KeyError, TypeError
    or JSONDecodeError. (The generator's endpoint template has no hook for this; a rewrite of
    one known line, checked, beats keeping a copy of that template.)
    """
    for module in sorted((package / "api").glob("*/*.py")):
        if module.name == "__init__.py":
            continue
        text = module.read_text(encoding="utf-8")
        if text.count(_PARSE_CALL) != 1:
            raise GenerationError(f"{module.name}: expected one {_PARSE_CALL!r}")
        text = text.replace(_PARSE_CALL, "parsed=client.parse_response(_parse_response, response),")
        module.write_text(text, encoding="utf-8")


#: the generator parses date-times with datetime.fromisoformat, which before Python 3.11 takes
#: neither "Z" nor "+0000" nor 3-digit fractions, all three of which emnify sends
_FROMISOFORMAT = "datetime.datetime.fromisoformat("


def portable_datetimes(package: Path) -> None:
    """Parse date-times with dateutil's `isoparse` (a dependency already), which reads
    `2020-03-05T16:34:32.000Z` and `2021-12-29T08:51:00.000+0000` on every supported Python."""
    for module in sorted((package / "models").glob("*.py")):
        text = module.read_text(encoding="utf-8")
        if _FROMISOFORMAT not in text:
            continue
        text = text.replace(_FROMISOFORMAT, "isoparse(")
        if "\nimport datetime\n" not in text:
            raise GenerationError(f"{module.name}: expected 'import datetime'")
        text = text.replace(
            "\nimport datetime\n", "\nimport datetime\n\nfrom dateutil.parser import isoparse\n", 1
        )
        module.write_text(text, encoding="utf-8")


def _ruff(args: list[str], path: Path) -> None:
    subprocess.run(
        ["ruff", *args, "--isolated", "--no-cache", "--quiet", "--line-length", "100", str(path)],
        check=True,
    )


def write_api_root(package: Path, spec: dict[str, Any]) -> None:
    tags = sorted(p.name for p in (package / "api").iterdir() if (p / "__init__.py").exists())
    count = len(operations(spec))
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(ROOT / "templates"), keep_trailing_newline=True
    )
    text = env.get_template("api_root.py.jinja").render(tags=tags, operation_count=count)
    (package / "api" / "__init__.py").write_text(text, encoding="utf-8")
    (package / "py.typed").write_text("# Marker file for PEP 561\n", encoding="utf-8")
    _ruff(["format"], package / "api" / "__init__.py")


#: how the generator hands over a nullable number field, and what reads a numeric string
_NUMBER_CASTS = {
    "return cast(int | None | Unset, data)": "number_as_int",
    "return cast(float | None | Unset, data)": "number_as_float",
}


def numbers_from_strings(package: Path) -> None:
    """Let a number field of an answer read a number sent as a string (`_numbers.py`, from our
    template); any other value is kept as it came, as the generator does."""
    (package / "_numbers.py").write_text(
        (ROOT / "templates" / "numbers.py.jinja").read_text(encoding="utf-8"), encoding="utf-8"
    )
    for module in sorted((package / "models").glob("*.py")):
        text = module.read_text(encoding="utf-8")
        used = [name for cast, name in _NUMBER_CASTS.items() if cast in text]
        if not used:
            continue
        for cast, name in _NUMBER_CASTS.items():
            text = text.replace(cast, cast.replace(", data)", f", {name}(data))"))
        marker = "\nfrom ..types import "
        if marker not in text:
            raise GenerationError(f"{module.name}: expected an import from ..types")
        imports = f"\nfrom .._numbers import {', '.join(sorted(used))}"
        text = text.replace(marker, imports + marker, 1)
        module.write_text(text, encoding="utf-8")


def generate(spec_path: Path, into: Path, *, update_pin: bool = False) -> Path:
    """Generate the package into ``into/emnify_generated`` and return that path."""
    if not spec_path.is_file():
        raise GenerationError(f"spec not found: {spec_path} (pass SPEC=path)")
    pin = read_pin()
    check_generator_version(pin)
    check_pin(spec_path, update_pin)
    try:
        normalized = normalize(load_spec(spec_path), load_rules())
    except NormalizationError as exc:
        raise GenerationError(str(exc)) from exc
    build = ROOT / "build"
    build.mkdir(exist_ok=True)
    normalized_path = build / "normalized-spec.json"
    normalized_path.write_text(json.dumps(normalized, indent=1) + "\n", encoding="utf-8")
    package = into / PACKAGE
    run_generator(normalized_path, package)
    defer_annotation_imports(package)
    parse_through_client(package)
    portable_datetimes(package)
    numbers_from_strings(package)
    # the two model rewrites add imports: sort and format once, as the generator's hooks do
    _ruff(["check", "--select", "F401,I001", "--fix-only", "--exit-zero"], package / "models")
    _ruff(["format"], package / "models")
    write_api_root(package, normalized)
    return package


def diff_trees(a: Path, b: Path) -> list[str]:
    """Relative paths that differ between two trees (missing on either side or changed)."""

    def files(root: Path) -> set[str]:
        return {
            str(p.relative_to(root))
            for p in root.rglob("*")
            if p.is_file() and "__pycache__" not in p.parts
        }

    fa, fb = files(a), files(b)
    out = sorted(fa ^ fb)
    out += sorted(f for f in fa & fb if not filecmp.cmp(a / f, b / f, shallow=False))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--spec", type=Path, default=DEFAULT_SPEC)
    parser.add_argument(
        "--check", action="store_true", help="fail when the committed package differs"
    )
    parser.add_argument(
        "--update-pin", action="store_true", help="accept a spec whose hash differs from the pin"
    )
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="emnify-gen-") as tmp:
        try:
            package = generate(args.spec.resolve(), Path(tmp), update_pin=args.update_pin)
        except GenerationError as exc:
            print(f"generate: {exc}", file=sys.stderr)
            return 2
        if args.check:
            changed = (
                diff_trees(package, TARGET)
                if TARGET.exists()
                else ["(src/emnify_generated missing)"]
            )
            if changed:
                print(
                    "generated code differs from src/emnify_generated (run `make generate`):",
                    file=sys.stderr,
                )
                for name in changed[:200]:
                    print(f"  {name}", file=sys.stderr)
                return 1
            print("src/emnify_generated is up to date")
            return 0
        if TARGET.exists():
            shutil.rmtree(TARGET)
        shutil.copytree(package, TARGET, ignore=shutil.ignore_patterns("__pycache__"))
    print(f"generated {TARGET.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
