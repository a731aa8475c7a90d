"""Publications named by description: an organisation's name, then a lower-case noun of a
document with a noun modifier or an "of/on/into" complement (mentions/described.py), on
sentences invented for these tests."""

from __future__ import annotations

import pytest


def entities(extractor, text: str) -> dict[str, str]:  # type: ignore[no-untyped-def]
    return {e.label: e.type for e in extractor.process_text(text, doc_id="t").entities}


@pytest.mark.model
def test_an_authors_report_on_a_subject_is_a_publication_and_the_author_stays(extractor) -> None:  # type: ignore[no-untyped-def]
    found = entities(extractor, "The Westshire Safeguarding Panel report on neglect in care homes was published in May.")
    assert found["Westshire Safeguarding Panel report on neglect in care homes"] == "Publication"
    assert found["Westshire Safeguarding Panel"] == "Organisation"


@pytest.mark.model
def test_a_possessive_author_with_a_noun_modifier_names_a_publication(extractor) -> None:  # type: ignore[no-untyped-def]
    found = entities(extractor, "The Harbour Care Authority's market study of children's homes found high profits.")
    assert found["Harbour Care Authority's market study of children's homes"] == "Publication"
    found = entities(extractor, "The Harbour Party's 2019 general election manifesto promised a review.")
    assert found["Harbour Party's 2019 general election manifesto"] == "Publication"


@pytest.mark.model
def test_the_complement_ends_at_a_conjunction(extractor) -> None:  # type: ignore[no-untyped-def]
    found = entities(extractor, "The Westshire Safeguarding Panel report on neglect and the council's plan were discussed.")
    assert found["Westshire Safeguarding Panel report on neglect"] == "Publication"


@pytest.mark.model
def test_a_description_that_may_be_any_document_is_no_publication(extractor) -> None:  # type: ignore[no-untyped-def]
    # near misses: no modifier or complement, an adjective that refers back ("recent"), a
    # person's review (named elsewhere by its title), a noun modifying another noun
    for text in ("The Harbour Trust report said costs had risen.",
                 "Harbour Trust's recent report said costs had risen.",
                 "Jane Porter's review of the service was published on Monday.",
                 "The Harbour Trust review meeting on Monday was short."):
        found = entities(extractor, text)
        assert "Publication" not in found.values(), text


def _described(vocab, schema, words, pos, owner_end, owner_type="Organisation", spaces=None):  # type: ignore[no-untyped-def]
    from spacy.tokens import Doc

    from caregraph.core.records import Mention
    from caregraph.extract.mentions.described import described_publications

    doc = Doc(vocab, words=words, spaces=spaces, pos=pos, sent_starts=[True] + [False] * (len(words) - 1))
    owner = doc[1:owner_end]
    mention = Mention("t", owner.start_char, owner.end_char, owner.text, owner.text, ((owner_type, 2.0),), "test")
    return [m.text for m in described_publications(doc, [mention], schema.entities, doc_id="t", sent_index={})]


def test_a_year_between_a_possessive_and_the_noun_names_a_publication(vocab, schema) -> None:  # type: ignore[no-untyped-def]
    words = ["the", "Harbour", "Party", "'s", "2019", "manifesto", "promised", "it", "."]
    pos = ["DET", "PROPN", "PROPN", "PART", "NUM", "NOUN", "VERB", "PRON", "PUNCT"]
    spaces = [True, True, False, True, True, True, True, False, False]
    assert _described(vocab, schema, words, pos, 3, spaces=spaces) == ["Harbour Party's 2019 manifesto"]
    # a person's manifesto is her campaign's, named elsewhere
    assert _described(vocab, schema, words, pos, 3, "Person", spaces) == []


def test_a_complement_is_cut_at_a_finite_verb_and_a_trailing_article(vocab, schema) -> None:  # type: ignore[no-untyped-def]
    words = ["the", "Harbour", "Panel", "review", "into", "delays", "in", "the", "courts", "found", "the", "."]
    pos = ["DET", "PROPN", "PROPN", "NOUN", "ADP", "NOUN", "ADP", "DET", "NOUN", "VERB", "DET", "PUNCT"]
    assert _described(vocab, schema, words, pos, 3) == ["Harbour Panel review into delays in the courts"]


