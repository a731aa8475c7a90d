"""Attribution shapes of session 11: who wrote a text, who answered it, who works where.

- a body's name right before a class noun and its modifiers, the title right after ("the Harbour
  Office (HO) policy paper, Fair Futures"), where the parser hangs neither on the noun
  (authored-compound);
- a text "put together", "drawn up", "compiled", "released" or "issued" by X (authored-verb);
- a welcome with a reservation of its speaker ("X welcomes Y. However, serious concerns
  remain") is a response to the text, not support for it (responded-mixed; supports-verb leaves
  it out);
- a byline or signature that is one short line ("Jane Porter, Westshire Gazette", "Jane Porter
  Social affairs editor The Harbour Post | 9 June 2021") is a post at the body it names
  (role-apposition).

Hand-built parses for the rules, then invented pages through the trained pipeline, with near
misses that must not change."""

from __future__ import annotations

import pytest

from caregraph.core.ontology import ORGANISATION, PERSON, PUBLICATION
from helpers import assert_page_relations, text_relations
from helpers import hand_parse as parse
from helpers import relations_found_by_rule as found_by_rule

# --- a body's class noun with the title after it


def _paper_rows(*, acronym: bool = False, comma: bool = True):  # type: ignore[no-untyped-def]
    """"the Harbour Office [( HO )] policy paper [,] Fair Futures set out plans ." parsed as the
    parser often reads it: the body a modifier of the noun, the title the verb's subject."""
    rows = [
        ("the", 3 + (3 if acronym else 0), "det", "DET", "DT", "the"),
        ("Harbour", 2, "compound", "PROPN", "NNP", "Harbour"),
        ("Office", 3 + (3 if acronym else 0), "nmod", "PROPN", "NNP", "Office"),
    ]
    if acronym:
        rows += [("(", 2, "punct", "PUNCT", "-LRB-", "("), ("HO", 2, "appos", "PROPN", "NNP", "HO"),
                 (")", 2, "punct", "PUNCT", "-RRB-", ")")]
    base = len(rows)
    verb = base + 2 + (1 if comma else 0) + 2
    rows += [
        ("policy", base + 1, "compound", "NOUN", "NN", "policy"),
        ("paper", verb, "npadvmod", "NOUN", "NN", "paper"),
    ]
    if comma:
        rows.append((",", verb, "punct", "PUNCT", ",", ","))
    title = len(rows)
    rows += [
        ("Fair", title + 1, "compound", "PROPN", "NNP", "Fair"),
        ("Futures", verb, "nsubj", "PROPN", "NNP", "Futures"),
        ("set", verb, "ROOT", "VERB", "VBD", "set"),
        ("out", verb, "prt", "ADP", "RP", "out"),
        ("plans", verb, "dobj", "NOUN", "NNS", "plan"),
        (".", verb, "punct", "PUNCT", ".", "."),
    ]
    names = [(1, 3, ORGANISATION), (title, title + 2, PUBLICATION)]
    return rows, names


@pytest.mark.parametrize(("acronym", "comma"), [(False, True), (False, False), (True, True)])
def test_a_bodys_class_noun_before_a_title_is_its_text(vocab, schema, acronym, comma) -> None:  # type: ignore[no-untyped-def]
    rows, names = _paper_rows(acronym=acronym, comma=comma)
    rels = found_by_rule(parse(vocab, rows), names, schema)
    assert ("Harbour Office", "AUTHORED", "Fair Futures", "authored-compound") in rels


def test_a_class_noun_with_a_verb_between_body_and_noun_is_no_authorship(vocab, schema) -> None:  # type: ignore[no-untyped-def]
    # "Harbour Office welcomed the paper Fair Futures ."
    rows = [
        ("Harbour", 1, "compound", "PROPN", "NNP", "Harbour"),
        ("Office", 2, "nsubj", "PROPN", "NNP", "Office"),
        ("welcomed", 2, "ROOT", "VERB", "VBD", "welcome"),
        ("the", 4, "det", "DET", "DT", "the"),
        ("paper", 2, "dobj", "NOUN", "NN", "paper"),
        ("Fair", 6, "compound", "PROPN", "NNP", "Fair"),
        ("Futures", 2, "npadvmod", "PROPN", "NNP", "Futures"),
        (".", 2, "punct", "PUNCT", ".", "."),
    ]
    rels = found_by_rule(parse(vocab, rows), [(0, 2, ORGANISATION), (5, 7, PUBLICATION)], schema)
    assert not any(r == "AUTHORED" for _, r, _, _ in rels)


