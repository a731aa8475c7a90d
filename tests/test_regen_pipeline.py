"""Incremental extraction through the executor seam, with a fake executor (no spaCy): only
the documents the cache cannot answer are processed; the graph is the same either way."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

import pytest

from caregraph.core.records import DocResult, Entity, SourceDoc
from caregraph.core.schema import Schema, load_schema
from caregraph.errors import InputError
from caregraph.export.graphml import graphml_bytes
from caregraph.extract.spec import DocFailure, ExtractorSpec, Outcome
from caregraph.run.cache import ResultCache
from caregraph.run.corpus import extract


@pytest.fixture(scope="module")
def schema() -> Schema:
    return load_schema()


class FakeExecutor:
    """Turns each document into one Organisation named after its first line."""

    def __init__(self, schema: Schema, *, model_id: str = "fake-1", fail: str | None = None) -> None:
        self.spec = ExtractorSpec(model="fake", model_id=model_id, schema=schema)
        self.processed: list[str] = []
        self.fail = fail
        self.pulled_ahead = 0

    def map(self, batches: Iterable[Sequence[SourceDoc]]) -> Iterator[Outcome]:
        for batch in batches:
            for source in batch:
                self.processed.append(source.doc_id)
                if source.doc_id == self.fail:
                    yield DocFailure(source.doc_id, source.path, f"{source.path}: extraction failed (Boom)")
                    continue
                name = source.text.splitlines()[0].strip()
                entity = Entity(key=f"{source.doc_id}:1", label=name, type="Organisation", aliases=(),
                                mentions=1, documents=(source.doc_id,), evidence=f"{name}.",
                                votes=(("Organisation", 1.0),))
                yield DocResult(doc_id=source.doc_id, path=source.path, sha256=source.sha256,
                                length=len(source.original), entities=(entity,))

    def close(self) -> None:
        pass


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    root = tmp_path / "docs"
    root.mkdir()
    for i, name in enumerate(["Alpha Trust", "Beta Council", "Gamma Network"]):
        (root / f"d{i}.txt").write_text(f"{name}\n\n{name} works with families.\n", encoding="utf-8")
    return root


def run(corpus: Path, schema: Schema, cache: ResultCache | None, **kw):  # type: ignore[no-untyped-def]
    executor = FakeExecutor(schema, **kw)
    graph, report = extract([corpus], executor=executor, cache=cache)
    return executor.processed, graphml_bytes(graph), report


def make_cache(tmp_path: Path, schema: Schema, model_id: str = "fake-1") -> ResultCache:
    return ResultCache(tmp_path / "cache", model_id=model_id, schema_digest=schema.digest)


def test_cold_run_processes_everything(tmp_path: Path, corpus: Path, schema: Schema) -> None:
    processed, _, report = run(corpus, schema, make_cache(tmp_path, schema))
    assert processed == ["d0", "d1", "d2"]
    assert (report.cached, report.computed) == (0, 3)


def test_warm_run_processes_nothing_and_gives_the_same_bytes(tmp_path: Path, corpus: Path, schema: Schema) -> None:
    _, cold, _ = run(corpus, schema, make_cache(tmp_path, schema))
    processed, warm, report = run(corpus, schema, make_cache(tmp_path, schema))
    assert processed == []
    assert report.cached == 3
    assert warm == cold


def test_edited_document_alone_is_reprocessed(tmp_path: Path, corpus: Path, schema: Schema) -> None:
    run(corpus, schema, make_cache(tmp_path, schema))
    (corpus / "d1.txt").write_text("Delta Council\n\nDelta Council works.\n", encoding="utf-8")
    processed, data, _ = run(corpus, schema, make_cache(tmp_path, schema))
    assert processed == ["d1"]
    assert b"Delta Council" in data and b"Beta Council" not in data
    _, uncached, _ = run(corpus, schema, None)
    assert data == uncached


def test_added_document_alone_is_processed(tmp_path: Path, corpus: Path, schema: Schema) -> None:
    run(corpus, schema, make_cache(tmp_path, schema))
    (corpus / "d9.txt").write_text("Omega Trust\n\nOmega Trust.\n", encoding="utf-8")
    processed, _, _ = run(corpus, schema, make_cache(tmp_path, schema))
    assert processed == ["d9"]


def test_deleted_document_processes_nothing_and_leaves_the_graph(tmp_path: Path, corpus: Path, schema: Schema) -> None:
    run(corpus, schema, make_cache(tmp_path, schema))
    (corpus / "d2.txt").unlink()
    processed, data, _ = run(corpus, schema, make_cache(tmp_path, schema))
    assert processed == []
    assert b"Gamma Network" not in data and b"document-d2" not in data


def test_model_change_reprocesses_everything(tmp_path: Path, corpus: Path, schema: Schema) -> None:
    run(corpus, schema, make_cache(tmp_path, schema))
    processed, _, _ = run(corpus, schema, make_cache(tmp_path, schema, "fake-2"), model_id="fake-2")
    assert processed == ["d0", "d1", "d2"]


def test_warm_run_never_cleans_a_cached_document(tmp_path: Path, corpus: Path, schema: Schema,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    # a cached document's key needs only its bytes: a warm run does not clean its text
    _, cold, _ = run(corpus, schema, make_cache(tmp_path, schema))
    import caregraph.extract.ingest as ingest

    def refuse(*_args: object, **_kw: object) -> None:
        raise AssertionError("clean_text called on a warm run")

    monkeypatch.setattr(ingest, "clean_text", refuse)
    processed, warm, report = run(corpus, schema, make_cache(tmp_path, schema))
    assert (processed, report.cached) == ([], 3)
    assert warm == cold


def test_schema_change_reprocesses_everything(tmp_path: Path, corpus: Path, schema: Schema) -> None:
    run(corpus, schema, make_cache(tmp_path, schema))
    other = ResultCache(tmp_path / "cache", model_id="fake-1", schema_digest=schema.digest + "x")
    processed, _, _ = run(corpus, schema, other)
    assert processed == ["d0", "d1", "d2"]


def test_renamed_document_is_a_miss(tmp_path: Path, corpus: Path, schema: Schema) -> None:
    # same bytes under another id: the id is part of the key
    run(corpus, schema, make_cache(tmp_path, schema))
    (corpus / "d1.txt").rename(corpus / "d7.txt")
    processed, _, _ = run(corpus, schema, make_cache(tmp_path, schema))
    assert processed == ["d7"]


def test_a_cached_document_still_warns_about_its_encoding(tmp_path: Path, corpus: Path, schema: Schema,
                                                          caplog: pytest.LogCaptureFixture) -> None:
    (corpus / "d3.txt").write_bytes("Caf\xe9 Trust\n\nCaf\xe9 Trust works.\n".encode("cp1252"))
    _, cold, _ = run(corpus, schema, make_cache(tmp_path, schema))
    caplog.clear()
    processed, warm, _ = run(corpus, schema, make_cache(tmp_path, schema))
    assert processed == [] and warm == cold
    assert any("d3.txt: not UTF-8" in r.getMessage() for r in caplog.records)


def test_a_cached_file_now_unreadable_is_skipped(tmp_path: Path, corpus: Path, schema: Schema) -> None:
    run(corpus, schema, make_cache(tmp_path, schema))
    (corpus / "d1.txt").write_bytes(b"")
    processed, data, report = run(corpus, schema, make_cache(tmp_path, schema))
    assert processed == [] and b"Beta Council" not in data
    assert any("d1.txt: empty file" in s for s in report.skipped)


def test_corrupt_entry_is_recomputed_in_a_run(tmp_path: Path, corpus: Path, schema: Schema) -> None:
    c = make_cache(tmp_path, schema)
    _, cold, _ = run(corpus, schema, c)
    source_sha = __import__("hashlib").sha256((corpus / "d0.txt").read_bytes()).hexdigest()
    entry = c.entry_path(c.key("d0", source_sha, str(corpus / "d0.txt")))
    entry.write_bytes(entry.read_bytes()[:-5])
    processed, again, _ = run(corpus, schema, make_cache(tmp_path, schema))
    assert processed == ["d0"]
    assert again == cold
    processed, _, _ = run(corpus, schema, make_cache(tmp_path, schema))
    assert processed == []


def test_failed_document_is_skipped_and_not_cached(tmp_path: Path, corpus: Path, schema: Schema) -> None:
    executor = FakeExecutor(schema, fail="d1")
    skipped: list[str] = []
    graph, report = extract([corpus], executor=executor, cache=make_cache(tmp_path, schema), on_skip=skipped.append)
    assert skipped == [f"{corpus / 'd1.txt'}: extraction failed (Boom)"]
    assert report.documents == ["d0", "d2"]
    processed, _, _ = run(corpus, schema, make_cache(tmp_path, schema))
    assert processed == ["d1"]


def test_failed_document_is_fatal_when_strict(corpus: Path, schema: Schema) -> None:
    with pytest.raises(InputError, match="d1.txt: extraction failed"):
        extract([corpus], executor=FakeExecutor(schema, fail="d1"), strict=True)


def test_results_are_sorted_by_id_whatever_the_completion_order(corpus: Path, schema: Schema) -> None:
    class Reversed(FakeExecutor):
        def map(self, batches):  # type: ignore[no-untyped-def]
            return reversed(list(super().map(batches)))

    forward = graphml_bytes(extract([corpus], executor=FakeExecutor(schema))[0])
    graph, report = extract([corpus], executor=Reversed(schema), batch_chars=1)
    assert report.documents == ["d0", "d1", "d2"]
    assert graphml_bytes(graph) == forward


def test_batches_are_pulled_lazily(corpus: Path, schema: Schema) -> None:
    """The executor sees documents as a stream: nothing is read before it asks."""
    read: list[str] = []

    class Watching(FakeExecutor):
        def map(self, batches):  # type: ignore[no-untyped-def]
            for batch in batches:
                read.extend(s.doc_id for s in batch)
                assert len(read) == len(self.processed) + len(batch)
                yield from super().map([batch])

    extract([corpus], executor=Watching(schema), batch_chars=1)
    assert read == ["d0", "d1", "d2"]


def test_a_document_whose_extraction_raises_fails_alone(schema: Schema, monkeypatch: pytest.MonkeyPatch) -> None:
    import spacy

    from caregraph.extract.ingest import parse_source
    from caregraph.extract.worker import Extractor

    def process_parsed(self, source, doc):  # type: ignore[no-untyped-def]
        if source.doc_id == "b":
            raise ValueError("bad token\nsecond line")
        return DocResult(doc_id=source.doc_id, path=source.path, sha256=source.sha256, length=len(doc.text))

    monkeypatch.setattr(Extractor, "process_parsed", process_parsed)
    extractor = Extractor(spacy.blank("en"), schema)
    sources = [parse_source(f"Text {d}.\n".encode(), path=Path(f"{d}.txt"), rules=schema.ingest) for d in "abc"]
    outcomes = extractor.process_batch(sources)
    assert [type(o).__name__ for o in outcomes] == ["DocResult", "DocFailure", "DocResult"]
    assert outcomes[1] == DocFailure("b", "b.txt", "b.txt: extraction failed (ValueError: bad token)")
