"""The analyst commands through the CLI: output content, JSON fields, one-line errors."""

from __future__ import annotations

import json
from pathlib import Path

import networkx as nx
import pytest
from typer.testing import CliRunner

from analyst_graph import ADA, LONDON, SOCIETY, write
from caregraph.cli import app
from caregraph.export.graphml import read_graphml

WIDE = {"COLUMNS": "200"}  # rich tables are as wide as the (pretend) terminal


@pytest.fixture
def graph_file(tmp_path: Path) -> Path:
    return write(tmp_path)


def run(*args: str | Path):
    return CliRunner().invoke(app, [str(a) for a in args], env=WIDE)


# --- show ---

def test_show_prints_type_aliases_documents_and_relations(graph_file: Path) -> None:
    result = run("show", "countess lovelace", "--graph", graph_file)
    assert result.exit_code == 0, result.stderr
    out = result.stdout
    assert out.splitlines()[0] == "Ada Lovelace (Person)  id person-ada-lovelace"
    assert "aliases: Countess Lovelace, Lovelace" in out
    assert "mentions: 5" in out
    assert "documents (2): d1, d2" in out
    assert "—ROLE_AT→ Analytical Society (Organisation) (role: president)" in out
    assert '"Ada Lovelace led the Engine Report."' in out
    assert "MENTIONS" not in out
    assert result.stderr == ""


def test_show_lists_incoming_relations(graph_file: Path) -> None:
    out = run("show", "Open Engines", "--graph", graph_file).stdout
    assert "←SUPPORTS— Zoë Müller (Person)" in out
    assert "←RECOMMENDS— Engine Report (Publication)" in out
    assert out.index("RECOMMENDS (2)") < out.index("SUPPORTS (1)")


def test_show_lists_at_most_max_relations_of_each_kind(graph_file: Path) -> None:
    out = run("show", "Open Engines", "--graph", graph_file, "--max", "1").stdout
    assert "RECOMMENDS (2)" in out and "SUPPORTS (1)" in out
    assert out.count("←RECOMMENDS—") == 1
    assert "… and 1 more RECOMMENDS (--max 0 shows all)" in out
    assert "more SUPPORTS" not in out
    assert run("show", "Open Engines", "--graph", graph_file, "--max", "0").stdout.count("←RECOMMENDS—") == 2
    assert run("show", "Open Engines", "--graph", graph_file, "--max", "-2").exit_code == 2


def test_show_json(graph_file: Path) -> None:
    result = run("show", "the analytical society", "--graph", graph_file, "--json")
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert data["id"] == SOCIETY and data["type"] == "Organisation" and data["aliases"] == ["the Society"]
    assert sorted(data["relations"]) == ["LOCATED_IN", "ROLE_AT"]
    (role,) = data["relations"]["ROLE_AT"]
    assert role == {
        "relation": "ROLE_AT", "direction": "in",
        "other": {"id": ADA, "label": "Ada Lovelace", "type": "Person"},
        "evidence": "Ada Lovelace, president of the Analytical Society, spoke.",
        "documents": ["d1"], "weight": 1.0, "role": "president",
    }


def test_show_unknown_entity_suggests(graph_file: Path) -> None:
    result = run("show", "Ada Lovelase", "--graph", graph_file)
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr == "error: no entity 'Ada Lovelase' in the graph; did you mean: Ada Lovelace?\n"


def test_show_ambiguous_name_is_usage_error(graph_file: Path) -> None:
    result = run("show", "Mercury", "--graph", graph_file)
    assert result.exit_code == 2
    assert result.stderr.startswith("error: 'Mercury' is ambiguous: organisation-mercury (Organisation)")


# --- graph file errors ---

def test_missing_graph_file(tmp_path: Path) -> None:
    result = run("stats", "--graph", tmp_path / "nope.graphml")
    assert result.exit_code == 1
    assert result.stderr == f"error: {tmp_path / 'nope.graphml'}: no such graph file\n"


def test_unreadable_graph_file(tmp_path: Path) -> None:
    bad = tmp_path / "bad.graphml"
    bad.write_text("<graphml><graph>", encoding="utf-8")
    result = run("top", "--graph", bad)
    assert result.exit_code == 1
    assert result.stderr.startswith(f"error: {bad}: not a readable GraphML file (")
    assert len(result.stderr.splitlines()) == 1