def _break_after(rows, index: int):  # type: ignore[no-untyped-def]
    """The rows with a line-break token after row `index` (heads shifted past it)."""
    shift = [(w, h + (h > index), d, p, t, lem) for w, h, d, p, t, lem in rows]
    return [*shift[: index + 1], ("\n", index, "dep", "SPACE", "_SP", "\n"), *shift[index + 1 :]]


def test_a_title_on_the_next_line_is_not_the_class_nouns(vocab, schema) -> None:  # type: ignore[no-untyped-def]
    # "the Harbour Office policy paper" / "Fair Futures set out plans ." (a heading, then a line)
    rows, _ = _paper_rows(comma=False)
    paper = next(i for i, r in enumerate(rows) if r[0] == "paper")
    rels = found_by_rule(parse(vocab, _break_after(rows, paper)), [(1, 3, ORGANISATION), (6, 8, PUBLICATION)], schema)
    assert not any(r == "AUTHORED" for _, r, _, _ in rels)


# --- a text put together by X


@pytest.mark.parametrize(("verb", "particle", "lemma"), [
    ("put", "together", "put"), ("drawn", "up", "draw"), ("compiled", None, "compile"),
    ("issued", None, "issue"), ("released", None, "release"),
])
def test_a_text_put_together_by_a_body_is_its_text(vocab, schema, verb, particle, lemma) -> None:  # type: ignore[no-untyped-def]
    # "The Kestrel Guidance was {verb} [{particle}] by Harbour Trust ."
    rows = [
        ("The", 2, "det", "DET", "DT", "the"),
        ("Kestrel", 2, "compound", "PROPN", "NNP", "Kestrel"),
        ("Guidance", 4, "nsubjpass", "PROPN", "NNP", "Guidance"),
        ("was", 4, "auxpass", "AUX", "VBD", "be"),
        (verb, 4, "ROOT", "VERB", "VBN", lemma),
    ]
    if particle is not None:
        rows.append((particle, 4, "prt", "ADP", "RP", particle))
    by = len(rows)
    rows += [
        ("by", 4, "agent", "ADP", "IN", "by"),
        ("Harbour", by + 2, "compound", "PROPN", "NNP", "Harbour"),
        ("Trust", by, "pobj", "PROPN", "NNP", "Trust"),
        (".", 4, "punct", "PUNCT", ".", "."),
    ]
    rels = found_by_rule(parse(vocab, rows), [(1, 3, PUBLICATION), (by + 1, by + 3, ORGANISATION)], schema)
    assert ("Harbour Trust", "AUTHORED", "Kestrel Guidance", "authored-verb") in rels


def test_a_body_that_issues_a_statement_authors_no_named_text(vocab, schema) -> None:  # type: ignore[no-untyped-def]
    # "Harbour Trust issued a statement on the Kestrel Review ."
    rows = [
        ("Harbour", 1, "compound", "PROPN", "NNP", "Harbour"),
        ("Trust", 2, "nsubj", "PROPN", "NNP", "Trust"),
        ("issued", 2, "ROOT", "VERB", "VBD", "issue"),
        ("a", 4, "det", "DET", "DT", "a"),
        ("statement", 2, "dobj", "NOUN", "NN", "statement"),
        ("on", 4, "prep", "ADP", "IN", "on"),
        ("the", 8, "det", "DET", "DT", "the"),
        ("Kestrel", 8, "compound", "PROPN", "NNP", "Kestrel"),
        ("Review", 5, "pobj", "PROPN", "NNP", "Review"),
        (".", 2, "punct", "PUNCT", ".", "."),
    ]
    rels = found_by_rule(parse(vocab, rows), [(0, 2, ORGANISATION), (7, 9, PUBLICATION)], schema)
    assert not any(r == "AUTHORED" for _, r, _, _ in rels)


# --- a welcome with a reservation


