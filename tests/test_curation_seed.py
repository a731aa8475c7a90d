"""Curation, stable ids and "what changed" on the seed corpus, through `caregraph extract`.

The first run parses the five seed documents into a cache shared by this module; the others
are answered from it, and a run whose documents are all cached never loads spaCy."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import networkx as nx
import pytest

from caregraph.diff import diff_graphs
from caregraph.export.graphml import read_graphml
from helpers import RAW, REPO, write

pytestmark = pytest.mark.model

SEED_GRAPH = REPO / "data" / "graph" / "caregraph.graphml"

CURATION = """\
# one of each operation, on names as `caregraph show` prints them
- {op: merge, names: ["Children and Young People Board", "Local Government Association"], label: "Local Government Association"}
- {op: rename, name: "Frontline", label: "Frontline Social Work"}
- {op: retype, name: "Regional Care Cooperatives", type: Initiative}
- {op: alias, name: "Department for Education", alias: "the Department"}
- {op: unalias, name: "Judith Blake", alias: "Cllr Blake"}
- {op: drop, name: "Sellotape"}
- {op: drop, edge: ["North Yorkshire", "RUNS", "Mockingbird"]}
- {op: add, edge: ["Anne Longfield", "CONTRIBUTED_TO", "the Care Review"], note: "her foreword to the review"}
"""

# A sixth document in which "Independent Advocacy" (a proposal of the seed's review, which no
# gazetteer entry names) is a charity, often: the corpus-wide vote makes the seed's
# Recommendation an Organisation. (A proposal the gazetteer knows, such as Regional Care
# Cooperatives, keeps its type: the gazetteer's vote outweighs a page's.)
FLIP = """\
Independent Advocacy in Leeds

Independent Advocacy is a charity based in Leeds. The charity Independent Advocacy employs forty staff.

Independent Advocacy, the charity for foster families, opened a new office in York this year. Staff at Independent Advocacy said the charity would grow.