def test_no_noun_of_a_document_no_description(vocab, schema) -> None:  # type: ignore[no-untyped-def]
    words = ["the", "Harbour", "Panel", "meeting", "on", "delays", "."]
    pos = ["DET", "PROPN", "PROPN", "NOUN", "ADP", "NOUN", "PUNCT"]
    assert _described(vocab, schema, words, pos, 3) == []


def test_a_noun_modifiers_own_possessive_stays_in_the_description(vocab, schema) -> None:  # type: ignore[no-untyped-def]
    # "the Harbour Authority's children's care report": the modifier "children's" carries a
    # possessive of its own; the description runs on to the noun of the document
    words = ["the", "Harbour", "Authority", "'s", "children", "'s", "care", "report", "found", "it", "."]
    pos = ["DET", "PROPN", "PROPN", "PART", "NOUN", "PART", "NOUN", "NOUN", "VERB", "PRON", "PUNCT"]
    spaces = [True, True, False, True, False, True, True, True, True, False, False]
    assert _described(vocab, schema, words, pos, 3, spaces=spaces) == ["Harbour Authority's children's care report"]
    # a possessive with no modifier before it is the author's, not a second one ("Harbour Authority's 's")
    words = ["the", "Harbour", "Authority", "'s", "'s", "report", "found", "it", "."]
    pos = ["DET", "PROPN", "PROPN", "PART", "PART", "NOUN", "VERB", "PRON", "PUNCT"]
    assert _described(vocab, schema, words, pos, 3) == []


def test_a_known_authors_description_sharing_the_titles_words_names_the_known_title(vocab, schema) -> None:  # type: ignore[no-untyped-def]
    from dataclasses import replace

    # relations.yaml's known authorship "Harbour Panel AUTHORED Safety on the Westshire Coast": the
    # Panel's report on safety on the coast is that title, named as the gazetteer names it
    known = ((frozenset({"harbour panel"}), "Safety on the Westshire Coast",
              frozenset({"safety", "on", "the", "westshire", "coast"})),)
    words = ["the", "Harbour", "Panel", "report", "on", "safety", "on", "the", "Westshire", "coast", "was", "read", "."]
    pos = ["DET", "PROPN", "PROPN", "NOUN", "ADP", "NOUN", "ADP", "DET", "PROPN", "NOUN", "AUX", "VERB", "PUNCT"]
    linked = replace(schema, entities=replace(schema.entities, authored_titles=known))
    assert _described_names(vocab, linked, words, pos, 3) == ["Safety on the Westshire Coast"]
    # another body's report on the same subject, or the Panel's report on another one, is no such title
    other = ["the", "Harbour", "Trust", "report", "on", "safety", "on", "the", "Westshire", "coast", "was", "read", "."]
    assert _described_names(vocab, linked, other, pos, 3) == ["Harbour Trust report on safety on the Westshire coast"]
    words = ["the", "Harbour", "Panel", "report", "on", "pay", "in", "the", "Westshire", "ports", "was", "read", "."]
    assert _described_names(vocab, linked, words, pos, 3) == ["Harbour Panel report on pay in the Westshire ports"]


def test_the_schema_derives_known_authorships_from_the_known_relations(schema_copy) -> None:  # type: ignore[no-untyped-def]
    from caregraph.core.schema import load_schema

    # an invented authority and its invented study, written into a copy of the schemas
    gazetteer = schema_copy / "gazetteer.yaml"
    gazetteer.write_text(gazetteer.read_text(encoding="utf-8").replace("entries:\n", (
        "entries:\n"
        "  - {name: Westshire Harbour Authority, type: Organisation, aliases: [WHA], source: invented}\n"
        "  - {name: Harbour Moorings Study, type: Publication, aliases: [WHA moorings study], source: invented}\n"), 1),
        encoding="utf-8")
    relations = schema_copy / "relations.yaml"
    relations.write_text(relations.read_text(encoding="utf-8").replace("known_relations:\n", (
        "known_relations:\n"
        "  - {subject: Westshire Harbour Authority, relation: AUTHORED, object: Harbour Moorings Study, "
        "source: invented}\n"), 1), encoding="utf-8")
    authored = {title: (authors, words) for authors, title, words in load_schema(schema_copy).entities.authored_titles}
    authors, words = authored["Harbour Moorings Study"]
    assert authors == {"westshire harbour authority", "wha"}
    assert words == {"harbour", "moorings", "study", "wha"}