def _welcome_rows(second: list[tuple[str, int, str, str, str, str]]):  # type: ignore[no-untyped-def]
    """"Harbour Trust welcomes the Kestrel Review ." and a second sentence (heads from 7)."""
    return [
        ("Harbour", 1, "compound", "PROPN", "NNP", "Harbour"),
        ("Trust", 2, "nsubj", "PROPN", "NNP", "Trust"),
        ("welcomes", 2, "ROOT", "VERB", "VBZ", "welcome"),
        ("the", 5, "det", "DET", "DT", "the"),
        ("Kestrel", 5, "compound", "PROPN", "NNP", "Kestrel"),
        ("Review", 2, "dobj", "PROPN", "NNP", "Review"),
        (".", 2, "punct", "PUNCT", ".", "."),
        *second,
    ]


_CONCERNS = [  # "However , serious concerns remain ."
    ("However", 11, "advmod", "ADV", "RB", "however"),
    (",", 11, "punct", "PUNCT", ",", ","),
    ("serious", 10, "amod", "ADJ", "JJ", "serious"),
    ("concerns", 11, "nsubj", "NOUN", "NNS", "concern"),
    ("remain", 11, "ROOT", "VERB", "VBP", "remain"),
    (".", 11, "punct", "PUNCT", ".", "."),
]
_OTHER_VOICE = [  # "However , Westshire Council is disappointed ."
    ("However", 11, "advmod", "ADV", "RB", "however"),
    (",", 11, "punct", "PUNCT", ",", ","),
    ("Westshire", 10, "compound", "PROPN", "NNP", "Westshire"),
    ("Council", 11, "nsubj", "PROPN", "NNP", "Council"),
    ("is", 11, "ROOT", "AUX", "VBZ", "be"),
    ("disappointed", 11, "acomp", "ADJ", "JJ", "disappointed"),
    (".", 11, "punct", "PUNCT", ".", "."),
]
_PLAIN = [  # "The review is long ."
    ("The", 8, "det", "DET", "DT", "the"),
    ("review", 9, "nsubj", "NOUN", "NN", "review"),
    ("is", 9, "ROOT", "AUX", "VBZ", "be"),
    ("long", 9, "acomp", "ADJ", "JJ", "long"),
    (".", 9, "punct", "PUNCT", ".", "."),
]


def test_a_welcome_with_a_reservation_is_a_response(vocab, schema) -> None:  # type: ignore[no-untyped-def]
    rels = found_by_rule(parse(vocab, _welcome_rows(_CONCERNS)), [(0, 2, ORGANISATION), (4, 6, PUBLICATION)], schema)
    assert ("Harbour Trust", "RESPONDED_TO", "Kestrel Review", "responded-mixed") in rels
    assert not any(r == "SUPPORTS" for _, r, _, _ in rels)


def test_a_reservation_one_sentence_later_still_counts(vocab, schema) -> None:  # type: ignore[no-untyped-def]
    shifted = [(w, h + 5, d, p, t, lem) for w, h, d, p, t, lem in _CONCERNS]
    rows = _welcome_rows([*_PLAIN, *shifted])
    rels = found_by_rule(parse(vocab, rows), [(0, 2, ORGANISATION), (4, 6, PUBLICATION)], schema)
    assert ("Harbour Trust", "RESPONDED_TO", "Kestrel Review", "responded-mixed") in rels


@pytest.mark.parametrize("second", [_OTHER_VOICE, _PLAIN], ids=["another-voice", "no-reservation"])
def test_a_welcome_without_its_own_reservation_stays_support(vocab, schema, second) -> None:  # type: ignore[no-untyped-def]
    names = [(0, 2, ORGANISATION), (4, 6, PUBLICATION)]
    if second is _OTHER_VOICE:
        names.append((9, 11, ORGANISATION))
    rels = found_by_rule(parse(vocab, _welcome_rows(second)), names, schema)
    assert ("Harbour Trust", "SUPPORTS", "Kestrel Review", "supports-verb") in rels
    assert not any(r == "RESPONDED_TO" and s == "Harbour Trust" for s, r, _, _ in rels)


