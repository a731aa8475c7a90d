"""Guards against wrong edges of general kinds: from text that does not state its clause as so
(a hedging modal or adverb, a condition, an opposing preposition, an attempt or wish, a verb of
denial, hearsay, a negation on the way to the subject or below the verb: "no longer",
"neither ... nor", "X but not Z"), with the wrong subject (a singular relative clause after a
coordination, "X praised Y for running Z"), with a topic for an object ("welcomed an
evaluation of Y"), or on a title's own name ("Response to the Y Consultation"). Each guard has
a sentence that must not relate and a near miss that still must (invented names, hand-built
parses; one quotation with the trained pipeline)."""

from __future__ import annotations

import pytest

from caregraph.core.ontology import INITIATIVE, ORGANISATION, PERSON, PUBLICATION
from caregraph.extract.syntax import negated
from helpers import hand_parse as parse
from helpers import relations_found


def _of(relations: set[tuple[str, str, str]], relation: str) -> set[tuple[str, str, str]]:
    return {r for r in relations if r[1] == relation}


_TRUST = [("Harbour", 1, "compound", "PROPN", "NNP", "Harbour"), ("Trust", None, "nsubj", "PROPN", "NNP", "Trust")]
_PROGRAMME = [("Kestrel", None, "compound", "PROPN", "NNP", "Kestrel"), ("Programme", None, "dobj", "PROPN", "NNP", "Programme")]


def _clause(vocab, modal: str | None, verb: str = "backs", lemma: str = "back", condition: bool = False):  # type: ignore[no-untyped-def]
    # "Harbour Trust (may) back(s) Kestrel Programme (if funding arrives) ."
    rows = [("Harbour", 1, "compound", "PROPN", "NNP", "Harbour")]
    at = 2 if modal is None else 3
    rows.append(("Trust", at, "nsubj", "PROPN", "NNP", "Trust"))
    if modal is not None:
        rows.append((modal, at, "aux", "AUX", "MD", modal))
    rows += [(verb, at, "ROOT", "VERB", "VB" if modal else "VBZ", lemma),
             ("Kestrel", at + 2, "compound", "PROPN", "NNP", "Kestrel"),
             ("Programme", at, "dobj", "PROPN", "NNP", "Programme")]
    if condition:
        n = len(rows)
        rows += [("if", n + 2, "mark", "SCONJ", "IN", "if"), ("funding", n + 2, "nsubj", "NOUN", "NN", "funding"),
                 ("arrives", at, "advcl", "VERB", "VBZ", "arrive")]
    rows.append((".", at, "punct", "PUNCT", ".", "."))
    return parse(vocab, rows), [(0, 2, ORGANISATION), (at + 1, at + 3, INITIATIVE)]


def test_a_hedging_modal_states_no_stance(vocab, schema) -> None:  # type: ignore[no-untyped-def]
    for modal in ("may", "might", "could"):
        doc, names = _clause(vocab, modal, "back")
        assert _of(relations_found(doc, names, schema), "SUPPORTS") == set(), modal


def test_a_modal_of_future_or_of_reported_future_still_relates(vocab, schema) -> None:  # type: ignore[no-untyped-def]
    for modal in ("will", "would"):
        doc, names = _clause(vocab, modal, "back")
        assert _of(relations_found(doc, names, schema), "SUPPORTS") == {
            ("Harbour Trust", "SUPPORTS", "Kestrel Programme")}, modal
    doc, names = _clause(vocab, None)
    assert _of(relations_found(doc, names, schema), "SUPPORTS") == {("Harbour Trust", "SUPPORTS", "Kestrel Programme")}


def test_a_clause_with_a_condition_states_no_fact(vocab, schema) -> None:  # type: ignore[no-untyped-def]
    doc, names = _clause(vocab, "would", "run", "run", condition=True)
    assert _of(relations_found(doc, names, schema), "RUNS") == set()
    doc, names = _clause(vocab, "would", "run", "run")
    assert _of(relations_found(doc, names, schema), "RUNS") == {("Harbour Trust", "RUNS", "Kestrel Programme")}


def _voted(vocab, prep: str):  # type: ignore[no-untyped-def]
    # "Westshire Council voted against / for joining Kestrel Programme ."
    doc = parse(vocab, [
        ("Westshire", 1, "compound", "PROPN", "NNP", "Westshire"), ("Council", 2, "nsubj", "PROPN", "NNP", "Council"),
        ("voted", 2, "ROOT", "VERB", "VBD", "vote"), (prep, 2, "prep", "ADP", "IN", prep),
        ("joining", 3, "pcomp", "VERB", "VBG", "join"), ("Kestrel", 6, "compound", "PROPN", "NNP", "Kestrel"),
        ("Programme", 4, "dobj", "PROPN", "NNP", "Programme"), (".", 2, "punct", "PUNCT", ".", "."),
    ])
    return doc, [(0, 2, ORGANISATION), (5, 7, INITIATIVE)]


