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
    formats = [name for name in FORMATS if name != "html"]
    files = {path.name: data if isinstance(data, bytes) else b"".join(data)
             for path, data in render(graph, Path("tiny"), formats).items()}
    files["tiny.html"] = html_page(graph, library=LIBRARY_PLACEHOLDER).encode("utf-8")
    return dict(sorted(files.items()))


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
