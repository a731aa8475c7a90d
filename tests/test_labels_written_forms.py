"""A known body is labelled by a name its texts write (graph/labels.py, issue 15, session 16):
a gazetteer entry's name labels its node where some text writes it, else the entry's listed form
the texts write most ("HTCF" on pages that never spell the trust out), with the entry's name an
alias and the node id unchanged. The label is decided over the whole run when the graph is
assembled, so a document that lands later (from the cache or not) changes it back. Entries,
names and sentences are invented."""

from __future__ import annotations

import dataclasses
import json
import os
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from caregraph.core.records import DocResult, Entity, Relation, SourceDoc
from caregraph.graph.assemble import assemble
from caregraph.graph.curation import parse_curation
from caregraph.graph.labels import written_labels
from caregraph.run.cache import ResultCache, well_formed
from helpers import SCHEMAS

TRUST = "Harbour Trust for Coastal Families"
ID = "harbour-trust-for-coastal-families"
FORMS = (TRUST, "HTCF", "Harbour Trust", "coastal families trust", "Harbour Trust of Coastal Families",
         "Harbour Trust for Coastal Families (HTCF)", "Trust for Coastal Families")


@pytest.fixture()
def known(schema):
    """The schema with the invented trust as a gazetteer body, known by six more forms."""
    titles = tuple((form, TRUST, "Organisation") for form in FORMS)
    return dataclasses.replace(schema, entities=dataclasses.replace(
        schema.entities, gazetteer_names=schema.entities.gazetteer_names | {TRUST},
        gazetteer_titles=schema.entities.gazetteer_titles + titles))


def _result(doc_id: str, written: tuple[tuple[str, int], ...], *,
            others: tuple[tuple[str, str], ...] = ()) -> DocResult:
    trust = Entity(key=f"{doc_id}#0", label=TRUST, type="Organisation", aliases=tuple(f for f, _ in written),
                   mentions=sum(n for _, n in written), documents=(doc_id,), evidence="Jane Doe chairs HTCF.",
                   votes=(("Organisation", 3.0),), written=written)
    person = Entity(key=f"{doc_id}#1", label="Jane Doe", type="Person", aliases=(), mentions=1,
                    documents=(doc_id,), evidence="Jane Doe chairs HTCF.", votes=(("Person", 1.0),))
    extra = tuple(Entity(key=f"{doc_id}#{i + 2}", label=name, type=type_, aliases=(), mentions=1,
                         documents=(doc_id,), evidence=f"{name} met.", votes=((type_, 1.0),))
                  for i, (name, type_) in enumerate(others))
    relation = Relation(source=person.key, target=trust.key, relation="ROLE_AT", evidence="Jane Doe chairs HTCF.",
                        doc_id=doc_id, rule="test", role="chair")
    return DocResult(doc_id=doc_id, path=f"in/{doc_id}.txt", sha256=doc_id[0] * 64, length=20,
                     entities=(trust, person, *extra), relations=(relation,))


def _nodes(results, schema, curation: str | None = None):  # type: ignore[no-untyped-def]
    graph = _assembled(results, schema, curation)
    return {node: attrs for node, attrs in graph.nodes() if attrs["type"] != "Document"}


def _assembled(results, schema, curation: str | None = None):  # type: ignore[no-untyped-def]
    parsed = None if curation is None else parse_curation(
        curation, source="c.yaml", types=schema.entities.types, relations=tuple(schema.relations.signatures))
    return assemble(results, schema, curation=parsed)


def test_a_body_its_texts_write_only_by_a_short_form_is_labelled_by_it(known):
    nodes = _nodes([_result("a", (("HTCF", 2),))], known)
    assert nodes[ID]["label"] == "HTCF"
    assert TRUST in nodes[ID]["aliases"]
    assert "HTCF" not in nodes[ID]["aliases"]


def test_without_the_entry_the_name_stays(schema):
    # the near miss: a name no gazetteer entry lists keeps its label
    assert _nodes([_result("a", (("HTCF", 2),))], schema)[ID]["label"] == TRUST


def test_a_text_that_writes_the_name_keeps_it(known):
    nodes = _nodes([_result("a", (("HTCF", 2),)), _result("b", (("the Harbour Trust for Coastal Families'", 1),))],
                   known)
    assert nodes[ID]["label"] == TRUST


def test_a_longer_mention_that_holds_the_name_writes_it(known):
    nodes = _nodes([_result("a", (("Harbour Trust for Coastal Families programme", 1), ("HTCF", 3)))], known)
    assert nodes[ID]["label"] == TRUST


def test_the_form_written_most_labels_then_the_longest(known):
    assert _nodes([_result("a", (("HTCF", 3), ("Harbour Trust", 1)))], known)[ID]["label"] == "HTCF"
    # a tie: the longer form, though it sorts after the shorter one
    assert _nodes([_result("a", (("HTCF", 2),)), _result("b", (("Trust for Coastal Families", 2),))],
                  known)[ID]["label"] == "Trust for Coastal Families"
    assert _nodes([_result("a", (("HTCF", 2),)), _result("b", (("Harbour Trust", 2),))],
                  known)[ID]["label"] == "Harbour Trust"