def test_foreign_graphml_without_labels(tmp_path: Path) -> None:
    foreign = tmp_path / "foreign.graphml"
    plain = nx.DiGraph()
    plain.add_node("n0", type="Person")
    nx.write_graphml(plain, foreign)
    result = run("show", "x", "--graph", foreign)
    assert result.exit_code == 1
    assert result.stderr == f"error: {foreign}: not a caregraph graph (node 'n0' has no 'label' attribute)\n"


# --- neighbours ---

def test_neighbours_tree(graph_file: Path) -> None:
    result = run("neighbours", "Analytical Society", "--graph", graph_file, "--depth", "2")
    assert result.exit_code == 0
    assert result.stdout.splitlines() == [
        "Analytical Society (Organisation)",
        "├── ←ROLE_AT— Ada Lovelace (Person) (role: president)",
        "│   ├── —LEADS→ Engine Report (Publication)",
        "│   └── —AUTHORED→ O'Brien Review (Publication)",
        "└── —LOCATED_IN→ London (Place)",
        "5 nodes, 4 edges within depth 2",
    ]


def test_neighbours_shows_the_nearest_first_and_counts_the_rest(graph_file: Path, tmp_path: Path) -> None:
    result = run("neighbours", "Analytical Society", "--graph", graph_file, "--depth", "2", "--max", "3")
    assert result.exit_code == 0, result.stderr
    assert result.stdout.splitlines() == [
        "Analytical Society (Organisation)",
        "├── ←ROLE_AT— Ada Lovelace (Person) (role: president)",
        "└── —LOCATED_IN→ London (Place)",
        "3 nodes, 2 edges within depth 2",
        "… and 2 more nodes within depth 2 (--max 0 shows all; -o FILE writes them all)",
    ]
    data = json.loads(run("neighbours", "Analytical Society", "--graph", graph_file, "-d", "2", "-m", "3",
                          "--json").stdout)
    assert (len(data["nodes"]), data["more"]) == (3, 2)
    out_file = tmp_path / "all.graphml"   # the file has them all
    assert run("neighbours", "Analytical Society", "--graph", graph_file, "-d", "2", "-m", "1",
               "-o", out_file).exit_code == 0
    assert read_graphml(out_file).number_of_nodes() == 5
    assert run("neighbours", "London", "--graph", graph_file, "--max", "-1").exit_code == 2


def test_neighbours_table(graph_file: Path) -> None:
    result = run("neighbours", "London", "--graph", graph_file, "--depth", "2", "--table")
    assert result.exit_code == 0
    rows = [line for line in result.stdout.splitlines() if "│" in line]
    assert "Analytical Society" in rows[1] and "←LOCATED_IN—" in rows[1]
    assert "Ada Lovelace" in rows[2] and "←ROLE_AT—" in rows[2]


def test_neighbours_filters_and_json(graph_file: Path) -> None:
    result = run("neighbours", "zoe muller", "--graph", graph_file, "-d", "3",
                 "--relation", "recommends", "-r", "SUPPORTS", "--type", "recommendation", "-t", "publication",
                 "--json")
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert [(n["label"], n["distance"], n["relation"]) for n in data["nodes"]] == [
        ("Zoë Müller", 0, None), ("open engines", 1, "SUPPORTS"),
        ("Engine Report", 2, "RECOMMENDS"), ("O'Brien Review", 2, "RECOMMENDS"),
    ]
    assert {e["relation"] for e in data["edges"]} == {"SUPPORTS", "RECOMMENDS"}


def test_neighbours_writes_subgraph(graph_file: Path, tmp_path: Path) -> None:
    out_file = tmp_path / "sub.graphml"
    result = run("neighbours", "London", "--graph", graph_file, "-d", "2", "-o", out_file)
    assert result.exit_code == 0
    assert result.stderr == f"wrote {out_file} (3 nodes, 2 edges)\n"
    sub = read_graphml(out_file)
    assert sorted(sub.nodes) == sorted([ADA, SOCIETY, LONDON])
    assert sub.nodes[ADA]["label"] == "Ada Lovelace"
    assert sub.edges[ADA, SOCIETY, "ROLE_AT"]["evidence"] == "Ada Lovelace, president of the Analytical Society, spoke."