def test_a_criticism_inside_the_welcomed_object_is_no_reservation(vocab, schema) -> None:  # type: ignore[no-untyped-def]
    # "Harbour Trust welcomes the Kestrel Review but not ... ": here "Harbour Trust welcomes the
    # Kestrel Review 's plan to tackle concerns ." (the criticism word inside the object)
    rows = [
        ("Harbour", 1, "compound", "PROPN", "NNP", "Harbour"),
        ("Trust", 2, "nsubj", "PROPN", "NNP", "Trust"),
        ("welcomes", 2, "ROOT", "VERB", "VBZ", "welcome"),
        ("the", 5, "det", "DET", "DT", "the"),
        ("Kestrel", 5, "compound", "PROPN", "NNP", "Kestrel"),
        ("Review", 7, "poss", "PROPN", "NNP", "Review"),
        ("'s", 5, "case", "PART", "POS", "'s"),
        ("plan", 2, "dobj", "NOUN", "NN", "plan"),
        ("to", 9, "aux", "PART", "TO", "to"),
        ("tackle", 7, "acl", "VERB", "VB", "tackle"),
        ("concerns", 9, "dobj", "NOUN", "NNS", "concern"),
        (".", 2, "punct", "PUNCT", ".", "."),
    ]
    rels = found_by_rule(parse(vocab, rows), [(0, 2, ORGANISATION), (4, 6, PUBLICATION)], schema)
    assert not any(r == "RESPONDED_TO" for _, r, _, _ in rels)


# --- a byline on one line


def _line_rows(*rows_of_lines):  # type: ignore[no-untyped-def]
    """Lines of hand-parsed tokens (each line's heads relative to its own first token), each
    line ending in a line-break token; returns the rows with absolute heads."""
    out = []
    for line in rows_of_lines:
        base = len(out)
        out += [(w, h + base, d, p, t, lem) for w, h, d, p, t, lem in line]
        out.append(("\n", base, "dep", "SPACE", "_SP", "\n"))
    return out


def _byline(separator: str | None, post: bool):  # type: ignore[no-untyped-def]
    """"Jane Porter [,] [Social affairs editor] Westshire Gazette [| 9 June]": verbless, the
    parser's flat reading."""
    rows = [("Jane", 1, "compound", "PROPN", "NNP", "Jane"), ("Porter", 1, "ROOT", "PROPN", "NNP", "Porter")]
    if separator is not None:
        rows.append((separator, 1, "punct", "PUNCT", ",", separator))
    if post:
        rows += [("Social", 1, "amod", "ADJ", "JJ", "social"), ("affairs", 1, "compound", "NOUN", "NNS", "affair"),
                 ("editor", 1, "appos", "NOUN", "NN", "editor")]
    body = len(rows)
    rows += [("Westshire", body + 1, "compound", "PROPN", "NNP", "Westshire"),
             ("Gazette", 1, "appos", "PROPN", "NNP", "Gazette")]
    return rows, body


@pytest.mark.parametrize(("separator", "post"), [(",", False), (None, True), ("\u2013", False)])
def test_a_byline_line_is_a_post_at_its_body(vocab, schema, separator, post) -> None:  # type: ignore[no-untyped-def]
    line, body = _byline(separator, post)
    rows = _line_rows(line, [("Carers", 1, "nsubj", "NOUN", "NNS", "carer"), ("wait", 1, "ROOT", "VERB", "VBP", "wait"),
                             (".", 1, "punct", "PUNCT", ".", ".")])
    rels = found_by_rule(parse(vocab, rows), [(0, 2, PERSON), (body, body + 2, ORGANISATION)], schema)
    assert ("Jane Porter", "ROLE_AT", "Westshire Gazette", "role-apposition") in rels


