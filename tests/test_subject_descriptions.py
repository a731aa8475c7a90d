"""Known publications named by their subject alone: a lower-case noun of a document and its
"of/on/into" complement writing two distinctive words of a gazetteer publication's forms, with
a capital (mentions/described.py, subject_descriptions), on invented sentences and titles."""

from __future__ import annotations

from dataclasses import replace

# an invented gazetteer publication, its name and one alias
_TITLES = (("harbour safety in westshire", "Harbour Safety in Westshire", "Publication"),
           ("national review into the deaths of ann westby and tom eastby", "Harbour Safety in Westshire", "Publication"),
           ("westshire ferries bill", "Westshire Ferries Bill", "Publication"))


def _names(vocab, schema, words, pos, mentions=()):  # type: ignore[no-untyped-def]
    from spacy.tokens import Doc

    from caregraph.extract.mentions.described import subject_descriptions

    rules = replace(schema.entities, gazetteer_titles=_TITLES)
    doc = Doc(vocab, words=words, pos=pos, sent_starts=[True] + [False] * (len(words) - 1))
    return [(m.text, m.name) for m in subject_descriptions(doc, list(mentions), rules, doc_id="t", sent_index={})]


def test_a_review_into_the_deaths_of_two_named_people_is_the_known_review(vocab, schema) -> None:  # type: ignore[no-untyped-def]
    words = ["Teams", "are", "needed", ",", "says", "a", "review", "into", "the", "deaths", "of", "Ann", "Westby",
             "and", "Tom", "Eastby", "."]
    pos = ["NOUN", "AUX", "VERB", "PUNCT", "VERB", "DET", "NOUN", "ADP", "DET", "NOUN", "ADP", "PROPN", "PROPN",
           "CCONJ", "PROPN", "PROPN", "PUNCT"]
    assert _names(vocab, schema, words, pos) == [("review into the deaths of Ann Westby", "Harbour Safety in Westshire")]


def test_a_field_or_one_name_alone_is_no_known_review(vocab, schema) -> None:  # type: ignore[no-untyped-def]
    # the same words in lower case (a field, no proper name), and one name only
    words = ["Teams", "are", "needed", ",", "says", "a", "review", "of", "harbour", "safety", "in", "westshire", "."]
    pos = ["NOUN", "AUX", "VERB", "PUNCT", "VERB", "DET", "NOUN", "ADP", "NOUN", "NOUN", "ADP", "NOUN", "PUNCT"]
    assert _names(vocab, schema, words, pos) == []
    words = ["Teams", "are", "needed", ",", "says", "a", "review", "into", "the", "death", "of", "Ann", "Smith", "."]
    pos = ["NOUN", "AUX", "VERB", "PUNCT", "VERB", "DET", "NOUN", "ADP", "DET", "NOUN", "ADP", "PROPN", "PROPN", "PUNCT"]
    assert _names(vocab, schema, words, pos) == []


def test_a_report_on_a_named_title_is_another_text(vocab, schema) -> None:  # type: ignore[no-untyped-def]
    from caregraph.core.records import Mention

    # "a report on the Westshire Ferries Bill" is a text about the Bill, not the Bill
    words = ["They", "read", "a", "report", "on", "the", "Westshire", "Ferries", "Bill", "."]
    pos = ["PRON", "VERB", "DET", "NOUN", "ADP", "DET", "PROPN", "PROPN", "PROPN", "PUNCT"]
    start = len("They read a report on the ")
    bill = Mention("t", start, start + len("Westshire Ferries Bill"), "Westshire Ferries Bill", "Westshire Ferries Bill",
                   (("Publication", 2.0),), "gazetteer")
    assert _names(vocab, schema, words, pos, [bill]) == []


def test_a_report_on_implementing_a_quoted_title_is_another_text(vocab, schema) -> None:  # type: ignore[no-untyped-def]
    words = ["They", "read", "a", "report", "on", "progress", "in", "implementing", "'", "Harbour", "Safety", "in",
             "Westshire", "'", "."]
    pos = ["PRON", "VERB", "DET", "NOUN", "ADP", "NOUN", "ADP", "VERB", "PUNCT", "PROPN", "PROPN", "ADP", "PROPN",
           "PUNCT", "PUNCT"]
    assert _names(vocab, schema, words, pos) == []
