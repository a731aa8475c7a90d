"""The exporters' golden files: every format written from tiny.graphml (hand-made).

`make golden` (or `python tests/golden/regen.py`) rewrites tests/golden/export/ from the
current code; tests/export/test_export_golden.py fails when an exporter's output changes.
The HTML golden file holds a placeholder where the page inlines Cytoscape.js.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SOURCE = HERE / "tiny.graphml"
OUT = HERE / "export"
LIBRARY_PLACEHOLDER = "/* vendored cytoscape.min.js */"


def golden_files() -> dict[str, bytes]:
    """{file name: bytes} of every golden file."""
    from caregraph.export import FORMATS, render
    from caregraph.export.graphml import read_graphml
    from caregraph.export.html import html_page

    graph = read_graphml(SOURCE)
    formats = [name for name in FORMATS if name not in ("html", "sqlite")]
    files = {path.name: data if isinstance(data, bytes) else b"".join(data)
             for path, data in render(graph, Path("tiny"), formats).items()}
    files["tiny.html"] = html_page(graph, library=LIBRARY_PLACEHOLDER).encode("utf-8")
    (database,) = render(graph, Path("tiny.sqlite"), ["sqlite"]).values()
    files["tiny.sqlite.txt"] = sqlite_text(database if isinstance(database, bytes) else b"".join(database))
    return dict(sorted(files.items()))


def sqlite_text(database: bytes) -> bytes:
    """A SQLite database as text that does not depend on the SQLite library's page layout:
    the schema (tables, views, indexes) and every row of the plain tables, in order."""
    import sqlite3
    import tempfile

    with tempfile.TemporaryDirectory() as directory:
        path = Path(directory) / "db.sqlite"
        path.write_bytes(database)
        connection = sqlite3.connect(path)
        lines = [f"{kind} {name}: {sql}" for kind, name, sql in connection.execute(
            "SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE '%fts_%' "
            "ORDER BY type, name")]
        for table in ("meta", "nodes", "aliases", "edges"):
            lines.extend(f"{table} {row!r}" for row in connection.execute(f"SELECT * FROM {table} ORDER BY rowid"))
        connection.close()
    return ("\n".join(lines) + "\n").encode("utf-8")


def main() -> None:
    files = golden_files()
    OUT.mkdir(exist_ok=True)
    for stale in OUT.iterdir():
        if stale.name not in files:
            stale.unlink()
    for name, data in files.items():
        (OUT / name).write_bytes(data)
        print(f"wrote {(OUT / name).relative_to(HERE.parent.parent)}", file=sys.stderr)


if __name__ == "__main__":
    main()
