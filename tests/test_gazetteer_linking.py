"""Ambiguous gazetteer forms (issue 15): a form more than one gazetteer entry is known by
means the entry the context words of its sentence vote for, else those of the whole text,
else the form's default entry. Entries, names and sentences are invented, except the last
group, which reads the repository's own entries for the two care reviews."""

from __future__ import annotations

import dataclasses

import pytest
from spacy.tokens import Doc

from caregraph.core.records import Entity
from caregraph.core.schema import GazetteerEntry, load_schema
from caregraph.errors import SchemaError
from caregraph.extract.mentions.voters import compile_matchers, gazetteer_candidates
from caregraph.extract.resolve import merge_entities

WEST = GazetteerEntry(name="Westshire Harbour Review", type="Publication", aliases=("Harbour Review",),
                      source="invented", context=("Westshire", "Ann Brightwater"), default=True)
NORTH = GazetteerEntry(name="Northmoor Harbour Review", type="Publication", aliases=("Harbour Review",),
                       source="invented", context=("Northmoor", "Tom Ellery"))


@pytest.fixture(scope="module")
def matchers(schema, vocab):
    return compile_matchers(vocab, dataclasses.replace(schema, gazetteer=(WEST, NORTH)))


def linked(matchers, vocab, *sentences: str) -> list[str]:
    """The gazetteer names the text's mentions link to, in text order (the longest matches:
    a blank parse has no proper nouns to tell "Northmoor Harbour Review" is one name)."""
    words: list[str] = []
    starts: list[bool] = []
    for sentence in sentences:
        tokens = sentence.split()
        words += tokens
        starts += [True] + [False] * (len(tokens) - 1)
    doc = Doc(vocab, words=words, sent_starts=starts)
    found = list(gazetteer_candidates(doc, matchers))
    outer = [c for c in found if not any(o.start <= c.start and c.end <= o.end and o is not c for o in found)]
    return [c.name for c in sorted(outer, key=lambda c: c.start)]


@pytest.mark.parametrize(("sentences", "names"), [
    # a lower-case description stands for a known entry only where the page names it otherwise too
    (("The council praised the harbour review led by Jane Doe .",), []),
    (("Councils in Westshire met on Monday .", "The council praised the harbour review led by Jane Doe ."),
     ["Westshire Harbour Review"]),
    (("Ann Brightwater spoke on Monday .", "The council praised the harbour review ."), ["Westshire Harbour Review"]),
])
def test_a_description_links_a_known_entry_only_on_a_page_of_its_context(matchers, vocab, sentences, names):
    assert [n for n in linked(matchers, vocab, *sentences) if n.endswith("Review")] == names


def test_a_shared_form_with_no_context_is_the_default_entry(matchers, vocab):
    assert linked(matchers, vocab, "The Harbour Review reported in May .") == ["Westshire Harbour Review"]


def test_a_context_word_in_the_sentence_links_the_other_entry(matchers, vocab):
    assert linked(matchers, vocab, "The Harbour Review reported across Northmoor in May .") == [
        "Northmoor Harbour Review"]


def test_the_other_entrys_person_votes_too(matchers, vocab):
    assert linked(matchers, vocab, "Tom Ellery chaired the Harbour Review .") == ["Northmoor Harbour Review"]


def test_the_document_decides_where_the_sentence_is_silent(matchers, vocab):
    assert linked(matchers, vocab, "Councils in Northmoor met on Monday .",
                  "The Harbour Review was discussed .") == ["Northmoor Harbour Review"]


def test_a_page_naming_both_links_each_mention_by_its_sentence(matchers, vocab):
    assert linked(matchers, vocab, "The Harbour Review in Northmoor ended in 2020 .",
                  "Westshire began its own Harbour Review later .") == [
        "Northmoor Harbour Review", "Westshire Harbour Review"]


def test_a_tie_in_the_sentence_goes_to_the_document(matchers, vocab):
    assert linked(matchers, vocab, "Unlike Westshire , Northmoor waited for the Harbour Review .",
                  "Ann Brightwater spoke first .") == ["Westshire Harbour Review"]


def test_a_full_name_only_one_entry_has_votes_for_it(matchers, vocab):
    assert linked(matchers, vocab, "The Northmoor Harbour Review was published .",
                  "The Harbour Review was welcomed .") == ["Northmoor Harbour Review", "Northmoor Harbour Review"]


def test_a_lower_case_context_word_casts_no_vote(matchers, vocab):
    # context words are names: matched with their capitals only
    assert linked(matchers, vocab, "The Harbour Review spoke of northmoor sheep .") == ["Westshire Harbour Review"]


def test_a_context_word_that_is_the_mention_itself_casts_no_vote(schema, vocab):
    entry = dataclasses.replace(NORTH, context=("Harbour Review",))
    matchers = compile_matchers(vocab, dataclasses.replace(schema, gazetteer=(WEST, entry)))
    assert linked(matchers, vocab, "The Harbour Review reported .") == ["Westshire Harbour Review"]


def test_a_form_only_one_entry_has_is_never_relinked(schema, vocab):
    one = dataclasses.replace(NORTH, aliases=("Moor Review",))
    matchers = compile_matchers(vocab, dataclasses.replace(schema, gazetteer=(WEST, one)))
    assert linked(matchers, vocab, "The Harbour Review reported in Northmoor .") == ["Westshire Harbour Review"]


