"""Writers and readers of graph files: one module per format, and the registry of formats.

FORMATS maps a format name (what `--format` accepts) to its renderer: a function from a graph
and an output path to the files it writes, {path: bytes}. `export_graph` renders every asked
format first and then writes all the files at once (common.write_files_atomic), so a failure
leaves no partial output. Nothing here imports networkx or spaCy at import time.

Output paths: with one format, OUTPUT is the file itself (`csv` writes OUTPUT.nodes.csv,
OUTPUT.edges.csv and OUTPUT.cypher, a `.csv` suffix dropped first). With several formats
OUTPUT is a base name: BASE.graphml, BASE.gexf, BASE.json, BASE.nodes.csv + BASE.edges.csv +
BASE.cypher, BASE.html, BASE.sqlite, where BASE is OUTPUT without a suffix that names one of the formats.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Union

from ..errors import OutputError, UsageError
from ..graph.view import GraphRows
from . import csv, gexf, graphml, html, json, sqlite
from .common import write_files_atomic

if TYPE_CHECKING:
    import networkx as nx

GraphLike = Union["nx.MultiDiGraph", GraphRows]   # what render and export_graph take

Content = bytes | Iterable[bytes]   # a file's bytes, or its chunks to stream
Renderer = Callable[..., dict[Path, Content]]


def _graphml(graph: nx.MultiDiGraph, path: Path, **_: object) -> dict[Path, Content]:
    return {path: graphml.iter_graphml(graph)}  # streamed: the largest output never sits in memory


def _gexf(graph: nx.MultiDiGraph, path: Path, **_: object) -> dict[Path, bytes]:
    return {path: gexf.gexf_bytes(graph)}


def _json(graph: nx.MultiDiGraph, path: Path, **_: object) -> dict[Path, bytes]:
    return {path: json.json_bytes(graph)}


def _csv(graph: nx.MultiDiGraph, path: Path, *, bom: bool = False, **_: object) -> dict[Path, bytes]:
    base = path.with_suffix("") if path.suffix == ".csv" else path
    return csv.csv_files(graph, base, bom=bom)


def _html(graph: nx.MultiDiGraph, path: Path, **_: object) -> dict[Path, bytes]:
    return {path: html.html_bytes(graph)}


def _sqlite(graph: nx.MultiDiGraph, path: Path, **_: object) -> dict[Path, bytes]:
    return {path: sqlite.sqlite_bytes(graph)}


FORMATS: dict[str, Renderer] = {
    "graphml": _graphml,
    "gexf": _gexf,
    "json": _json,
    "csv": _csv,
    "html": _html,
    "sqlite": _sqlite,
}
# The suffix each format's file gets when OUTPUT is a base name.
SUFFIXES: dict[str, str] = {"graphml": ".graphml", "gexf": ".gexf", "json": ".json", "csv": "", "html": ".html",
                             "sqlite": ".sqlite"}
DEFAULT_FORMAT = "graphml"


def parse_formats(values: Iterable[str] | None) -> tuple[str, ...]:
    """Format names from `--format` values (repeatable, each comma-separated), in the
    registry's order, duplicates dropped; UsageError for an unknown name."""
    names: list[str] = []
    for value in values or ():
        names.extend(part.strip().lower() for part in value.split(",") if part.strip())
    unknown = sorted({name for name in names if name not in FORMATS})
    if unknown:
        raise UsageError(
            f"unknown format {', '.join(repr(u) for u in unknown)} (choose from {', '.join(FORMATS)})"
        )
    chosen = set(names) or {DEFAULT_FORMAT}
    return tuple(name for name in FORMATS if name in chosen)


def output_paths(output: str | Path, formats: Sequence[str]) -> dict[str, Path]:
    """The path each format is written to (see the module docstring)."""
    output = Path(output)
    if len(formats) == 1:
        return {formats[0]: output}
    known = {suffix for suffix in SUFFIXES.values() if suffix} | {".csv"}
    base = output.with_suffix("") if output.suffix.lower() in known else output
    return {name: base.with_name(base.name + SUFFIXES[name]) for name in formats}


def format_for_path(path: str | Path) -> str:
    """The format a file name asks for by its suffix (GraphML when none matches)."""
    suffix = Path(path).suffix.lower()
    for name, known in SUFFIXES.items():
        if known and suffix == known:
            return name
    return "csv" if suffix == ".csv" else DEFAULT_FORMAT


def default_output(base: str | Path, formats: Sequence[str]) -> Path:
    """OUTPUT when none is given: BASE plus the format's suffix for one format, else BASE."""
    base = Path(base)
    if len(formats) == 1:
        return base.with_name(base.name + SUFFIXES[formats[0]])
    return base


def render(graph: GraphLike, output: str | Path, formats: Sequence[str], *, bom: bool = False) -> dict[Path, Content]:
    """Every file of every format: {path: bytes, or an iterable of chunks written lazily}.
    A graph that streams its rows (graph.view.GraphRows) becomes a NetworkX graph only if a
    format other than GraphML is asked for."""
    files: dict[Path, Content] = {}
    as_networkx = None
    for name, path in output_paths(output, formats).items():
        target = graph
        if name != "graphml" and isinstance(graph, GraphRows):
            # an assembled graph streams itself as GraphML; the other writers take NetworkX
            if as_networkx is None:
                as_networkx = graph.to_networkx()
            target = as_networkx
        files.update(FORMATS[name](target, path, bom=bom))
    return files


def export_graph(graph: GraphLike, output: str | Path, formats: Sequence[str], *, bom: bool = False) -> list[Path]:
    """Write the graph in each format, all files or none; returns the paths written."""
    files = render(graph, output, formats, bom=bom)
    write_files_atomic(files)
    return list(files)


def check_output(output: str | Path, formats: Sequence[str]) -> None:
    """OutputError now, before any work, if an output path cannot be written."""
    for path in output_paths(output, formats).values():
        parent = path.parent if str(path.parent) else Path(".")
        if path.is_dir():
            raise OutputError(f"{path}: cannot write (is a directory)")
        if not parent.is_dir():
            raise OutputError(f"{path}: cannot write (directory {parent} does not exist)")
