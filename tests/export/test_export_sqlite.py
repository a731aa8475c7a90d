"""`export --format sqlite`: the index's database as a product, for Datasette, sqlite-utils
and spreadsheets: facets over plain tables and views, full-text search, same bytes each time."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from analyst_graph import ADA, OBRIEN, ZOE, build
from caregraph.cli import app
from caregraph.export.graphml import write_graphml
from caregraph.query.index import index_path, open_index


@pytest.fixture
def graph_file(tmp_path: Path) -> Path:
    graph = build()
    graph.nodes["document-d1"].update(title="The first one", date="2022-05-23", url="https://example.org/d1")
    graph.edges[ZOE, OBRIEN, "RESPONDED_TO"]["quote"] = "A brave review.\n\nIt will change everything."
    path = tmp_path / "g.graphml"
    write_graphml(graph, path)
    return path


def export(graph_file: Path, out: Path, *extra: str) -> None:
    result = CliRunner().invoke(app, ["export", str(graph_file), "--format", "sqlite", "-o", str(out), *extra])
    assert result.exit_code == 0, result.stderr
    assert result.stdout == f"{out}\n"


def test_datasette_style_facet_and_full_text_search(graph_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "g.sqlite"
    export(graph_file, out)
    db = sqlite3.connect(out)
    # a facet: the typed edges by relation, and by the subject's type (the view carries both ends' labels)
    facet = db.execute("SELECT relation, count(*) FROM relations GROUP BY relation ORDER BY relation").fetchall()
    assert facet == [("AUTHORED", 1), ("LEADS", 1), ("LOCATED_IN", 1), ("RECOMMENDS", 2), ("RESPONDED_TO", 1),
                     ("ROLE_AT", 1), ("SUPPORTS", 1)]
    assert db.execute("SELECT source_label, target_label, role FROM relations WHERE relation = 'ROLE_AT'"
                      ).fetchall() == [("Ada Lovelace", "Analytical Society", "president")]
    assert dict(db.execute("SELECT type, count(*) FROM entities GROUP BY type"))["Person"] == 2
    # full-text search as Datasette runs it: the table's FTS table, declared on it
    (fts,) = db.execute("SELECT name FROM sqlite_master WHERE sql LIKE '%VIRTUAL TABLE%USING FTS%content=[edges]%'"
                        ).fetchone()
    assert fts == "edges_fts"
    hits = db.execute(f"SELECT source, relation, target FROM edges WHERE rowid IN "
                      f"(SELECT rowid FROM {fts} WHERE {fts} MATCH ?) ORDER BY id", ('"analytical society"',))
    assert hits.fetchall() == [("organisation-analytical-society", "LOCATED_IN", "place-london"),
                               (ADA, "ROLE_AT", "organisation-analytical-society")]
    assert db.execute("SELECT speaker_label, quote FROM quotes").fetchall() == [
        ("Zoë Müller", "A brave review.\n\nIt will change everything.")]
    assert db.execute("SELECT count(*) FROM edges_fts WHERE edges_fts MATCH '\"change everything\"'").fetchone() == (1,)
    assert db.execute("SELECT label FROM nodes WHERE rowid IN (SELECT rowid FROM nodes_fts WHERE nodes_fts MATCH ?)",
                      ('"countess"',)).fetchall() == [("Ada Lovelace",)]
    db.close()


def test_one_row_per_document_with_its_metadata(graph_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "g.sqlite"
    export(graph_file, out)
    db = sqlite3.connect(out)
    rows = db.execute("SELECT id, label, title, date, url, path, entities FROM documents ORDER BY id").fetchall()
    assert rows == [("document-d1", "d1", "The first one", "2022-05-23", "https://example.org/d1",
                     "data/raw/d1.txt", 6),
                    ("document-d2", "d2", None, None, None, "data/raw/d2.txt", 6)]
    assert db.execute("SELECT count(*) FROM mentions WHERE document_label = 'd2'").fetchone() == (6,)
    db.close()


def test_export_holds_the_same_tables_as_the_index(graph_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "g.sqlite"
    export(graph_file, out)
    open_index(graph_file).close()

    def rows(path: Path) -> dict[str, list[tuple]]:
        db = sqlite3.connect(path)
        try:
            names = [n for (n,) in db.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'view') "
                                              "AND name NOT LIKE '%fts%' AND name != 'meta' ORDER BY name")]
            return {n: db.execute(f"SELECT * FROM [{n}]").fetchall() for n in names}
        finally:
            db.close()

    exported, indexed = rows(out), rows(index_path(graph_file))
    assert exported == indexed
    assert len(exported["nodes"]) == 12 and len(exported["edges"]) == 20


def test_same_bytes_each_time_and_under_another_hash_seed(graph_file: Path, tmp_path: Path) -> None:
    outputs = []
    for seed in ("0", "4242"):
        out = tmp_path / f"g{seed}.sqlite"
        subprocess.run([sys.executable, "-m", "caregraph.cli", "export", str(graph_file), "-f", "sqlite",
                        "-o", str(out), "-q"], check=True, env={**os.environ, "PYTHONHASHSEED": seed})
        outputs.append(out.read_bytes())
    assert outputs[0] == outputs[1]
    assert outputs[0].startswith(b"SQLite format 3\x00")
