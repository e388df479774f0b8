"""Compare two normalized emnify specs and say, change by change, whether it breaks a client.

Used by ``scripts/update_spec.py`` (``make update-spec``) and by the tests. The comparison runs
on the *normalized* forms of both specs (``normalize_spec.normalize``), i.e. on what the
generated client is built from: curated operation names, tag modules, fixed schemas, tolerant
enums. Each finding is a :class:`Change` with a kind, the operation's Python name, a readable
location such as ``GET /api/v1/sim/{sim_id}/stats → 200 → [] → last_month.data.cost`` and a
``breaking`` flag; ``docs/spec-updates.md`` has the full rule table.

Why this is hand-rolled rather than a PyPI package: the candidates in the package list
(``grep -i diff pypi.tsv | grep -i -E 'openapi|swagger|oas'``) were checked. ``openapispecdiff``
(last release 2022) and ``swagger-diff`` (2020, Swagger 2 only) are unmaintained;
``api-diff-sentinel`` compares only paths and parameter names; ``api-schema-diff`` walks
properties but classifies the same way for requests and responses (a removed request field and
a removed response field are not the same risk), ignores enums and ``anyOf``/``oneOf`` (which is
how this spec spells tolerant enums and nullable fields) and only guards recursion by depth;
``openapi-lens`` is a snapshot/viewer tool built on pydantic and click. None knows that our
generated enums accept unknown values, and all of them would need the lenient normalization
below anyway. ``oasdiff`` is a Go binary, not on PyPI. What is here is therefore the small part
we need: a direction-aware walk over two already-normalized documents.

Also here, because the tests exercise them without a subprocess: the lenient normalization that
tolerates operations without a curated name (and rules that no longer match), the verb-first
name suggestions, the scan of the hand-written facade for uses of changed operations and models,
and the report (JSON structure and markdown rendering).
"""

from __future__ import annotations

import ast
import copy
import json
import keyword
import re
import shutil
import tempfile
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import yaml
from normalize_spec import (
    RULES_DIR,
    NormalizationError,
    _snake,
    load_rules,
    normalize,
    operations,
)
from openapi_python_client.strings import ClassName, snake_case

ROOT = Path(__file__).resolve().parent.parent
FACADE_DIR = ROOT / "src" / "emnify"
GENERATED_PACKAGE = "emnify_generated"
REPORT_FORMAT = 1

# Formats that change the Python type the generator produces (datetime.date, datetime.datetime,
# UUID, File). Other formats (double, int64, email, password, ...) leave the type alone and are
# not compared.
TYPED_FORMATS = frozenset({"date", "date-time", "uuid", "binary"})

ARROW = " → "
# Marks a validator finding that normalization cures (update_spec.validate adds it).
CURED = "(cured: normalization renames this schema)"
REQUEST = "request"
RESPONSE = "response"


class SpecError(Exception):
    """A file is not something we can compare (not JSON/YAML, not an OpenAPI 3 document)."""


# --- loading --------------------------------------------------------------------------------


def parse_spec(data: bytes, name: str = "spec") -> dict[str, Any]:
    """Parse an OpenAPI document from bytes (JSON or YAML) and check it looks like OpenAPI 3.

    ``name`` only serves error messages and the JSON/YAML choice (a ``.json`` suffix or a
    leading ``{`` means JSON). libyaml is used when PyYAML has it: ten times faster on the
    700 KB emnify file, same result.
    """
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise SpecError(f"{name}: not UTF-8 text ({exc})") from exc
    try:
        if name.endswith(".json") or text.lstrip().startswith("{"):
            loaded = json.loads(text)
        else:
            loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
            loaded = yaml.load(text, Loader=loader)
    except (ValueError, yaml.YAMLError) as exc:
        raise SpecError(f"{name}: neither JSON nor YAML ({exc})") from exc
    if not isinstance(loaded, dict):
        raise SpecError(f"{name}: the document is not a mapping")
    version = str(loaded.get("openapi", ""))
    if not version.startswith("3."):
        found = f"openapi: {version}" if version else "no `openapi` field"
        raise SpecError(f"{name}: not an OpenAPI 3.x document ({found})")
    if not isinstance(loaded.get("paths"), dict):
        raise SpecError(f"{name}: no `paths` mapping")
    return loaded


def operation_count(spec: Mapping[str, Any]) -> int:
    """How many operations the document declares."""
    return len(operations(dict(spec)))


# --- lenient normalization ------------------------------------------------------------------


@dataclass(frozen=True)
class UnnamedOperation:
    """An operation whose operationId has no entry in ``openapi/operation_names.yaml``."""

    method: str
    path: str
    operation_id: str | None
    tag: str
    suggested_name: str
    reason: str

    def as_json(self) -> dict[str, Any]:
        return {
            "method": self.method,
            "path": self.path,
            "operation_id": self.operation_id,
            "tag": self.tag,
            "suggested_name": self.suggested_name,
            "reason": self.reason,
        }


@dataclass
class Normalized:
    """The outcome of :func:`normalize_lenient`."""

    spec: dict[str, Any]
    unnamed: list[UnnamedOperation] = field(default_factory=list)
    # Rules that do not fit this spec (a curated model name or a response override that names
    # something the spec no longer has); they were left out to get a comparable result.
    rule_problems: list[str] = field(default_factory=list)
    # operation_names.yaml entries that name no operation of this spec.
    stale_names: list[str] = field(default_factory=list)


