"""`caregraph export` and the format registry: outputs, choices, and bad input."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from caregraph import cli
from caregraph.errors import UsageError
from caregraph.export import FORMATS, default_output, output_paths, parse_formats
from caregraph.export.graphml import graphml_bytes, read_graphml

ALL = "graphml,gexf,json,csv,html"


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def invoke(runner: CliRunner, *args: str):  # type: ignore[no-untyped-def]
    return runner.invoke(cli.app, list(args))


def test_cli_choices_are_the_registry_keys() -> None:
    assert cli.FORMAT_CHOICES == ", ".join(FORMATS)


@pytest.mark.parametrize(
    ("values", "formats"),
    [
        (None, ("graphml",)),
        (["gexf"], ("gexf",)),
        (["html,json", "gexf"], ("gexf", "json", "html")),
        (["CSV, csv"], ("csv",)),
    ],
)
def test_parse_formats(values, formats) -> None:  # type: ignore[no-untyped-def]
    assert parse_formats(values) == formats


def test_unknown_format_is_a_usage_error() -> None:
    with pytest.raises(UsageError, match=r"unknown format 'pdf' \(choose from graphml, gexf, json, csv, html, sqlite\)"):
        parse_formats(["graphml,pdf"])


@pytest.mark.parametrize(
    ("output", "formats", "paths"),
    [
        ("out/g.gexf", ("gexf",), {"gexf": "out/g.gexf"}),
        ("out/g", ("graphml", "html"), {"graphml": "out/g.graphml", "html": "out/g.html"}),
        ("out/g.graphml", ("graphml", "csv"), {"graphml": "out/g.graphml", "csv": "out/g"}),
        ("out/v1.2", ("json", "gexf"), {"gexf": "out/v1.2.gexf", "json": "out/v1.2.json"}),
    ],
)
def test_output_paths(output, formats, paths) -> None:  # type: ignore[no-untyped-def]
    assert {k: str(v) for k, v in output_paths(output, formats).items()} == paths


def test_default_output_gets_the_format_suffix() -> None:
    assert default_output(Path("data/graph/caregraph"), ("gexf",)) == Path("data/graph/caregraph.gexf")
    assert default_output(Path("data/graph/caregraph"), ("gexf", "json")) == Path("data/graph/caregraph")


def test_export_writes_every_format_from_a_graphml_file(runner, tiny_path, tmp_path) -> None:  # type: ignore[no-untyped-def]
    result = invoke(runner, "export", str(tiny_path), "--format", ALL, "-o", str(tmp_path / "g"))
    assert result.exit_code == 0, result.output
    names = ["g.cypher", "g.edges.csv", "g.gexf", "g.graphml", "g.html", "g.json", "g.nodes.csv"]
    assert sorted(p.name for p in tmp_path.iterdir()) == names
    assert result.stdout.split() == [str(tmp_path / n) for n in
                                    ("g.graphml", "g.gexf", "g.json", "g.nodes.csv", "g.edges.csv", "g.cypher", "g.html")]
    # GraphML out is GraphML in, re-serialised the same
    assert (tmp_path / "g.graphml").read_bytes() == graphml_bytes(read_graphml(tiny_path))


def test_one_format_writes_exactly_the_output_file(runner, tiny_path, tmp_path) -> None:  # type: ignore[no-untyped-def]
    result = invoke(runner, "export", str(tiny_path), "-f", "gexf", "-o", str(tmp_path / "x.xml"))
    assert result.exit_code == 0, result.output
    assert [p.name for p in tmp_path.iterdir()] == ["x.xml"]


def test_bom_option_reaches_the_csv_files(runner, tiny_path, tmp_path) -> None:  # type: ignore[no-untyped-def]
    result = invoke(runner, "export", str(tiny_path), "-f", "csv", "--bom", "-o", str(tmp_path / "g.csv"))
    assert result.exit_code == 0, result.output
    assert (tmp_path / "g.nodes.csv").read_bytes().startswith(b"\xef\xbb\xbfid:ID,")


def _bad(runner: CliRunner, *args: str):  # type: ignore[no-untyped-def]
    result = invoke(runner, *args)
    assert result.stdout == ""
    assert len(result.stderr.splitlines()) == 1 and "Traceback" not in result.stderr
    return result


def test_missing_graph_file(runner, tmp_path) -> None:  # type: ignore[no-untyped-def]
    result = _bad(runner, "export", str(tmp_path / "nope.graphml"), "-o", str(tmp_path / "o.gexf"), "-f", "gexf")
    assert result.exit_code == 1
    assert result.stderr == f"error: {tmp_path / 'nope.graphml'}: no such graph file\n"
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("content", [b"just text\n", b"<html><body/></html>", b"\x89PNG\r\n\x1a\n\x00\x00"])
def test_not_a_graphml_file(runner, tmp_path, content) -> None:  # type: ignore[no-untyped-def]
    source = tmp_path / "g.graphml"
    source.write_bytes(content)
    result = _bad(runner, "export", str(source), "-f", ALL, "-o", str(tmp_path / "out"))
    assert result.exit_code == 1
    assert result.stderr.startswith(f"error: {source}: not a readable GraphML file (")
    assert [p.name for p in tmp_path.iterdir()] == ["g.graphml"]


def test_unknown_format_exits_2(runner, tiny_path, tmp_path) -> None:  # type: ignore[no-untyped-def]
    result = _bad(runner, "export", str(tiny_path), "-f", "gexf,pdf", "-o", str(tmp_path / "g"))
    assert result.exit_code == 2
    assert result.stderr == "error: unknown format 'pdf' (choose from graphml, gexf, json, csv, html, sqlite)\n"
    assert list(tmp_path.iterdir()) == []


def test_output_in_a_missing_directory(runner, tiny_path, tmp_path) -> None:  # type: ignore[no-untyped-def]
    result = _bad(runner, "export", str(tiny_path), "-f", "json", "-o", str(tmp_path / "no" / "g.json"))
    assert result.exit_code == 5
    assert result.stderr == f"error: {tmp_path / 'no' / 'g.json'}: cannot write (directory {tmp_path / 'no'} does not exist)\n"


def test_one_unwritable_target_means_no_file_at_all(runner, tiny_path, tmp_path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "g.html").mkdir()  # the HTML target is a directory
    existing = tmp_path / "g.gexf"
    existing.write_bytes(b"old")
    result = _bad(runner, "export", str(tiny_path), "-f", ALL, "-o", str(tmp_path / "g"))
    assert result.exit_code == 5
    assert result.stderr == f"error: {tmp_path / 'g.html'}: cannot write (is a directory)\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["g.gexf", "g.html"]
    assert existing.read_bytes() == b"old"


def test_export_does_not_import_spacy(tiny_path: Path, tmp_path: Path) -> None:
    code = (
        "import sys; from caregraph.cli import main; sys.argv = ['caregraph', 'export', "
        f"{str(tiny_path)!r}, '-f', 'gexf,json', '-q', '-o', {str(tmp_path / 'g')!r}];\n"
        "try:\n    main()\nexcept SystemExit as e:\n    assert not e.code, e.code\n"
        "assert 'spacy' not in sys.modules, 'spacy imported'"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
    assert (tmp_path / "g.gexf").is_file() and (tmp_path / "g.json").is_file()


def test_extract_rejects_an_unknown_format_before_any_work(runner, tmp_path) -> None:  # type: ignore[no-untyped-def]
    result = _bad(runner, "extract", str(tmp_path / "missing-input"), "-f", "docx", "-o", str(tmp_path / "g"))
    assert result.exit_code == 2
    assert result.stderr == "error: unknown format 'docx' (choose from graphml, gexf, json, csv, html, sqlite)\n"


@pytest.mark.model
def test_extract_writes_several_formats_at_once(runner, tmp_path) -> None:  # type: ignore[no-untyped-def]
    source = tmp_path / "doc.txt"
    source.write_text("Josh MacAlister leads the Independent Review of Children's Social Care in England.\n")
    result = invoke(runner, "extract", str(source), "-f", "graphml,json,html", "-q", "-o", str(tmp_path / "out" ))
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in tmp_path.iterdir()) == ["doc.txt", "out.graphml", "out.graphml.index.sqlite", "out.html", "out.json"]