def test_an_action_under_an_opposing_preposition_is_not_done(vocab, schema) -> None:  # type: ignore[no-untyped-def]
    for prep in ("against", "without"):
        doc, names = _voted(vocab, prep)
        assert _of(relations_found(doc, names, schema), "RUNS") == set(), prep
    doc, names = _voted(vocab, "for")
    assert _of(relations_found(doc, names, schema), "RUNS") == {("Westshire Council", "RUNS", "Kestrel Programme")}


def _reported(vocab, sayer: list[tuple[str, int, str, str, str, str]], verb: str, lemma: str,
              passive: bool = False):  # type: ignore[no-untyped-def]
    # "<sayer> <verb> (that) Harbour Trust backs Kestrel Review ."
    rows = list(sayer)
    at = len(rows)  # the verb of saying
    if passive:
        rows += [("is", at + 1, "auxpass", "AUX", "VBZ", "be")]
        at += 1
    rows += [(verb, at, "ROOT", "VERB", "VBN" if passive else "VBP", lemma),
             ("that", at + 4, "mark", "SCONJ", "IN", "that"),
             ("Harbour", at + 3, "compound", "PROPN", "NNP", "Harbour"),
             ("Trust", at + 4, "nsubj", "PROPN", "NNP", "Trust"),
             ("backs", at, "ccomp", "VERB", "VBZ", "back"),
             ("Kestrel", at + 6, "compound", "PROPN", "NNP", "Kestrel"),
             ("Review", at + 4, "dobj", "PROPN", "NNP", "Review"),
             (".", at, "punct", "PUNCT", ".", ".")]
    return parse(vocab, rows), at


def test_a_claim_of_nobody_named_is_no_stance(vocab, schema) -> None:  # type: ignore[no-untyped-def]
    for sayer, verb, lemma in ((("Critics", 1, "nsubj", "NOUN", "NNS", "critic"),), "say", "say"), \
                              ((("Some", 1, "nsubj", "PRON", "DT", "some"),), "argue", "argue"):
        doc, at = _reported(vocab, list(sayer), verb, lemma)
        names = [(at + 2, at + 4, ORGANISATION), (at + 5, at + 7, PUBLICATION)]
        assert _of(relations_found(doc, names, schema), "SUPPORTS") == set(), verb
    # "It is claimed that ...": a passive with no "by" agent names nobody
    doc, at = _reported(vocab, [("It", 2, "nsubjpass", "PRON", "PRP", "it")], "claimed", "claim", passive=True)
    names = [(at + 2, at + 4, ORGANISATION), (at + 5, at + 7, PUBLICATION)]
    assert _of(relations_found(doc, names, schema), "SUPPORTS") == set()


def test_a_claim_of_someone_named_or_definite_still_relates(vocab, schema) -> None:  # type: ignore[no-untyped-def]
    expected = {("Harbour Trust", "SUPPORTS", "Kestrel Review")}
    doc, at = _reported(vocab, [("Jane", 1, "compound", "PROPN", "NNP", "Jane"),
                                ("Porter", 2, "nsubj", "PROPN", "NNP", "Porter")], "said", "say")
    names = [(0, 2, PERSON), (at + 2, at + 4, ORGANISATION), (at + 5, at + 7, PUBLICATION)]
    assert _of(relations_found(doc, names, schema), "SUPPORTS") == expected
    doc, at = _reported(vocab, [("The", 1, "det", "DET", "DT", "the"),
                                ("minister", 2, "nsubj", "NOUN", "NN", "minister")], "said", "say")
    names = [(at + 2, at + 4, ORGANISATION), (at + 5, at + 7, PUBLICATION)]
    assert _of(relations_found(doc, names, schema), "SUPPORTS") == expected
    doc, at = _reported(vocab, [("She", 1, "nsubj", "PRON", "PRP", "she")], "said", "say")
    names = [(at + 2, at + 4, ORGANISATION), (at + 5, at + 7, PUBLICATION)]
    assert _of(relations_found(doc, names, schema), "SUPPORTS") == expected


def test_a_denied_clause_is_no_stance_even_from_someone_named(vocab, schema) -> None:  # type: ignore[no-untyped-def]
    doc, at = _reported(vocab, [("Jane", 1, "compound", "PROPN", "NNP", "Jane"),
                                ("Porter", 2, "nsubj", "PROPN", "NNP", "Porter")], "denied", "deny")
    names = [(0, 2, PERSON), (at + 2, at + 4, ORGANISATION), (at + 5, at + 7, PUBLICATION)]
    assert _of(relations_found(doc, names, schema), "SUPPORTS") == set()