def _tag_namer(rules: Mapping[str, Any]) -> Any:
    rule = rules.get("tag_module")

    def module(tag: str) -> str:
        if not rule:
            return tag
        prefix = str(rule.get("strip_prefix", ""))
        return _snake(tag[len(prefix) :] if prefix and tag.startswith(prefix) else tag)

    return module


def path_key(path: str) -> str:
    """The path with parameter names blanked: ``/sim/{sim_id}`` and ``/sim/{id}`` are one route."""
    return re.sub(r"\{[^}/]*\}", "{}", path)


def _plural(word: str) -> str:
    if word.endswith("s"):
        return word
    if word.endswith("y") and len(word) > 1 and word[-2] not in "aeiou":
        return word[:-1] + "ies"
    return word + "s"


_VERBS = {"get": "get", "post": "create", "put": "update", "patch": "update", "delete": "delete"}


def suggest_name(method: str, path: str, taken: Iterable[str] = ()) -> str:
    """A verb-first Python name for an operation, unique among ``taken``.

    ``GET`` on a collection becomes ``list_<words>``, on one item ``get_<words>``; ``POST``
    becomes ``create_``, ``PUT``/``PATCH`` ``update_``, ``DELETE`` ``delete_``. The words are
    the path's literal segments after ``/api/vN``. It is a starting point for a person, who
    has the final say in ``operation_names.yaml``.
    """
    segments = [s for s in path.strip("/").split("/") if s]
    while segments and (segments[0] == "api" or re.fullmatch(r"v\d+", segments[0])):
        segments.pop(0)
    words: list[str] = []
    for segment in segments:
        if segment.startswith("{"):
            continue
        word = _snake(segment)
        if word and (not words or words[-1] != word):
            words.append(word)
    if not words:
        words = ["root"]
    lowered = method.lower()
    on_item = bool(segments) and segments[-1].startswith("{")
    if lowered == "get" and not on_item:
        verb = "list"
        words[-1] = _plural(words[-1])
    else:
        verb = _VERBS.get(lowered, lowered)
    name = re.sub(r"[^0-9a-z_]+", "_", "_".join([verb, *words]).lower()).strip("_")
    if not name or name[0].isdigit() or keyword.iskeyword(name):
        name = f"op_{name}"
    used = set(taken)
    candidate, n = name, 2
    while candidate in used:
        candidate = f"{name}_{n}"
        n += 1
    return candidate


def _literal_list(message: str) -> list[str]:
    """The Python list literal at the end of a NormalizationError message, or []."""
    _, sep, tail = message.partition(": ")
    if not sep:
        return []
    try:
        value = ast.literal_eval(tail.strip())
    except (ValueError, SyntaxError):
        return []
    return [str(v) for v in value] if isinstance(value, list) else []


def _prune_rules(rules: dict[str, Any], message: str) -> bool:
    """Drop the rule entries a NormalizationError names; False when it is not that kind."""
    names = set(_literal_list(message))
    if not names:
        return False
    if message.startswith("curated model names match no schema"):
        curated = rules.get("readable_model_names", {}).get("curated", {})
        before = len(curated)
        for name in names:
            curated.pop(name, None)
        return len(curated) < before
    if message.startswith("response_overrides name unknown operations"):
        overrides = rules.get("response_overrides", [])
        kept = [o for o in overrides if o.get("operation") not in names]
        rules["response_overrides"] = kept
        return len(kept) < len(overrides)
    return False


def normalize_lenient(
    raw: dict[str, Any],
    rules_dir: Path = RULES_DIR,
    *,
    previous: Mapping[str, Any] | None = None,
) -> Normalized:
    """Normalize ``raw`` with the rules in ``rules_dir``, tolerating unnamed operations.

    ``normalize_spec.normalize`` stops at the first operation without a curated name. Here each
    such operation gets a suggested name (the name the same route had in ``previous``, a
    normalized spec, when there was one; else :func:`suggest_name`), and normalization runs on a
    temporary copy of the rules folder whose ``operation_names.yaml`` holds those suggestions.
    Rules that name things the spec no longer has are left out the same way and reported.
    Neither the rules folder nor ``raw`` is modified.
    """
    rules = load_rules(rules_dir)
    table: dict[str, str] = dict(
        yaml.safe_load((rules_dir / rules["operation_names"]).read_text()) or {}
    )
    tag_of = _tag_namer(rules)

    working = raw
    if any("operationId" not in op for _, _, op in operations(raw)):
        working = copy.deepcopy(raw)
        for path, method, op in operations(working):
            if "operationId" not in op:
                slug = re.sub(r"[^0-9a-zA-Z]+", "-", path).strip("-")
                op["operationId"] = f"unnamed-{method}-{slug}"
                op["x-no-operation-id"] = True

    before: dict[tuple[str, str], tuple[str, str]] = {}
    if previous is not None:
        for path, method, op in operations(dict(previous)):
            tags = op.get("tags") or ["default"]
            before[(method, path_key(path))] = (str(tags[0]), str(op.get("operationId")))

    ops = operations(working)
    taken: dict[str, set[str]] = {}
    for _, _, op in ops:
        tag = tag_of(str((op.get("tags") or ["default"])[0]))
        if op["operationId"] in table:
            taken.setdefault(tag, set()).add(table[op["operationId"]])

    unnamed: list[UnnamedOperation] = []
    extra: dict[str, str] = {}
    for path, method, op in ops:
        op_id = str(op["operationId"])
        if op_id in table:
            continue
        tag = tag_of(str((op.get("tags") or ["default"])[0]))
        names = taken.setdefault(tag, set())
        old = before.get((method, path_key(path)))
        if old is not None and old[0] == tag and old[1] not in names:
            name = old[1]
            reason = f"same route as `{tag}.{name}` in the pinned spec; its operationId changed"
        else:
            name = suggest_name(method, path, names)
            reason = "new operation"
        names.add(name)
        extra[op_id] = name
        unnamed.append(
            UnnamedOperation(
                method=method.upper(),
                path=path,
                operation_id=None if op.get("x-no-operation-id") else op_id,
                tag=tag,
                suggested_name=name,
                reason=reason,
            )
        )

    present = {str(op["operationId"]) for _, _, op in ops}
    result = Normalized(spec={}, unnamed=unnamed, stale_names=sorted(set(table) - present))
    if not extra:
        try:
            result.spec = normalize(working, rules)
            return result
        except NormalizationError as exc:
            if not _prune_rules(rules, str(exc)):
                raise
            result.rule_problems.append(str(exc))
    with tempfile.TemporaryDirectory(prefix="emnify-rules-") as tmp:
        copy_dir = Path(tmp) / "rules"
        shutil.copytree(rules_dir, copy_dir)
        (copy_dir / rules["operation_names"]).write_text(
            yaml.safe_dump({**table, **extra}, sort_keys=False), encoding="utf-8"
        )
        rules["_dir"] = copy_dir
        for _ in range(8):
            try:
                result.spec = normalize(working, rules)
                break
            except NormalizationError as exc:
                if not _prune_rules(rules, str(exc)):
                    raise
                result.rule_problems.append(str(exc))
        else:  # pragma: no cover - every retry removes at least one rule entry
            raise NormalizationError("rules still do not fit after pruning")
    for _, _, op in operations(result.spec):
        op.pop("x-no-operation-id", None)
    return result