# ------------------------------------------------------------------------ the schema check


def _shared(schema_copy, *defaults: bool) -> None:
    rows = "".join(
        f"  - {{name: Review {i}, type: Publication, aliases: [Harbour Review], source: invented"
        f"{', default: true' if d else ''}}}\n" for i, d in enumerate(defaults))
    path = schema_copy / "gazetteer.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("entries:\n", "entries:\n" + rows, 1), encoding="utf-8")


@pytest.mark.parametrize("defaults", [(False, False), (True, True)])
def test_a_shared_form_needs_exactly_one_default(schema_copy, defaults):
    _shared(schema_copy, *defaults)
    with pytest.raises(SchemaError) as caught:
        load_schema(schema_copy)
    message = str(caught.value)
    assert message.startswith(f"{schema_copy / 'gazetteer.yaml'}: entries: 'harbour review' is a form of")
    assert "'Review 0', 'Review 1'" in message


def test_a_shared_form_with_one_default_loads(schema_copy):
    _shared(schema_copy, False, True)
    entries = [e for e in load_schema(schema_copy).gazetteer if e.name.startswith("Review ")]
    assert [e.default for e in entries] == [False, True]


def test_default_must_be_a_boolean(schema_copy):
    path = schema_copy / "gazetteer.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace(
        "entries:\n", "entries:\n  - {name: Review 9, type: Publication, source: invented, default: yes please}\n", 1),
        encoding="utf-8")
    with pytest.raises(SchemaError, match=r"entries\[0\]\.default: expected true or false"):
        load_schema(schema_copy)


# ------------------------------------------------------- the two care reviews (the schema's)

ENGLAND = "Independent Review of Children's Social Care"
SCOTLAND = "Independent Care Review"


def review_labels(extractor, text: str) -> set[str]:
    result = extractor.process_text(text, doc_id="t")
    return {e.label for e in result.entities if e.label in (ENGLAND, SCOTLAND)}


@pytest.mark.model
def test_a_scottish_page_links_its_care_review_to_scotlands(extractor):
    assert review_labels(extractor, "Children across Scotland were heard by the Independent Care Review.\n\n"
                                    "The review's conclusions became The Promise in 2020.") == {SCOTLAND}


@pytest.mark.model
def test_an_english_page_saying_independent_care_review_keeps_englands(extractor):
    assert review_labels(extractor, "Councils in England are still waiting for funding.\n\n"
                                    "The Independent Care Review called for a large investment.") == {ENGLAND}


@pytest.mark.model
def test_a_page_with_no_jurisdiction_keeps_the_default(extractor):
    assert review_labels(extractor, "The Independent Care Review called for a large investment.") == {ENGLAND}


@pytest.mark.model
def test_a_page_naming_both_reviews_keeps_them_apart(extractor):
    text = ("The Independent Care Review in Scotland reported in 2020.\n\n"
            "Its chair offered advice to the Independent Review of Children's Social Care in England.")
    assert review_labels(extractor, text) == {SCOTLAND, ENGLAND}


@pytest.mark.model
@pytest.mark.parametrize("wording", ["the independent review into children's social care",
                                     "the independent review of children's social care"])
def test_the_press_wordings_of_englands_review_name_it(extractor, wording):
    # the trade press writes "review into" as often as the title's "review of"
    assert review_labels(extractor, f"Westshire Council was shaped by {wording} by its chair.") == {ENGLAND}


# ------------------------------------------------------- resolve keeps the linker's decision


def _pub(key: str, label: str) -> Entity:
    return Entity(key=key, label=label, type="Publication", aliases=(), mentions=1, documents=(key[0],),
                  evidence="", votes=(("Publication", 1.0),))


def _merged_labels(rules, entities: list[Entity], scope: str) -> list[set[str]]:
    _, mapping = merge_entities(entities, rules, scope=scope)
    groups: dict[str, set[str]] = {}
    for e in entities:
        groups.setdefault(mapping[e.key], set()).add(e.label)
    return sorted(groups.values(), key=sorted)


@pytest.mark.parametrize("scope", ["d", ""])
def test_two_rival_entries_are_never_merged_as_short_and_long_form(schema, scope):
    # "Harbour Care Review" would be a short form of the longer name (its words, its head)
    rules = dataclasses.replace(schema.entities, rival_names=frozenset(
        {"Harbour Care Review", "Independent Harbour Review of Care"}))
    ents = [_pub("d#0", "Harbour Care Review"), _pub("e#1", "Independent Harbour Review of Care")]
    assert _merged_labels(rules, ents, scope) == [{"Harbour Care Review"}, {"Independent Harbour Review of Care"}]


@pytest.mark.parametrize("scope", ["d", ""])
def test_the_same_short_form_merges_when_the_names_are_no_rivals(schema, scope):
    ents = [_pub("d#0", "Harbour Care Review"), _pub("e#1", "Independent Harbour Review of Care")]
    assert _merged_labels(schema.entities, ents, scope) == [
        {"Harbour Care Review", "Independent Harbour Review of Care"}]


def test_the_schema_names_the_two_care_reviews_rivals(schema):
    assert {ENGLAND, SCOTLAND} <= schema.entities.rival_names
    assert "Department for Education" not in schema.entities.rival_names