def test_no_longer_and_neither_nor_negate_the_verb(vocab) -> None:  # type: ignore[no-untyped-def]
    # "Harbour Trust no longer runs Kestrel Programme ." / "Harbour Trust now runs ..."
    doc = parse(vocab, [("Harbour", 1, "compound", "PROPN", "NNP", "Harbour"), ("Trust", 4, "nsubj", "PROPN", "NNP", "Trust"),
                        ("no", 3, "neg", "ADV", "RB", "no"), ("longer", 4, "advmod", "ADV", "RB", "long"),
                        ("runs", 4, "ROOT", "VERB", "VBZ", "run"), (".", 4, "punct", "PUNCT", ".", ".")])
    assert negated(doc[4])
    doc = parse(vocab, [("Harbour", 1, "compound", "PROPN", "NNP", "Harbour"), ("Trust", 3, "nsubj", "PROPN", "NNP", "Trust"),
                        ("now", 3, "advmod", "ADV", "RB", "now"),
                        ("runs", 3, "ROOT", "VERB", "VBZ", "run"), (".", 3, "punct", "PUNCT", ".", ".")])
    assert not negated(doc[3])
    # "Neither Harbour Trust nor Westshire backs Y ." / "Both Harbour Trust and Westshire back Y ."
    for first, cc, expected in (("Neither", "nor", True), ("Both", "and", False)):
        doc = parse(vocab, [(first, 2, "preconj", "CCONJ", "CC", first.lower()),
                            ("Harbour", 2, "compound", "PROPN", "NNP", "Harbour"),
                            ("Trust", 6, "nsubj", "PROPN", "NNP", "Trust"), (cc, 2, "cc", "CCONJ", "CC", cc),
                            ("Westshire", 2, "conj", "PROPN", "NNP", "Westshire"),
                            ("Council", 4, "appos", "PROPN", "NNP", "Council"),
                            ("backs", 6, "ROOT", "VERB", "VBZ", "back"), (".", 6, "punct", "PUNCT", ".", ".")])
        assert negated(doc[6]) is expected, first


def _titled(vocab, own_name: bool):  # type: ignore[no-untyped-def]
    # "Harbour Trust Response to Kestrel Review": "Response to Kestrel Review" one title
    # (own_name), or "Response" a plain noun between the names "Harbour Trust" and "Kestrel Review"
    doc = parse(vocab, [
        ("Harbour", 1, "compound", "PROPN", "NNP", "Harbour"), ("Trust", 2, "compound", "PROPN", "NNP", "Trust"),
        ("Response", 2, "ROOT", "NOUN", "NN", "response"), ("to", 2, "prep", "ADP", "IN", "to"),
        ("Kestrel", 5, "compound", "PROPN", "NNP", "Kestrel"), ("Review", 3, "pobj", "PROPN", "NNP", "Review"),
    ])
    names = [(0, 2, ORGANISATION), (2, 6, PUBLICATION)] if own_name else [(0, 2, ORGANISATION), (4, 6, PUBLICATION)]
    return doc, names


def test_a_title_opening_with_response_responds_to_nothing_of_itself(vocab, schema) -> None:  # type: ignore[no-untyped-def]
    doc, names = _titled(vocab, own_name=True)
    assert _of(relations_found(doc, names, schema), "RESPONDED_TO") == set()
    doc, names = _titled(vocab, own_name=False)
    assert _of(relations_found(doc, names, schema), "RESPONDED_TO") == {("Harbour Trust", "RESPONDED_TO", "Kestrel Review")}


def _applied(vocab, lemma: str, word: str):  # type: ignore[no-untyped-def]
    # "Westshire Council <applied / agreed> to join Kestrel Programme ."
    doc = parse(vocab, [
        ("Westshire", 1, "compound", "PROPN", "NNP", "Westshire"), ("Council", 2, "nsubj", "PROPN", "NNP", "Council"),
        (word, 2, "ROOT", "VERB", "VBD", lemma), ("to", 4, "aux", "PART", "TO", "to"),
        ("join", 2, "xcomp", "VERB", "VB", "join"), ("Kestrel", 6, "compound", "PROPN", "NNP", "Kestrel"),
        ("Programme", 4, "dobj", "PROPN", "NNP", "Programme"), (".", 2, "punct", "PUNCT", ".", "."),
    ])
    return doc, [(0, 2, ORGANISATION), (5, 7, INITIATIVE)]


def test_an_attempt_or_a_wish_to_join_is_no_membership(vocab, schema) -> None:  # type: ignore[no-untyped-def]
    for lemma, word in (("apply", "applied"), ("hope", "hopes"), ("bid", "bid")):
        doc, names = _applied(vocab, lemma, word)
        assert _of(relations_found(doc, names, schema), "RUNS") == set(), lemma
    doc, names = _applied(vocab, "agree", "agreed")
    assert _of(relations_found(doc, names, schema), "RUNS") == {("Westshire Council", "RUNS", "Kestrel Programme")}