# --- the diff -------------------------------------------------------------------------------


@dataclass(frozen=True)
class DiffOptions:
    """Knobs of the classification.

    ``tolerant_enums``: the generated enums accept values they do not know (rules.yaml
    ``tolerant_enums``), so a value emnify adds to a response enum does not break parsing.
    ``max_depth``: how deep a schema walk goes (a second guard next to the $ref cycle check).
    """

    tolerant_enums: bool = True
    max_depth: int = 48


@dataclass(frozen=True)
class Change:
    """One difference between the two specs, as a client of the generated code sees it."""

    kind: str
    operation: str
    location: str
    detail: str
    breaking: bool
    models: tuple[str, ...] = ()

    def as_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "operation": self.operation,
            "location": self.location,
            "detail": self.detail,
            "breaking": self.breaking,
            "models": list(self.models),
        }


def model_class(schema_name: str) -> str:
    """The class name openapi-python-client gives the model of a component schema."""
    return str(ClassName(schema_name, ""))


@dataclass(frozen=True)
class _Where:
    operation: str
    head: tuple[str, ...]
    direction: str
    tokens: tuple[str, ...] = ()
    models: tuple[str, ...] = ()
    root_kind: str = "field"

    def child(self, token: str) -> _Where:
        return replace(self, tokens=(*self.tokens, token))

    def with_models(self, names: Iterable[str]) -> _Where:
        added = [n for n in names if n not in self.models]
        return replace(self, models=(*self.models, *dict.fromkeys(added))) if added else self

    def location(self) -> str:
        return render_location(self.head, self.tokens)


def render_location(head: Iterable[str], tokens: Iterable[str]) -> str:
    """``head`` segments, then root array markers, then a dotted field path.

    ``(["GET /x", "200"], ["[]", "a", "b", "[]", "c"])`` gives ``GET /x → 200 → [] → a.b[].c``.
    """
    segments = list(head)
    rest = list(tokens)
    while rest and rest[0] == "[]":
        segments.append("[]")
        rest.pop(0)
    text = ""
    for token in rest:
        text += token if token == "[]" or not text else f".{token}"
    if text:
        segments.append(text)
    return ARROW.join(segments)


@dataclass
class _Shape:
    label: str
    nullable: bool
    node: dict[str, Any]
    refs: list[str]
    enum: tuple[Any, ...] | None = None
    variants: list[Any] = field(default_factory=list)


def _is_null(node: Any) -> bool:
    if not isinstance(node, dict):
        return False
    kind = node.get("type")
    return kind == "null" or kind == ["null"]


def _label(node: Mapping[str, Any]) -> str:
    kind = node.get("type")
    if isinstance(kind, list):
        rest = sorted(str(k) for k in kind if k != "null")
        kind = rest[0] if len(rest) == 1 else ("|".join(rest) if rest else "null")
    if kind is None:
        if "properties" in node or "additionalProperties" in node:
            kind = "object"
        elif "items" in node:
            kind = "array"
        elif isinstance(node.get("enum"), list) and node["enum"]:
            kind = type(node["enum"][0]).__name__
        else:
            return "any"
    fmt = node.get("format")
    if kind == "string" and fmt in TYPED_FORMATS:
        return f"string({fmt})"
    return str(kind)


