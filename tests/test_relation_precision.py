"""Guards against wrong edges: shapes where a rule's argument is a nearer name than the one the
trigger governs. Each guard has a sentence that must not relate and one that still must
(invented names, hand-built parses)."""

from __future__ import annotations

from caregraph.core.ontology import INITIATIVE, ORGANISATION, PERSON, PLACE, PUBLICATION
from helpers import hand_parse as parse
from helpers import relations_found


def _of(relations: set[tuple[str, str, str]], relation: str) -> set[tuple[str, str, str]]:
    return {r for r in relations if r[1] == relation}


# -- the topic of a common noun is not the verb's object: "launched an inquiry into Y"


def test_launching_an_inquiry_into_a_publication_commissions_no_publication(vocab, schema) -> None:  # type: ignore[no-untyped-def]
    # "Harbour Trust launched an inquiry into the Westshire Strategy ."
    doc = parse(vocab, [
        ("Harbour", 1, "compound", "PROPN", "Harbour"),
        ("Trust", 2, "nsubj", "PROPN", "Trust"),
        ("launched", 2, "ROOT", "VERB", "launch"),
        ("an", 4, "det", "DET", "an"),
        ("inquiry", 2, "dobj", "NOUN", "inquiry"),
        ("into", 4, "prep", "ADP", "into"),
        ("the", 8, "det", "DET", "the"),
        ("Westshire", 8, "compound", "PROPN", "Westshire"),
        ("Strategy", 5, "pobj", "PROPN", "Strategy"),
        (".", 2, "punct", "PUNCT", "."),
    ])
    found = relations_found(doc, [(0, 2, ORGANISATION), (7, 9, PUBLICATION)], schema)
    assert _of(found, "COMMISSIONED") == set()


def test_launching_a_named_publication_still_commissions_it(vocab, schema) -> None:  # type: ignore[no-untyped-def]
    # "Harbour Trust launched the Westshire Strategy ."
    doc = parse(vocab, [
        ("Harbour", 1, "compound", "PROPN", "Harbour"),
        ("Trust", 2, "nsubj", "PROPN", "Trust"),
        ("launched", 2, "ROOT", "VERB", "launch"),
        ("the", 5, "det", "DET", "the"),
        ("Westshire", 5, "compound", "PROPN", "Westshire"),
        ("Strategy", 2, "dobj", "PROPN", "Strategy"),
        (".", 2, "punct", "PUNCT", "."),
    ])
    found = relations_found(doc, [(0, 2, ORGANISATION), (4, 6, PUBLICATION)], schema)
    assert _of(found, "COMMISSIONED") == {("Harbour Trust", "COMMISSIONED", "Westshire Strategy")}


def test_speaking_in_a_debate_on_a_publication_still_responds_to_it(vocab, schema) -> None:  # type: ignore[no-untyped-def]
    # "Jane Porter spoke in the debate on the Westshire Strategy ."
    doc = parse(vocab, [
        ("Jane", 1, "compound", "PROPN", "Jane"),
        ("Porter", 2, "nsubj", "PROPN", "Porter"),
        ("spoke", 2, "ROOT", "VERB", "speak"),
        ("in", 2, "prep", "ADP", "in"),
        ("the", 5, "det", "DET", "the"),
        ("debate", 3, "pobj", "NOUN", "debate"),
        ("on", 5, "prep", "ADP", "on"),
        ("the", 9, "det", "DET", "the"),
        ("Westshire", 9, "compound", "PROPN", "Westshire"),
        ("Strategy", 6, "pobj", "PROPN", "Strategy"),
        (".", 2, "punct", "PUNCT", "."),
    ])
    found = relations_found(doc, [(0, 2, PERSON), (8, 10, PUBLICATION)], schema)
    assert _of(found, "RESPONDED_TO") == {("Jane Porter", "RESPONDED_TO", "Westshire Strategy")}


# -- a place modifying a common noun is not the phrase's referent: "UK government launched Y"


def _launch_doc(vocab, with_noun: bool):  # type: ignore[no-untyped-def]
    # "Westshire (government) launched its Harbour Programme ."
    rows = [("Westshire", 1, "compound", "PROPN", "Westshire"), ("government", 2, "nsubj", "NOUN", "government")]
    if not with_noun:
        rows = [("Westshire", 1, "nsubj", "PROPN", "Westshire")]
    at = len(rows)
    rows += [
        ("launched", at, "ROOT", "VERB", "launch"),
        ("its", at + 3, "poss", "PRON", "its"),
        ("Harbour", at + 3, "compound", "PROPN", "Harbour"),
        ("Programme", at, "dobj", "PROPN", "Programme"),
        (".", at, "punct", "PUNCT", "."),
    ]
    return parse(vocab, rows), [(0, 1, PLACE), (at + 2, at + 4, INITIATIVE)]


def test_a_place_modifying_a_common_noun_subject_runs_nothing(vocab, schema) -> None:  # type: ignore[no-untyped-def]
    doc, names = _launch_doc(vocab, with_noun=True)
    assert _of(relations_found(doc, names, schema), "RUNS") == set()


def test_a_place_that_is_the_subject_still_runs_it(vocab, schema) -> None:  # type: ignore[no-untyped-def]
    doc, names = _launch_doc(vocab, with_noun=False)
    assert _of(relations_found(doc, names, schema), "RUNS") == {("Westshire", "RUNS", "Harbour Programme")}


# -- a role reaches no name past a preposition that attaches no post: "director of X on Y"


