"""The command line through CliRunner: exit codes, stdout and stderr apart, one `error:` line
naming the file for every bad input, no traceback, and an existing output left untouched."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import networkx as nx
import pytest

from caregraph.evaluate import evaluate, load_gold
from caregraph.export.graphml import read_graphml, write_graphml
from helpers import REPO, write

GOOD_A = (
    "Josh MacAlister led the Independent Review of Children's Social Care. "
    "The Department for Education commissioned the review in 2021.\n"
)
GOOD_B = "Stuart Carlton is the corporate director at North Yorkshire County Council.\n"
PRECIOUS = b"an earlier graph that must survive\n"


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    write(folder / "a.txt", GOOD_A)
    write(folder / "b.md", GOOD_B)
    return folder


@pytest.fixture
def output(tmp_path: Path) -> Path:
    """An existing output file: every failing command must leave it byte for byte."""
    return write(tmp_path / "out" / "graph.graphml", PRECIOUS)


@pytest.fixture
def shared_model(monkeypatch, nlp):  # type: ignore[no-untyped-def]
    """The CLI loads the default pipeline through nlp.load_pipeline: hand it the session's."""
    import caregraph.extract.nlp
    import caregraph.extract.worker

    real = caregraph.extract.nlp.load_pipeline

    def load(name: str | None = None):  # type: ignore[no-untyped-def]
        return nlp if name in (None, caregraph.extract.nlp.DEFAULT_MODEL) else real(name)

    monkeypatch.setattr(caregraph.extract.worker, "load_pipeline", load)
    return nlp


def assert_one_error(result, code: int, *fragments: str) -> str:  # type: ignore[no-untyped-def]
    """Exactly one stderr line, `error: ...`, with each fragment in it; nothing on stdout."""
    assert result.exception is None, result.exception
    assert result.exit_code == code, result.stderr
    assert "Traceback" not in result.stderr
    assert result.stdout == ""
    assert len(result.stderr_lines) == 1, result.stderr
    line = result.stderr_lines[0]
    assert line.startswith("error: ")
    for fragment in fragments:
        assert fragment in line
    return line


# --- extract: success -------------------------------------------------------------------


@pytest.mark.model
def test_extract_writes_graphml_and_prints_a_summary(run_cli, shared_model, corpus, tmp_path):
    out = tmp_path / "g.graphml"
    result = run_cli(["extract", corpus, "-o", out])
    assert result.exit_code == 0, result.stderr
    assert result.stderr == ""
    assert f"caregraph: {out}" in result.stdout
    rows = {tuple(cell.strip() for cell in line.strip("│ ").split("│")) for line in result.stdout.splitlines()}
    assert ("documents", "2") in rows
    graph = read_graphml(out)
    documents = sorted(d["label"] for _, d in graph.nodes(data=True) if d["type"] == "Document")
    assert documents == ["a", "b"]
    assert any(d["label"] == "Josh MacAlister" for _, d in graph.nodes(data=True))
    # the graph and its query index (so the first query answers at once), nothing else
    assert sorted(p.name for p in tmp_path.iterdir()) == ["corpus", "g.graphml", "g.graphml.index.sqlite"]


@pytest.mark.model
def test_quiet_prints_nothing(run_cli, shared_model, corpus, tmp_path):
    result = run_cli(["extract", corpus, "-o", tmp_path / "g.graphml", "--quiet"])
    assert (result.exit_code, result.stdout, result.stderr) == (0, "", "")
    assert (tmp_path / "g.graphml").is_file()


@pytest.mark.model
def test_a_graph_whose_index_cannot_be_built_is_still_written(run_cli, shared_model, corpus, tmp_path, monkeypatch):
    def refuse(graph_file):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("caregraph.query.index.prepare_index", refuse)
    out = tmp_path / "g.graphml"
    result = run_cli(["extract", corpus, "-o", out, "--quiet"])
    assert result.exit_code == 0, result.stderr
    assert result.stderr.splitlines() == [
        f"warning: {out}.index.sqlite: query index not built ([Errno 28] No space left on device); "
        "the first query will build it"]
    assert read_graphml(out).number_of_nodes() > 0
    assert not (tmp_path / "g.graphml.index.sqlite").exists()