class _Side:
    """One normalized document, with local $ref resolution."""

    def __init__(self, spec: Mapping[str, Any]) -> None:
        self.spec = spec

    def pointer(self, ref: str) -> Any:
        if not ref.startswith("#/"):
            return {}
        node: Any = self.spec
        for part in ref[2:].split("/"):
            part = part.replace("~1", "/").replace("~0", "~")
            if not isinstance(node, dict) or part not in node:
                return {}
            node = node[part]
        return node

    def deref(self, node: Any) -> tuple[Any, list[str]]:
        """Follow ``$ref`` until a real node; also the component schema names passed."""
        refs: list[str] = []
        seen: set[str] = set()
        while isinstance(node, dict) and isinstance(node.get("$ref"), str):
            ref = node["$ref"]
            if ref in seen:
                return {}, refs
            seen.add(ref)
            if ref.startswith("#/components/schemas/"):
                refs.append(ref.rsplit("/", 1)[1])
            node = self.pointer(ref)
        return node, refs

    def shape(self, schema: Any, depth: int = 0) -> _Shape:
        node, refs = self.deref(schema)
        nullable = False
        for _ in range(16):
            if not isinstance(node, dict):
                return _Shape("any", nullable, {}, refs)
            if node.get("nullable") is True:
                nullable = True
            if isinstance(node.get("type"), list) and "null" in node["type"]:
                nullable = True
            key = "anyOf" if isinstance(node.get("anyOf"), list) else "oneOf"
            members = node.get(key)
            if isinstance(members, list) and members:
                resolved = [(m, *self.deref(m)) for m in members]
                non_null = [(raw, n, r) for raw, n, r in resolved if not _is_null(n)]
                if len(non_null) < len(resolved):
                    nullable = True
                enum = _tolerant_enum([n for _, n, _ in non_null])
                if enum is not None:
                    base, values = enum
                    for _, _, r in non_null:
                        refs.extend(r)
                    return _Shape(base, nullable, node, refs, enum=values)
                if len(non_null) == 1:
                    _, node, more = non_null[0]
                    refs.extend(more)
                    continue
                if not non_null:
                    return _Shape("null", True, node, refs)
                variants = [raw for raw, _, _ in non_null]
                if depth > 8:
                    labels = ["?"] * len(variants)
                else:
                    labels = [self.shape(v, depth + 1).label for v in variants]
                order = sorted(range(len(variants)), key=lambda i: labels[i])
                label = "union[" + ", ".join(labels[i] for i in order) + "]"
                return _Shape(label, nullable, node, refs, variants=[variants[i] for i in order])
            parts = node.get("allOf")
            if isinstance(parts, list) and parts:
                resolved_parts = [self.deref(p) for p in parts]
                if len(parts) == 1 and set(node) <= {"allOf", "title", "description"}:
                    node, more = resolved_parts[0]
                    refs.extend(more)
                    continue
                node = _merge_all_of(node, [p for p, _ in resolved_parts])
                for _, more in resolved_parts:
                    refs.extend(more)
            break
        enum_values = node.get("enum")
        known = tuple(enum_values) if isinstance(enum_values, list) else None
        return _Shape(_label(node), nullable, node, refs, enum=known)


def _tolerant_enum(members: list[Any]) -> tuple[str, tuple[Any, ...]] | None:
    """``anyOf: [{type: T, enum: [...]}, {type: T}]``, the shape of our tolerant enums."""
    if len(members) != 2 or not all(isinstance(m, dict) for m in members):
        return None
    known = [m for m in members if isinstance(m.get("enum"), list)]
    plain = [m for m in members if "enum" not in m]
    if len(known) != 1 or len(plain) != 1:
        return None
    base = known[0].get("type")
    if base is None or plain[0].get("type") != base or set(plain[0]) - {"type", "title"}:
        return None
    return str(base), tuple(known[0]["enum"])


def _merge_all_of(node: Mapping[str, Any], parts: list[Any]) -> dict[str, Any]:
    merged: dict[str, Any] = {k: v for k, v in node.items() if k != "allOf"}
    props: dict[str, Any] = dict(merged.get("properties") or {})
    required: list[str] = list(merged.get("required") or [])
    for part in parts:
        if not isinstance(part, dict):
            continue
        props.update(part.get("properties") or {})
        required.extend(r for r in part.get("required") or [] if r not in required)
        for key in ("type", "items", "additionalProperties"):
            if key in part and key not in merged:
                merged[key] = part[key]
    if props:
        merged["properties"] = props
        merged.setdefault("type", "object")
    if required:
        merged["required"] = required
    return merged


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


