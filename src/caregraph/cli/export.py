"""`caregraph export`: a GraphML graph converted to other formats."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from . import filters
from .app import FORMAT_CHOICES, consoles, guard, safe


def export_command(
    graph_file: Annotated[Path, typer.Argument(help="A GraphML graph (from extract).", show_default=False)],
    formats: Annotated[
        list[str] | None,
        typer.Option("--format", "-f", help=f"Output formats, comma-separated: {FORMAT_CHOICES} [default: graphml]",
                     show_default=False, metavar="LIST"),
    ] = None,
    output: Annotated[
        Path | None,
        typer.Option("-o", "--output", help="The file to write; with several formats, the base name "
                     "[default: GRAPH_FILE without its suffix]", show_default=False),
    ] = None,
    bom: Annotated[bool, typer.Option("--bom", help="Start CSV files with a UTF-8 byte-order mark (Excel).")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Do not list the files written.")] = False,
    no_documents: filters.NoDocuments = False,
    type_: filters.Types = [],  # noqa: B006
    relation: filters.Relations = [],  # noqa: B006
    document: filters.Document = None,
    min_degree: filters.MinDegree = 0,
) -> None:
    """Convert a GraphML graph to other formats without extracting again, whole or filtered.

    Example: caregraph export data/graph/caregraph.graphml -f gexf,sqlite --no-documents --min-degree 1"""
    out, err = consoles()
    from ..export import check_output, default_output, export_graph, parse_formats
    from ..export.graphml import read_graphml

    chosen = guard(err, lambda: parse_formats(formats))
    target = output if output is not None else default_output(graph_file.with_suffix(""), chosen)
    guard(err, lambda: check_output(target, chosen))
    graph = guard(err, lambda: read_graphml(graph_file))
    chosen_part = filters.selection(err, graph, no_documents=no_documents, types=type_, relations=relation,
                                    document=document, min_degree=min_degree)
    if chosen_part.active:
        from ..graph.select import select

        graph = select(graph, chosen_part)
    written = guard(err, lambda: export_graph(graph, target, chosen, bom=bom))
    if not quiet:
        for path in written:
            out.print(safe(str(path)), markup=False, highlight=False)