@pytest.mark.model
def test_a_bad_file_among_good_ones_is_skipped_with_a_warning(run_cli, shared_model, corpus, output):
    bad = write(corpus / "c.txt", b"")
    result = run_cli(["extract", corpus, "-o", output])
    assert result.exit_code == 0, result.stderr
    assert result.stderr_lines == [f"warning: skipped {bad}: empty file"]
    graph = read_graphml(output)
    assert sorted(d["label"] for _, d in graph.nodes(data=True) if d["type"] == "Document") == ["a", "b"]
    assert "skipped files" in result.stdout


@pytest.mark.model
def test_strict_makes_a_bad_file_fatal(run_cli, shared_model, corpus, output):
    bad = write(corpus / "c.txt", b"\x00\x01binary")
    result = run_cli(["extract", corpus, "-o", output, "--strict"])
    assert_one_error(result, 1, f"{bad}: binary file")
    assert output.read_bytes() == PRECIOUS


@pytest.mark.model
def test_cp1252_file_is_read_with_a_warning(run_cli, shared_model, tmp_path):
    old = write(tmp_path / "old.txt", "The review\u2019s chair spoke.\n".encode("cp1252"))
    result = run_cli(["extract", old, "-o", tmp_path / "g.graphml", "-q"])
    assert result.exit_code == 0
    assert result.stderr_lines == [f"warning: {old}: not UTF-8 (byte 0x92 at 10); read as cp1252"]


# --- extract: bad input -----------------------------------------------------------------


def test_missing_path(run_cli, tmp_path, output):
    missing = tmp_path / "nope.txt"
    assert_one_error(run_cli(["extract", missing, "-o", output]), 1, f"{missing}: no such file or directory")
    assert output.read_bytes() == PRECIOUS


def test_directory_without_supported_files(run_cli, tmp_path, output):
    folder = tmp_path / "sheets"
    write(folder / "x.xlsx", b"PK")
    assert_one_error(run_cli(["extract", folder, "-o", output]), 1, f"{folder}: no supported files")
    assert output.read_bytes() == PRECIOUS


@pytest.mark.model
@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (b"", "empty file"),
        (b"  \n\n", "empty file"),
        (b"PK\x03\x04\x00\x00binary", "binary file (NUL byte at 4)"),
        (b"caf\x81 au lait\n", "undecodable bytes (not UTF-8 or cp1252: byte 0x81 at 3)"),
        (b"Subscribe\n", "no text left after removing page boilerplate"),
    ],
)
def test_single_unusable_file(run_cli, shared_model, tmp_path, output, content, problem):
    bad = write(tmp_path / "bad.txt", content)
    assert_one_error(run_cli(["extract", bad, "-o", output]), 1, f"{bad}: {problem}")
    assert output.read_bytes() == PRECIOUS


@pytest.mark.model
def test_every_file_bad_reports_each_and_fails(run_cli, shared_model, tmp_path, output):
    one = write(tmp_path / "in" / "one.txt", b"")
    two = write(tmp_path / "in" / "two.txt", b"\x00")
    result = run_cli(["extract", tmp_path / "in", "-o", output])
    assert result.exit_code == 1
    assert result.stderr_lines == [
        f"warning: skipped {one}: empty file",
        f"warning: skipped {two}: binary file (NUL byte at 0)",
        f"error: no usable documents ({one}: empty file)",
    ]
    assert output.read_bytes() == PRECIOUS


def test_unknown_model(run_cli, corpus, output):
    line = assert_one_error(run_cli(["extract", corpus, "-o", output, "--model", "no_such_pipeline"]), 4)
    assert line.startswith("error: no_such_pipeline: cannot load spaCy pipeline")
    assert output.read_bytes() == PRECIOUS


def test_malformed_schema(run_cli, corpus, output, schema_copy):
    broken = schema_copy / "relations.yaml"
    broken.write_text("relations: [unclosed\n", encoding="utf-8")
    result = run_cli(["extract", corpus, "-o", output, "--schemas", schema_copy])
    assert_one_error(result, 3, f"{broken}: malformed YAML at line ")
    assert output.read_bytes() == PRECIOUS