class _Differ:
    def __init__(
        self, old: Mapping[str, Any], new: Mapping[str, Any], options: DiffOptions
    ) -> None:
        self.old = _Side(old)
        self.new = _Side(new)
        self.options = options
        self.changes: list[Change] = []
        self._renames: set[tuple[str, str, str]] = set()

    def add(self, where: _Where, kind: str, detail: str, breaking: bool) -> None:
        self.changes.append(
            Change(kind, where.operation, where.location(), detail, breaking, where.models)
        )

    # -- schemas --

    def schema(
        self,
        old: Any,
        new: Any,
        where: _Where,
        visiting: frozenset[tuple[str, str]] = frozenset(),
        depth: int = 0,
    ) -> None:
        if depth > self.options.max_depth:
            return
        o = self.old.shape(old)
        n = self.new.shape(new)
        where = where.with_models(model_class(r) for r in [*o.refs, *n.refs])
        if o.refs and n.refs:
            pair = (o.refs[-1], n.refs[-1])
            if pair in visiting:
                return
            visiting = visiting | {pair}
            self._renamed_model(o, n, where)
        kind = f"{where.root_kind}_retyped" if not where.tokens else "field_retyped"
        if o.label != n.label:
            self.add(where, kind, f"type {o.label} → {n.label}", True)
            return
        if o.nullable != n.nullable:
            if where.direction == RESPONSE:
                breaking = n.nullable
            else:
                breaking = not n.nullable
            detail = "may now be null" if n.nullable else "can no longer be null"
            self.add(where, "nullable_changed", detail, breaking)
        self.enum(o, n, where)
        if o.label == "object":
            self.object(o, n, where, visiting, depth)
        elif o.label == "array":
            self.schema(
                o.node.get("items", {}),
                n.node.get("items", {}),
                where.child("[]"),
                visiting,
                depth + 1,
            )
        elif o.variants and len(o.variants) == len(n.variants):
            for old_variant, new_variant in zip(o.variants, n.variants, strict=True):
                self.schema(old_variant, new_variant, where, visiting, depth + 1)

    def _renamed_model(self, o: _Shape, n: _Shape, where: _Where) -> None:
        old_class, new_class = model_class(o.refs[-1]), model_class(n.refs[-1])
        if old_class == new_class or not (o.label == "object" or o.enum is not None):
            return
        key = (where.operation, old_class, new_class)
        if key in self._renames:
            return
        self._renames.add(key)
        self.add(where, "model_renamed", f"model {old_class} is now {new_class}", True)

    def enum(self, o: _Shape, n: _Shape, where: _Where) -> None:
        tolerant = self.options.tolerant_enums
        if o.enum is None and n.enum is None:
            return
        if o.enum is None:
            count = len(n.enum or ())
            self.add(
                where, "enum_constrained", f"now an enum of {count} known values", not tolerant
            )
            return
        if n.enum is None:
            breaking = not tolerant and where.direction == RESPONSE
            self.add(where, "enum_unconstrained", "no longer an enum", breaking)
            return
        for value in n.enum:
            if value not in o.enum:
                breaking = not tolerant and where.direction == RESPONSE
                self.add(where, "enum_value_added", f"value {_json(value)} added", breaking)
        for value in o.enum:
            if value not in n.enum:
                breaking = where.direction == REQUEST
                self.add(where, "enum_value_removed", f"value {_json(value)} removed", breaking)

    def object(
        self,
        o: _Shape,
        n: _Shape,
        where: _Where,
        visiting: frozenset[tuple[str, str]],
        depth: int,
    ) -> None:
        old_props: dict[str, Any] = o.node.get("properties") or {}
        new_props: dict[str, Any] = n.node.get("properties") or {}
        old_required = set(o.node.get("required") or [])
        new_required = set(n.node.get("required") or [])
        request = where.direction == REQUEST
        for name in old_props:
            if name not in new_props:
                self.add(where.child(name), "field_removed", "field removed", True)
        for name, new_schema in new_props.items():
            child = where.child(name)
            now = name in new_required
            if name not in old_props:
                detail = f"{'required' if now else 'optional'} field added"
                self.add(child, "field_added", detail, request and now)
                continue
            was = name in old_required
            if was != now:
                breaking = now if request else not now
                detail = "optional → required" if now else "required → optional"
                self.add(child, "field_required_changed", detail, breaking)
            self.schema(old_props[name], new_schema, child, visiting, depth + 1)
        old_extra = o.node.get("additionalProperties")
        new_extra = n.node.get("additionalProperties")
        if isinstance(old_extra, dict) and isinstance(new_extra, dict):
            self.schema(old_extra, new_extra, where.child("*"), visiting, depth + 1)

    # -- operations --

    def operation(self, old: _Operation, new: _Operation) -> None:
        where = _Where(
            operation=old.name, head=(f"{new.method.upper()} {new.path}",), direction=REQUEST
        )
        if old.name != new.name:
            self.add(where, "operation_renamed", f"{old.name} is now {new.name}", True)
        self.parameters(old, new, where)
        self.request_body(old, new, where)
        self.responses(old, new, where)

    def parameters(self, old: _Operation, new: _Operation, where: _Where) -> None:
        before = old.parameters(self.old)
        after = new.parameters(self.new)
        removed = [k for k in before if k not in after]
        added = [k for k in after if k not in before]
        moved: list[tuple[tuple[str, str], tuple[str, str]]] = []
        for key in list(removed):
            same_name = [k for k in added if k[0] == key[0]]
            if len(same_name) == 1 and sum(1 for k in removed if k[0] == key[0]) == 1:
                moved.append((key, same_name[0]))
                removed.remove(key)
                added.remove(same_name[0])
        for key in removed:
            place = replace(where, head=(*where.head, f"{key[1]} parameter {key[0]}"))
            self.add(place, "parameter_removed", "parameter removed", True)
        for key in added:
            place = replace(where, head=(*where.head, f"{key[1]} parameter {key[0]}"))
            required = bool(after[key].get("required"))
            detail = f"{'required' if required else 'optional'} parameter added"
            self.add(place, "parameter_added", detail, required)
        pairs = [(k, k) for k in before if k in after] + moved
        for old_key, new_key in pairs:
            place = replace(
                where,
                head=(*where.head, f"{new_key[1]} parameter {new_key[0]}"),
                root_kind="parameter",
            )
            if old_key[1] != new_key[1]:
                self.add(
                    place,
                    "parameter_location_changed",
                    f"moved from {old_key[1]} to {new_key[1]}",
                    True,
                )
            was, now = bool(before[old_key].get("required")), bool(after[new_key].get("required"))
            if was != now:
                detail = "optional → required" if now else "required → optional"
                self.add(place, "parameter_required_changed", detail, now)
            self.schema(before[old_key].get("schema", {}), after[new_key].get("schema", {}), place)

    def request_body(self, old: _Operation, new: _Operation, where: _Where) -> None:
        before, _ = self.old.deref(old.op.get("requestBody"))
        after, _ = self.new.deref(new.op.get("requestBody"))
        place = replace(where, head=(*where.head, "request body"), root_kind="field")
        if not before and not after:
            return
        if not before:
            required = bool(after.get("required"))
            detail = f"{'required' if required else 'optional'} request body added"
            self.add(place, "request_body_added", detail, required)
            return
        if not after:
            self.add(place, "request_body_removed", "request body removed", True)
            return
        was, now = bool(before.get("required")), bool(after.get("required"))
        if was != now:
            detail = "optional → required" if now else "required → optional"
            self.add(place, "request_body_required_changed", detail, now)
        if _inline_object(before) or _inline_object(after):
            # The generator names an inline body model after the operation: <Operation>Body.
            names = {old.python_name, new.python_name}
            place = place.with_models(model_class(f"{name}_body") for name in sorted(names))
        self.content(before, after, place, critical=True)

    def responses(self, old: _Operation, new: _Operation, where: _Where) -> None:
        # str(): YAML reads an unquoted 200 as an int, JSON always has "200".
        before = {str(k): v for k, v in (old.op.get("responses") or {}).items()}
        after = {str(k): v for k, v in (new.op.get("responses") or {}).items()}
        base = replace(where, direction=RESPONSE)
        for status in before:
            if status not in after:
                success = str(status).startswith("2")
                place = replace(base, head=(*base.head, str(status)))
                self.add(place, "response_removed", f"response {status} removed", success)
        for status, response in after.items():
            place = replace(base, head=(*base.head, str(status)))
            if status not in before:
                self.add(place, "response_added", f"response {status} added", False)
                continue
            old_response, _ = self.old.deref(before[status])
            new_response, _ = self.new.deref(response)
            self.content(old_response, new_response, place, critical=str(status).startswith("2"))

    def content(self, before: Any, after: Any, where: _Where, *, critical: bool) -> None:
        """Compare the ``content`` maps (media type -> schema) of a body or response."""
        old_media: dict[str, Any] = (
            before.get("content") if isinstance(before, dict) else None
        ) or {}
        new_media: dict[str, Any] = (
            after.get("content") if isinstance(after, dict) else None
        ) or {}
        if old_media and not new_media:
            self.add(where, "body_removed", "no body any more", critical)
            return
        if new_media and not old_media:
            self.add(where, "body_added", "now has a body", where.direction == REQUEST)
            return
        single = len(old_media) == 1 and len(new_media) == 1
        for media in old_media:
            if media not in new_media and not single:
                self.add(where, "media_type_removed", f"{media} removed", critical)
        for media in new_media:
            if media not in old_media and not single:
                self.add(where, "media_type_added", f"{media} added", False)
        if single:
            (old_type, old_body), (new_type, new_body) = (
                next(iter(old_media.items())),
                next(iter(new_media.items())),
            )
            if old_type != new_type:
                self.add(where, "media_type_changed", f"{old_type} → {new_type}", critical)
            pairs = [(old_body, new_body, where)]
        else:
            pairs = [
                (
                    old_media[m],
                    new_media[m],
                    where if m == "application/json" else replace(where, head=(*where.head, m)),
                )
                for m in new_media
                if m in old_media
            ]
        for old_body, new_body, place in pairs:
            old_schema = old_body.get("schema", {}) if isinstance(old_body, dict) else {}
            new_schema = new_body.get("schema", {}) if isinstance(new_body, dict) else {}
            self.schema(old_schema, new_schema, place)


