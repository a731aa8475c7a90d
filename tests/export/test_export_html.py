"""HTML: one offline page; data escaped; rendered by a real Chromium without running injected code."""

from __future__ import annotations

import base64
import hashlib
import json
import re
from html.parser import HTMLParser
from importlib import resources
from pathlib import Path

import networkx as nx
import pytest

from caregraph.export.html import LIBRARY_SHA256, html_page, script_json, write_html

INJECTED_LABEL = "publication-the-report"  # label and evidence carry <script> in tests/golden/tiny.graphml
INJECTED_EDGE = "person-ada-lovelace--authored--publication-the-report"  # evidence carries <img onerror>


class Elements(HTMLParser):
    """Tags, attributes and the text of each element with an id, from an HTML document."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text_by_id: dict[str, str] = {}
        self._open: list[str | None] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        if tag not in ("meta", "input", "br", "img", "link"):
            element_id = dict(attrs).get("id")
            self._open.append(element_id)
            if element_id:
                self.text_by_id.setdefault(element_id, "")

    def handle_endtag(self, tag: str) -> None:
        if self._open and tag not in ("meta", "input", "br", "img", "link"):
            self._open.pop()

    def handle_data(self, data: str) -> None:
        for element_id in self._open:
            if element_id:
                self.text_by_id[element_id] += data


def elements(html: str) -> Elements:
    parser = Elements()
    parser.feed(html)
    return parser


def test_script_json_leaves_no_markup_or_line_separators() -> None:
    data = {"x": "</script><script>alert(1)</script> & \u2028\u2029 <!--"}
    text = script_json(data)
    assert not set(text) & {"<", ">", "&", "\u2028", "\u2029"}
    assert json.loads(text) == data


def test_page_loads_nothing_from_outside(tiny_graph: nx.MultiDiGraph) -> None:
    page = elements(html_page(tiny_graph))
    assert not [tag for tag, attrs in page.tags if "src" in attrs or "href" in attrs]
    assert not [tag for tag, _ in page.tags if tag in ("link", "img", "iframe", "object", "embed")]
    csp = next(a["content"] for t, a in page.tags if t == "meta" and a.get("http-equiv") == "Content-Security-Policy")
    assert "default-src 'none'" in str(csp)


def test_csp_allows_exactly_the_page_s_own_scripts(tiny_graph: nx.MultiDiGraph) -> None:
    html = html_page(tiny_graph)
    bodies = re.findall(r"<script>(.*?)</script>", html, flags=re.S)
    assert len(bodies) == 2
    allowed = set(re.findall(r"'sha256-([A-Za-z0-9+/=]+)'", html))
    assert allowed == {base64.b64encode(hashlib.sha256(b.encode()).digest()).decode() for b in bodies}


def test_document_text_appears_only_escaped(tiny_graph: nx.MultiDiGraph) -> None:
    html = html_page(tiny_graph, library="/* lib */")
    assert "document.title='pwned'" in html.replace("\\u003c", "<")  # the data is there...
    assert "<script>document.title" not in html and "<img" not in html  # ...but never as markup
    assert len(re.findall(r"<script\b", html)) == 3  # data, library, viewer


def test_the_vendored_library_and_its_licence_are_packaged() -> None:
    vendor = resources.files("caregraph.export").joinpath("vendor")
    library = vendor.joinpath("cytoscape.min.js").read_bytes()
    assert hashlib.sha256(library).hexdigest() == LIBRARY_SHA256
    assert "Permission is hereby granted" in vendor.joinpath("cytoscape.LICENSE").read_text(encoding="utf-8")


@pytest.mark.browser
def test_chromium_renders_every_node_and_runs_no_injected_script(tiny_graph, tmp_path, chromium) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "tiny.html"
    write_html(tiny_graph, path)
    dom = chromium(path.as_uri() + "#node=" + INJECTED_LABEL, "--dump-dom")
    page = elements(dom)
    body = next(attrs for tag, attrs in page.tags if tag == "body")
    assert "data-error" not in body, body.get("data-error")
    assert body.get("data-node-count") == str(tiny_graph.number_of_nodes())
    assert body.get("data-edge-count") == str(tiny_graph.number_of_edges())
    assert page.text_by_id["status"].startswith(f"{tiny_graph.number_of_nodes()} nodes")
    # the injected <script> did not run: title unchanged, no extra script or img element
    assert "pwned" not in dom.split("<title>")[1].split("</title>")[0]
    assert [tag for tag, _ in page.tags].count("script") == 3
    assert "img" not in [tag for tag, _ in page.tags] and "data-pwned" not in body
    # ...and the details panel shows the label and evidence as text
    label = tiny_graph.nodes[INJECTED_LABEL]["label"]
    assert label in page.text_by_id["info"]
    assert "document.title='pwned'" in page.text_by_id["info"]
    # legend: one entry per type, Document unticked by default
    assert "Organisation" in page.text_by_id["types"] and "MENTIONS" in page.text_by_id["relations"]


@pytest.mark.browser
def test_chromium_shows_an_edge_s_evidence_as_text(tiny_graph, tmp_path, chromium) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "tiny.html"
    write_html(tiny_graph, path)
    dom = chromium(path.as_uri() + "#edge=" + INJECTED_EDGE, "--dump-dom")
    page = elements(dom)
    body = next(attrs for tag, attrs in page.tags if tag == "body")
    assert body.get("data-node-count") == str(tiny_graph.number_of_nodes())
    assert "data-pwned" not in body
    assert "img" not in [tag for tag, _ in page.tags]
    assert "onerror=\"document.body.setAttribute('data-pwned','1')\"" in page.text_by_id["info"]
    assert "Ada Lovelace \u2192 AUTHORED \u2192" in page.text_by_id["info"]


@pytest.mark.browser
def test_chromium_renders_a_graph_without_edges_or_types(tmp_path: Path, chromium) -> None:  # type: ignore[no-untyped-def]
    graph = nx.MultiDiGraph()
    graph.add_node("lonely")
    path = tmp_path / "one.html"
    write_html(graph, path)
    page = elements(chromium(path.as_uri(), "--dump-dom"))
    body = next(attrs for tag, attrs in page.tags if tag == "body")
    assert "data-error" not in body, body.get("data-error")
    assert body.get("data-node-count") == "1" and body.get("data-edge-count") == "0"


@pytest.mark.browser
def test_chromium_hides_isolates_until_the_toggle_is_ticked(tmp_path: Path, chromium) -> None:  # type: ignore[no-untyped-def]
    """Entities with no relation but MENTIONS are hidden at first; the "Show isolated" box (ticked
    by a click that #isolates makes) shows them; Documents stay under their own filter."""
    import analyst_graph

    graph = analyst_graph.build()   # 10 entities (3 isolated: Lonely Club and the two Mercuries), 2 Documents
    path = tmp_path / "analyst.html"
    write_html(graph, path)
    at_rest = elements(chromium(path.as_uri(), "--dump-dom"))
    body = next(attrs for tag, attrs in at_rest.tags if tag == "body")
    assert "data-error" not in body, body.get("data-error")
    assert body.get("data-node-count") == "12"
    assert body.get("data-shown-node-count") == "7"
    assert at_rest.text_by_id["isolates-count"] == "3"
    assert 1 <= int(body["data-labelled-count"]) <= 7
    ticked = elements(chromium(path.as_uri() + "#isolates", "--dump-dom"))
    body = next(attrs for tag, attrs in ticked.tags if tag == "body")
    assert "data-error" not in body, body.get("data-error")
    assert body.get("data-shown-node-count") == "10"
    assert ticked.text_by_id["status"].startswith("12 nodes, 20 edges (10 and ")
    assert "Document" in ticked.text_by_id["types"]


@pytest.mark.browser
def test_chromium_labels_more_nodes_when_zoomed_in(tmp_path: Path, chromium) -> None:  # type: ignore[no-untyped-def]
    """A crowded view labels only the nodes whose labels do not overlap; labels keep their size
    on screen while zooming in moves the nodes apart, so #zoom=N labels more of them, and far
    enough in, all."""
    graph = nx.MultiDiGraph()
    graph.add_node("hub", label="Harbour Trust", type="Organisation")
    for k in range(40):
        node = f"p{k}"
        graph.add_node(node, label=f"Westshire Family Project Number {k}", type="Initiative")
        graph.add_edge("hub", node, key=f"e{k}", relation="RUNS")
    path = tmp_path / "crowd.html"
    write_html(graph, path)

    def labelled(url: str) -> tuple[int, int]:
        page = elements(chromium(url, "--dump-dom"))
        body = next(attrs for tag, attrs in page.tags if tag == "body")
        assert "data-error" not in body, body.get("data-error")
        return int(body["data-labelled-count"]), int(body["data-shown-node-count"])

    at_rest, shown = labelled(path.as_uri())
    closer, _ = labelled(path.as_uri() + "#zoom=3")
    close_up, _ = labelled(path.as_uri() + "#zoom=40")
    assert shown == 41
    assert 1 <= at_rest < shown          # crowded: not every label fits
    assert at_rest < closer <= close_up  # zooming in makes room
    assert close_up == shown             # ...until every label is drawn