def _relative(vocab, verb: str, tag: str):  # type: ignore[no-untyped-def]
    # "Harbour Trust and Westshire Council , which runs/run Kestrel Programme , spoke ." with the
    # relative clause hung on the first member, as the parser does
    doc = parse(vocab, [
        ("Harbour", 1, "compound", "PROPN", "NNP", "Harbour"), ("Trust", 12, "nsubj", "PROPN", "NNP", "Trust"),
        ("and", 1, "cc", "CCONJ", "CC", "and"), ("Westshire", 4, "compound", "PROPN", "NNP", "Westshire"),
        ("Council", 1, "conj", "PROPN", "NNP", "Council"), (",", 1, "punct", "PUNCT", ",", ","),
        ("which", 7, "nsubj", "PRON", "WDT", "which"), (verb, 1, "relcl", "VERB", tag, "run"),
        ("Kestrel", 9, "compound", "PROPN", "NNP", "Kestrel"), ("Programme", 7, "dobj", "PROPN", "NNP", "Programme"),
        (",", 1, "punct", "PUNCT", ",", ","), ("today", 12, "npadvmod", "NOUN", "NN", "today"),
        ("spoke", 12, "ROOT", "VERB", "VBD", "speak"), (".", 12, "punct", "PUNCT", ".", "."),
    ])
    return doc, [(0, 2, ORGANISATION), (3, 5, ORGANISATION), (8, 10, INITIATIVE)]


def test_a_singular_relative_clause_after_a_coordination_is_the_nearest_members(vocab, schema) -> None:  # type: ignore[no-untyped-def]
    doc, names = _relative(vocab, "runs", "VBZ")
    found = relations_found(doc, names, schema)
    assert _of(found, "RUNS") == {("Westshire Council", "RUNS", "Kestrel Programme")}
    assert ("Harbour Trust", "RELATED_TO", "Kestrel Programme") not in found


def test_a_plural_relative_clause_after_a_coordination_is_every_members(vocab, schema) -> None:  # type: ignore[no-untyped-def]
    doc, names = _relative(vocab, "run", "VBP")
    assert _of(relations_found(doc, names, schema), "RUNS") == {
        ("Westshire Council", "RUNS", "Kestrel Programme"), ("Harbour Trust", "RUNS", "Kestrel Programme")}


def _praised(vocab, named_object: bool):  # type: ignore[no-untyped-def]
    # "Westshire Council praised Harbour Trust for running Kestrel Programme ." or, with a common
    # noun object, "Westshire Council received funding for running Kestrel Programme ."
    obj = [("Harbour", 3, "compound", "PROPN", "NNP", "Harbour"), ("Trust", 2, "dobj", "PROPN", "NNP", "Trust")] \
        if named_object else [("new", 3, "amod", "ADJ", "JJ", "new"), ("funding", 2, "dobj", "NOUN", "NN", "funding")]
    doc = parse(vocab, [
        ("Westshire", 1, "compound", "PROPN", "NNP", "Westshire"), ("Council", 2, "nsubj", "PROPN", "NNP", "Council"),
        ("praised" if named_object else "received", 2, "ROOT", "VERB", "VBD", "praise" if named_object else "receive"),
        *obj, ("for", 2, "prep", "ADP", "IN", "for"), ("running", 5, "pcomp", "VERB", "VBG", "run"),
        ("Kestrel", 8, "compound", "PROPN", "NNP", "Kestrel"), ("Programme", 6, "dobj", "PROPN", "NNP", "Programme"),
        (".", 2, "punct", "PUNCT", ".", "."),
    ])
    names = [(0, 2, ORGANISATION), (7, 9, INITIATIVE)] + ([(3, 5, ORGANISATION)] if named_object else [])
    return doc, names


def test_who_is_praised_for_doing_something_did_it(vocab, schema) -> None:  # type: ignore[no-untyped-def]
    doc, names = _praised(vocab, named_object=True)
    assert _of(relations_found(doc, names, schema), "RUNS") == {("Harbour Trust", "RUNS", "Kestrel Programme")}
    doc, names = _praised(vocab, named_object=False)
    assert _of(relations_found(doc, names, schema), "RUNS") == {("Westshire Council", "RUNS", "Kestrel Programme")}


def _among(vocab, negative: bool):  # type: ignore[no-untyped-def]
    # "Westshire Council was (not) among councils chosen to run Kestrel Programme ."
    rows = [("Westshire", 1, "compound", "PROPN", "NNP", "Westshire"), ("Council", 2, "nsubj", "PROPN", "NNP", "Council"),
            ("was", 2, "ROOT", "AUX", "VBD", "be")]
    if negative:
        rows.append(("not", 2, "neg", "PART", "RB", "not"))
    at = len(rows)  # "among"
    rows += [("among", 2, "prep", "ADP", "IN", "among"), ("councils", at, "pobj", "NOUN", "NNS", "council"),
             ("chosen", at + 1, "acl", "VERB", "VBN", "choose"), ("to", at + 4, "aux", "PART", "TO", "to"),
             ("run", at + 2, "xcomp", "VERB", "VB", "run"), ("Kestrel", at + 6, "compound", "PROPN", "NNP", "Kestrel"),
             ("Programme", at + 4, "dobj", "PROPN", "NNP", "Programme"), (".", 2, "punct", "PUNCT", ".", ".")]
    return parse(vocab, rows), [(0, 2, ORGANISATION), (at + 5, at + 7, INITIATIVE)]


