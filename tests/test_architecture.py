"""The package's shape, read from its source: one-way imports by layer, no cycle (imports
inside functions counted), few deferred imports, the ontology's names spelled in one place."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from caregraph.core import ontology

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "caregraph"

# a layer may import its own package and any lower layer; these same-layer imports are allowed too
LAYERS = {
    "cli": 3,
    "run": 2, "query": 2, "export": 2, "evaluate": 2, "diff": 2,
    "graph": 1, "extract": 1,
    "core": 0,
    "errors": -1, "__init__": -1,
}
SIDEWAYS = {("graph", "extract"), ("query", "export")}   # assembly merges entities; query reads GraphML

MAX_DEFERRED = 6           # function-level intra-package imports outside cli/
MAX_ONTOLOGY_LITERALS = 3  # ontology names spelled as strings outside core/ontology.py
MAX_TOP_MODULES = 8
MIN_SUBPACKAGES = 4


@dataclass(frozen=True)
class Import:
    source: str      # importing module, dotted
    target: str      # imported module, dotted
    deferred: bool   # inside a function
    line: int


def module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def modules() -> dict[str, Path]:
    return {module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


def _walk(node: ast.AST, in_function: bool = False) -> Iterator[tuple[ast.AST, bool]]:
    for child in ast.iter_child_nodes(node):
        inside = in_function or isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda))
        yield child, in_function
        yield from _walk(child, inside)


def imports_of(name: str, path: Path, known: dict[str, Path]) -> list[Import]:
    is_package = path.name == "__init__.py"
    package = name if is_package else name.rpartition(".")[0]
    found: list[Import] = []
    for node, deferred in _walk(ast.parse(path.read_text(encoding="utf-8"))):
        targets: list[str] = []
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - (node.level - 1)]
                parent = ".".join(base + ([node.module] if node.module else []))
            else:
                parent = node.module or ""
            if not parent.startswith("caregraph"):
                continue
            for alias in node.names:
                sub = f"{parent}.{alias.name}"
                targets.append(sub if sub in known else parent)
        elif isinstance(node, ast.Import):
            targets = [a.name for a in node.names if a.name.startswith("caregraph")]
        for target in targets:
            if target != name:
                found.append(Import(name, target, deferred, node.lineno))
    return found


def all_imports() -> list[Import]:
    known = modules()
    return [imp for name, path in known.items() for imp in imports_of(name, path, known)]


def layer_of(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "__init__"


def find_cycle(edges: dict[str, set[str]]) -> list[str] | None:
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        stack.append(node)
        for nxt in sorted(edges.get(node, ())):
            if state.get(nxt) == 1:
                return stack[stack.index(nxt):] + [nxt]
            if nxt not in state and (cycle := visit(nxt)):
                return cycle
        stack.pop()
        state[node] = 2
        return None

    for node in sorted(edges):
        if node not in state and (cycle := visit(node)):
            return cycle
    return None


def ontology_literals() -> list[str]:
    names = {v for k, v in vars(ontology).items() if k.isupper() and isinstance(v, str)}
    found = []
    for name, path in modules().items():
        if name == "caregraph.core.ontology":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        docstrings = {
            id(n.body[0].value) for n in ast.walk(tree)
            if isinstance(n, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef))
            and n.body and isinstance(n.body[0], ast.Expr) and isinstance(n.body[0].value, ast.Constant)
        }
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and node.value in names and id(node) not in docstrings:
                found.append(f"{path.relative_to(PACKAGE)}:{node.lineno}: {node.value!r}")
    return found


def test_the_import_graph_has_no_cycle_counting_imports_inside_functions() -> None:
    edges: dict[str, set[str]] = {}
    for imp in all_imports():
        edges.setdefault(imp.source, set()).add(imp.target)
    assert find_cycle(edges) is None


def test_imports_go_one_way_cli_then_run_query_export_then_graph_extract_then_core() -> None:
    wrong = []
    for imp in all_imports():
        src, dst = layer_of(imp.source), layer_of(imp.target)
        if src == dst or (src, dst) in SIDEWAYS:
            continue
        if LAYERS[dst] >= LAYERS[src]:
            wrong.append(f"{imp.source}:{imp.line} imports {imp.target}")
    assert wrong == []


@pytest.mark.parametrize("lower", ["core", "extract", "graph"])
def test_lower_layers_never_import_the_cli_run_or_export(lower: str) -> None:
    upward = [imp for imp in all_imports() if layer_of(imp.source) == lower
              and layer_of(imp.target) in ("cli", "run", "export", "query", "evaluate", "diff")]
    assert upward == []


def test_core_imports_neither_spacy_nor_networkx() -> None:
    heavy = []
    for name, path in modules().items():
        if layer_of(name) != "core":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                heavy += [a.name for a in node.names if a.name.split(".")[0] in ("spacy", "networkx")]
            elif isinstance(node, ast.ImportFrom) and (node.module or "").split(".")[0] in ("spacy", "networkx"):
                heavy.append(f"{name}: {node.module}")
    assert heavy == []


def test_few_imports_are_deferred_outside_the_cli() -> None:
    deferred = [f"{i.source}:{i.line} -> {i.target}" for i in all_imports()
                if i.deferred and layer_of(i.source) != "cli"]
    assert len(deferred) <= MAX_DEFERRED, deferred


def test_the_ontology_names_are_spelled_in_one_place() -> None:
    found = ontology_literals()
    assert len(found) <= MAX_ONTOLOGY_LITERALS, found


def test_the_package_is_a_few_modules_and_subpackages_by_stage() -> None:
    top_modules = [p.name for p in PACKAGE.glob("*.py")]
    subpackages = [p.name for p in PACKAGE.iterdir() if (p / "__init__.py").is_file()]
    assert len(top_modules) <= MAX_TOP_MODULES, top_modules
    assert len(subpackages) >= MIN_SUBPACKAGES, subpackages
    assert {"core", "extract", "graph", "run", "export", "query", "cli"} <= set(subpackages)


def test_every_rule_kind_of_the_schema_is_registered(schema) -> None:  # type: ignore[no-untyped-def]
    from caregraph.extract.relations import compile_rules
    from caregraph.extract.relations.registry import KINDS

    assert len(compile_rules(schema)) == len(schema.relations.patterns)
    assert {p.kind for p in schema.relations.patterns} <= set(KINDS)
