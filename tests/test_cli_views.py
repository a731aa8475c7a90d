"""The analyst views beyond the graph queries: quotes, timeline, the default graph, --version,
examples in --help, and a name that is both a label and another node's alias."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

import analyst_graph
from analyst_graph import ADA, D1, D2, LONDON, OBRIEN, REPORT, SOCIETY, ZOE
from caregraph.cli import app
from caregraph.export.graphml import read_graphml, write_graphml

WIDE = {"COLUMNS": "200"}
MULTI = ("The review is a once-in-a-generation chance.\n\n"
         "It must not be wasted, and the money has to follow.")


def run(*args: str | Path, env: dict[str, str] | None = None):
    return CliRunner().invoke(app, [str(a) for a in args], env={**WIDE, **(env or {})})


@pytest.fixture
def graph_file(tmp_path: Path) -> Path:
    """The analyst graph with document dates (as the document-metadata work writes them:
    d2 dated before d1, a third document undated) and two quotations."""
    graph = analyst_graph.build()
    graph.nodes[D1].update(date="2022-05-23", title="The final report")
    graph.nodes[D2].update(date="2021-03-10", title="The case for change")
    graph.add_node("document-d3", label="d3", type="Document", path="data/raw/d3.txt", sha256="1" * 64, length=5)
    graph.add_edge("document-d3", LONDON, key="MENTIONS", relation="MENTIONS", label="MENTIONS", weight=1.0,
                   evidence="London.", documents=["d3"], confidence=1.0, rule="mention")
    graph.add_edge(SOCIETY, LONDON, key="RELATED_TO", relation="RELATED_TO", label="RELATED_TO", weight=1.0,
                   evidence="The Society moved to London.", documents=["d3"], confidence=0.5, rule="svo",
                   predicate="move")
    graph.edges[ZOE, OBRIEN, "RESPONDED_TO"].update(quote=MULTI, page="12")
    graph.add_edge(ZOE, REPORT, key="RESPONDED_TO", relation="RESPONDED_TO", label="RESPONDED_TO", weight=1.0,
                   evidence="Zoë Müller said: “Too little, too late.”", documents=["d1"], confidence=0.6,
                   rule="responded-speech", quote="Too little, too late.")
    path = tmp_path / "views.graphml"
    write_graphml(graph, path)
    return path


# --- quotes -------------------------------------------------------------------------------------

def test_quotes_lists_the_whole_quotation_with_document_date_and_page(graph_file: Path) -> None:
    result = run("quotes", "Müller", "--graph", graph_file)
    assert result.exit_code == 0, result.stderr
    out = result.stdout
    assert out.splitlines()[0] == "Zoë Müller (Person): 2 quotation(s)"
    # in date order: d2 (2021) before d1 (2022); both paragraphs of the first, whole
    assert out.index('"The review is a once-in-a-generation chance."') < out.index(
        '"It must not be wasted, and the money has to follow."') < out.index('"Too little, too late."')
    assert "in d2 · 2021-03-10 · p. 12 — RESPONDED_TO O'Brien Review" in out
    data = json.loads(run("quotes", ZOE, "--graph", graph_file, "--json").stdout)
    assert [q["quote"] for q in data["quotes"]] == [MULTI, "Too little, too late."]
    assert data["quotes"][0] | {"evidence": None} == {
        "quote": MULTI, "relation": "RESPONDED_TO", "about": {"id": OBRIEN, "label": "O'Brien Review",
                                                              "type": "Publication"},
        "documents": ["d2"], "date": "2021-03-10", "page": "12", "evidence": None}


def test_quotes_of_someone_who_said_nothing(graph_file: Path) -> None:
    result = run("quotes", "Ada Lovelace", "--graph", graph_file)
    assert result.exit_code == 0
    assert result.stdout == "Ada Lovelace (Person): 0 quotation(s)\n"


def test_show_and_the_graph_carry_the_quote(graph_file: Path) -> None:
    graph = read_graphml(graph_file)
    assert graph.edges[ZOE, OBRIEN, "RESPONDED_TO"]["quote"] == MULTI
    assert b'attr.name="quote"' in graph_file.read_bytes()
    data = json.loads(run("show", "Zoë Müller", "--graph", graph_file, "--json").stdout)
    responded = {h["other"]["id"]: h for h in data["relations"]["RESPONDED_TO"]}
    assert responded[OBRIEN]["quote"] == MULTI


# --- timeline ------------------------------------------------------------------------------------

def test_timeline_orders_documents_by_date_undated_last(graph_file: Path) -> None:
    result = run("timeline", "--graph", graph_file)
    assert result.exit_code == 0, result.stderr
    heads = [line for line in result.stdout.splitlines() if not line.startswith(" ")]
    assert heads == ["2021-03-10  d2 The case for change (5 relation(s))",
                     "2022-05-23  d1 The final report (4 relation(s))",
                     "undated  d3 (1 relation(s))"]
    data = json.loads(run("timeline", "--graph", graph_file, "--json").stdout)
    assert [(d["document"]["label"], d["date"]) for d in data["documents"]] == [
        ("d2", "2021-03-10"), ("d1", "2022-05-23"), ("d3", None)]


def test_timeline_of_one_entity(graph_file: Path) -> None:
    data = json.loads(run("timeline", "London", "--graph", graph_file, "--json").stdout)
    assert data["entity"]["id"] == LONDON
    assert [(d["document"]["label"], [(r["source"]["id"], r["relation"]) for r in d["relations"]])
            for d in data["documents"]] == [("d1", [(SOCIETY, "LOCATED_IN")]), ("d3", [(SOCIETY, "RELATED_TO")])]


def test_timeline_without_dates_keeps_every_document_undated(tmp_path: Path) -> None:
    path = analyst_graph.write(tmp_path)
    out = run("timeline", "--graph", path).stdout
    assert [line.split()[0:2] for line in out.splitlines() if not line.startswith(" ")] == [
        ["undated", "d1"], ["undated", "d2"]]


# --- habits ------------------------------------------------------------------------------------

def test_version() -> None:
    from caregraph import __version__

    result = run("--version")
    assert (result.exit_code, result.stdout) == (0, f"caregraph {__version__}\n")


def test_every_command_has_one_example_in_its_help() -> None:
    import typer.main

    commands = typer.main.get_command(app).commands   # type: ignore[attr-defined]
    assert {"show", "neighbours", "path", "top", "stats", "search", "quotes", "timeline", "extract", "export",
            "diff", "evaluate"} <= set(commands)
    for name in commands:
        out = run(name, "--help").stdout
        examples = [line.strip() for line in out.splitlines() if line.strip().startswith("Example: ")]
        assert len(examples) == 1, (name, out)
        assert "caregraph " + name in examples[0]


def test_default_graph_from_the_environment_is_named_on_stderr(graph_file: Path) -> None:
    result = run("show", "London", env={"CAREGRAPH_GRAPH": str(graph_file)})
    assert result.exit_code == 0, result.stderr
    assert result.stderr == f"graph: {graph_file} ($CAREGRAPH_GRAPH)\n"
    assert result.stdout.startswith("London (Place)")
    given = run("show", "London", "--graph", graph_file, env={"CAREGRAPH_GRAPH": "/nowhere.graphml"})
    assert (given.exit_code, given.stderr) == (0, "")


def test_the_built_in_default_is_named_on_stderr(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    result = run("stats", env={"CAREGRAPH_GRAPH": ""})
    assert result.exit_code == 1
    assert result.stderr.splitlines() == ["graph: data/graph/caregraph.graphml (the default)",
                                          "error: data/graph/caregraph.graphml: no such graph file"]


def test_show_names_the_other_candidates_of_a_label_that_is_also_an_alias(tmp_path: Path) -> None:
    graph = analyst_graph.build()
    graph.nodes[SOCIETY]["aliases"] = ["the Society", "London"]
    path = tmp_path / "g.graphml"
    write_graphml(graph, path)
    result = run("show", "london", "--graph", path)
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "London (Place)  id place-london"
    assert lines[1] == ("note: the name is also an alias of: Analytical Society (Organisation, id "
                        "organisation-analytical-society)")
    data = json.loads(run("show", "london", "--graph", path, "--json").stdout)
    assert data["also_alias_of"] == [{"id": SOCIETY, "label": "Analytical Society", "type": "Organisation"}]
    assert "note:" not in run("show", "Ada Lovelace", "--graph", path).stdout
    assert ADA  # the fixture's other names are unchanged
