"""One self-contained HTML page that draws the graph in a browser, offline.

The page inlines the vendored Cytoscape.js (vendor/, MIT) and our viewer (templates/graph.js):
force layout (cose), nodes coloured by type (style.PALETTE) with the legend as type filters,
relation filters, a search box, and the aliases, documents and evidence of whatever is hovered
or clicked. Nothing is fetched at view time; the Content-Security-Policy forbids it and allows
only the page's own two scripts (by hash), so a script smuggled into the data could not run
even if it reached the DOM.

Document text reaches the page only as JSON inside <script type="application/json"> with
`<`, `>`, `&`, U+2028 and U+2029 written as `\\u003c`..., and the viewer renders it with
textContent (or on the canvas), never innerHTML.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..core.ontology import DOCUMENT, MENTIONS
from .common import write_atomic
from .style import OTHER, PALETTE, colour_of, size_of
from .table import table_of

if TYPE_CHECKING:
    import networkx as nx

LIBRARY = "vendor/cytoscape.min.js"
LIBRARY_SHA256 = "081591ab735b2b6a3b31a3c60f8f3a3e2fee8c92939e0c7820ad1208571b6cd8"
# Shown unticked when the page opens (ticking them shows them): provenance, not facts.
HIDDEN_TYPES = (DOCUMENT,)
HIDDEN_RELATIONS = (MENTIONS,)

_JSON_ESCAPES = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}


def library_source() -> str:
    """The vendored Cytoscape.js, checked against its recorded hash."""
    data = _resource(LIBRARY).encode("utf-8")
    if hashlib.sha256(data).hexdigest() != LIBRARY_SHA256:
        raise RuntimeError(f"{LIBRARY}: not the vendored file (sha256 differs)")  # a packaging bug
    return data.decode("utf-8")


def page_data(graph: nx.MultiDiGraph) -> dict[str, Any]:
    """What the viewer draws: nodes with colour and size, edges, palette, default filters."""
    table = table_of(graph)
    return {
        "palette": dict(PALETTE),
        "other": OTHER,
        "hidden": {"types": list(HIDDEN_TYPES), "relations": list(HIDDEN_RELATIONS)},
        "nodes": [
            {"id": node.id, "colour": colour_of(node.type), "size": size_of(node), "attrs": _plain(node.attrs)}
            for node in table.nodes
        ],
        "edges": [
            {"id": edge.id, "source": edge.source, "target": edge.target, "relation": edge.relation,
             "attrs": _plain(edge.attrs)}
            for edge in table.edges
        ],
    }


def script_json(data: Any) -> str:
    """JSON safe inside a <script> element: no `<`, `>`, `&` or line separators left raw."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    return "".join(_JSON_ESCAPES.get(ch, ch) for ch in text)


def html_page(graph: nx.MultiDiGraph, *, library: str | None = None) -> str:
    """The page for a graph. `library` replaces the vendored Cytoscape.js (the golden test
    passes a placeholder so its file stays small)."""
    library = library_source() if library is None else library
    scripts = [_script_body(library), _script_body(_resource("templates/graph.js"))]
    csp = "; ".join([
        "default-src 'none'",
        "script-src " + " ".join(f"'sha256-{_b64sha256(body)}'" for body in scripts),
        "style-src 'unsafe-inline'",
        "img-src data: blob:",
        "base-uri 'none'",
        "form-action 'none'",
    ])
    template = _resource("templates/graph.html")
    replacements = {
        "@@CSP@@": csp,
        "@@CSS@@": _resource("templates/graph.css").rstrip("\n"),
        "@@DATA@@": script_json(page_data(graph)),
        "<script>\n@@LIBRARY@@\n</script>": f"<script>{scripts[0]}</script>",
        "<script>\n@@APP@@\n</script>": f"<script>{scripts[1]}</script>",
    }
    for marker, text in replacements.items():
        if marker not in template:
            raise RuntimeError(f"templates/graph.html: marker {marker!r} missing")  # a packaging bug
        template = template.replace(marker, text, 1)
    return template


def html_bytes(graph: nx.MultiDiGraph) -> bytes:
    return html_page(graph).encode("utf-8")


def write_html(graph: nx.MultiDiGraph, path: str | Path) -> None:
    """Write the page, atomically."""
    data = html_bytes(graph)
    write_atomic(path, lambda handle: handle.write(data))


def _script_body(source: str) -> str:
    # "</script" would end the element early; "<\/script" means the same inside JS strings.
    body = re.sub(r"</(script)", r"<\\/\1", source, flags=re.IGNORECASE)
    return "\n" + body.strip("\n") + "\n"


def _b64sha256(text: str) -> str:
    return base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii")


def _resource(name: str) -> str:
    return resources.files("caregraph.export").joinpath(name).read_text(encoding="utf-8")


def _plain(attrs: Any) -> dict[str, Any]:
    return {name: list(value) if isinstance(value, tuple) else value for name, value in attrs.items()}