@pytest.mark.parametrize("form", [
    "Harbour Trusts for Coastal Families",        # in the plural
    "Harbour Trust: for Coastal Families",        # with punctuation inside
    "HARBOUR TRUST FOR COASTAL FAMILIES",         # in capitals
    "Harbour Trust of Coastal Families",          # with another preposition (a listed slip)
    "Harbour Trust for Coastal Families (HTCF)",  # with its acronym in brackets
    "Harbour Trust (HTCF) for Coastal Families",  # with its acronym in brackets inside
])
def test_the_name_written_otherwise_but_as_a_name_keeps_it(known, form):
    assert _nodes([_result("a", ((form, 1), ("HTCF", 3)))], known)[ID]["label"] == TRUST


def test_a_form_written_otherwise_in_case_is_spelt_as_the_gazetteer_lists_it(known):
    assert _nodes([_result("a", (("Harbour trust", 2),))], known)[ID]["label"] == "Harbour Trust"


@pytest.mark.parametrize("form", [
    "Trust of Coastal Families",              # another preposition
    "Trusts for Coastal Families",            # the plural
    "Trust for Coastal Families (TCF)",       # with an aside
])
def test_a_form_written_otherwise_is_spelt_as_the_gazetteer_lists_it(known, form):
    # the gazetteer's spelling, never the text's: the text's is no listed form
    assert _nodes([_result("a", ((form, 2),))], known)[ID]["label"] == "Trust for Coastal Families"


def test_a_listed_form_inside_a_longer_mention_labels(known):
    # "first" is no word of the name: the mention is a description that holds one
    nodes = _nodes([_result("a", (("first Trust for Coastal Families", 2), ("HTCF", 1)))], known)
    assert nodes[ID]["label"] == "Trust for Coastal Families"
    # the listed part must open with a capital as written
    assert _nodes([_result("a", (("first trust for Coastal Families", 2),))], known)[ID]["label"] == TRUST


@pytest.mark.parametrize("written", [
    (("HCTF", 2),),                      # a slip the gazetteer does not list
    (("coastal families trust", 2),),    # a listed form with no capital: a description
    (("coastal Families Trust", 2),),    # a listed form written with a lower-case opening word
], ids=["unlisted", "lower-case", "lower-case-opening"])
def test_a_form_that_is_no_listed_name_never_labels(known, written):
    assert _nodes([_result("a", written)], known)[ID]["label"] == TRUST


def test_a_form_another_node_is_labelled_by_never_labels(known):
    # (the merge joins most such pairs first; where it has not, the label keeps them apart)
    trust, _person = _result("a", (("HTCF", 2),)).entities
    other = dataclasses.replace(trust, key="b#0", label="HTCF", type="Initiative", written=())
    written = {trust.key: Counter(dict(trust.written)), other.key: Counter({"HTCF": 1})}
    assert [e.label for e in written_labels([trust, other], written, known.entities)] == [TRUST, "HTCF"]
    assert [e.label for e in written_labels([trust], written, known.entities)] == ["HTCF"]


def test_two_nodes_never_take_one_form(known):
    # two entries that both list "HT": the first node takes it, the other keeps its name
    other_name = "Harbour Theatre"
    rules = dataclasses.replace(known.entities, gazetteer_names=known.entities.gazetteer_names | {other_name},
                                gazetteer_titles=known.entities.gazetteer_titles + (
                                    ("HT", TRUST, "Organisation"), (other_name, other_name, "Organisation"),
                                    ("HT", other_name, "Organisation")))
    trust = _result("a", (("HT", 2),)).entities[0]
    theatre = dataclasses.replace(trust, key="b#0", label=other_name)
    written = {trust.key: Counter({"HT": 2}), theatre.key: Counter({"HT": 2})}
    assert [e.label for e in written_labels([trust, theatre], written, rules)] == ["HT", other_name]


def test_a_curated_label_stays(known):
    # a rename sets the label, even back to the entry's name: no written form takes it back
    nodes = _nodes([_result("a", (("HTCF", 2),))], known, f"- {{op: rename, name: HTCF, label: '{TRUST}'}}\n")
    assert nodes[ID]["label"] == TRUST and "HTCF" in nodes[ID]["aliases"]
    # as any rename does, one to another label makes the id from it
    nodes = _nodes([_result("a", (("HTCF", 2),))], known, "- {op: rename, name: HTCF, label: Harbour Families Trust}\n")
    assert ID not in nodes and nodes["harbour-families-trust"]["label"] == "Harbour Families Trust"
    # a merge with a label sets it too, and the id is made from it
    nodes = _nodes([_result("a", (("HTCF", 2),), others=(("Coastal Families Fund", "Organisation"),))], known,
                   "- {op: merge, names: [HTCF, Coastal Families Fund], label: Harbour Coastal Trust}\n")
    assert ID not in nodes and nodes["harbour-coastal-trust"]["label"] == "Harbour Coastal Trust"


