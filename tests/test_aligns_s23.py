"""ALIGNS_WITH and the rarer relations on unseen pages (issue 15, session 23). Names, bodies and
places are invented."""

from __future__ import annotations

import pytest

from helpers import hand_parse, relations_found_by_rule


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