def test_a_negation_on_the_way_to_the_subject_negates_the_clause(vocab, schema) -> None:  # type: ignore[no-untyped-def]
    doc, names = _among(vocab, negative=True)
    assert _of(relations_found(doc, names, schema), "RUNS") == set()
    doc, names = _among(vocab, negative=False)
    assert _of(relations_found(doc, names, schema), "RUNS") == {("Westshire Council", "RUNS", "Kestrel Programme")}


def _bid(vocab, noun: str):  # type: ignore[no-untyped-def]
    # "Westshire Council is part of a <bid / consortium> to join Kestrel Programme ."
    doc = parse(vocab, [
        ("Westshire", 1, "compound", "PROPN", "NNP", "Westshire"), ("Council", 2, "nsubj", "PROPN", "NNP", "Council"),
        ("is", 2, "ROOT", "AUX", "VBZ", "be"), ("part", 2, "attr", "NOUN", "NN", "part"),
        ("of", 3, "prep", "ADP", "IN", "of"), ("a", 6, "det", "DET", "DT", "a"),
        (noun, 4, "pobj", "NOUN", "NN", noun), ("to", 8, "aux", "PART", "TO", "to"),
        ("join", 6, "acl", "VERB", "VB", "join"), ("Kestrel", 10, "compound", "PROPN", "NNP", "Kestrel"),
        ("Programme", 8, "dobj", "PROPN", "NNP", "Programme"), (".", 2, "punct", "PUNCT", ".", "."),
    ])
    return doc, [(0, 2, ORGANISATION), (9, 11, INITIATIVE)]


def test_a_bid_to_join_is_no_membership_but_a_consortium_to_join_is(vocab, schema) -> None:  # type: ignore[no-untyped-def]
    for noun in ("bid", "application"):
        doc, names = _bid(vocab, noun)
        assert _of(relations_found(doc, names, schema), "RUNS") == set(), noun
    doc, names = _bid(vocab, "consortium")
    assert _of(relations_found(doc, names, schema), "RUNS") == {("Westshire Council", "RUNS", "Kestrel Programme")}


def test_a_conjunct_clause_with_its_own_subject_keeps_its_own_polarity(vocab) -> None:  # type: ignore[no-untyped-def]
    # "Harbour Trust did not back it , but Westshire runs Y ." / "Harbour Trust did not back or run Y ."
    doc = parse(vocab, [("Harbour", 1, "compound", "PROPN", "NNP", "Harbour"), ("Trust", 4, "nsubj", "PROPN", "NNP", "Trust"),
                        ("did", 4, "aux", "AUX", "VBD", "do"), ("not", 4, "neg", "PART", "RB", "not"),
                        ("back", 4, "ROOT", "VERB", "VB", "back"), ("it", 4, "dobj", "PRON", "PRP", "it"),
                        (",", 4, "punct", "PUNCT", ",", ","), ("but", 4, "cc", "CCONJ", "CC", "but"),
                        ("Westshire", 9, "nsubj", "PROPN", "NNP", "Westshire"), ("runs", 4, "conj", "VERB", "VBZ", "run"),
                        ("Y", 9, "dobj", "PROPN", "NNP", "Y"), (".", 4, "punct", "PUNCT", ".", ".")])
    assert not negated(doc[9])
    doc = parse(vocab, [("Harbour", 1, "compound", "PROPN", "NNP", "Harbour"), ("Trust", 4, "nsubj", "PROPN", "NNP", "Trust"),
                        ("did", 4, "aux", "AUX", "VBD", "do"), ("not", 4, "neg", "PART", "RB", "not"),
                        ("back", 4, "ROOT", "VERB", "VB", "back"), ("or", 4, "cc", "CCONJ", "CC", "or"),
                        ("run", 4, "conj", "VERB", "VB", "run"), ("Y", 6, "dobj", "PROPN", "NNP", "Y"),
                        (".", 4, "punct", "PUNCT", ".", ".")])
    assert negated(doc[6])


def _welcomed(vocab, noun: str, prep: str):  # type: ignore[no-untyped-def]
    # "Harbour Trust welcomed the <noun> <prep> Kestrel Programme ."
    doc = parse(vocab, [
        ("Harbour", 1, "compound", "PROPN", "NNP", "Harbour"), ("Trust", 2, "nsubj", "PROPN", "NNP", "Trust"),
        ("welcomed", 2, "ROOT", "VERB", "VBD", "welcome"), ("the", 4, "det", "DET", "DT", "the"),
        (noun, 2, "dobj", "NOUN", "NN", noun), (prep, 4, "prep", "ADP", "IN", prep),
        ("Kestrel", 7, "compound", "PROPN", "NNP", "Kestrel"), ("Programme", 5, "pobj", "PROPN", "NNP", "Programme"),
        (".", 2, "punct", "PUNCT", ".", "."),
    ])
    return doc, [(0, 2, ORGANISATION), (6, 8, INITIATIVE)]