def _inline_object(body: Any) -> bool:
    content = body.get("content") if isinstance(body, dict) else None
    if not isinstance(content, dict):
        return False
    for media in content.values():
        schema = media.get("schema") if isinstance(media, dict) else None
        if isinstance(schema, dict) and "$ref" not in schema and _label(schema) == "object":
            return True
    return False


@dataclass(frozen=True)
class _Operation:
    path: str
    method: str
    op: dict[str, Any]
    item: dict[str, Any]

    @property
    def tag(self) -> str:
        tags = self.op.get("tags") or ["default"]
        return str(tags[0])

    @property
    def python_name(self) -> str:
        return str(self.op.get("operationId") or f"{self.method}_{path_key(self.path)}")

    @property
    def name(self) -> str:
        return f"{self.tag}.{self.python_name}"

    def parameters(self, side: _Side) -> dict[tuple[str, str], dict[str, Any]]:
        found: dict[tuple[str, str], dict[str, Any]] = {}
        for raw in [*(self.item.get("parameters") or []), *(self.op.get("parameters") or [])]:
            param, _ = side.deref(raw)
            if isinstance(param, dict) and "name" in param:
                found[(str(param["name"]), str(param.get("in", "query")))] = param
        return found


def _index(spec: Mapping[str, Any]) -> dict[tuple[str, str], _Operation]:
    found: dict[tuple[str, str], _Operation] = {}
    for path, method, op in operations(dict(spec)):
        key = (method, path_key(path))
        if key in found:  # two templates for one route: keep them apart
            key = (method, path)
        found[key] = _Operation(path, method, op, spec["paths"][path])
    return found


