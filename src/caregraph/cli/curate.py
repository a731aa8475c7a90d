"""`caregraph curate ...`: append one correction to the curation file (graph/curation.py),
then say how to apply it. The analyst works from `show` output: names are labels, aliases or
node ids, matched when the graph is next assembled."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer

from .app import consoles, guard

DEFAULT_FILE = Path("data/raw/curation.yaml")

app = typer.Typer(
    name="curate",
    help="Correct the graph: append one operation to the curation file (applied by the next extract).\n\n"
    'Example: caregraph curate merge "Jane" "Jane Doe" --label "Jane Doe"',
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)

FileOption = Annotated[
    Path, typer.Option("--file", "-f", help="The curation file (made if missing); put it in the corpus folder, "
                       "where extract looks for it.")
]
SchemasOption = Annotated[Path | None, typer.Option("--schemas", help="A directory of schema YAML files.")]
Name = Annotated[str, typer.Argument(help="A label, alias or node id (as `caregraph show` prints them).",
                                     show_default=False)]


def _append(file: Path, schemas: Path | None, fields: dict[str, Any]) -> None:
    from ..core.schema import load_schema
    from ..graph.curation import append_operation, format_operation

    out, err = consoles()
    schema = guard(err, lambda: load_schema(schemas))
    op = guard(err, lambda: append_operation(
        file, fields, types=schema.entities.types, relations=tuple(schema.relations.signatures)))
    out.print(f"{op.where}: {format_operation(fields).strip()}", markup=False, highlight=False)
    folder = file.parent if str(file.parent) else Path(".")
    out.print(f"apply it: caregraph extract {folder} -o data/graph/caregraph.graphml"
              + ("" if file.name == "curation.yaml" else f" --curation {file}")
              + " (cached documents are not parsed again)", markup=False, highlight=False)


@app.command()
def merge(
    names: Annotated[list[str], typer.Argument(help="Two or more names of one entity.", show_default=False)],
    label: Annotated[str | None, typer.Option("--label", help="The merged entity's label [default: the first "
                                              "name's]", show_default=False)] = None,
    file: FileOption = DEFAULT_FILE,
    schemas: SchemasOption = None,
) -> None:
    """Merge entities into one (the other names become aliases)."""
    fields: dict[str, Any] = {"op": "merge", "names": names}
    if label is not None:
        fields["label"] = label
    _append(file, schemas, fields)


@app.command()
def rename(
    name: Name,
    label: Annotated[str, typer.Argument(help="The new label.", show_default=False)],
    file: FileOption = DEFAULT_FILE,
    schemas: SchemasOption = None,
) -> None:
    """Give an entity another label (the old one becomes an alias)."""
    _append(file, schemas, {"op": "rename", "name": name, "label": label})


@app.command()
def retype(
    name: Name,
    type_: Annotated[str, typer.Argument(metavar="TYPE", help="An entity type of schemas/entities.yaml.",
                                         show_default=False)],
    file: FileOption = DEFAULT_FILE,
    schemas: SchemasOption = None,
) -> None:
    """Give an entity another type."""
    _append(file, schemas, {"op": "retype", "name": name, "type": type_})


@app.command()
def alias(
    name: Name,
    alias: Annotated[str, typer.Argument(help="The alias to add.", show_default=False)],
    file: FileOption = DEFAULT_FILE,
    schemas: SchemasOption = None,
) -> None:
    """Add an alias to an entity."""
    _append(file, schemas, {"op": "alias", "name": name, "alias": alias})


@app.command()
def unalias(
    name: Name,
    alias: Annotated[str, typer.Argument(help="The alias to remove.", show_default=False)],
    file: FileOption = DEFAULT_FILE,
    schemas: SchemasOption = None,
) -> None:
    """Remove an alias from an entity."""
    _append(file, schemas, {"op": "unalias", "name": name, "alias": alias})


@app.command()
def drop(
    names: Annotated[list[str], typer.Argument(help="NAME, or with --edge: SOURCE RELATION TARGET.",
                                               show_default=False)],
    edge: Annotated[bool, typer.Option("--edge", help="Drop the edge SOURCE RELATION TARGET.")] = False,
    file: FileOption = DEFAULT_FILE,
    schemas: SchemasOption = None,
) -> None:
    """Drop an entity (with its edges), or with --edge one edge."""
    _, err = consoles()
    if len(names) != (3 if edge else 1):
        err.print("error: drop takes NAME, or --edge SOURCE RELATION TARGET", markup=False, highlight=False)
        raise typer.Exit(code=2)
    _append(file, schemas, {"op": "drop", "edge": names} if edge else {"op": "drop", "name": names[0]})


@app.command()
def add(
    source: Name,
    relation: Annotated[str, typer.Argument(help="A relation of schemas/relations.yaml.", show_default=False)],
    target: Name,
    note: Annotated[str, typer.Option("--note", help="Why: it becomes the edge's evidence.", show_default=False)],
    file: FileOption = DEFAULT_FILE,
    schemas: SchemasOption = None,
) -> None:
    """Add an edge SOURCE RELATION TARGET, with a note saying why."""
    _append(file, schemas, {"op": "add", "edge": [source, relation, target], "note": note})