def test_a_byline_takes_the_last_body_before_a_field_separator(vocab, schema) -> None:  # type: ignore[no-untyped-def]
    # "Jane Porter Head of Early Help Westshire Council | Harbour Trust" (no commas: the unit in
    # the post and the body after it; what follows the separator is another field)
    line = [
        ("Jane", 1, "compound", "PROPN", "NNP", "Jane"), ("Porter", 1, "ROOT", "PROPN", "NNP", "Porter"),
        ("Head", 1, "appos", "PROPN", "NNP", "Head"),
        ("of", 2, "prep", "ADP", "IN", "of"), ("Early", 5, "compound", "PROPN", "NNP", "Early"),
        ("Help", 3, "pobj", "PROPN", "NNP", "Help"),
        ("Westshire", 7, "compound", "PROPN", "NNP", "Westshire"), ("Council", 1, "appos", "PROPN", "NNP", "Council"),
        ("|", 1, "punct", "PUNCT", ":", "|"), ("Harbour", 10, "compound", "PROPN", "NNP", "Harbour"),
        ("Trust", 1, "appos", "PROPN", "NNP", "Trust"),
    ]
    rows = _line_rows(line)
    names = [(0, 2, PERSON), (4, 6, ORGANISATION), (6, 8, ORGANISATION), (9, 11, ORGANISATION)]
    roles = {(s, t) for s, r, t, _ in found_by_rule(parse(vocab, rows), names, schema) if r == "ROLE_AT"}
    assert roles == {("Jane Porter", "Westshire Council")}


def test_a_members_line_with_a_title_before_the_name_is_a_post(vocab, schema) -> None:  # type: ignore[no-untyped-def]
    # "County Councillor Jane Porter , Westshire Council" (a board's list of members, one a line)
    line = [
        ("County", 3, "compound", "PROPN", "NNP", "County"), ("Councillor", 3, "compound", "PROPN", "NNP", "Councillor"),
        ("Jane", 3, "compound", "PROPN", "NNP", "Jane"), ("Porter", 3, "ROOT", "PROPN", "NNP", "Porter"),
        (",", 3, "punct", "PUNCT", ",", ","), ("Westshire", 6, "compound", "PROPN", "NNP", "Westshire"),
        ("Council", 3, "appos", "PROPN", "NNP", "Council"),
    ]
    rels = found_by_rule(parse(vocab, _line_rows(line)), [(2, 4, PERSON), (5, 7, ORGANISATION)], schema)
    assert ("Jane Porter", "ROLE_AT", "Westshire Council", "role-apposition") in rels


def test_a_body_whose_name_the_tagger_read_as_a_verb_still_ends_a_byline(vocab, schema) -> None:  # type: ignore[no-untyped-def]
    # "Jane Porter \u2013 Caring Forum" ("Caring" tagged a verb inside the body's name)
    line = [
        ("Jane", 1, "compound", "PROPN", "NNP", "Jane"), ("Porter", 1, "ROOT", "PROPN", "NNP", "Porter"),
        ("\u2013", 1, "punct", "PUNCT", ":", "\u2013"), ("Caring", 1, "acl", "VERB", "VBG", "care"),
        ("Forum", 3, "dobj", "PROPN", "NNP", "Forum"),
    ]
    rels = found_by_rule(parse(vocab, _line_rows(line)), [(0, 2, PERSON), (3, 5, ORGANISATION)], schema)
    assert ("Jane Porter", "ROLE_AT", "Caring Forum", "role-apposition") in rels


@pytest.mark.parametrize("line", [
    # a name joined to a body by a lower-case word is prose, not a byline
    [("Jane", 1, "compound", "PROPN", "NNP", "Jane"), ("Porter", 1, "ROOT", "PROPN", "NNP", "Porter"),
     ("and", 1, "cc", "CCONJ", "CC", "and"), ("Westshire", 4, "compound", "PROPN", "NNP", "Westshire"),
     ("Gazette", 1, "conj", "PROPN", "NNP", "Gazette")],
    # a photo credit
    [("Jane", 1, "compound", "PROPN", "NNP", "Jane"), ("Porter", 1, "ROOT", "PROPN", "NNP", "Porter"),
     ("photo", 1, "appos", "NOUN", "NN", "photo"), (":", 1, "punct", "PUNCT", ":", ":"),
     ("Westshire", 5, "compound", "PROPN", "NNP", "Westshire"), ("Gazette", 1, "appos", "PROPN", "NNP", "Gazette")],
    # a line of running text (its verb)
    [("Editor", 2, "compound", "PROPN", "NNP", "Editor"), ("Jane", 2, "compound", "PROPN", "NNP", "Jane"),
     ("Porter", 2, "nsubj", "PROPN", "NNP", "Porter"), ("joined", 3, "ROOT", "VERB", "VBD", "join"),
     ("Westshire", 5, "compound", "PROPN", "NNP", "Westshire"), ("Gazette", 3, "dobj", "PROPN", "NNP", "Gazette")],
], ids=["and", "photo-credit", "running-text"])
def test_lines_that_are_no_byline_give_no_post(vocab, schema, line) -> None:  # type: ignore[no-untyped-def]
    rows = _line_rows(line)
    person = next(i for i, r in enumerate(rows) if r[0] == "Jane")
    body = next(i for i, r in enumerate(rows) if r[0] == "Westshire")
    rels = found_by_rule(parse(vocab, rows), [(person, person + 2, PERSON), (body, body + 2, ORGANISATION)], schema)
    assert not any(r == "ROLE_AT" and rule == "role-apposition" for _, r, _, rule in rels)