@pytest.mark.parametrize("name", ["HTCF", TRUST, ID], ids=["shown", "entry", "id"])
def test_an_operation_that_only_touches_a_node_leaves_its_written_label(known, name):
    # an alias, a retype or an unalias names the node by the label shown, the entry's name or the id
    graph = _assembled([_result("a", (("HTCF", 2),))], known,
                       f"- {{op: alias, name: '{name}', alias: Coastal Trust}}\n"
                       f"- {{op: retype, name: '{name}', type: Initiative}}\n")
    assert graph.curation_warnings == []
    nodes = {node: attrs for node, attrs in graph.nodes() if attrs["type"] != "Document"}
    assert (nodes[ID]["label"], nodes[ID]["type"]) == ("HTCF", "Initiative")
    assert {"Coastal Trust", TRUST} <= set(nodes[ID]["aliases"])


def test_the_entry_name_the_graph_shows_as_an_alias_can_be_unaliased(known):
    graph = _assembled([_result("a", (("HTCF", 2),))], known, f"- {{op: unalias, name: HTCF, alias: '{TRUST}'}}\n")
    assert graph.curation_warnings == []
    nodes = {node: attrs for node, attrs in graph.nodes() if attrs["type"] != "Document"}
    assert nodes[ID]["label"] == "HTCF" and TRUST not in nodes[ID]["aliases"]


def test_a_document_that_lands_later_changes_the_label_through_the_cache(known, tmp_path: Path):
    # the cache stores each document's written forms; the label is the run's, made at assembly
    cache = ResultCache(tmp_path / "cache", model_id="m", schema_digest="d")
    first, later = _result("a", (("HTCF", 2),)), _result("b", ((TRUST, 1),))
    for result in (first, later):
        cache.put(result)
        assert well_formed(json.loads(json.dumps(result.to_dict())))   # as the cache reads it

    def cached(result: DocResult) -> DocResult:
        source = SourceDoc(doc_id=result.doc_id, path=result.path, sha256=result.sha256, original="x",
                           text="x", segments=())
        hit = cache.get(source)
        assert hit is not None
        return hit

    assert cached(first).entities[0].written == (("HTCF", 2),)
    alone = _nodes([cached(first)], known)
    both = _nodes([cached(first), cached(later)], known)
    assert (alone[ID]["label"], both[ID]["label"]) == ("HTCF", TRUST)
    assert set(alone) == set(both)    # the id stays


# --- the whole run: extraction, the cache and a re-run with one more document --------------

_ROOT = Path(__file__).resolve().parents[1]


def _extract(corpus: Path, schemas: Path, cache: Path, out: Path) -> str:
    env = {**os.environ, "PYTHONPATH": str(_ROOT / "src"), "PYTHONHASHSEED": "0"}
    done = subprocess.run([sys.executable, "-m", "caregraph.cli", "extract", str(corpus), "-o", str(out), "-q",
                           "--jobs", "1", "--schemas", str(schemas), "--cache-dir", str(cache)],
                          capture_output=True, text=True, env=env, timeout=600)
    assert done.returncode == 0, done.stderr
    return out.read_text(encoding="utf-8")


@pytest.mark.model
def test_a_rerun_with_a_new_document_relabels_and_keeps_the_id(tmp_path: Path):
    schemas = tmp_path / "schemas"
    schemas.mkdir()
    for path in SCHEMAS.glob("*.yaml"):
        (schemas / path.name).write_bytes(path.read_bytes())
    gazetteer = (schemas / "gazetteer.yaml").read_text(encoding="utf-8")
    entry = (f"  - {{name: {TRUST}, type: Organisation, aliases: [HTCF], source: invented for a test}}\n")
    gazetteer = gazetteer.replace("entries:\n", "entries:\n" + entry, 1)
    (schemas / "gazetteer.yaml").write_text(gazetteer, encoding="utf-8")
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("Jane Doe is the chief executive of HTCF in Westshire.\n"
                                  "HTCF opened a new office in Eastborough.\n", encoding="utf-8")
    cache = tmp_path / "cache"
    before = _extract(corpus, schemas, cache, tmp_path / "before.graphml")
    assert f'<node id="{ID}">' in before and "<data key=\"n_label\">HTCF</data>" in before
    (corpus / "b.txt").write_text(f"The {TRUST} was founded in Westshire in 1990.\n", encoding="utf-8")
    after = _extract(corpus, schemas, cache, tmp_path / "after.graphml")
    assert f'<node id="{ID}">' in after and f"<data key=\"n_label\">{TRUST}</data>" in after
    assert "<data key=\"n_label\">HTCF</data>" not in after
    # the same run from nothing gives the same bytes as the run that read the first from the cache
    assert _extract(corpus, schemas, tmp_path / "cold", tmp_path / "cold.graphml") == after
