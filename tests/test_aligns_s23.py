"""ALIGNS_WITH and the rarer relations on unseen pages (issue 15, session 23). Names, bodies and
places are invented."""

from __future__ import annotations

import pytest

from helpers import hand_parse, relations_found_by_rule, text_relations


def _trial_doc(vocab, name_words):  # type: ignore[no-untyped-def]
    # "<programme name> began in May to test Harbour Care Cooperatives ."
    n = len(name_words)
    rows = [(w, n - 1, "compound", "PROPN", "NNP", w.lower()) for w in name_words[:-1]]
    rows.append((name_words[-1], n, "nsubj", "PROPN", "NNP", name_words[-1].lower()))
    rows += [
        ("began", n, "ROOT", "VERB", "VBD", "begin"),
        ("to", n + 2, "aux", "PART", "TO", "to"),
        ("try", n, "xcomp", "VERB", "VB", "try"),
        ("Harbour", n + 6, "compound", "PROPN", "NNP", "harbour"),
        ("Care", n + 6, "compound", "PROPN", "NNP", "care"),
        ("Cooperatives", n + 2, "dobj", "PROPN", "NNPS", "cooperative"),
        (".", n, "punct", "PUNCT", ".", "."),
    ]
    return hand_parse(vocab, rows)


@pytest.mark.parametrize("name_words", [
    # a bracketed acronym inside the programme's name
    ["Harbour", "Care", "Cooperative", "(", "HCC", ")", "Pathfinder"],
    # the proposal's name with a hyphen in the programme's ("co-operative" / "cooperative")
    ["Harbour", "Care", "Co-Operative", "Pathfinder"],
    # (as before: the plain name in the other number)
    ["Harbour", "Care", "Cooperative", "Pilots"],
])
def test_a_programme_named_by_a_proposal_and_a_trial_word_tries_it(vocab, schema, name_words):
    doc = _trial_doc(vocab, name_words)
    n = len(name_words)
    names = [(0, n, "Initiative"), (n + 3, n + 6, "Recommendation")]
    rels = relations_found_by_rule(doc, names, schema)
    assert (" ".join(name_words), "ALIGNS_WITH", "Harbour Care Cooperatives", "aligns-named-trial") in rels


def test_a_programme_named_by_another_proposal_tries_nothing(vocab, schema):
    name_words = ["Harbour", "Family", "Hub", "(", "HCC", ")", "Pathfinder"]
    doc = _trial_doc(vocab, name_words)
    names = [(0, len(name_words), "Initiative"), (len(name_words) + 3, len(name_words) + 6, "Recommendation")]
    rels = relations_found_by_rule(doc, names, schema)
    assert not [r for r in rels if r[1] == "ALIGNS_WITH"]


def _commission_doc(vocab, clause_dep):  # type: ignore[no-untyped-def]
    # "The Department commissioned Harbour Research to conduct an analysis ." (the infinitive an
    # open clause, xcomp: the object does it) or "... the Harbour Review to examine care ." (a
    # purpose clause the parser hangs on the verb, advcl)
    rows = [
        ("The", 1, "det", "DET", "DT", "the"),
        ("Department", 2, "nsubj", "PROPN", "NNP", "department"),
        ("commissioned", 2, "ROOT", "VERB", "VBD", "commission"),
        ("Harbour", 4, "compound", "PROPN", "NNP", "harbour"),
        ("Research", 2, "dobj", "PROPN", "NNP", "research"),
        ("to", 6, "aux", "PART", "TO", "to"),
        ("conduct", 2, clause_dep, "VERB", "VB", "conduct"),
        ("an", 8, "det", "DET", "DT", "an"),
        ("analysis", 6, "dobj", "NOUN", "NN", "analysis"),
        (".", 2, "punct", "PUNCT", ".", "."),
    ]
    return hand_parse(vocab, rows)


@pytest.mark.parametrize(("clause_dep", "expected"), [
    ("xcomp", False),   # commissioned X to conduct Y: X is engaged to do the work, not a text made
    ("advcl", True),    # commissioned X to examine Y: the text, set up for a purpose
])
def test_the_one_commissioned_to_act_is_no_text_commissioned(vocab, schema, clause_dep, expected):
    doc = _commission_doc(vocab, clause_dep)
    names = [(1, 2, "Organisation"), (3, 5, "Publication")]
    rels = {r[:3] for r in relations_found_by_rule(doc, names, schema)}
    assert (("Department", "COMMISSIONED", "Harbour Research") in rels) is expected