def diff_specs(
    old: Mapping[str, Any], new: Mapping[str, Any], options: DiffOptions | None = None
) -> list[Change]:
    """Every change from ``old`` to ``new`` (both normalized specs), in a stable order.

    Operations are matched by method and route (path parameter names ignored); the order is
    the new spec's, then the operations only the old one has. An operation's ``name`` in each
    change is ``tag.python_name`` as the current (old) generated client has it; for an added
    operation it is the name it will get.
    """
    differ = _Differ(old, new, options or DiffOptions())
    before, after = _index(old), _index(new)
    for key, new_op in after.items():
        old_op = before.get(key)
        where = _Where(new_op.name, (f"{new_op.method.upper()} {new_op.path}",), REQUEST)
        if old_op is None:
            differ.add(where, "operation_added", f"new operation {new_op.name}", False)
        else:
            differ.operation(old_op, new_op)
    for key, old_op in before.items():
        if key not in after:
            where = _Where(old_op.name, (f"{old_op.method.upper()} {old_op.path}",), REQUEST)
            differ.add(where, "operation_removed", f"operation {old_op.name} removed", True)
    return differ.changes


# --- the facade -----------------------------------------------------------------------------


@dataclass(frozen=True)
class FacadeUse:
    """A facade module that uses operations or models touched by the change."""

    module: str
    uses: tuple[str, ...]
    breaking: bool

    def as_json(self) -> dict[str, Any]:
        return {"module": self.module, "uses": list(self.uses), "breaking": self.breaking}


_CHAIN = re.compile(r"\b[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)+")
_API_ATTRIBUTE = re.compile(r"\bapi\.([a-z_][a-z0-9_]*)\.([a-z_][a-z0-9_]*)")


def references(source: str) -> tuple[set[str], set[str]]:
    """Operations (``tag.name``) and model names (class or module) that ``source`` mentions.

    Looks at ``import``/``from ... import`` of ``emnify_generated.api.<tag>.<op>`` and
    ``emnify_generated.models[.<module>]`` (with their aliases), dotted uses of those, and
    ``api.<tag>.<op>`` chains anywhere (``client.api.sim.get_sim`` in code or in strings).
    """
    aliases: dict[str, str] = {}
    dotted: set[str] = set()
    try:
        tree: ast.AST | None = ast.parse(source)
    except SyntaxError:
        tree = None
    for node in ast.walk(tree) if tree is not None else ():
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.startswith(GENERATED_PACKAGE):
                    dotted.add(alias.name)
                    if alias.asname:
                        aliases[alias.asname] = alias.name
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            if node.module.startswith(GENERATED_PACKAGE):
                for alias in node.names:
                    full = f"{node.module}.{alias.name}"
                    dotted.add(full)
                    aliases[alias.asname or alias.name] = full
    for chain in _CHAIN.findall(source):
        head, _, rest = chain.partition(".")
        if head in aliases:
            dotted.add(f"{aliases[head]}.{rest}")
        elif head == GENERATED_PACKAGE:
            dotted.add(chain)
    ops: set[str] = set()
    models: set[str] = set()
    for name in dotted:
        parts = name.split(".")
        if parts[:2] == [GENERATED_PACKAGE, "api"] and len(parts) >= 4:
            ops.add(f"{parts[2]}.{parts[3]}")
        elif parts[:2] == [GENERATED_PACKAGE, "models"] and len(parts) >= 3:
            models.update(parts[2:4])
    ops.update(f"{tag}.{op}" for tag, op in _API_ATTRIBUTE.findall(source))
    return ops, models


def facade_uses(
    changes: Iterable[Change], facade_dir: Path = FACADE_DIR, root: Path = ROOT
) -> list[FacadeUse]:
    """The facade modules (``facade_dir/**/*.py``) that use an operation or model in ``changes``."""
    ops: dict[str, bool] = {}
    models: dict[str, bool] = {}
    for change in changes:
        ops[change.operation] = ops.get(change.operation, False) or change.breaking
        if change.kind == "operation_renamed":
            new_name = change.detail.rsplit(" ", 1)[-1]
            ops[new_name] = ops.get(new_name, False) or change.breaking
        for model in change.models:
            for name in (model, snake_case(model)):
                models[name] = models.get(name, False) or change.breaking
    found: list[FacadeUse] = []
    if not facade_dir.is_dir():
        return found
    for path in sorted(facade_dir.rglob("*.py")):
        if "__pycache__" in path.parts:
            continue
        used_ops, used_models = references(path.read_text(encoding="utf-8", errors="replace"))
        hits = sorted({o for o in used_ops if o in ops} | {m for m in used_models if m in models})
        if hits:
            breaking = any(ops.get(h, False) or models.get(h, False) for h in hits)
            try:
                shown = str(path.relative_to(root))
            except ValueError:
                shown = str(path)
            found.append(FacadeUse(shown, tuple(hits), breaking))
    return found


# --- the report -----------------------------------------------------------------------------