def test_schema_with_a_wrong_type(run_cli, corpus, output, schema_copy):
    path = schema_copy / "ingest.yaml"
    path.write_text(path.read_text(encoding="utf-8") + "\nshelf_max_words: many\n", encoding="utf-8")
    result = run_cli(["extract", corpus, "-o", output, "--schemas", schema_copy])
    assert_one_error(result, 3, f"{path}: shelf_max_words: expected a number")


def test_output_directory_missing(run_cli, corpus, tmp_path):
    target = tmp_path / "no" / "such" / "g.graphml"
    assert_one_error(run_cli(["extract", corpus, "-o", target]), 5, f"{target}: cannot write",
                     "does not exist")
    assert not (tmp_path / "no").exists()


def test_output_is_a_directory(run_cli, corpus, tmp_path):
    target = tmp_path / "out.graphml"
    target.mkdir()
    assert_one_error(run_cli(["extract", corpus, "-o", target]), 5, f"{target}: cannot write (is a directory)")
    assert list(target.iterdir()) == []


def test_output_under_a_file(run_cli, corpus, output):
    target = output / "g.graphml"
    assert_one_error(run_cli(["extract", corpus, "-o", target]), 5, f"{target}: cannot write")
    assert output.read_bytes() == PRECIOUS


def test_error_line_stays_one_line_for_a_long_path(run_cli, tmp_path):
    deep = tmp_path.joinpath(*(["a-rather-long-directory-name-for-wrapping"] * 8))
    missing = deep / ("x" * 150 + ".txt")
    line = assert_one_error(run_cli(["extract", missing]), 1)
    assert line == f"error: {missing}: no such file or directory"
    assert len(line) > 400


def test_a_newline_in_a_file_name_cannot_break_the_line(run_cli, tmp_path):
    missing = tmp_path / "two\nlines.txt"
    line = assert_one_error(run_cli(["extract", missing]), 1)
    assert line.endswith("two\\nlines.txt: no such file or directory")


def test_markup_and_emoji_codes_in_a_path_are_printed_as_they_are(run_cli, tmp_path):
    missing = tmp_path / "[bold]:smile:.txt"
    line = assert_one_error(run_cli(["extract", missing]), 1)
    assert line == f"error: {missing}: no such file or directory"


# --- usage ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["extract", "--bogus", "x"], "No such option: --bogus"),
        (["extract"], "Missing argument"),
        (["evaluate", "g.graphml"], "Missing argument"),
        (["frobnicate"], "No such command"),
    ],
)
def test_usage_errors_exit_2(run_cli, args, message):
    result = run_cli(args)
    assert result.exit_code == 2
    assert message in result.stderr
    assert "Traceback" not in result.stderr
    assert result.stdout == ""


def test_help_does_not_import_spacy_or_networkx():
    code = "import sys, caregraph.cli; print(sorted({'spacy', 'networkx'} & set(sys.modules)))"
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         env={"PYTHONPATH": str(REPO / "src"), "PATH": ""})
    assert run.stdout.strip() == "[]"


# --- evaluate ---------------------------------------------------------------------------

GOLD = """\
entities:
  - {name: Josh MacAlister, type: Person, aliases: [MacAlister]}
  - {name: Care Review, type: Publication}
  - {name: Frontline, type: Organisation}
relations:
  - [Josh MacAlister, LEADS, Care Review]
  - [Josh MacAlister, FOUNDED, Frontline]
"""


@pytest.fixture
def graph_and_gold(tmp_path: Path) -> tuple[Path, Path]:
    g = nx.MultiDiGraph()
    g.add_node("person-josh", label="Josh MacAlister", type="Person", aliases=["MacAlister"])
    g.add_node("publication-care-review", label="the Care Review", type="Organisation")
    g.add_node("initiative-x", label="Something Else", type="Initiative")
    g.add_edge("person-josh", "publication-care-review", key="LEADS", relation="LEADS", weight=1.0,
               rule="leads-verb", evidence="He led the review.")
    g.add_edge("person-josh", "initiative-x", key="FOUNDED", relation="FOUNDED", weight=1.0,
               rule="founded-verb", evidence="He founded it.")
    graph_path = tmp_path / "g.graphml"
    write_graphml(g, graph_path)
    return graph_path, write(tmp_path / "gold.yaml", GOLD)