def test_neighbours_subgraph_format_follows_the_suffix(graph_file: Path, tmp_path: Path) -> None:
    out_file = tmp_path / "sub.json"
    result = run("neighbours", "London", "--graph", graph_file, "-d", "2", "-o", out_file)
    assert result.exit_code == 0, result.stderr
    data = json.loads(out_file.read_text(encoding="utf-8"))
    assert sorted(n["label"] for n in data["nodes"]) == ["Ada Lovelace", "Analytical Society", "London"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--relation", "INVENTED"], "error: unknown relation 'INVENTED' (known: ALIGNS_WITH, APPOINTED, "),
        (["--type", "Planet"], "error: unknown type 'Planet' (known: Document, Initiative, Organisation, "),
        (["--depth", "0"], "error: --depth must be at least 1 (got 0)"),
    ],
)
def test_neighbours_usage_errors(graph_file: Path, args: list[str], message: str) -> None:
    result = run("neighbours", "Ada Lovelace", "--graph", graph_file, *args)
    assert result.exit_code == 2
    assert result.stderr.startswith(message)
    assert len(result.stderr.splitlines()) == 1
    assert result.stdout == ""


def test_relation_names_come_from_the_schema_too(graph_file: Path) -> None:
    # FOUNDED is in the schema, not in this graph: valid, and it reaches nothing
    result = run("neighbours", "Ada Lovelace", "--graph", graph_file, "--relation", "FOUNDED", "--json")
    assert result.exit_code == 0
    assert [n["label"] for n in json.loads(result.stdout)["nodes"]] == ["Ada Lovelace"]


# --- path ---

def test_path_prints_each_hop_with_evidence(graph_file: Path) -> None:
    result = run("path", "Zoë Müller", "Analytical Society", "--graph", graph_file)
    assert result.exit_code == 0
    out = result.stdout
    assert out.startswith("1 shortest path(s) of length 3 between Zoë Müller (Person) and Analytical Society")
    hops = [line.strip() for line in out.splitlines() if line.strip().startswith(("—", "←"))]
    assert hops == [
        "—RESPONDED_TO→ O'Brien Review (Publication)",
        "←AUTHORED— Ada Lovelace (Person)",
        "—ROLE_AT→ Analytical Society (Organisation) (role: president)",
    ]
    assert '"Zoë Müller responded to the O’Brien Review."' in out


def test_path_json_and_max(graph_file: Path) -> None:
    result = run("path", "Ada Lovelace", "open engines", "--graph", graph_file, "--max", "1", "--json")
    data = json.loads(result.stdout)
    assert (data["length"], data["total"], len(data["paths"])) == (2, 2, 1)
    step = data["paths"][0][0]
    assert step["from"]["label"] == "Ada Lovelace" and step["to"]["label"] == "Engine Report"
    assert step["edges"][0]["relation"] == "LEADS" and step["edges"][0]["direction"] == "out"


def test_path_not_connected_without_documents(graph_file: Path) -> None:
    result = run("path", "Ada Lovelace", "Lonely Club", "--graph", graph_file)
    assert result.exit_code == 0
    assert result.stdout.strip() == (
        "no path between Ada Lovelace (Person) and Lonely Club (Organisation) (try --via-documents)")
    via = run("path", "Ada Lovelace", "Lonely Club", "--graph", graph_file, "--via-documents")
    assert "—MENTIONS→ Lonely Club (Organisation)" in via.stdout
    assert "←MENTIONS— d2 (Document)" in via.stdout


def test_path_unknown_end(graph_file: Path) -> None:
    result = run("path", "Ada Lovelace", "Charles Babbage", "--graph", graph_file)
    assert result.exit_code == 1
    assert result.stderr == "error: no entity 'Charles Babbage' in the graph\n"


# --- top ---

def test_top_table_by_degree(graph_file: Path) -> None:
    result = run("top", "--graph", graph_file, "-n", "3")
    assert result.exit_code == 0
    rows = [[c.strip() for c in line.split("│")[1:-1]] for line in result.stdout.splitlines() if "│" in line]
    assert rows == [
        ["1", "Ada Lovelace", "Person", "3", "5"],
        ["2", "O'Brien Review", "Publication", "3", "2"],
        ["3", "open engines", "Recommendation", "3", "1"],
    ]