def test_welcoming_a_text_or_inquiry_about_y_is_no_support_for_y(vocab, schema) -> None:  # type: ignore[no-untyped-def]
    for noun, prep in (("evaluation", "of"), ("inquiry", "into"), ("consultation", "on")):
        doc, names = _welcomed(vocab, noun, prep)
        assert _of(relations_found(doc, names, schema), "SUPPORTS") == set(), noun


def test_welcoming_the_publication_expansion_or_funding_of_y_still_supports_y(vocab, schema) -> None:  # type: ignore[no-untyped-def]
    for noun, prep in (("publication", "of"), ("expansion", "of"), ("funding", "for")):
        doc, names = _welcomed(vocab, noun, prep)
        assert _of(relations_found(doc, names, schema), "SUPPORTS") == {
            ("Harbour Trust", "SUPPORTS", "Kestrel Programme")}, noun


def _adverb(vocab, adverb: str):  # type: ignore[no-untyped-def]
    # "Harbour Trust <adverb> backs Kestrel Programme ."
    doc = parse(vocab, [
        ("Harbour", 1, "compound", "PROPN", "NNP", "Harbour"), ("Trust", 3, "nsubj", "PROPN", "NNP", "Trust"),
        (adverb, 3, "advmod", "ADV", "RB", adverb), ("backs", 3, "ROOT", "VERB", "VBZ", "back"),
        ("Kestrel", 5, "compound", "PROPN", "NNP", "Kestrel"), ("Programme", 3, "dobj", "PROPN", "NNP", "Programme"),
        (".", 3, "punct", "PUNCT", ".", "."),
    ])
    return doc, [(0, 2, ORGANISATION), (4, 6, INITIATIVE)]


def test_a_hedging_adverb_states_no_stance_but_another_adverb_does(vocab, schema) -> None:  # type: ignore[no-untyped-def]
    for adverb in ("reportedly", "possibly"):
        doc, names = _adverb(vocab, adverb)
        assert _of(relations_found(doc, names, schema), "SUPPORTS") == set(), adverb
    for adverb in ("strongly", "now"):
        doc, names = _adverb(vocab, adverb)
        assert _of(relations_found(doc, names, schema), "SUPPORTS") == {
            ("Harbour Trust", "SUPPORTS", "Kestrel Programme")}, adverb


def _raised(vocab, lemma: str, word: str):  # type: ignore[no-untyped-def]
    # "Harbour Trust is <said / asked> to back Kestrel Programme ."
    doc = parse(vocab, [
        ("Harbour", 1, "compound", "PROPN", "NNP", "Harbour"), ("Trust", 3, "nsubjpass", "PROPN", "NNP", "Trust"),
        ("is", 3, "auxpass", "AUX", "VBZ", "be"), (word, 3, "ROOT", "VERB", "VBN", lemma),
        ("to", 5, "aux", "PART", "TO", "to"), ("back", 3, "xcomp", "VERB", "VB", "back"),
        ("Kestrel", 7, "compound", "PROPN", "NNP", "Kestrel"), ("Programme", 5, "dobj", "PROPN", "NNP", "Programme"),
        (".", 3, "punct", "PUNCT", ".", "."),
    ])
    return doc, [(0, 2, ORGANISATION), (6, 8, INITIATIVE)]


def test_a_stance_raised_from_a_passive_verb_of_saying_is_hearsay(vocab, schema) -> None:  # type: ignore[no-untyped-def]
    for lemma, word in (("say", "said"), ("understand", "understood")):
        doc, names = _raised(vocab, lemma, word)
        assert _of(relations_found(doc, names, schema), "SUPPORTS") == set(), lemma
    doc, names = _raised(vocab, "know", "known")  # "is known to back Y": stated as so
    assert _of(relations_found(doc, names, schema), "SUPPORTS") == {("Harbour Trust", "SUPPORTS", "Kestrel Programme")}


def _but_not(vocab, negative: bool):  # type: ignore[no-untyped-def]
    # "Harbour Trust welcomed Kestrel Review but (not) Heron Report ."
    rows = [("Harbour", 1, "compound", "PROPN", "NNP", "Harbour"), ("Trust", 2, "nsubj", "PROPN", "NNP", "Trust"),
            ("welcomed", 2, "ROOT", "VERB", "VBD", "welcome"), ("Kestrel", 4, "compound", "PROPN", "NNP", "Kestrel"),
            ("Review", 2, "dobj", "PROPN", "NNP", "Review"), ("but" if negative else "and", 4, "cc", "CCONJ", "CC", "but")]
    at = len(rows)
    if negative:
        rows.append(("not", at + 2, "neg", "PART", "RB", "not"))
    heron = len(rows)
    rows += [("Heron", heron + 1, "compound", "PROPN", "NNP", "Heron"), ("Report", 4, "conj", "PROPN", "NNP", "Report"),
             (".", 2, "punct", "PUNCT", ".", ".")]
    return parse(vocab, rows), [(0, 2, ORGANISATION), (3, 5, PUBLICATION), (heron, heron + 2, PUBLICATION)]


