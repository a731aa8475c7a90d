"""The filter options `export` and `extract` share (graph/select.py does the filtering)."""

from __future__ import annotations

from typing import Annotated, Any

import typer
from rich.console import Console

from .app import guard

NoDocuments = Annotated[bool, typer.Option("--no-documents", help="Leave out Document nodes and MENTIONS edges.")]
Types = Annotated[list[str], typer.Option("--type", "-t", help="Keep only nodes of this type (repeatable).")]
Relations = Annotated[list[str], typer.Option("--relation", "-r", help="Keep only edges of this relation (repeatable).")]
Document = Annotated[str | None, typer.Option(
    "--document", help="Only this document's graph: its node, the entities it mentions, the edges it states.",
    show_default=False)]
MinDegree = Annotated[int, typer.Option(
    "--min-degree", help="Drop nodes with fewer edges than this, after the other filters (1 drops isolates).")]


def selection(err: Console, graph: Any, *, no_documents: bool, types: list[str], relations: list[str],
              document: str | None, min_degree: int) -> Any:
    """The Selection the options ask for, names checked against the graph's and the schema's
    (case-insensitive; an unknown one is a usage error)."""
    from ..graph.select import Selection, document_node
    from ..query import resolve_names, vocabulary

    if types or relations:
        from ..core.schema import load_schema

        schema = guard(err, load_schema)
        known = vocabulary(graph, relations=schema.relations.signatures, types=schema.entities.types)
        types = list(guard(err, lambda: resolve_names(types, known.types, "type")))
        relations = list(guard(err, lambda: resolve_names(relations, known.relations, "relation")))
    if document is not None:
        guard(err, lambda: document_node(graph, document))
    return guard(err, lambda: Selection(no_documents, tuple(types), tuple(relations), document, min_degree))