The chief executive of Independent Advocacy, Maria Lopez, joined Independent Advocacy in 2019. Independent Advocacy is registered with the Charity Commission.
"""


@pytest.fixture(scope="module")
def cache_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("cache")


def seed_copy(folder: Path) -> Path:
    shutil.copytree(RAW, folder)
    return folder


def relation_edges(g: nx.MultiDiGraph) -> set[tuple[str, str, str]]:
    return {(u, d["relation"], v) for u, v, d in g.edges(data=True) if d["relation"] != "MENTIONS"}


def summary_row(stdout: str, what: str) -> int:
    found = re.search(rf"│ {re.escape(what)}\s*│\s*(\d+) │", stdout)
    assert found, f"no summary row {what!r} in:\n{stdout}"
    return int(found.group(1))


def test_one_of_each_operation_and_an_edit_parses_nothing(run_cli, tmp_path: Path, cache_dir: Path, nlp) -> None:
    corpus = seed_copy(tmp_path / "corpus")
    write(corpus / "curation.yaml", CURATION)
    out = tmp_path / "g.graphml"
    result = run_cli(["extract", corpus, "-o", out, "--cache-dir", cache_dir, "--jobs", "1"])
    assert result.exit_code == 0, result.stderr
    assert summary_row(result.stdout, "curation: matched nothing") == 0
    g, seed = read_graphml(out), read_graphml(SEED_GRAPH)
    where = f"{corpus / 'curation.yaml'}"

    # merge: the board is an alias of the association, its edges moved there (PART_OF between
    # the two is now a loop, and gone)
    assert "children-and-young-people-board" not in g
    lga = g.nodes["local-government-association"]
    assert "Children and Young People Board" in lga["aliases"].split("|")
    assert (lga["curated"], lga["curation"]) == (True, f"{where}:2")
    assert ("judith-blake", "ROLE_AT", "local-government-association") in relation_edges(g)
    # rename: a new label and id, the old label an alias
    assert "frontline" not in g
    assert g.nodes["frontline-social-work"]["aliases"] == "Frontline"
    assert {("josh-macalister", "FOUNDED", "frontline-social-work"),
            ("josh-macalister", "ROLE_AT", "frontline-social-work")} <= relation_edges(g)
    # retype: kept its RECOMMENDS edge, flagged, as the ontology wants a Recommendation
    assert g.nodes["regional-care-cooperatives"]["type"] == "Initiative"
    recommends = g.edges["independent-review-of-children-s-social-care", "regional-care-cooperatives", "RECOMMENDS"]
    assert recommends["type_conflict"] == "object is Initiative, not Recommendation"
    # alias, unalias
    assert g.nodes["department-for-education"]["aliases"].split("|") == ["DfE", "the Department"]
    assert "Cllr Blake" not in g.nodes["judith-blake"]["aliases"].split("|")
    # drop a node, drop an edge
    assert "sellotape" not in g and "sellotape" in seed
    assert ("north-yorkshire", "RUNS", "mockingbird") not in relation_edges(g)
    assert ("north-yorkshire", "RUNS", "always-here") in relation_edges(g)
    # add an edge: the note is its evidence, the file and line say where it came from
    added = g.edges["anne-longfield", "independent-review-of-children-s-social-care", "CONTRIBUTED_TO"]
    assert (added["evidence"], added["curated"], added["curation"]) == (
        "her foreword to the review", True, f"{where}:9")

    # nothing else changed: every other node and edge is the seed graph's
    diff = diff_graphs(seed, g)
    assert {n for n, _ in diff.nodes_removed} == {"children-and-young-people-board", "frontline", "sellotape"}
    assert {n for n, _ in diff.nodes_added} == {"frontline-social-work"}
    changed = {n for n, _ in diff.nodes_changed if not n.startswith("document-")}   # documents: their path
    assert changed == {"local-government-association", "regional-care-cooperatives", "department-for-education",
                       "judith-blake"}

    # an edit to the curation file: re-assembled from the cache, nothing parsed
    write(corpus / "curation.yaml", CURATION.replace('- {op: drop, name: "Sellotape"}\n', ""))
    result = run_cli(["extract", corpus, "-o", out, "--cache-dir", cache_dir, "--jobs", "1"])
    assert result.exit_code == 0, result.stderr
    assert (summary_row(result.stdout, "parsed"), summary_row(result.stdout, "from cache")) == (0, 5)
    assert (summary_row(result.stdout, "changes: entities added"),
            summary_row(result.stdout, "changes: entities removed")) == (1, 0)
    g = read_graphml(out)
    assert "sellotape" in g
    assert g.nodes["sellotape"] == seed.nodes["sellotape"]


def test_an_operation_that_matches_nothing_is_listed_and_fatal_when_strict(
    run_cli, tmp_path: Path, cache_dir: Path, nlp
) -> None:
    corpus = seed_copy(tmp_path / "corpus")
    curation = write(tmp_path / "fixes.yaml", '- {op: drop, name: "Cookie Policy"}\n')
    out = tmp_path / "g.graphml"
    result = run_cli(["extract", corpus, "-o", out, "--cache-dir", cache_dir, "--jobs", "1",
                      "--curation", curation])
    assert result.exit_code == 0, result.stderr
    assert summary_row(result.stdout, "curation: matched nothing") == 1
    assert f"curation: {curation}:1: drop: 'Cookie Policy' matches no entity" in result.stdout
    out.unlink()
    result = run_cli(["extract", corpus, "-o", out, "--cache-dir", cache_dir, "--jobs", "1",
                      "--curation", curation, "--strict"])
    assert result.exit_code == 3
    assert result.stderr_lines == [f"error: {curation}:1: drop: 'Cookie Policy' matches no entity"]
    assert not out.exists()


@pytest.fixture(scope="module")
def flipped(tmp_path_factory: pytest.TempPathFactory, cache_dir: Path, nlp) -> tuple[Path, str, Path]:
    """The seed corpus plus the document that flips a type, extracted over a copy of the
    committed seed graph, with --changes."""
    from typer.testing import CliRunner

    from caregraph.cli import app

    tmp = tmp_path_factory.mktemp("flip")
    corpus = seed_copy(tmp / "corpus")
    write(corpus / "zz_flip.txt", FLIP)
    out = tmp / "g.graphml"
    shutil.copy(SEED_GRAPH, out)
    changes = tmp / "changes.json"
    result = CliRunner().invoke(app, [str(a) for a in ["extract", corpus, "-o", out, "--cache-dir", cache_dir,
                                                       "--jobs", "1", "--changes", changes]])
    assert result.exit_code == 0, result.stderr
    return out, result.stdout, changes


def test_a_type_flip_keeps_the_seed_ids_and_edges(flipped: tuple[Path, str, Path]) -> None:
    out, _, _ = flipped
    seed, g = read_graphml(SEED_GRAPH), read_graphml(out)
    assert seed.nodes["independent-advocacy"]["type"] == "Recommendation"
    assert g.nodes["independent-advocacy"]["type"] == "Organisation"      # the vote flipped
    assert set(seed) <= set(g)
    assert relation_edges(seed) <= relation_edges(g)
    recommends = g.edges["independent-review-of-children-s-social-care", "independent-advocacy", "RECOMMENDS"]
    assert recommends["type_conflict"] == "object is Organisation, not Recommendation"


def test_the_summary_reports_what_changed(flipped: tuple[Path, str, Path]) -> None:
    out, stdout, changes = flipped
    assert summary_row(stdout, "parsed") == 1 or summary_row(stdout, "from cache") == 6
    assert summary_row(stdout, "changes: documents added") == 1
    assert summary_row(stdout, "changes: documents changed") == 0
    assert summary_row(stdout, "changes: documents removed") == 0
    assert summary_row(stdout, "changes: entities retyped") == 1
    assert summary_row(stdout, "changes: entities removed") == 0
    assert summary_row(stdout, "changes: edges removed") == 0
    details = json.loads(changes.read_text(encoding="utf-8"))
    assert details == diff_graphs(read_graphml(SEED_GRAPH), read_graphml(out)).to_dict()
    added = {n["id"] for n in details["nodes"]["added"]}
    assert "document-zz-flip" in added
    assert summary_row(stdout, "changes: entities added") == len(added) - 1
    assert summary_row(stdout, "changes: edges added") == sum(
        e["relation"] != "MENTIONS" for e in details["edges"]["added"])
