"""Issue 17's "Done when": `caregraph extract` on a folder of real documents (a two-page text
PDF printed by headless Chromium, a DOCX written by python-docx, a saved web page) beside
broken ones (an encrypted, a scanned and a truncated PDF), compared with the same texts
given as .txt; plus the smaller wiring checks (unsupported types, page progress, the cache
round trip of pages and metadata)."""

from __future__ import annotations

import io
import re
from pathlib import Path

import docx
import pypdf
import pytest
from pdf_pages import paged_html, print_pdf
from saved_pages import ARTICLE, CHROME, news_page

from caregraph.core.records import DocMetadata, DocResult, Entity, Relation, SourceDoc
from caregraph.export.graphml import read_graphml
from caregraph.extract.ingest import read_source
from caregraph.run.cache import ResultCache

# --- the documents ---------------------------------------------------------------------------

PDF_HEADER = "Kinship Care in England: annual report"
PDF_PAGE_ONE = [
    "The Department for Education published the national kinship care strategy in December. "
    "Josh MacAlister, who chaired the Independent Review of Children's Social Care, said that "
    "kinship carers had waited too long for support.",
    "Luton Borough Council will test a new kinship allowance from April, and Ofsted will "
    "inspect the pilot in its first year.",
]
PDF_PAGE_TWO = [
    "Lucy Peake, chief executive of Kinship Care UK, welcomed the announcement and asked the "
    "Secretary of State to extend the allowance to every local authority in England.",
    "Barnardo's said that Leeds City Council and Manchester City Council should share what "
    "they learn with the Local Government Association.",
]
DOCX_HEADER = "Wolverhampton Scrutiny Panel - Official Sensitive"
DOCX_FOOTER = "Westminster Printing Office - page 1"
DOCX_TEXT = [
    "Minutes of the Children's Services Scrutiny Panel",
    "Councillor Paula Brookfield welcomed the report of the Families First for Children pathfinder.",
    "Emma Bennett, Director of Children's Services at Wolverhampton City Council, described the "
    "work of the family help teams with the NSPCC and West Midlands Police.",
    "The panel asked the Department for Education to publish the evaluation of the pathfinder.",
]
# the saved page's article, set amid saved_pages' chrome (navigation, cookie banner, newsletter, footer)
PAGE_ARTICLE = [
    "The government has published its national kinship care strategy. Claire Coutinho, the "
    "Minister for Children, launched it at a church in Luton with Luton Borough Council.",
    "Dame Rachel de Souza, the Children's Commissioner, welcomed the strategy. The Family Rights "
    "Group and Grandparents Plus said that Birmingham City Council and Kent County Council "
    "should test the allowance first.",
    "The Local Government Association asked the Treasury to fund the strategy in full.",
]
# what readers of each format leave out: none of it may become a node
PDF_CHROME = [PDF_HEADER, "Page 1 of 2", "Page 2 of 2"]
DOCX_CHROME = ["Scrutiny Panel - Official", "Official Sensitive", "Westminster Printing Office"]


def _txt(paragraphs: list[str]) -> str:
    return "\n\n".join(paragraphs) + "\n"


def _pdf(pages: list[list[str]]) -> bytes:
    bodies = ["".join(f"<p>{p}</p>" for p in page) for page in pages]
    return print_pdf(paged_html(bodies, header=PDF_HEADER, title="Kinship report (draft 3)"))


def _docx() -> bytes:
    document = docx.Document()
    section = document.sections[0]
    section.header.paragraphs[0].text = DOCX_HEADER
    section.footer.paragraphs[0].text = DOCX_FOOTER
    document.add_heading(DOCX_TEXT[0], level=1)
    for paragraph in DOCX_TEXT[1:]:
        document.add_paragraph(paragraph)
    document.core_properties.title = "Scrutiny panel minutes, March 2024"
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _encrypted(pdf: bytes) -> bytes:
    writer = pypdf.PdfWriter(clone_from=pypdf.PdfReader(io.BytesIO(pdf)))
    writer.encrypt(user_password="secret", owner_password="owner")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _scanned() -> bytes:
    drawing = ('<svg width="400" height="300"><rect x="10" y="10" width="300" height="200" fill="#345"/>'
               '<circle cx="200" cy="150" r="60" fill="#c33"/></svg>')
    return print_pdf(f"<!doctype html><html><body>{drawing}</body></html>")