def _described_names(vocab, schema, words, pos, owner_end):  # type: ignore[no-untyped-def]
    from spacy.tokens import Doc

    from caregraph.core.records import Mention
    from caregraph.extract.mentions.described import described_publications

    doc = Doc(vocab, words=words, pos=pos, sent_starts=[True] + [False] * (len(words) - 1))
    owner = doc[1:owner_end]
    mention = Mention("t", owner.start_char, owner.end_char, owner.text, owner.text, (("Organisation", 2.0),), "test")
    return [m.name for m in described_publications(doc, [mention], schema.entities, doc_id="t", sent_index={})]


# the invented authority's one known publication, whose page speaks of moorings
_SOLE = ((frozenset({"harbour authority", "ha"}), "Harbour Moorings Study", frozenset({"harbour", "moorings", "study"})),)
_SIGNS = (("Harbour Moorings Study", frozenset({"moorings"})),)


@pytest.mark.parametrize(("sentence", "owner", "known", "expected"), [
    # the author and a noun alone, bare, dated or possessive, on a page about moorings
    ("the Harbour Authority report found that moorings cost more .", (1, 3), _SOLE, [("Harbour Authority report", "Harbour Moorings Study")]),
    ("a 2019 Harbour Authority review said moorings were scarce .", (2, 4), _SOLE, [("Harbour Authority review", "Harbour Moorings Study")]),
    ("the Harbour Authority 's 2019 study said moorings were scarce .", (1, 3), _SOLE,
     [("Harbour Authority 's 2019 study", "Harbour Moorings Study")]),
    # the noun before the author: the noun alone is the mention
    ("a report by the Harbour Authority said moorings were scarce .", (4, 6), _SOLE, [("report", "Harbour Moorings Study")]),
    ("this 2019 report , from the Harbour Authority , said moorings were scarce .", (6, 8), _SOLE,
     [("report", "Harbour Moorings Study")]),
    # no word of the subject on the page: the authority reports on other markets too
    ("the Harbour Authority report found that ferry fares rose .", (1, 3), _SOLE, []),
    ("a report by the Harbour Authority said ferry fares rose .", (4, 6), _SOLE, []),
    # an author with two known publications names neither
    ("the Harbour Authority report found that moorings cost more .", (1, 3),
     _SOLE + ((frozenset({"harbour authority"}), "Harbour Ferries Review", frozenset({"harbour", "ferries", "review"})),), []),
    # a description with words of its own is another report
    ("the Harbour Authority report on pay in the ferry trade was read at the moorings .", (1, 3), _SOLE,
     [("Harbour Authority report on pay in the ferry trade", "Harbour Authority report on pay in the ferry trade")]),
])
def test_an_author_alone_names_its_one_known_publication_where_the_page_speaks_of_it(  # type: ignore[no-untyped-def]
        vocab, schema, sentence, owner, known, expected) -> None:
    from dataclasses import replace

    from spacy.tokens import Doc

    from caregraph.core.records import Mention
    from caregraph.extract.mentions.described import described_publications

    words = sentence.split()
    tags = {"the": "DET", "a": "DET", "this": "DET", "report": "NOUN", "review": "NOUN", "study": "NOUN", "'s": "PART",
            "2019": "NUM", "by": "ADP", "from": "ADP", "on": "ADP", "in": "ADP", ",": "PUNCT", ".": "PUNCT",
            "moorings": "NOUN", "pay": "NOUN", "trade": "NOUN", "fares": "NOUN", "ferry": "NOUN"}
    pos = [tags.get(w, "PROPN" if w[0].isupper() else "VERB") for w in words]
    doc = Doc(vocab, words=words, pos=pos, sent_starts=[True] + [False] * (len(words) - 1))
    span = doc[owner[0] : owner[1]]
    mention = Mention("t", span.start_char, span.end_char, span.text, span.text, (("Organisation", 2.0),), "test")
    linked = replace(schema.entities, authored_titles=known, sole_title_signs=_SIGNS)
    found = described_publications(doc, [mention], linked, doc_id="t", sent_index={})
    assert [(m.text, m.name) for m in found] == expected


def test_the_schema_gives_the_market_study_its_subjects_words(schema) -> None:  # type: ignore[no-untyped-def]
    signs = dict(schema.entities.sole_title_signs)
    # each title given signs is a gazetteer publication with one known author
    assert signs and set(signs) <= {title for _authors, title, _words in schema.entities.authored_titles}
    assert {"report", "review", "study"} <= schema.entities.sole_title_nouns