def test_one_commissioned_to_be_a_partner_is_no_text_commissioned(vocab, schema):
    # "Harbour Research was commissioned by the Department to be the partner ."
    rows = [
        ("Harbour", 1, "compound", "PROPN", "NNP", "harbour"),
        ("Research", 3, "nsubjpass", "PROPN", "NNP", "research"),
        ("was", 3, "auxpass", "AUX", "VBD", "be"),
        ("commissioned", 3, "ROOT", "VERB", "VBN", "commission"),
        ("by", 3, "agent", "ADP", "IN", "by"),
        ("the", 6, "det", "DET", "DT", "the"),
        ("Department", 4, "pobj", "PROPN", "NNP", "department"),
        ("to", 8, "aux", "PART", "TO", "to"),
        ("be", 3, "advcl", "AUX", "VB", "be"),
        ("the", 10, "det", "DET", "DT", "the"),
        ("partner", 8, "attr", "NOUN", "NN", "partner"),
        (".", 3, "punct", "PUNCT", ".", "."),
    ]
    doc = hand_parse(vocab, rows)
    names = [(0, 2, "Publication"), (6, 7, "Organisation")]
    rels = {r[:3] for r in relations_found_by_rule(doc, names, schema)}
    assert ("Department", "COMMISSIONED", "Harbour Research") not in rels


def test_a_name_read_as_an_object_predicate_controls_the_open_clause(vocab, schema):
    # "Jane Smith 's appointed Ann Porter to lead the Harbour Review ." parsed as a passive
    # ("'s" read as "is"), the appointee an object predicate: she leads it, not the one appointing
    rows = [
        ("Jane", 1, "compound", "PROPN", "NNP", "jane"),
        ("Smith", 3, "nsubjpass", "PROPN", "NNP", "smith"),
        ("'s", 3, "auxpass", "AUX", "VBZ", "be"),
        ("appointed", 3, "ROOT", "VERB", "VBN", "appoint"),
        ("Ann", 5, "compound", "PROPN", "NNP", "ann"),
        ("Porter", 3, "oprd", "PROPN", "NNP", "porter"),
        ("to", 7, "aux", "PART", "TO", "to"),
        ("lead", 3, "xcomp", "VERB", "VB", "lead"),
        ("the", 10, "det", "DET", "DT", "the"),
        ("Harbour", 10, "compound", "PROPN", "NNP", "harbour"),
        ("Review", 7, "dobj", "PROPN", "NNP", "review"),
        (".", 3, "punct", "PUNCT", ".", "."),
    ]
    doc = hand_parse(vocab, rows)
    names = [(0, 2, "Person"), (4, 6, "Person"), (9, 11, "Publication")]
    rels = {r[:3] for r in relations_found_by_rule(doc, names, schema)}
    assert ("Ann Porter", "LEADS", "Harbour Review") in rels
    assert ("Jane Smith", "LEADS", "Harbour Review") not in rels


# --- ALIGNS_WITH triggers broadened by lexical class (the whole pipeline on invented sentences):
# a programme and the publication it answers or that made it known; never a person's or a
# body's act, never an answer to something that is no publication.

def _aligns(extractor, sentence: str) -> set[tuple[str, str, str]]:  # type: ignore[no-untyped-def]
    return {r for r in text_relations(extractor, f"Harbour news\n\n{sentence}\n") if r[1] == "ALIGNS_WITH"}


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "publication"), [
    # aligns-phrase: "in response to", "in accordance with" beside "in line with"
    ("The Harbour Hub scheme was launched in response to the Westshire Review.", "Westshire Review"),
    ("The Harbour Hub programme was developed in accordance with the Westshire Strategy.", "Westshire Strategy"),
    # aligns-framed: the same phrases opening the sentence
    ("In response to the Westshire Review, the council launched the Harbour Hub scheme.", "Westshire Review"),
    # aligns-announced: a verb of announcing or proposing, passive, with "in"
    ("The Harbour Hub pilot, announced in the Westshire Strategy, will run in 12 areas.", "Westshire Strategy"),
    # aligns-announces: the publication the active subject
    ("The Westshire Strategy announced the Harbour Hub programme.", "Westshire Strategy"),
    ("The Westshire Strategy introduced the Harbour Hub pilot.", "Westshire Strategy"),
    # aligns-answers: "reflects" beside "implements" the recommendations of a publication
    ("The Harbour Hub model reflects the recommendations of the Westshire Review.", "Westshire Review"),
])
def test_a_programme_answering_or_announced_in_a_publication_aligns_with_it(extractor, sentence, publication):
    assert ("Harbour Hub", "ALIGNS_WITH", publication) in _aligns(extractor, sentence)


@pytest.mark.model
@pytest.mark.parametrize("sentence", [
    # a body or a person acting in response to a publication: no programme
    "Harbour Council was set up in response to the Westshire Review.",
    "Jane Smith spoke in response to the Westshire Review.",
    "The Department announced the Harbour Hub programme.",
    # an answer to something that is no publication
    "In response to a question from Jane Smith, the minister said the Harbour Hub programme would continue.",
    "The Harbour Hub pilot was announced in Westshire in May.",
])
def test_no_programme_answering_a_publication_aligns_with_nothing(extractor, sentence):
    assert not _aligns(extractor, sentence)


@pytest.mark.model
def test_a_body_that_set_up_another_founded_nothing(extractor):
    text = "Harbour news\n\nThe Harbour Council set up the Harbour Trust in 2010.\n"
    assert not {r for r in text_relations(extractor, text) if r[1] == "FOUNDED"}