SIDECAR = (
    "file\turl\ttitle\tdate\tpublisher\n"
    "report.pdf\thttps://example.org/kinship-report\tKinship Care in England\t2024-03-01\tExample Trust\n"
)


@pytest.fixture(scope="module")
def folders(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """(the mixed folder, the same good texts as .txt files)."""
    mixed = tmp_path_factory.mktemp("mixed")
    report = _pdf([PDF_PAGE_ONE, PDF_PAGE_TWO])
    (mixed / "report.pdf").write_bytes(report)
    (mixed / "minutes.docx").write_bytes(_docx())
    page = news_page().replace("".join(f"<p>{p}</p>" for p in ARTICLE), "".join(f"<p>{p}</p>" for p in PAGE_ARTICLE))
    assert PAGE_ARTICLE[0] in page
    (mixed / "page.html").write_text(page, encoding="utf-8")
    (mixed / "locked.pdf").write_bytes(_encrypted(report))
    (mixed / "scan.pdf").write_bytes(_scanned())
    (mixed / "cut.pdf").write_bytes(report[: len(report) // 2])
    (mixed / "sources.tsv").write_text(SIDECAR, encoding="utf-8")
    plain = tmp_path_factory.mktemp("plain")
    (plain / "report.txt").write_text(_txt(PDF_PAGE_ONE + PDF_PAGE_TWO), encoding="utf-8")
    (plain / "minutes.txt").write_text(_txt(DOCX_TEXT), encoding="utf-8")
    html_text = ["Kinship care strategy published", *PAGE_ARTICLE, "An allowance for kinship carers in pilot areas.",
                 "A new kinship care champion for England."]
    (plain / "page.txt").write_text(_txt(html_text), encoding="utf-8")
    return mixed, plain


@pytest.fixture(scope="module")
def extracted(folders, tmp_path_factory):
    """Run `caregraph extract` once on each folder: (result, graph) for mixed and plain."""
    from typer.testing import CliRunner

    from caregraph.cli import app

    mixed, plain = folders
    out = tmp_path_factory.mktemp("out")
    runs = {}
    for name, folder in (("mixed", mixed), ("plain", plain)):
        target = out / f"{name}.graphml"
        result = CliRunner().invoke(app, ["extract", str(folder), "-o", str(target), "--no-cache", "--jobs", "1"])
        runs[name] = (result, read_graphml(target) if target.exists() else None)
    return runs


def _labels(graph, doc_id: str) -> set[str]:
    return {d["label"] for _, d in graph.nodes(data=True)
            if d["type"] != "Document" and doc_id in str(d.get("documents", "")).split("|")}


@pytest.mark.browser
@pytest.mark.model
def test_extract_reads_the_good_files_and_warns_once_per_bad_pdf(extracted, folders):
    result, graph = extracted["mixed"]
    assert result.exit_code == 0, result.stderr
    assert result.exception is None or isinstance(result.exception, SystemExit)
    warnings = [line for line in result.stderr.splitlines() if line.startswith("warning:")]
    mixed = folders[0]
    for name, problem in (("locked.pdf", "encrypted PDF (password required)"),
                          ("scan.pdf", "no text layer (scanned?); OCR is not supported"),
                          ("cut.pdf", "not a valid PDF (truncated or corrupt)")):
        said = [w for w in warnings if name in w]
        assert said == [f"warning: skipped {mixed / name}: {problem}"], result.stderr
    assert len(warnings) == 3, result.stderr
    docs = {d["label"] for _, d in graph.nodes(data=True) if d["type"] == "Document"}
    assert docs == {"report", "minutes", "page"}


@pytest.mark.browser
@pytest.mark.model
@pytest.mark.parametrize("doc_id", ["report", "minutes", "page"])
def test_each_format_gives_the_entities_of_its_text(extracted, doc_id):
    (_, mixed), (_, plain) = extracted["mixed"], extracted["plain"]
    got, want = _labels(mixed, doc_id), _labels(plain, doc_id)
    assert len(want) >= 5, want      # the text has entities to find at all
    jaccard = len(got & want) / len(got | want)
    assert jaccard >= 0.8, (sorted(got - want), sorted(want - got))


@pytest.mark.browser
@pytest.mark.model
def test_no_node_comes_from_page_chrome(extracted):
    _, graph = extracted["mixed"]
    labels = [d["label"].casefold() for _, d in graph.nodes(data=True) if d["type"] != "Document"]
    chrome = [c.casefold() for c in [*CHROME, *PDF_CHROME, *DOCX_CHROME]]
    for label in labels:
        assert not any(c in label or label == c for c in chrome), label
    for word in ("cookie", "newsletter", "privacy", "westminster printing", "official sensitive"):
        assert not any(word in label for label in labels), word


@pytest.mark.browser
@pytest.mark.model
def test_pdf_evidence_says_its_page(extracted):
    _, graph = extracted["mixed"]
    page_two = " ".join(PDF_PAGE_TWO)
    edges = [d for _, _, d in graph.edges(data=True) if str(d["documents"]).split("|") == ["report"]]
    assert edges
    for data in edges:
        expected = 2 if data["evidence"] in page_two else 1
        assert data.get("page") == expected, data
    assert {d["page"] for d in edges} == {1, 2}
    nodes = [d for _, d in graph.nodes(data=True) if d.get("documents") == "report"]
    assert nodes and all(d.get("page") in (1, 2) for d in nodes)
    # the other formats have no pages, and say none
    others = [d for _, _, d in graph.edges(data=True) if "report" not in str(d["documents"]).split("|")]
    assert others and not any("page" in d for d in others)


@pytest.mark.browser
@pytest.mark.model
def test_documents_carry_title_date_url_where_the_sources_give_them(extracted):
    _, graph = extracted["mixed"]
    docs = {d["label"]: d for _, d in graph.nodes(data=True) if d["type"] == "Document"}
    # the sidecar table wins over the PDF's own title
    assert docs["report"]["title"] == "Kinship Care in England"
    assert docs["report"]["url"] == "https://example.org/kinship-report"
    assert docs["report"]["date"] == "2024-03-01"
    assert docs["report"]["publisher"] == "Example Trust"
    assert docs["minutes"]["title"] == "Scrutiny panel minutes, March 2024"      # DOCX core properties
    assert docs["page"]["title"] == "Kinship care strategy published"            # HTML metadata
    assert docs["page"]["url"] == "https://news.example.org/kinship-strategy"
    assert docs["page"]["date"] == "2023-12-15"
    assert {d["path"] for d in docs.values()} == {"report.pdf", "minutes.docx", "page.html"}


@pytest.mark.browser
@pytest.mark.model
def test_plain_text_documents_get_no_page_or_metadata_attributes(extracted):
    _, graph = extracted["plain"]
    assert not any("page" in d for _, d in graph.nodes(data=True))
    assert not any("page" in d for _, _, d in graph.edges(data=True))
    docs = [d for _, d in graph.nodes(data=True) if d["type"] == "Document"]
    assert docs and not any(k in d for d in docs for k in ("title", "date", "url", "publisher"))


@pytest.mark.browser
@pytest.mark.model
def test_strict_on_the_same_folder_fails_with_one_line(folders, run_cli, tmp_path):
    target = tmp_path / "g.graphml"
    result = run_cli(["extract", folders[0], "-o", target, "--no-cache", "--jobs", "1", "--strict"])
    assert result.exit_code == 1
    assert result.exception is None
    assert len(result.stderr_lines) == 1, result.stderr
    assert re.match(r"^error: .*(cut|locked|scan)\.pdf: ", result.stderr_lines[0])
    assert "Traceback" not in result.stderr
    assert not target.exists()


@pytest.mark.browser
@pytest.mark.model
def test_show_prints_the_page_of_pdf_evidence(extracted, run_cli, tmp_path):
    _, graph = extracted["mixed"]
    # MENTIONS edges carry the page too, whatever typed relations the rules find
    node = next(graph.nodes[v]["label"] for _, v, e in graph.edges(data=True)
                if e.get("page") == 2 and e["relation"] == "MENTIONS")
    target = tmp_path / "g.graphml"
    from caregraph.export.graphml import write_graphml

    write_graphml(graph, target)
    shown = run_cli(["show", node, "--graph", target, "--mentions"])
    assert shown.exit_code == 0, shown.stderr
    assert "p. 2" in shown.stdout


# --- without the browser or the model ------------------------------------------------------------


@pytest.mark.parametrize("strict", [False, True])
def test_files_of_unsupported_types_are_counted_never_silent(run_cli, tmp_path, strict):
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "a.xlsx").write_bytes(b"x")
    (folder / "b.xlsx").write_bytes(b"x")
    (folder / "c.pptx").write_bytes(b"x")
    (folder / "note.txt").write_text("x", encoding="utf-8")   # empty of entities: the run fails later
    result = run_cli(["extract", folder, "-o", tmp_path / "g.graphml", "--no-cache", "--jobs", "1",
                      *(["--strict"] if strict else []), "--model", tmp_path / "no-such-model"])
    summary = "3 files of unsupported types: .xlsx 2, .pptx 1"
    if strict:
        assert result.exit_code == 1
        assert result.stderr_lines == [f"error: {folder}: {summary} (--strict)"]
    else:
        assert result.stderr_lines[0] == f"warning: skipped {summary}"
        assert result.exit_code == 4      # the model, checked after discovery
    assert result.exception is None


@pytest.mark.browser
def test_reading_a_pdf_reports_its_pages(schema, ingest_rules, tmp_path):
    path = tmp_path / "report.pdf"
    path.write_bytes(_pdf([PDF_PAGE_ONE, PDF_PAGE_TWO]))
    seen: list[tuple[int, int]] = []
    source = read_source(path, ingest_rules, name="report.pdf", on_page=lambda done, total: seen.append((done, total)))
    assert seen == [(1, 2), (2, 2)]
    assert source.path == "report.pdf" and len(source.pages) == 2
    assert source.metadata.title == "Kinship report (draft 3)"
    first = source.text.index("Luton Borough Council")
    second = source.text.index("Lucy Peake")
    assert (source.page_at(first), source.page_at(second)) == (1, 2)
    assert PDF_HEADER not in source.text and "Page 1 of 2" not in source.text
    # the corpus run passes the pages on, with the document's name, for the progress bar
    from caregraph.run.corpus import ExtractReport, read_sources

    calls: list[tuple[str, int, int]] = []
    read = list(read_sources([path], schema, strict=True, report=ExtractReport(),
                             names={path: "sub/report.pdf"}, on_page=lambda *a: calls.append(a)))
    assert [s.path for s in read] == ["sub/report.pdf"]
    assert calls == [("sub/report.pdf", 1, 2), ("sub/report.pdf", 2, 2)]


def test_the_cache_keeps_pages_and_metadata(tmp_path):
    entity = Entity(key="a:1", label="Ofsted", type="Organisation", aliases=(), mentions=1, documents=("a",),
                    evidence="Ofsted will inspect.", votes=(("Organisation", 1.0),), page=3)
    relation = Relation(source="a:1", target="a:1", relation="RELATED_TO", evidence="Ofsted will inspect.",
                        doc_id="a", rule="r", page=3)
    result = DocResult(doc_id="a", path="a.pdf", sha256="0" * 64, length=20, entities=(entity,),
                       relations=(relation,), metadata=DocMetadata(title="T", date="2024-01-02"))
    cache = ResultCache(tmp_path / "cache", model_id="m-1", schema_digest="d")
    cache.put(result)
    source = SourceDoc(doc_id="a", path="a.pdf", sha256="0" * 64, original="x", text="x", segments=())
    assert cache.get(source) == result


def test_pages_and_metadata_reach_every_export(schema, tmp_path):
    import json

    import networkx as nx

    from caregraph.export import export_graph
    from caregraph.graph.assemble import assemble

    org = Entity(key="a:1", label="Alpha Trust", type="Organisation", aliases=(), mentions=2, documents=("a",),
                 evidence="Ann Bee chairs the Alpha Trust.", votes=(("Organisation", 2.0),), page=2)
    person = Entity(key="a:2", label="Ann Bee", type="Person", aliases=(), mentions=1, documents=("a",),
                    evidence="Ann Bee chairs the Alpha Trust.", votes=(("Person", 1.0),), page=2)
    relation = Relation(source="a:2", target="a:1", relation="ROLE_AT", evidence="Ann Bee chairs the Alpha Trust.",
                        doc_id="a", rule="r1", role="chair", page=2)
    result = DocResult(doc_id="a", path="a.pdf", sha256="0" * 64, length=40, entities=(org, person),
                       relations=(relation,),
                       metadata=DocMetadata(title="Annual report", date="2024-03-01", url="https://example.org/a"))
    graph = assemble([result], schema)
    written = export_graph(graph.to_networkx(), tmp_path / "g", ["graphml", "gexf", "json", "csv", "html"])
    by_suffix = {p.name.split(".", 1)[1]: p for p in written}

    graphml = read_graphml(by_suffix["graphml"])
    edge = graphml.edges["ann-bee", "alpha-trust", "ROLE_AT"]
    assert edge["page"] == 2 and graphml.nodes["ann-bee"]["page"] == 2
    document = graphml.nodes["document-a"]
    assert (document["title"], document["date"], document["url"]) == ("Annual report", "2024-03-01",
                                                                      "https://example.org/a")
    assert "publisher" not in document and "page" not in document
    mentions = graphml.edges["document-a", "ann-bee", "MENTIONS"]
    assert mentions["page"] == 2

    data = json.loads(by_suffix["json"].read_text(encoding="utf-8"))
    assert any(e.get("page") == 2 and e["relation"] == "ROLE_AT" for e in data["edges"])
    assert any(n.get("title") == "Annual report" for n in data["nodes"])

    header = by_suffix["edges.csv"].read_text(encoding="utf-8").splitlines()[0]
    assert "page:int" in header.split(",") or "page" in header.split(",")
    assert "title" in by_suffix["nodes.csv"].read_text(encoding="utf-8").splitlines()[0]

    gexf = nx.read_gexf(by_suffix["gexf"], version="1.3")
    assert any(d.get("page") == 2 for _, _, d in gexf.edges(data=True))
    assert any(d.get("url") == "https://example.org/a" for _, d in gexf.nodes(data=True))

    html = by_suffix["html"].read_text(encoding="utf-8")
    assert '"page": 2' in html or '"page":2' in html
    assert "Annual report" in html


@pytest.mark.model
def test_a_changed_sources_table_reaches_a_cached_document(run_cli, tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "note.txt").write_text(_txt(PDF_PAGE_ONE), encoding="utf-8")
    target, cache = tmp_path / "g.graphml", tmp_path / "cache"
    titles, from_cache = [], []
    for title in ("First title", "Second title"):
        (folder / "sources.csv").write_text(f"file,title\nnote.txt,{title}\n", encoding="utf-8")
        result = run_cli(["extract", folder, "-o", target, "--cache-dir", cache, "--jobs", "1"])
        assert result.exit_code == 0, result.stderr
        titles.append(read_graphml(target).nodes["document-note"]["title"])
        from_cache.append(re.search(r"from cache\W+(\d+)", result.stdout).group(1))
    assert titles == ["First title", "Second title"]
    assert from_cache == ["0", "1"]


@pytest.mark.model
def test_the_summary_counts_files_of_unsupported_types_and_a_bad_docx_is_skipped(run_cli, tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "note.txt").write_text(_txt(PDF_PAGE_ONE), encoding="utf-8")
    (folder / "budget.xlsx").write_bytes(b"PK")
    (folder / "slides.pptx").write_bytes(b"PK")
    (folder / "notes.docx").write_text("not a zip", encoding="utf-8")
    result = run_cli(["extract", folder, "-o", tmp_path / "g.graphml", "--no-cache", "--jobs", "1"])
    assert result.exit_code == 0, result.stderr
    assert result.stderr_lines == ["warning: skipped 2 files of unsupported types: .pptx 1, .xlsx 1",
                                   f"warning: skipped {folder / 'notes.docx'}: not a valid .docx (not a zip file)"]
    assert re.search(r"files of unsupported types\W+2\b", result.stdout), result.stdout