def build_report(
    *,
    old: Mapping[str, Any],
    new: Mapping[str, Any],
    changes: list[Change],
    unnamed: list[UnnamedOperation] | None = None,
    rule_problems: list[str] | None = None,
    errors: list[str] | None = None,
    warnings: list[str] | None = None,
    facade: list[FacadeUse] | None = None,
    mode: str = "report-only",
) -> dict[str, Any]:
    """The JSON report (see ``docs/spec-updates.md`` for the structure).

    ``old``/``new`` describe the two files: ``{"source", "sha256", "operations"}``. The
    ``actions`` and ``exit_code`` entries are filled in by the caller once it knows them.
    """
    unnamed = unnamed or []
    rule_problems = rule_problems or []
    errors = errors or []
    breaking = sum(1 for c in changes if c.breaking)
    blocked = bool(unnamed or rule_problems or errors)
    if blocked:
        status = "blocked"
    elif breaking:
        status = "breaking"
    elif changes:
        status = "non-breaking"
    else:
        status = "no-changes"
    return {
        "format": REPORT_FORMAT,
        "mode": mode,
        "old": dict(old),
        "new": dict(new),
        "status": status,
        "breaking": breaking > 0,
        "counts": {
            "changes": len(changes),
            "breaking": breaking,
            "non_breaking": len(changes) - breaking,
        },
        "changes": [c.as_json() for c in changes],
        "unnamed_operations": [u.as_json() for u in unnamed],
        "rule_problems": list(rule_problems),
        "errors": list(errors),
        "warnings": list(warnings or []),
        "facade_modules_affected": [f.as_json() for f in facade or []],
        "actions": {"report_written": False, "pin_updated": False, "regenerated": False},
        "exit_code": 2 if blocked else (1 if breaking else 0),
    }


def _cell(text: Any) -> str:
    return str(text).replace("|", "\\|").replace("\n", " ")


def _change_table(rows: list[dict[str, Any]]) -> list[str]:
    lines = ["| kind | operation | location | detail |", "|---|---|---|---|"]
    for row in rows:
        cells = (row["kind"], f"`{row['operation']}`", f"`{row['location']}`", row["detail"])
        lines.append("| " + " | ".join(_cell(c) for c in cells) + " |")
    return lines


def render_markdown(report: Mapping[str, Any], max_warnings: int = 40) -> str:
    """The report for a person: verdict, what stops the update, changes, facade, warnings."""
    old, new = report["old"], report["new"]
    counts = report["counts"]
    lines = ["# emnify spec change report", ""]
    lines += [
        "| | pinned (old) | new |",
        "|---|---|---|",
        f"| source | `{_cell(old.get('source'))}` | `{_cell(new.get('source'))}` |",
        f"| sha256 | `{old.get('sha256')}` | `{new.get('sha256')}` |",
        f"| operations | {old.get('operations')} | {new.get('operations')} |",
        "",
    ]
    verdict = {
        "no-changes": "**No changes** a client of the generated code would notice.",
        "non-breaking": f"**Non-breaking**: {counts['changes']} change(s), none breaking.",
        "breaking": f"**Breaking**: {counts['breaking']} breaking and {counts['non_breaking']} non-breaking change(s).",
        "blocked": (
            f"**Blocked**: the update cannot go on (see below). Changes so far: {counts['breaking']} breaking, "
            f"{counts['non_breaking']} non-breaking."
        ),
    }[report["status"]]
    lines += [verdict, ""]
    unnamed = report["unnamed_operations"]
    if unnamed:
        lines += [
            f"## Operations without a curated name ({len(unnamed)})",
            "",
            "The update stops here. Add these entries to `openapi/operation_names.yaml` (rename as"
            " you see fit: verb first, unique within the tag), then run `make update-spec` again:",
            "",
            "```yaml",
        ]
        for item in unnamed:
            key = item["operation_id"] or "(no operationId: ask for one, or add one)"
            lines.append(
                f"{key}: {item['suggested_name']}  # {item['method']} {item['path']} "
                f"(tag {item['tag']}; {item['reason']})"
            )
        lines += ["```", ""]
    if report["errors"]:
        lines += ["## Errors", ""]
        lines += [f"- {_cell(e)}" for e in report["errors"]]
        lines.append("")
    if report["rule_problems"]:
        lines += ["## Rules that no longer fit the new spec", ""]
        lines += [f"- {_cell(p)}" for p in report["rule_problems"]]
        lines += ["", "Fix `openapi/rules.yaml` (they were left out to compute this report).", ""]
    changes = report["changes"]
    breaking = [c for c in changes if c["breaking"]]
    other = [c for c in changes if not c["breaking"]]
    if breaking:
        lines += [f"## Breaking changes ({len(breaking)})", "", *_change_table(breaking), ""]
    if other:
        lines += [f"## Non-breaking changes ({len(other)})", "", *_change_table(other), ""]
    facade = report["facade_modules_affected"]
    if facade:
        lines += ["## Facade modules that use what changed", ""]
        for item in facade:
            mark = " (breaking)" if item["breaking"] else ""
            lines.append(f"- `{item['module']}`{mark}: {', '.join(f'`{u}`' for u in item['uses'])}")
        lines.append("")
    elif changes:
        lines += ["No facade module (`src/emnify/`) uses a changed operation or model.", ""]
    warnings = [w for w in report["warnings"] if CURED not in w]
    cured = [w for w in report["warnings"] if CURED in w]
    if warnings or cured:
        lines += [f"## Warnings ({len(report['warnings'])})", ""]
        lines += [f"- {_cell(w)}" for w in warnings[:max_warnings]]
        if len(warnings) > max_warnings:
            lines.append(f"- ... and {len(warnings) - max_warnings} more (see the JSON report)")
        if cured:
            lines.append(
                f"- {len(cured)} OpenAPI validation finding(s) on schema keys that normalization renames"
                f" (first: {_cell(cured[0].removesuffix(CURED).strip())}); all are in the JSON report"
            )
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"
