"""The per-document result cache: hits, misses, invalidation, corrupt entries, concurrency."""

from __future__ import annotations

import multiprocessing
from pathlib import Path

import pytest

from caregraph.core.records import DocResult, Entity, Relation, SourceDoc
from caregraph.run.cache import ResultCache


def source(doc_id: str = "a", sha: str = "0" * 64, path: str | None = None,
           warnings: tuple[str, ...] = ()) -> SourceDoc:
    return SourceDoc(doc_id=doc_id, path=path or f"in/{doc_id}.txt", sha256=sha, original="Text.\n",
                     text="Text.\n", segments=(), warnings=warnings)


def result(doc_id: str = "a", sha: str = "0" * 64, path: str | None = None) -> DocResult:
    entity = Entity(key=f"{doc_id}:1", label="Alpha Trust", type="Organisation", aliases=("Alpha",),
                    mentions=2, documents=(doc_id,), evidence="Alpha Trust works.",
                    votes=(("Organisation", 1.5),))
    person = Entity(key=f"{doc_id}:2", label="Ann Bee", type="Person", aliases=(), mentions=1,
                    documents=(doc_id,), evidence="Ann Bee leads Alpha Trust.", votes=(("Person", 1.0),))
    relation = Relation(source=person.key, target=entity.key, relation="ROLE_AT",
                        evidence="Ann Bee leads Alpha Trust.", doc_id=doc_id, rule="r1",
                        confidence=0.8, role="chair")
    return DocResult(doc_id=doc_id, path=path or f"in/{doc_id}.txt", sha256=sha, length=6,
                     entities=(entity, person), relations=(relation,))


def cache(tmp_path: Path, model: str = "en_m-1.0", digest: str = "d1") -> ResultCache:
    return ResultCache(tmp_path / "cache", model_id=model, schema_digest=digest)


def test_stored_result_is_found_equal(tmp_path: Path) -> None:
    c = cache(tmp_path)
    c.put(result())
    assert c.get(source()) == result()
    assert (c.stats.hits, c.stats.misses) == (1, 0)


def test_unknown_document_is_a_miss(tmp_path: Path) -> None:
    c = cache(tmp_path)
    c.put(result("a"))
    assert c.get(source("b")) is None
    assert c.stats.misses == 1


def test_hit_takes_current_path_and_warnings(tmp_path: Path) -> None:
    c = cache(tmp_path)
    c.put(result(path="old/a.txt"))
    hit = c.get(source(path="new/a.txt", warnings=("new/a.txt: read as cp1252",)))
    assert hit is not None
    assert hit.path == "new/a.txt"
    assert hit.warnings == ("new/a.txt: read as cp1252",)
    assert hit.entities == result().entities


@pytest.mark.parametrize(
    "other",
    [
        {"model": "en_m-1.1"},            # another model version
        {"digest": "d2"},                 # an edited schema
    ],
    ids=["model-id", "schema-digest"],
)
def test_model_or_schema_change_invalidates(tmp_path: Path, other: dict[str, str]) -> None:
    cache(tmp_path).put(result())
    changed = cache(tmp_path, **other)
    assert changed.get(source()) is None


def test_changed_code_invalidates(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cache(tmp_path).put(result())
    monkeypatch.setattr("caregraph.run.cache.code_digest", lambda: "another version of the rules")
    assert cache(tmp_path).get(source()) is None


def test_code_digest_is_stable_within_a_process() -> None:
    from caregraph.run.cache import code_digest

    assert code_digest() == code_digest() and len(code_digest()) == 64


def test_the_code_digest_covers_the_extraction_and_not_the_cli_or_the_exporters() -> None:
    from caregraph.run.cache import result_sources

    package = Path(__import__("caregraph").__file__).parent
    digested = {p.relative_to(package).as_posix() for p in result_sources()}
    assert {"core/schema.py", "core/records.py", "extract/worker.py", "extract/relations/kinds/verb.py"} <= digested
    assert not any(name.startswith(("cli/", "export/", "graph/", "run/", "query/")) for name in digested)


def _modules_of_a_fully_cached_run(tmp_path: Path, report: str) -> str:
    """Run extract twice over a one-document corpus (the second fully cached) and print, from the
    second process, `report` (an expression over sys.modules)."""
    import subprocess
    import sys

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("Jane Porter, chief executive of the Harbour Trust, spoke.\n", encoding="utf-8")
    args = ["extract", str(corpus), "-o", str(tmp_path / "g.graphml"), "--cache-dir", str(tmp_path / "cache"),
            "--jobs", "1", "--quiet"]
    first = subprocess.run([sys.executable, "-m", "caregraph.cli", *args], capture_output=True, text=True)
    assert first.returncode == 0, first.stderr
    code = ("import sys; from caregraph.cli import main; sys.argv = ['caregraph', *sys.argv[1:]]\n"
            "try:\n    main()\nexcept SystemExit as exc:\n    assert not exc.code, exc.code\n"
            f"print({report})")
    second = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True)
    assert second.returncode == 0, second.stderr
    return second.stdout.strip()


