"""A capitalised name the parser read as a gerund and its object ("recommendations for both
Government and Safeguarding Partners") is no proposal phrase; a gerund clause in lower case, or a
capitalised one opening a list item, still is (proposals/phrases.py), on hand-built parses."""

from __future__ import annotations

from helpers import hand_parse


def _phrase(vocab, schema, rows, start, end):  # type: ignore[no-untyped-def]
    from caregraph.extract.proposals.phrases import proposal_phrase

    doc = hand_parse(vocab, rows)
    found = proposal_phrase(doc, start, end, schema.entities)
    return None if found is None else doc[found[0] : found[1]].text


def _rows(gerund: str, first: str, second: str, pos: str, tag: str):  # type: ignore[no-untyped-def]
    return [("It", 1, "nsubj", "PRON", "PRP", "it"),
            ("makes", 1, "ROOT", "VERB", "VBZ", "make"),
            ("recommendations", 1, "dobj", "NOUN", "NNS", "recommendation"),
            ("for", 2, "prep", "ADP", "IN", "for"),
            (gerund, 3, "pcomp", "VERB", "VBG", gerund.lower()[:-3]),
            (first, 6, "compound", pos, tag, first.lower()),
            (second, 4, "dobj", pos, tag + "S", second.lower()),
            (".", 1, "punct", "PUNCT", ".", ".")]


def test_a_capitalised_gerund_and_name_inside_a_sentence_is_no_proposal(vocab, schema) -> None:  # type: ignore[no-untyped-def]
    rows = _rows("Safeguarding", "Harbour", "Partners", "PROPN", "NNP")
    assert _phrase(vocab, schema, rows, 4, 7) is None


def test_a_lower_case_gerund_clause_is_a_proposal(vocab, schema) -> None:  # type: ignore[no-untyped-def]
    rows = _rows("strengthening", "harbour", "walls", "NOUN", "NN")
    assert _phrase(vocab, schema, rows, 4, 7) == "strengthening harbour walls"


def test_a_capitalised_gerund_opening_a_list_item_is_a_proposal(vocab, schema) -> None:  # type: ignore[no-untyped-def]
    rows = [("\u2022", 1, "punct", "PUNCT", "NFP", "\u2022"),
            ("Strengthening", 1, "ROOT", "VERB", "VBG", "strengthen"),
            ("National", 4, "compound", "PROPN", "NNP", "national"),
            ("Harbour", 4, "compound", "PROPN", "NNP", "harbour"),
            ("Standards", 1, "dobj", "PROPN", "NNPS", "standards")]
    assert _phrase(vocab, schema, rows, 1, 5) == "Strengthening National Harbour Standards"
