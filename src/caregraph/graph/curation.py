"""Curation: an analyst's corrections to the graph, kept in a YAML file beside the corpus.

The file is a list of operations, applied in order when the graph is assembled, after the
cross-document merge and the labels of known bodies (graph/labels.py: a body labelled by a form
its texts write, its gazetteer name an alias its id is still made from) and before ids are made
(graph/assemble.py), so an operation sees the labels the graph shows and the per-document cache
stays valid and an edit to the file re-assembles the graph without parsing anything:

    - {op: merge, names: ["Jane", "Jane Doe"], label: "Jane Doe"}
    - {op: rename, name: "Harbour Trust", label: "The Harbour Trust"}
    - {op: retype, name: "Letterswap", type: Initiative}
    - {op: alias, name: "Department for Transport", alias: "the Department"}
    - {op: unalias, name: "Department for Transport", alias: "DfT Funding"}
    - {op: drop, name: "Cookie Policy"}
    - {op: drop, edge: ["Acme Trust", "RUNS", "Bluebird"]}
    - {op: add, edge: ["Acme Trust", "FOUNDED", "Bluebird"], note: "founding stated in its annual report"}

Names are matched as the query commands match them (query.find_node): a node id, else a
label, else an alias, compared by `core.text.name_key` (case, accents and a leading "the"
ignored). An operation that matches nothing, or matches several entities, is a warning (the
names drift as extraction improves); `--strict` makes it fatal. Every problem with the file
itself is one SchemaError naming the file, the line and the key path.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import yaml

from ..core.files import replace_atomically
from ..core.ontology import DOCUMENT, MENTIONS
from ..core.records import Entity
from ..core.text import name_key, normalise_key
from ..errors import OutputError, SchemaError
from ..extract.ingest import CURATION_NAME
from ..extract.resolve import decide_type
from .ids import node_ids

OPERATIONS = ("merge", "rename", "retype", "alias", "unalias", "drop", "add")
DEFAULT_NAME = CURATION_NAME

# the keys each operation takes (besides `op`), required first
_KEYS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "merge": (("names",), ("label",)),
    "rename": (("name", "label"), ()),
    "retype": (("name", "type"), ()),
    "alias": (("name", "alias"), ()),
    "unalias": (("name", "alias"), ()),
    "drop": ((), ("name", "edge")),
    "add": (("edge", "note"), ()),
}


@dataclass(frozen=True, slots=True)
class Operation:
    """One line of the curation file."""

    op: str
    where: str                          # "data/raw/curation.yaml:4"
    names: tuple[str, ...] = ()         # merge: every name; the others: the one name
    label: str | None = None
    type: str | None = None
    alias: str | None = None
    edge: tuple[str, str, str] | None = None
    note: str | None = None

    def describe(self) -> str:
        if self.edge is not None:
            return f"{self.op} {' '.join(self.edge)}"
        return f"{self.op} {' + '.join(repr(n) for n in self.names)}"


@dataclass(frozen=True, slots=True)
class Curation:
    source: str
    operations: tuple[Operation, ...]


def default_curation(paths: Sequence[str | Path]) -> Path | None:
    """`curation.yaml` in the first input folder, when there is one."""
    for path in paths:
        if Path(path).is_dir():
            candidate = Path(path) / DEFAULT_NAME
            return candidate if candidate.is_file() else None
    return None


def load_curation(path: str | Path, *, types: Sequence[str], relations: Sequence[str]) -> Curation:
    """Read and validate a curation file; any problem is one SchemaError (file, line, key)."""
    source = str(path)
    try:
        text = Path(path).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise SchemaError(f"{source}: curation file not found") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise SchemaError(f"{source}: cannot read the curation file ({exc})") from exc
    return parse_curation(text, source=source, types=types, relations=relations)


def parse_curation(text: str, *, source: str, types: Sequence[str], relations: Sequence[str]) -> Curation:
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"{source}:{mark.line + 1}" if mark is not None else source
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise SchemaError(f"{where}: not valid YAML ({problem})") from None
    if data is None:
        return Curation(source, ())
    if not isinstance(data, list) or not isinstance(root, yaml.SequenceNode):
        raise SchemaError(f"{source}: expected a list of operations ({', '.join(OPERATIONS)})")
    entity_types = tuple(t for t in types if t != DOCUMENT)
    known_relations = tuple(r for r in relations if r != MENTIONS)
    ops = tuple(
        _operation(item, f"{source}:{node.start_mark.line + 1}", f"[{i}]", entity_types, known_relations)
        for i, (item, node) in enumerate(zip(data, root.value, strict=True))
    )
    return Curation(source, ops)


def _operation(item: Any, where: str, path: str, types: Sequence[str], relations: Sequence[str]) -> Operation:
    def bad(key: str, problem: str) -> SchemaError:
        return SchemaError(f"{where}: {path}{'.' + key if key else ''}: {problem}")

    if not isinstance(item, dict):
        raise bad("", "expected a mapping such as {op: drop, name: \"...\"}")
    op = item.get("op")
    if op not in _KEYS:
        raise bad("op", f"expected one of {', '.join(OPERATIONS)} (got {op!r})")
    required, optional = _KEYS[op]
    for key in sorted(set(item) - {"op", *required, *optional}, key=str):
        raise bad(str(key), f"not a key of '{op}' (it takes: {', '.join((*required, *optional))})")
    for key in required:
        if key not in item:
            raise bad(key, f"missing ('{op}' needs {', '.join(required)})")

    def text(key: str) -> str:
        value = item[key]
        if not isinstance(value, str) or not value.strip():
            raise bad(key, "expected a non-empty string")
        return value.strip()

    def edge() -> tuple[str, str, str]:
        value = item["edge"]
        if (not isinstance(value, list) or len(value) != 3
                or not all(isinstance(v, str) and v.strip() for v in value)):
            raise bad("edge", "expected [source, RELATION, target]")
        source, relation, target = (v.strip() for v in value)
        if relation not in relations:
            raise bad("edge", f"unknown relation '{relation}' (known: {', '.join(sorted(relations))})")
        return source, relation, target

    if op == "merge":
        names = item["names"]
        if (not isinstance(names, list) or len(names) < 2
                or not all(isinstance(n, str) and n.strip() for n in names)):
            raise bad("names", "expected a list of at least two names")
        label = text("label") if "label" in item else None
        return Operation(op, where, names=tuple(n.strip() for n in names), label=label)
    if op == "drop":
        if ("name" in item) == ("edge" in item):
            raise bad("", "'drop' needs exactly one of name or edge")
        if "name" in item:
            return Operation(op, where, names=(text("name"),))
        return Operation(op, where, edge=edge())
    if op == "add":
        return Operation(op, where, edge=edge(), note=text("note"))
    name = text("name")
    if op == "rename":
        return Operation(op, where, names=(name,), label=text("label"))
    if op == "retype":
        type_ = text("type")
        if type_ not in types:
            raise bad("type", f"unknown type '{type_}' (known: {', '.join(types)})")
        return Operation(op, where, names=(name,), type=type_)
    return Operation(op, where, names=(name,), alias=text("alias"))


def format_operation(fields: dict[str, Any]) -> str:
    """One operation as one line of YAML (a flow mapping), `op` first."""
    body = yaml.safe_dump(fields, default_flow_style=True, sort_keys=False, allow_unicode=True, width=10**6)
    return f"- {body.strip()}\n"


def append_operation(
    path: str | Path, fields: dict[str, Any], *, types: Sequence[str], relations: Sequence[str]
) -> Operation:
    """Append one operation to a curation file (made if missing), after checking that the
    file with it is valid; the file is replaced atomically. Returns the operation as read back."""
    target = Path(path)
    try:
        text = target.read_text(encoding="utf-8") if target.exists() else ""
    except (OSError, UnicodeDecodeError) as exc:
        raise SchemaError(f"{target}: cannot read the curation file ({exc})") from exc
    if text and not text.endswith("\n"):
        text += "\n"
    parse_curation(text, source=str(target), types=types, relations=relations)   # as it is
    new = text + format_operation(fields)
    curation = parse_curation(new, source=str(target), types=types, relations=relations)
    if not curation.operations:
        raise SchemaError(f"{target}: the operation did not read back")
    if not target.parent.is_dir():
        raise OutputError(f"{target}: cannot write (directory {target.parent} does not exist)")
    try:
        replace_atomically(target, lambda handle: handle.write(new.encode("utf-8")), durable=True)
    except OSError as exc:
        raise OutputError(f"{target}: cannot write ({exc.strerror or exc})") from exc
    return curation.operations[-1]


# --- applying it ------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class EdgeOp:
    """An edge operation with its ends resolved to entity keys (before ids exist)."""

    op: Operation
    source: str
    target: str


@dataclass(slots=True)
class Curated:
    """The entities after curation, and what the assembler still has to do."""

    entities: list[Entity]
    remap: dict[str, str | None]            # merged key -> curated key (None: dropped)
    touched: dict[str, list[str]] = field(default_factory=dict)   # curated key -> where
    # curated key -> the label its node id is made from, where that is not its label (a known
    # body a written form labels, graph/labels.py, that no operation gave a label)
    id_labels: dict[str, str] = field(default_factory=dict)
    edge_ops: list[EdgeOp] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def key(self, merged_key: str) -> str | None:
        """The curated entity a merged entity became (None: dropped)."""
        key: str | None = merged_key
        seen = set()
        while key is not None and key in self.remap and key not in seen:
            seen.add(key)
            key = self.remap[key]
        return key


def apply_curation(curation: Curation, entities: Sequence[Entity], *, types: Sequence[str],
                   id_labels: Mapping[str, str] | None = None) -> Curated:
    """Apply the entity operations in order; edge operations are resolved to entity keys here
    and applied by the assembler once edges exist. `id_labels` gives the label a node id is
    made from where that is not the entity's label ({key: the entry's name} of a known body
    labelled by a written form): an operation names the node by its id, its label or an alias,
    and a rename or a merge with a label makes the id from the new label."""
    current: dict[str, Entity] = {e.key: e for e in entities}
    done = Curated(entities=[], remap={}, id_labels=dict(id_labels or {}))

    def touch(key: str, op: Operation) -> None:
        done.touched.setdefault(key, []).append(op.where)

    def warn(op: Operation, problem: str) -> None:
        done.warnings.append(f"{op.where}: {op.op}: {problem}")

    ids: dict[str, str] | None = None   # the node ids, made again only after an operation changes them

    def find(op: Operation, name: str) -> str | None:
        nonlocal ids
        if ids is None:
            ids = id_node_ids(list(current.values()), done.id_labels)
        found = match(name, list(current.values()), ids=ids)
        if len(found) == 1:
            return found[0].key
        if not found:
            warn(op, f"'{name}' matches no entity")
        else:
            listed = "; ".join(f"{e.label} ({e.type})" for e in sorted(found, key=lambda e: (e.label, e.type)))
            warn(op, f"'{name}' matches {len(found)} entities ({listed}); give the id")
        return None

    changes_ids = False
    for op in curation.operations:
        if changes_ids:
            ids = None   # the last merge, rename, retype or drop may have changed a node's id (graph/ids.py)
        changes_ids = op.edge is None and op.op not in ("alias", "unalias")
        if op.edge is not None:
            source, target = find(op, op.edge[0]), find(op, op.edge[2])
            if source is not None and target is not None:
                done.edge_ops.append(EdgeOp(op, source, target))
            continue
        if op.op == "merge":
            keys = [k for k in (find(op, n) for n in op.names) if k is not None]
            keys = list(dict.fromkeys(keys))
            if not keys:
                continue
            group = [current[k] for k in keys]
            merged = _merge(group, label=op.label, types=types)
            for k in keys[1:]:
                del current[k]
                done.remap[k] = keys[0]
                done.id_labels.pop(k, None)
            if op.label:
                done.id_labels.pop(keys[0], None)
            current[keys[0]] = merged
            for k in keys[1:]:
                done.touched.setdefault(keys[0], []).extend(done.touched.pop(k, []))
            touch(keys[0], op)
            continue
        key = find(op, op.names[0])
        if key is None:
            continue
        entity = current[key]
        if op.op == "drop":
            del current[key]
            done.remap[key] = None
            done.touched.pop(key, None)
            done.id_labels.pop(key, None)
            continue
        if op.op == "rename":
            entity = entity.relabelled(op.label or entity.label)
            done.id_labels.pop(key, None)
        elif op.op == "retype":
            entity = replace(entity, type=op.type or entity.type)
        elif op.op == "alias":
            entity = replace(entity, aliases=tuple(sorted({*entity.aliases, op.alias or ""} - {entity.label, ""})))
        elif op.op == "unalias":
            keep = tuple(a for a in entity.aliases if name_key(a) != name_key(op.alias or ""))
            if keep == entity.aliases:
                warn(op, f"'{entity.label}' has no alias '{op.alias}'")
                continue
            entity = replace(entity, aliases=keep)
        current[key] = entity
        touch(key, op)
    done.entities = sorted(current.values(), key=lambda e: e.key)
    return done


def id_node_ids(entities: Sequence[Entity], id_labels: Mapping[str, str]) -> dict[str, str]:
    """{entity key: node id} (graph/ids.py), each id made from the entity's `id_labels` entry
    where it has one, else from its label."""
    return node_ids([replace(e, label=id_labels[e.key]) if e.key in id_labels else e for e in entities])


def match(name: str, entities: Sequence[Entity], *, ids: Mapping[str, str]) -> list[Entity]:
    """The entities a name means, as query.find_node matches a node: its id, else its label,
    else one of its aliases (compared by name_key); several are ambiguous, none no match.
    `ids` are the entities' node ids (id_node_ids), made once per change of them."""
    by_id = [e for e in entities if ids[e.key] == name]
    if by_id:
        return by_id
    key = name_key(name)
    by_label = [e for e in entities if name_key(e.label) == key]
    if by_label:
        return by_label
    return [e for e in entities if any(name_key(a) == key for a in e.aliases)]


def _merge(group: list[Entity], *, label: str | None, types: Sequence[str]) -> Entity:
    first = group[0]
    votes: dict[str, float] = {}
    for e in group:
        for t, w in e.votes:
            votes[t] = votes.get(t, 0.0) + w
    names = {n for e in group for n in (e.label, *e.aliases)}
    label = label or first.label
    # the type the extractor's votes give, unless every merged entity agrees already
    kinds = {e.type for e in group}
    type_ = first.type if len(kinds) == 1 else decide_type(votes.items(), types)
    earliest = min(group, key=lambda e: (e.documents[0] if e.documents else "", e.key))
    return Entity(
        key=first.key,
        label=label,
        type=type_,
        # no alias is the label but for case (as Entity.relabelled keeps them)
        aliases=tuple(sorted(n for n in names if normalise_key(n) and n.casefold() != label.casefold())),
        mentions=sum(e.mentions for e in group),
        documents=tuple(sorted({d for e in group for d in e.documents})),
        evidence=earliest.evidence,
        votes=tuple(sorted((t, round(w, 4)) for t, w in votes.items())),
    )