def test_a_role_does_not_reach_a_name_after_on(vocab, schema) -> None:  # type: ignore[no-untyped-def]
    # "Jane Porter , chief executive of Harbour Trust on Westshire Radio , said hello ."
    doc = parse(vocab, [
        ("Jane", 1, "compound", "PROPN", "Jane"),
        ("Porter", 12, "nsubj", "PROPN", "Porter"),
        (",", 1, "punct", "PUNCT", ","),
        ("chief", 4, "amod", "ADJ", "chief"),
        ("executive", 1, "appos", "NOUN", "executive"),
        ("of", 4, "prep", "ADP", "of"),
        ("Harbour", 7, "compound", "PROPN", "Harbour"),
        ("Trust", 5, "pobj", "PROPN", "Trust"),
        ("on", 4, "prep", "ADP", "on"),
        ("Westshire", 10, "compound", "PROPN", "Westshire"),
        ("Radio", 8, "pobj", "PROPN", "Radio"),
        (",", 1, "punct", "PUNCT", ","),
        ("said", 12, "ROOT", "VERB", "say"),
        ("hello", 12, "intj", "INTJ", "hello"),
        (".", 12, "punct", "PUNCT", "."),
    ])
    found = relations_found(doc, [(0, 2, PERSON), (6, 8, ORGANISATION), (9, 11, ORGANISATION)], schema)
    assert _of(found, "ROLE_AT") == {("Jane Porter", "ROLE_AT", "Harbour Trust")}


def test_a_role_still_reaches_its_body_after_at_past_a_topic(vocab, schema) -> None:  # type: ignore[no-untyped-def]
    # "Jane Porter , director of policy on housing at Harbour Trust , said hello ."
    doc = parse(vocab, [
        ("Jane", 1, "compound", "PROPN", "Jane"),
        ("Porter", 12, "nsubj", "PROPN", "Porter"),
        (",", 1, "punct", "PUNCT", ","),
        ("director", 1, "appos", "NOUN", "director"),
        ("of", 3, "prep", "ADP", "of"),
        ("policy", 4, "pobj", "NOUN", "policy"),
        ("on", 5, "prep", "ADP", "on"),
        ("housing", 6, "pobj", "NOUN", "housing"),
        ("at", 3, "prep", "ADP", "at"),
        ("Harbour", 10, "compound", "PROPN", "Harbour"),
        ("Trust", 8, "pobj", "PROPN", "Trust"),
        (",", 1, "punct", "PUNCT", ","),
        ("said", 12, "ROOT", "VERB", "say"),
        ("hello", 12, "intj", "INTJ", "hello"),
        (".", 12, "punct", "PUNCT", "."),
    ])
    found = relations_found(doc, [(0, 2, PERSON), (9, 11, ORGANISATION)], schema)
    assert _of(found, "ROLE_AT") == {("Jane Porter", "ROLE_AT", "Harbour Trust")}


# -- a role phrase between two people of a list is the first one's: "X, chief executive of Y, Z"


def _list_doc(vocab, first_person: bool):  # type: ignore[no-untyped-def]
    # "Jane Porter , chief executive of Harbour Trust , Tom Reed and Sam Hill spoke ." or, without
    # the first person, "Chief executive of Harbour Trust , Tom Reed and Sam Hill spoke ."
    tail = [  # token n + k
        ("of", 1, "prep", "ADP", "of"),                  # 2
        ("Harbour", 4, "compound", "PROPN", "Harbour"),  # 3
        ("Trust", 2, "pobj", "PROPN", "Trust"),          # 4
        (",", 1, "punct", "PUNCT", ","),                 # 5
        ("Tom", 7, "compound", "PROPN", "Tom"),          # 6
        ("Reed", 1, "appos", "PROPN", "Reed"),           # 7
        ("and", 7, "cc", "CCONJ", "and"),                # 8
        ("Sam", 10, "compound", "PROPN", "Sam"),         # 9
        ("Hill", 7, "conj", "PROPN", "Hill"),            # 10
        ("spoke", 11, "ROOT", "VERB", "speak"),          # 11
        (".", 11, "punct", "PUNCT", "."),                # 12
    ]
    if first_person:
        n = 3
        rows = [("Jane", 1, "compound", "PROPN", "Jane"), ("Porter", n + 11, "nsubj", "PROPN", "Porter"),
                (",", 1, "punct", "PUNCT", ","), ("chief", n + 1, "amod", "ADJ", "chief"),
                ("executive", 1, "appos", "NOUN", "executive")]
    else:
        n = 0
        rows = [("Chief", 1, "amod", "ADJ", "chief"), ("executive", 11, "nsubj", "NOUN", "executive")]
    rows += [(w, n + h, d, p, lem) for w, h, d, p, lem in tail]
    names = [(n + 3, n + 5, ORGANISATION), (n + 6, n + 8, PERSON), (n + 9, n + 11, PERSON)]
    if first_person:
        names.append((0, 2, PERSON))
    return parse(vocab, rows), names


def test_a_role_between_two_listed_people_is_not_the_second_ones(vocab, schema) -> None:  # type: ignore[no-untyped-def]
    doc, names = _list_doc(vocab, first_person=True)
    assert _of(relations_found(doc, names, schema), "ROLE_AT") == {("Jane Porter", "ROLE_AT", "Harbour Trust")}


def test_a_role_opening_the_sentence_is_still_the_next_persons(vocab, schema) -> None:  # type: ignore[no-untyped-def]
    doc, names = _list_doc(vocab, first_person=False)
    assert _of(relations_found(doc, names, schema), "ROLE_AT") == {("Tom Reed", "ROLE_AT", "Harbour Trust")}
