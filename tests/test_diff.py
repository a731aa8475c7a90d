"""`caregraph diff` on hand-made graphs: what it reports and its exit codes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import networkx as nx
import pytest
from typer.testing import CliRunner

from caregraph.cli import app
from caregraph.diff import Change, diff_graphs
from caregraph.export.graphml import write_graphml

runner = CliRunner()


def base() -> nx.MultiDiGraph:
    g = nx.MultiDiGraph()
    g.add_node("person-ann", label="Ann", type="Person", mentions=2, aliases=["A"])
    g.add_node("org-trust", label="Trust", type="Organisation", mentions=1, aliases=[])
    g.add_edge("person-ann", "org-trust", key="ROLE_AT", relation="ROLE_AT", label="ROLE_AT", weight=1.0,
               evidence="Ann chairs the Trust.")
    return g


def write(tmp_path: Path, name: str, graph: nx.MultiDiGraph) -> Path:
    path = tmp_path / name
    write_graphml(graph, path)
    return path


def test_equal_graphs_have_no_differences() -> None:
    assert diff_graphs(base(), base()).equal


def test_added_removed_and_changed_nodes() -> None:
    new = base()
    new.remove_node("org-trust")
    new.add_node("place-york", label="York", type="Place", mentions=1)
    new.nodes["person-ann"]["mentions"] = 3
    d = diff_graphs(base(), new)
    assert [n for n, _ in d.nodes_added] == ["place-york"]
    assert [n for n, _ in d.nodes_removed] == ["org-trust"]
    assert d.nodes_changed == [("person-ann", [Change("mentions", 2, 3)])]
    assert [k for k, _ in d.edges_removed] == [("person-ann", "ROLE_AT", "org-trust")]


def test_changed_edge_attributes_and_a_new_relation_between_the_same_nodes() -> None:
    new = base()
    new["person-ann"]["org-trust"]["ROLE_AT"]["weight"] = 2.0
    new.add_edge("person-ann", "org-trust", key="FOUNDED", relation="FOUNDED", weight=1.0)
    d = diff_graphs(base(), new)
    assert d.edges_changed == [(("person-ann", "ROLE_AT", "org-trust"), [Change("weight", 1.0, 2.0)])]
    assert [k for k, _ in d.edges_added] == [("person-ann", "FOUNDED", "org-trust")]


def test_attribute_present_on_one_side_only_is_a_change() -> None:
    new = base()
    new.nodes["org-trust"]["evidence"] = "The Trust."
    assert diff_graphs(base(), new).nodes_changed == [("org-trust", [Change("evidence", None, "The Trust.")])]


def test_cli_exit_zero_when_equal(tmp_path: Path) -> None:
    a, b = write(tmp_path, "a.graphml", base()), write(tmp_path, "b.graphml", base())
    result = runner.invoke(app, ["diff", str(a), str(b)])
    assert result.exit_code == 0
    assert result.stdout.strip() == f"{a} and {b}: equal"


def test_cli_exit_one_and_a_table_when_different(tmp_path: Path) -> None:
    new = base()
    new.nodes["person-ann"]["label"] = "Ann Bee"
    a, b = write(tmp_path, "a.graphml", base()), write(tmp_path, "b.graphml", new)
    result = runner.invoke(app, ["diff", str(a), str(b)], terminal_width=200)
    assert result.exit_code == 1
    assert "Ann Bee" in result.stdout
    assert "nodes: +0 -0 ~1; edges: +0 -0 ~0" in result.stdout


def test_cli_json(tmp_path: Path) -> None:
    new = base()
    new.remove_edge("person-ann", "org-trust", key="ROLE_AT")
    a, b = write(tmp_path, "a.graphml", base()), write(tmp_path, "b.graphml", new)
    result = runner.invoke(app, ["diff", str(a), str(b), "--json"])
    assert result.exit_code == 1
    data = json.loads(result.stdout)
    assert data["equal"] is False
    assert [(e["source"], e["relation"], e["target"]) for e in data["edges"]["removed"]] == [
        ("person-ann", "ROLE_AT", "org-trust")
    ]
    assert data["edges"]["removed"][0]["attributes"]["evidence"] == "Ann chairs the Trust."
    assert data["nodes"] == {"added": [], "removed": [], "changed": []}


@pytest.mark.parametrize("content", [None, b"<graphml><broken", b""], ids=["missing", "malformed", "empty"])
def test_cli_unreadable_file_exits_two_with_one_line(tmp_path: Path, content: bytes | None) -> None:
    a = write(tmp_path, "a.graphml", base())
    b = tmp_path / "b.graphml"
    if content is not None:
        b.write_bytes(content)
    result = runner.invoke(app, ["diff", str(a), str(b)])
    assert result.exit_code == 2
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"error: {b}: ")


def test_diff_does_not_import_spacy(tmp_path: Path) -> None:
    a, b = write(tmp_path, "a.graphml", base()), write(tmp_path, "b.graphml", base())
    code = (
        "import sys\n"
        "from caregraph.cli import app\n"
        "try:\n"
        f"    app(['diff', {str(a)!r}, {str(b)!r}])\n"
        "except SystemExit:\n"
        "    pass\n"
        "print('spacy' in sys.modules)\n"
    )
    src = str(Path(__file__).resolve().parents[1] / "src")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         env={"PYTHONPATH": src, "PATH": "/usr/bin:/bin"})
    assert out.stdout.strip().splitlines()[-1] == "False"


def test_cli_help_imports_neither_spacy_nor_networkx() -> None:
    code = (
        "import sys\n"
        "from caregraph.cli import app\n"
        "try:\n"
        "    app(['extract', '--help'])\n"
        "except SystemExit:\n"
        "    pass\n"
        "print(sorted(m for m in ('spacy', 'networkx', 'distributed') if m in sys.modules))\n"
    )
    src = str(Path(__file__).resolve().parents[1] / "src")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         env={"PYTHONPATH": src, "PATH": "/usr/bin:/bin"})
    assert out.stdout.strip().splitlines()[-1] == "[]"