def test_a_fully_cached_run_never_imports_spacy(tmp_path: Path) -> None:
    assert _modules_of_a_fully_cached_run(tmp_path, "'spacy' in sys.modules") == "False"


def test_a_fully_cached_run_never_imports_the_rule_modules(tmp_path: Path) -> None:
    assert _modules_of_a_fully_cached_run(
        tmp_path, "sorted(m for m in sys.modules if m.startswith('caregraph.extract.relations'))") == "[]"


def test_edited_document_is_a_miss(tmp_path: Path) -> None:
    c = cache(tmp_path)
    c.put(result(sha="0" * 64))
    assert c.get(source(sha="1" * 64)) is None


def test_same_bytes_under_another_kind_is_a_miss(tmp_path: Path) -> None:
    # an .html file is read differently from a .txt file with the same bytes
    c = cache(tmp_path)
    c.put(result(path="in/a.txt"))
    assert c.get(source(path="in/a.html")) is None


def _corrupt_truncate(data: bytes) -> bytes:
    return data[: len(data) // 2]


def _corrupt_flip(data: bytes) -> bytes:
    i = len(data) - 10
    return data[:i] + bytes([data[i] ^ 0x01]) + data[i + 1 :]


def _corrupt_garbage(data: bytes) -> bytes:
    return b"\x00\xffnot a cache entry"


def _corrupt_empty(data: bytes) -> bytes:
    return b""


@pytest.mark.parametrize("damage", [_corrupt_truncate, _corrupt_flip, _corrupt_garbage, _corrupt_empty])
def test_corrupt_entry_is_a_miss_and_is_rewritten(tmp_path: Path, damage) -> None:  # type: ignore[no-untyped-def]
    c = cache(tmp_path)
    c.put(result())
    entry = c.entry_path(c.key("a", "0" * 64, "in/a.txt"))
    entry.write_bytes(damage(entry.read_bytes()))
    assert c.get(source()) is None
    assert c.stats.corrupt == 1
    c.put(result())
    assert c.get(source()) == result()


def test_entry_under_the_wrong_key_is_not_trusted(tmp_path: Path) -> None:
    c = cache(tmp_path)
    c.put(result("b"))
    wrong = c.entry_path(c.key("b", "0" * 64, "in/b.txt")).read_bytes()
    target = c.entry_path(c.key("a", "0" * 64, "in/a.txt"))
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(wrong)
    assert c.get(source("a")) is None
    assert c.stats.corrupt == 1


def test_valid_checksum_but_foreign_json_is_not_trusted(tmp_path: Path) -> None:
    import hashlib

    c = cache(tmp_path)
    key = c.key("a", "0" * 64, "in/a.txt")
    payload = b'{"something": "else"}'
    target = c.entry_path(key)
    target.parent.mkdir(parents=True)
    target.write_bytes(f"caregraph-cache 1 {key} {hashlib.sha256(payload).hexdigest()}\n".encode() + payload)
    assert c.get(source()) is None


def _hammer(directory: str, rounds: int) -> int:
    c = ResultCache(directory, model_id="en_m-1.0", schema_digest="d1")
    bad = 0
    for _ in range(rounds):
        c.put(result())
        got = c.get(source())
        if got is not None and got != result():
            bad += 1
    return bad + c.stats.corrupt


def test_concurrent_writers_never_leave_a_broken_entry(tmp_path: Path) -> None:
    directory = str(tmp_path / "cache")
    with multiprocessing.get_context("spawn").Pool(4) as pool:
        bad = pool.starmap(_hammer, [(directory, 200)] * 4)
    assert bad == [0, 0, 0, 0]
    assert cache(tmp_path).get(source()) == result()
    leftovers = [p for p in (tmp_path / "cache").rglob("*") if p.is_file() and p.suffix == ".tmp"]
    assert leftovers == []


def test_unwritable_cache_directory_warns_and_goes_on(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    blocker = tmp_path / "cache"
    blocker.write_text("a file, not a directory")
    c = ResultCache(blocker, model_id="m", schema_digest="d")
    c.put(result())
    c.put(result("b"))
    assert c.get(source()) is None
    assert [r.getMessage() for r in caplog.records if "cannot write the cache" in r.getMessage()] == [
        f"{blocker}: cannot write the cache (Not a directory); continuing without it"
    ]