def test_a_member_negated_on_its_own_leaves_the_list(vocab, schema) -> None:  # type: ignore[no-untyped-def]
    doc, names = _but_not(vocab, negative=True)
    assert _of(relations_found(doc, names, schema), "SUPPORTS") == {("Harbour Trust", "SUPPORTS", "Kestrel Review")}
    doc, names = _but_not(vocab, negative=False)
    assert _of(relations_found(doc, names, schema), "SUPPORTS") == {
        ("Harbour Trust", "SUPPORTS", "Kestrel Review"), ("Harbour Trust", "SUPPORTS", "Heron Report")}


def test_neither_nor_as_the_object_negates_the_verb(vocab) -> None:  # type: ignore[no-untyped-def]
    # "Harbour Trust backed neither/either Kestrel Review nor/or Heron Report ."
    for first, cc, expected in (("neither", "nor", True), ("either", "or", False)):
        doc = parse(vocab, [("Harbour", 1, "compound", "PROPN", "NNP", "Harbour"), ("Trust", 2, "nsubj", "PROPN", "NNP", "Trust"),
                            ("backed", 2, "ROOT", "VERB", "VBD", "back"), (first, 5, "preconj", "CCONJ", "CC", first),
                            ("Kestrel", 5, "compound", "PROPN", "NNP", "Kestrel"), ("Review", 2, "dobj", "PROPN", "NNP", "Review"),
                            (cc, 5, "cc", "CCONJ", "CC", cc), ("Heron", 8, "compound", "PROPN", "NNP", "Heron"),
                            ("Report", 5, "conj", "PROPN", "NNP", "Report"), (".", 2, "punct", "PUNCT", ".", ".")])
        assert negated(doc[2]) is expected, first


def _pleased(vocab, condition: bool):  # type: ignore[no-untyped-def]
    # "Harbour Trust would be pleased with Kestrel Review (if funding arrives) ."
    rows = [("Harbour", 1, "compound", "PROPN", "NNP", "Harbour"), ("Trust", 3, "nsubj", "PROPN", "NNP", "Trust"),
            ("would", 3, "aux", "AUX", "MD", "would"), ("be", 3, "ROOT", "AUX", "VB", "be"),
            ("pleased", 3, "acomp", "ADJ", "JJ", "pleased"), ("with", 4, "prep", "ADP", "IN", "with"),
            ("Kestrel", 7, "compound", "PROPN", "NNP", "Kestrel"), ("Review", 5, "pobj", "PROPN", "NNP", "Review")]
    if condition:
        rows += [("if", 10, "mark", "SCONJ", "IN", "if"), ("funding", 10, "nsubj", "NOUN", "NN", "funding"),
                 ("arrives", 3, "advcl", "VERB", "VBZ", "arrive")]
    rows.append((".", 3, "punct", "PUNCT", ".", "."))
    return parse(vocab, rows), [(0, 2, ORGANISATION), (6, 8, PUBLICATION)]


def test_a_feeling_under_a_condition_on_its_copula_is_no_stance(vocab, schema) -> None:  # type: ignore[no-untyped-def]
    doc, names = _pleased(vocab, condition=True)
    assert _of(relations_found(doc, names, schema), "SUPPORTS") == set()
    doc, names = _pleased(vocab, condition=False)
    assert _of(relations_found(doc, names, schema), "SUPPORTS") == {("Harbour Trust", "SUPPORTS", "Kestrel Review")}


@pytest.mark.model
def test_a_quoted_welcome_under_a_hedge_and_a_condition_is_no_support(extractor) -> None:  # type: ignore[no-untyped-def]
    def supports(text: str) -> set[tuple[str, str]]:
        result = extractor.process_text(text, doc_id="t")
        label = {e.key: e.label for e in result.entities}
        return {(label[r.source], label[r.target]) for r in result.relations if r.relation == "SUPPORTS"}

    tail = "said Jane Porter, chief executive of the Harbour Trust."
    assert ("Jane Porter", "Kestrel Review") not in supports(f"\u201cWe could welcome the Kestrel Review if it is funded,\u201d {tail}")
    assert ("Jane Porter", "Kestrel Review") in supports(f"\u201cWe welcome the Kestrel Review,\u201d {tail}")