def test_evaluate_json_has_the_documented_fields(run_cli, graph_and_gold):
    graph_path, gold_path = graph_and_gold
    result = run_cli(["evaluate", graph_path, gold_path, "--json"])
    assert result.exit_code == 0 and result.stderr == ""
    data = json.loads(result.stdout)
    assert set(data) == {"entities_untyped", "entities_typed", "duplicates", "relations",
                         "per_relation", "per_type", "per_rule"}
    for key in ("entities_untyped", "entities_typed", "relations"):
        assert set(data[key]) == {"precision", "recall", "f1", "hits", "predicted", "gold"}
    assert data["entities_untyped"] == {"precision": 0.6667, "recall": 0.6667, "f1": 0.6667,
                                        "hits": 2, "predicted": 3, "gold": 3}
    assert data["entities_typed"]["hits"] == 1
    assert data["relations"] == {"precision": 0.5, "recall": 0.5, "f1": 0.5, "hits": 1,
                                 "predicted": 2, "gold": 2}
    assert data["per_rule"]["leads-verb"] == {"precision": 1.0, "hits": 1, "edges": 1}
    expected = evaluate(read_graphml(graph_path), load_gold(gold_path)).to_dict()
    assert data["per_type"] == expected["per_type"]


def test_evaluate_json_show_adds_the_lists(run_cli, graph_and_gold):
    result = run_cli(["evaluate", *graph_and_gold, "--json", "--show"])
    data = json.loads(result.stdout)
    assert data["misses"] == [{"name": "Frontline", "type": "Organisation"}]
    assert data["relation_misses"] == [["Josh MacAlister", "FOUNDED", "Frontline"]]
    assert data["wrong_types"][0]["gold_type"] == "Publication"


def test_evaluate_prints_the_figures(run_cli, graph_and_gold):
    result = run_cli(["evaluate", *graph_and_gold])
    assert result.exit_code == 0
    assert "entities untyped: P=0.667 R=0.667 F1=0.667" in result.stdout
    assert "relations:        P=0.500 R=0.500 F1=0.500" in result.stdout


def test_evaluate_missing_graph(run_cli, graph_and_gold, tmp_path):
    missing = tmp_path / "none.graphml"
    assert_one_error(run_cli(["evaluate", missing, graph_and_gold[1]]), 1, f"{missing}: no such graph file")


def test_evaluate_broken_gold(run_cli, graph_and_gold, tmp_path):
    gold = write(tmp_path / "broken.yaml", "entities: [\n")
    assert_one_error(run_cli(["evaluate", graph_and_gold[0], gold]), 1, f"{gold}: malformed YAML")


def test_evaluate_file_that_is_not_graphml(run_cli, graph_and_gold, tmp_path):
    bad = write(tmp_path / "bad.graphml", "<html>nope")
    assert_one_error(run_cli(["evaluate", bad, graph_and_gold[1]]), 1, f"{bad}: not a readable GraphML file")


@pytest.mark.model
def test_extract_filters_give_the_bytes_export_gives(run_cli, shared_model, corpus, tmp_path):
    """`extract --no-documents --min-degree 1` writes what `export` with the same options
    writes from the whole graph."""
    whole, part, exported = tmp_path / "whole.graphml", tmp_path / "part.graphml", tmp_path / "exported.graphml"
    assert run_cli(["extract", corpus, "-o", whole, "-q", "--no-cache"]).exit_code == 0
    result = run_cli(["extract", corpus, "-o", part, "-q", "--no-cache", "--no-documents", "--min-degree", "1"])
    assert result.exit_code == 0, result.stderr
    assert run_cli(["export", whole, "-o", exported, "-q", "--no-documents", "--min-degree", "1"]).exit_code == 0
    assert part.read_bytes() == exported.read_bytes()
    assert b"MENTIONS" in whole.read_bytes() and b"MENTIONS" not in part.read_bytes()


def test_extract_checks_filter_names_before_extracting(run_cli, corpus, tmp_path):
    out = tmp_path / "g.graphml"
    result = run_cli(["extract", corpus, "-o", out, "--type", "Planet", "--no-cache"])
    line = assert_one_error(result, 2, "unknown type 'Planet'")
    assert line.startswith("error: unknown type 'Planet' (known: Document, Initiative")
    assert not out.exists()
