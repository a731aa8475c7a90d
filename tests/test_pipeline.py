"""The pipeline on small texts: evidence stays verbatim, bad files are skipped or fatal."""

from __future__ import annotations

import pytest

from caregraph.errors import InputError
from caregraph.run.corpus import extract
from helpers import write

pytestmark = pytest.mark.model

TEXT = (
    "Josh MacAlister\u2019s review was published in May.\n"
    "\u201cIt is time for a reset,\u201d said Josh MacAlister, who led the "
    "Independent Review of Children\u2019s Social Care.\n"
)


def test_evidence_is_the_source_sentence_verbatim(extractor):
    result = extractor.process_text(TEXT, doc_id="t")
    assert result.entities
    sentences = [line for line in TEXT.splitlines()]
    for entity in result.entities:
        assert entity.evidence and any(entity.evidence in s for s in sentences), entity.evidence
    for relation in result.relations:
        assert any(relation.evidence in s for s in sentences), relation.evidence
    assert any("\u2019" in e.evidence or "\u201c" in e.evidence for e in result.entities)


def test_extract_skips_a_bad_file_and_keeps_the_rest(extractor, tmp_path):
    write(tmp_path / "a.txt", TEXT)
    bad = write(tmp_path / "b.txt", b"\x00")
    skipped: list[str] = []
    graph, report = extract([tmp_path], extractor=extractor, on_skip=skipped.append)
    assert report.documents == ["a"]
    assert skipped == report.skipped == [f"{bad}: binary file (NUL byte at 0)"]
    assert "document-a" in graph and "document-b" not in graph


def test_extract_strict_raises_on_a_bad_file(extractor, tmp_path):
    write(tmp_path / "a.txt", TEXT)
    bad = write(tmp_path / "b.txt", b"")
    with pytest.raises(InputError, match=f"^{bad}: empty file"):
        extract([tmp_path], extractor=extractor, strict=True)


def test_results_in_any_order_build_the_same_graph(extractor, schema, tmp_path):
    from caregraph.export.graphml import graphml_bytes
    from caregraph.graph.assemble import build_graph

    write(tmp_path / "a.txt", TEXT)
    write(tmp_path / "b.txt", "Stuart Carlton welcomed the Independent Review of Children's Social Care.\n")
    results = [extractor.process_text(p.read_text(), doc_id=p.stem) for p in sorted(tmp_path.glob("*.txt"))]
    forward = graphml_bytes(build_graph(results, schema))
    backward = graphml_bytes(build_graph(list(reversed(results)), schema))
    assert forward == backward


def test_an_assembled_graph_streams_the_bytes_of_its_networkx_graph(extractor, schema, tmp_path):
    """The CLI writes GraphML straight from the assembled graph, the other formats from its
    NetworkX graph, and `caregraph export` from a graph read back: all must agree."""
    from caregraph.export.graphml import graphml_bytes, read_graphml
    from caregraph.graph.assemble import assemble

    texts = [TEXT, "Stuart Carlton welcomed the Independent Review of Children's Social Care.\n",
             "Josh MacAlister (who led the review) met Stuart Carlton.\n"]
    results = [extractor.process_text(t, doc_id=f"doc {i}") for i, t in enumerate(texts)]
    assembled = assemble(results, schema)
    streamed = graphml_bytes(assembled)
    assert streamed == graphml_bytes(assembled.to_networkx())
    path = tmp_path / "g.graphml"
    path.write_bytes(streamed)
    assert graphml_bytes(read_graphml(path)) == streamed
    types, relations = assembled.counts()
    graph = assembled.to_networkx()
    assert sum(types.values()) == graph.number_of_nodes() == assembled.number_of_nodes()
    assert sum(relations.values()) == graph.number_of_edges()
    assert relations["MENTIONS"] > 0 and types["Document"] == 3