def _who_said(vocab, named: bool):  # type: ignore[no-untyped-def]
    # "Jane Porter , who said Harbour Trust backs Kestrel Review , spoke ." or "Critics , who say ..."
    sayer = [("Jane", 1, "compound", "PROPN", "NNP", "Jane"), ("Porter", 11, "nsubj", "PROPN", "NNP", "Porter")] \
        if named else [("Some", 1, "amod", "ADJ", "JJ", "some"), ("critics", 11, "nsubj", "NOUN", "NNS", "critic")]
    doc = parse(vocab, [
        *sayer, (",", 1, "punct", "PUNCT", ",", ","), ("who", 4, "nsubj", "PRON", "WP", "who"),
        ("said" if named else "say", 1, "relcl", "VERB", "VBD" if named else "VBP", "say"),
        ("Harbour", 6, "compound", "PROPN", "NNP", "Harbour"), ("Trust", 7, "nsubj", "PROPN", "NNP", "Trust"),
        ("backs", 4, "ccomp", "VERB", "VBZ", "back"), ("Kestrel", 9, "compound", "PROPN", "NNP", "Kestrel"),
        ("Review", 7, "dobj", "PROPN", "NNP", "Review"), (",", 1, "punct", "PUNCT", ",", ","),
        ("spoke", 11, "ROOT", "VERB", "VBD", "speak"), (".", 11, "punct", "PUNCT", ".", "."),
    ])
    names = [(5, 7, ORGANISATION), (8, 10, PUBLICATION)] + ([(0, 2, PERSON)] if named else [])
    return doc, names


def test_a_claim_in_a_relative_clause_is_its_antecedents(vocab, schema) -> None:  # type: ignore[no-untyped-def]
    doc, names = _who_said(vocab, named=True)
    assert _of(relations_found(doc, names, schema), "SUPPORTS") == {("Harbour Trust", "SUPPORTS", "Kestrel Review")}
    doc, names = _who_said(vocab, named=False)
    assert _of(relations_found(doc, names, schema), "SUPPORTS") == set()


def _should(vocab, subject: str, modal: str):  # type: ignore[no-untyped-def]
    # "<Harbour Trust / We> <should / will> back Kestrel Programme ."
    rows = [("Harbour", 1, "compound", "PROPN", "NNP", "Harbour"), ("Trust", 3, "nsubj", "PROPN", "NNP", "Trust")] \
        if subject == "trust" else [("The", 1, "det", "DET", "DT", "the"), ("We", 3, "nsubj", "PRON", "PRP", "we")]
    rows += [(modal, 3, "aux", "AUX", "MD", modal), ("back", 3, "ROOT", "VERB", "VB", "back"),
             ("Kestrel", 5, "compound", "PROPN", "NNP", "Kestrel"), ("Programme", 3, "dobj", "PROPN", "NNP", "Programme"),
             (".", 3, "punct", "PUNCT", ".", ".")]
    return parse(vocab, rows)


def test_what_someone_should_back_is_no_stance_of_theirs(vocab, schema) -> None:  # type: ignore[no-untyped-def]
    names = [(0, 2, ORGANISATION), (4, 6, INITIATIVE)]
    for modal in ("should", "must"):
        assert _of(relations_found(_should(vocab, "trust", modal), names, schema), "SUPPORTS") == set(), modal
    assert _of(relations_found(_should(vocab, "trust", "will"), names, schema), "SUPPORTS") == {
        ("Harbour Trust", "SUPPORTS", "Kestrel Programme")}


def test_the_pages_own_we_should_back_y_is_still_its_stance(vocab, schema) -> None:  # type: ignore[no-untyped-def]
    # "Harbour Trust spoke . We should back Kestrel Programme ." on a page the metadata says
    # Harbour Trust published: "we" is the page's voice, and what it says it should back is its
    # stance (the quotation kind reads the page's own evaluative words; the verb kind's
    # obligation guard must not leave it without the edge)
    from caregraph.core.records import Entity, Mention
    from caregraph.extract.relations import find_relations

    doc = parse(vocab, [
        ("Harbour", 1, "compound", "PROPN", "NNP", "Harbour"), ("Trust", 2, "nsubj", "PROPN", "NNP", "Trust"),
        ("spoke", 2, "ROOT", "VERB", "VBD", "speak"), (".", 2, "punct", "PUNCT", ".", "."),
        ("We", 6, "nsubj", "PRON", "PRP", "we"), ("should", 6, "aux", "AUX", "MD", "should"),
        ("back", 6, "ROOT", "VERB", "VB", "back"), ("Kestrel", 8, "compound", "PROPN", "NNP", "Kestrel"),
        ("Programme", 6, "dobj", "PROPN", "NNP", "Programme"), (".", 6, "punct", "PUNCT", ".", "."),
    ])
    mentions, keys, entities = [], [], []
    for start, end, type_ in ((0, 2, ORGANISATION), (7, 9, INITIATIVE)):
        span = doc[start:end]
        mentions.append(Mention("t", span.start_char, span.end_char, span.text, span.text, ((type_, 1.0),), "test"))
        keys.append(span.text)
        entities.append(Entity(span.text, span.text, type_, (), 1, ("t",), span.sent.text))
    found = find_relations(doc, mentions, keys, entities, schema, doc_id="t", publisher="Harbour Trust",
                           evidence_of=lambda start, end: doc.text[start:end])
    assert {(r.source, r.relation, r.target) for r in found if r.relation == "SUPPORTS"} == {
        ("Harbour Trust", "SUPPORTS", "Kestrel Programme")}
