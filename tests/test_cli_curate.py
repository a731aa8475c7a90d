"""`caregraph curate` (cli/curate.py) and `extract` with a curation file that cannot be used."""

from __future__ import annotations

from pathlib import Path

from caregraph.graph.curation import load_curation
from helpers import write


def test_curate_appends_one_operation_each_time(run_cli, tmp_path: Path, schema) -> None:
    file = tmp_path / "corpus" / "curation.yaml"
    write(file, "# corrections\n- {op: drop, name: Cookie Policy}")      # no final newline
    commands = [
        ["merge", "Jane", "Jane Doe", "--label", "Jane Doe"],
        ["rename", "Front Line", "Frontline"],
        ["retype", "Letterswap", "Initiative"],
        ["alias", "Department for Transport", "the Department"],
        ["unalias", "Department for Transport", "DfT Funding"],
        ["drop", "--edge", "Acme Trust", "RUNS", "Bluebird"],
        ["add", "Acme Trust", "FOUNDED", "Bluebird", "--note", "its annual report: \"founded\""],
    ]
    for n, command in enumerate(commands, start=3):
        result = run_cli(["curate", *command, "--file", file])
        assert result.exit_code == 0, result.stderr
        assert result.stdout.startswith(f"{file}:{n}: - {{op: {command[0]}")
        assert f"caregraph extract {file.parent} " in result.stdout
    ops = load_curation(file, types=schema.entities.types, relations=tuple(schema.relations.signatures)).operations
    assert [op.op for op in ops] == ["drop", "merge", "rename", "retype", "alias", "unalias", "drop", "add"]
    assert ops[1].names == ("Jane", "Jane Doe")
    assert ops[6].edge == ("Acme Trust", "RUNS", "Bluebird")
    assert ops[7].note == 'its annual report: "founded"'


def test_curate_refuses_a_bad_operation_and_leaves_the_file(run_cli, tmp_path: Path) -> None:
    file = write(tmp_path / "curation.yaml", "- {op: drop, name: A}\n")
    result = run_cli(["curate", "retype", "A", "Charity", "--file", file])
    assert result.exit_code == 3
    assert result.stderr_lines == [f"error: {file}:2: [1].type: unknown type 'Charity' (known: Person, "
                                   "Organisation, Place, Publication, Initiative, Recommendation)"]
    assert file.read_text() == "- {op: drop, name: A}\n"
    result = run_cli(["curate", "drop", "A", "RUNS", "--file", file])
    assert result.exit_code == 2
    assert result.stderr_lines == ["error: drop takes NAME, or --edge SOURCE RELATION TARGET"]


def test_extract_with_a_bad_curation_file_is_one_error_line(run_cli, tmp_path: Path) -> None:
    corpus_dir = tmp_path / "corpus"
    write(corpus_dir / "a.txt", "Jane Doe runs Acme Trust.\n")
    bad = write(corpus_dir / "curation.yaml", "- {op: merge, names: [Jane]}\n")
    result = run_cli(["extract", corpus_dir, "-o", tmp_path / "g.graphml", "--no-cache"])
    assert result.exit_code == 3
    assert result.stderr_lines == [f"error: {bad}:1: [0].names: expected a list of at least two names"]
    assert result.stdout == ""
    assert not (tmp_path / "g.graphml").exists()
    other = write(tmp_path / "other.yaml", "- {op: drop}\n")
    result = run_cli(["extract", corpus_dir, "-o", tmp_path / "g.graphml", "--curation", other, "--no-cache"])
    assert (result.exit_code, result.stderr_lines) == (3, [f"error: {other}:1: [0]: 'drop' needs exactly one of "
                                                           "name or edge"])


def test_extract_checks_the_changes_path_before_any_work(run_cli, tmp_path: Path) -> None:
    corpus_dir = tmp_path / "corpus"
    write(corpus_dir / "a.txt", "Jane Doe runs Acme Trust.\n")
    missing = tmp_path / "no" / "changes.json"
    result = run_cli(["extract", corpus_dir, "-o", tmp_path / "g.graphml", "--changes", missing, "--no-cache"])
    assert result.exit_code == 5
    assert result.stderr_lines == [f"error: {missing}: cannot write (directory {missing.parent} does not exist)"]
    assert not (tmp_path / "g.graphml").exists()
