"""Mention voters and proposals on parses built by hand (no trained model)."""

from __future__ import annotations

from spacy.tokens import Doc

from caregraph.core.ontology import PERSON, PLACE, RECOMMENDATION
from caregraph.extract.mentions.voters import ner_candidates, recommendation_candidates
from caregraph.extract.proposals import RecommendationItem, find_recommendations
from helpers import hand_parse as parse


def spans(doc: Doc, candidates) -> list[tuple[str, tuple[str, ...]]]:  # type: ignore[no-untyped-def]
    return [(doc[c.start : c.end].text, tuple(t for t, _ in c.votes)) for c in candidates]


def test_a_person_entity_votes_person(vocab, schema) -> None:  # type: ignore[no-untyped-def]
    doc = Doc(vocab, words=["Dr", "Amy", "Chen", "spoke", "on", "Monday", "."],
              ents=["O", "B-PERSON", "I-PERSON", "O", "O", "B-DATE", "O"])
    assert spans(doc, ner_candidates(doc, schema.entities)) == [("Amy Chen", (PERSON,))]


def test_two_places_in_one_entity_are_cut_at_the_comma(vocab, schema) -> None:  # type: ignore[no-untyped-def]
    doc = Doc(vocab, words=["in", "Dorset", ",", "Lincolnshire", "today"],
              ents=["O", "B-GPE", "I-GPE", "I-GPE", "O"])
    assert spans(doc, ner_candidates(doc, schema.entities)) == [("Dorset", (PLACE,)), ("Lincolnshire", (PLACE,))]


def test_an_entity_ending_in_punctuation_at_the_end_of_the_document_is_cut_there(vocab, schema) -> None:  # type: ignore[no-untyped-def]
    # NER sometimes takes the document's last token, a comma, into a name: nothing follows it
    doc = Doc(vocab, words=["by", "Harbour", "Trust", ","], ents=["O", "B-ORG", "I-ORG", "I-ORG"])
    assert [text for text, _ in spans(doc, ner_candidates(doc, schema.entities))] == ["Harbour Trust"]


def test_a_label_the_schema_does_not_map_votes_nothing(vocab, schema) -> None:  # type: ignore[no-untyped-def]
    doc = Doc(vocab, words=["in", "March", "2024"], ents=["O", "B-DATE", "I-DATE"])
    assert list(ner_candidates(doc, schema.entities)) == []


# "The review recommends a national register ."
RECOMMENDS = [
    ("The", 1, "det", "DET", "DT", "the"),
    ("review", 2, "nsubj", "NOUN", "NN", "review"),
    ("recommends", 2, "ROOT", "VERB", "VBZ", "recommend"),
    ("a", 5, "det", "DET", "DT", "a"),
    ("national", 5, "amod", "ADJ", "JJ", "national"),
    ("register", 2, "dobj", "NOUN", "NN", "register"),
    (".", 2, "punct", "PUNCT", ".", "."),
]


def test_a_recommending_publication_proposes_its_object(vocab, schema) -> None:  # type: ignore[no-untyped-def]
    doc = parse(vocab, RECOMMENDS)
    items = find_recommendations(doc, schema.entities)
    assert items == [RecommendationItem(start=4, end=6, trigger=2, recommender=1)]
    assert doc[4:6].text == "national register"
    assert spans(doc, recommendation_candidates(items, schema.entities)) == [("national register", (RECOMMENDATION,))]


def test_a_subject_that_cannot_recommend_proposes_nothing(vocab, schema) -> None:  # type: ignore[no-untyped-def]
    rows = list(RECOMMENDS)
    rows[1] = ("weather", 2, "nsubj", "NOUN", "NN", "weather")
    assert find_recommendations(parse(vocab, rows), schema.entities) == []


def test_a_negated_recommendation_proposes_nothing(vocab, schema) -> None:  # type: ignore[no-untyped-def]
    doc = parse(vocab, [
        ("The", 1, "det", "DET", "DT", "the"),
        ("review", 4, "nsubj", "NOUN", "NN", "review"),
        ("does", 4, "aux", "AUX", "VBZ", "do"),
        ("not", 4, "neg", "PART", "RB", "not"),
        ("recommend", 4, "ROOT", "VERB", "VB", "recommend"),
        ("a", 7, "det", "DET", "DT", "a"),
        ("national", 7, "amod", "ADJ", "JJ", "national"),
        ("register", 4, "dobj", "NOUN", "NN", "register"),
        (".", 4, "punct", "PUNCT", ".", "."),
    ])
    assert find_recommendations(doc, schema.entities) == []


def test_a_name_opening_with_a_lower_case_word_is_kept_only_after_a_particle(vocab, schema) -> None:  # type: ignore[no-untyped-def]
    from caregraph.extract.mentions.choose import _keep
    rules = schema.entities
    doc = Doc(vocab, words=["Dear", "Sir", "or", "Harbourne", ",", "Maria", "de", "la", "Westby"])
    # "Sir or Harbourne" loses its honorific: what is left opens with a conjunction
    assert not _keep(doc[1:4], "or Harbourne", {"name", "ner"}, False, rules, set())
    # near misses: a particle may open what is left of a name, and a name opens with a capital
    assert _keep(doc[6:9], "de la Westby", {"name", "ner"}, False, rules, set())
    assert _keep(doc[5:9], "Maria de la Westby", {"name", "ner"}, False, rules, set())
    # a form of address alone is no name
    madam = Doc(vocab, words=["Dear", "Madam"])
    assert not _keep(madam[1:2], "Madam", {"name", "ner", "gazetteer"}, False, rules, set())