def test_top_table_by_betweenness_has_a_score_column(graph_file: Path) -> None:
    result = run("top", "--graph", graph_file, "--by", "betweenness", "-n", "1")
    header = next(line for line in result.stdout.splitlines() if "┃" in line)
    columns = [c.strip() for c in header.split("┃")[1:-1]]
    assert columns == ["#", "entity", "type", "betweenness", "degree", "mentions"]
    row = next(line for line in result.stdout.splitlines() if "│" in line)
    cells = [c.strip() for c in row.split("│")[1:-1]]
    assert cells[:4] == ["1", "Ada Lovelace", "Person", "0.236111"]  # on 8.5 of the 36 pairs' shortest paths


def test_top_json_by_pagerank_for_a_type(graph_file: Path) -> None:
    result = run("top", "--graph", graph_file, "--by", "pagerank", "--type", "person", "--json")
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert [d["label"] for d in data] == ["Ada Lovelace", "Zoë Müller"]
    assert set(data[0]) == {"rank", "id", "label", "type", "score", "degree", "mentions"}
    assert 0 < data[0]["score"] < 1


def test_top_unknown_measure(graph_file: Path) -> None:
    result = run("top", "--graph", graph_file, "--by", "fame")
    assert result.exit_code == 2
    assert result.stderr == "error: unknown measure 'fame' (known: degree, mentions, pagerank, betweenness)\n"


# --- stats ---

def test_stats_table(graph_file: Path) -> None:
    result = run("stats", "--graph", graph_file)
    assert result.exit_code == 0
    rows = {cells[0]: cells[1] for line in result.stdout.splitlines() if "│" in line
            for cells in [[c.strip() for c in line.split("│")[1:-1]]]}
    assert rows["documents"] == "2"
    assert rows["relation MENTIONS"] == "12"
    assert rows["components (entities, typed edges)"] == "4"
    assert "  Ada Lovelace (Person) 2: Countess Lovelace, Lovelace" in result.stdout


def test_stats_json(graph_file: Path) -> None:
    data = json.loads(run("stats", "--graph", graph_file, "--json").stdout)
    assert data["types"]["Organisation"] == 3
    assert data["relations"]["RECOMMENDS"] == 2
    assert (data["components"], data["largest_component"], data["isolated"]) == (4, 7, 3)
    assert data["most_aliases"][0] == {"id": ADA, "label": "Ada Lovelace", "type": "Person",
                                       "aliases": ["Countess Lovelace", "Lovelace"]}


# --- search ---

def test_search_lists_entities_and_edges(graph_file: Path) -> None:
    result = run("search", "review", "--graph", graph_file)
    assert result.exit_code == 0
    out = result.stdout
    assert "entities (1)\n  O'Brien Review (Publication)\n" in out
    assert "edges (3)" in out
    assert "Zoë Müller (Person) —RESPONDED_TO→ O'Brien Review (Publication)" in out
    assert '"The O\'Brien Review also recommends open engines."' in out


def test_search_json(graph_file: Path) -> None:
    data = json.loads(run("search", "BASED IN", "--graph", graph_file, "--json").stdout)
    assert data["nodes"] == []
    (hit,) = data["edges"]
    assert hit["field"] == "evidence"
    assert hit["edge"]["source"]["label"] == "Analytical Society" and hit["edge"]["relation"] == "LOCATED_IN"


def test_output_is_deterministic(graph_file: Path) -> None:
    for args in (["stats"], ["top", "--by", "betweenness"], ["search", "e"], ["neighbours", "Ada Lovelace", "-d", "3"]):
        first = run(*args, "--graph", graph_file).stdout
        assert first == run(*args, "--graph", graph_file).stdout


def test_search_shows_the_first_hits_and_counts_them_all(graph_file: Path) -> None:
    everything = run("search", "a", "--graph", graph_file, "--max", "0", "--json")
    assert everything.exit_code == 0, everything.stderr
    data = json.loads(everything.stdout)
    assert data["total_nodes"] == len(data["nodes"]) > 2 and data["total_edges"] == len(data["edges"]) > 2
    first = json.loads(run("search", "a", "--graph", graph_file, "--max", "2", "--json").stdout)
    assert first["nodes"] == data["nodes"][:2] and first["edges"] == data["edges"][:2]
    assert (first["total_nodes"], first["total_edges"]) == (data["total_nodes"], data["total_edges"])
    out = run("search", "a", "--graph", graph_file, "-m", "2").stdout
    assert f"entities (2 of {data['total_nodes']}; --max 0 shows all)" in out
    bad = run("search", "a", "--graph", graph_file, "--max", "-1")
    assert (bad.exit_code, bad.stderr) == (2, "error: --max must be 0 or more (got -1)\n")