# --- invented pages through the trained pipeline


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected", "absent"), [
    ("The Bill should extend the duties, as committed to in the recent Harbour Office (HO) policy paper, "
     "Fair Futures for Families.\n",
     ("Harbour Office", "AUTHORED", "Fair Futures for Families"), None),
    ("The final report of the Westshire Review, which was very ably put together by Jane Porter, "
     "was published in 2022.\n",
     ("Jane Porter", "AUTHORED", "Westshire Review"), None),
    ("Westshire Council welcomed the Harbour Strategy but is concerned about its funding.\n",
     ("Westshire Council", "RESPONDED_TO", "Harbour Strategy"),
     ("Westshire Council", "SUPPORTS", "Harbour Strategy")),
    ("Care leavers to get new support\nJane Porter, Westshire Gazette\nHarbour Trust said care leavers need more help.\n",
     ("Jane Porter", "ROLE_AT", "Westshire Gazette"), None),
])
def test_invented_pages(extractor, text, expected, absent) -> None:  # type: ignore[no-untyped-def]
    assert_page_relations(extractor, text, expected, absent)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Harbour Trust welcomed the report Fair Futures for Families.\n",
    "Kestrel Network welcomes the Westshire Care Review. However, Harbour Trust is disappointed by it.\n",
])
def test_invented_near_misses(extractor, text) -> None:  # type: ignore[no-untyped-def]
    rels = text_relations(extractor, text)
    assert not any(r == "AUTHORED" for _, r, _ in rels)
    assert not any(r == "RESPONDED_TO" and s == "Kestrel Network" for s, r, _ in rels)


# --- no response to one's own text


def _commented(possessive: str | None, start: int = 0):  # type: ignore[no-untyped-def]
    """"Jane Porter commented on [her] Kestrel Review ." with heads from `start`."""
    rows = [
        ("Jane", start + 1, "compound", "PROPN", "NNP", "Jane"),
        ("Porter", start + 2, "nsubj", "PROPN", "NNP", "Porter"),
        ("commented", start + 2, "ROOT", "VERB", "VBD", "comment"),
        ("on", start + 2, "prep", "ADP", "IN", "on"),
    ]
    review = start + len(rows) + 1  # the name's first word
    if possessive is not None:
        rows.append((possessive, review + 1, "poss", "PRON", "PRP$", possessive))
    else:
        rows.append(("the", review + 1, "det", "DET", "DT", "the"))
    rows += [
        ("Kestrel", review + 1, "compound", "PROPN", "NNP", "Kestrel"),
        ("Review", start + 3, "pobj", "PROPN", "NNP", "Review"),
        (".", start + 2, "punct", "PUNCT", ".", "."),
    ]
    return rows


@pytest.mark.parametrize(("possessive", "expected"), [(None, True), ("her", False), ("its", True)])
def test_a_comment_on_the_subjects_own_text_is_no_response(vocab, schema, possessive, expected) -> None:  # type: ignore[no-untyped-def]
    # "her Kestrel Review" of a person is her own text; "its" cannot stand for a person
    rows = _commented(possessive)
    rels = found_by_rule(parse(vocab, rows), [(0, 2, PERSON), (5, 7, PUBLICATION)], schema)
    assert (("Jane Porter", "RESPONDED_TO", "Kestrel Review", "responded-on") in rels) is expected

