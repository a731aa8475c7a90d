"""Small readings of a dependency parse shared by the stages that read it."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


def ends_line(tok: Token) -> bool:
    """Whether a token closes its line: a line break follows it, or it is whitespace holding one."""
    return "\n" in tok.whitespace_ or (tok.is_space and "\n" in tok.text)


# the last document whose text was asked for, and that text: Doc.text joins every token's
# text, and the worker, the mention senses and the relation context each need it (held
# strongly, so the identity test is sound; a parse never changes its text)
_LAST_TEXT: list[tuple[Doc, str]] = []


def text_of(doc: Doc) -> str:
    """The document's text (Doc.text), joined once per document."""
    if _LAST_TEXT and _LAST_TEXT[0][0] is doc:
        return _LAST_TEXT[0][1]
    text = doc.text
    _LAST_TEXT[:] = [(doc, text)]
    return text


def token_flags(doc: Doc, attr: int, test: Callable[[str], bool]) -> Any:
    """A boolean array over the tokens: `test` of each token's string of `attr` (LEMMA, LOWER,
    DEP, ...), from the token array, each distinct string tested once (no Token is made, and
    no Python step per token). The document must have tokens."""
    import numpy

    ids, inverse = numpy.unique(doc.to_array(attr), return_inverse=True)
    strings = doc.vocab.strings
    tested = numpy.fromiter((test(strings[int(i)]) for i in ids), dtype=bool, count=len(ids))
    return tested[inverse.reshape(-1)]


# the last document read and its lines: every stage asks for the lines of the document in
# hand, and reading them costs a pass over its tokens (held strongly, so the identity test is sound)
_LAST_LINES: list[tuple[Doc, list[Span]]] = []


def lines(doc: Doc) -> list[Span]:
    """The document's lines in order, as spans (each with the token that closes it; a text
    without line breaks is one line). Read once per document; do not change the list."""
    if _LAST_LINES and _LAST_LINES[0][0] is doc:
        return _LAST_LINES[0][1]
    out = _read_lines(doc)
    _LAST_LINES[:] = [(doc, out)]
    return out


def _read_lines(doc: Doc) -> list[Span]:
    out: list[Span] = []
    start = 0
    for tok in doc:
        if ends_line(tok):
            out.append(doc[start : tok.i + 1])
            start = tok.i + 1
    if start < len(doc):
        out.append(doc[start:])
    return out


# the last document whose word forms were asked for, and those forms
_LAST_FORMS: list[tuple[Doc, frozenset[str]]] = []


def word_forms(doc: Doc) -> frozenset[str]:
    """The document's word forms as written (each token's text), read once per document: from
    the token array, each distinct form looked up once, not a Token made per word."""
    if _LAST_FORMS and _LAST_FORMS[0][0] is doc:
        return _LAST_FORMS[0][1]
    import numpy
    from spacy.attrs import ORTH

    strings = doc.vocab.strings
    hashes = numpy.unique(doc.to_array(ORTH)) if len(doc) else ()
    forms = frozenset(strings[int(h)] for h in hashes)
    _LAST_FORMS[:] = [(doc, forms)]
    return forms


# the last document counted and where each word of it stands
_LAST_WORDS: list[tuple[Doc, dict[str, list[int]]]] = []


def phrase_count(doc: Doc, words: Sequence[str]) -> int:
    """How often the document writes these words one after another, as tokens, case kept: an
    index of where each word stands, built once per document, instead of a scan of its text
    per question."""
    if not words:
        return 0
    if not (_LAST_WORDS and _LAST_WORDS[0][0] is doc):
        where: dict[str, list[int]] = {}
        for tok in doc:
            where.setdefault(tok.text, []).append(tok.i)
        _LAST_WORDS[:] = [(doc, where)]
    where = _LAST_WORDS[0][1]
    n = len(words)
    return sum(1 for i in where.get(words[0], ())
               if i + n <= len(doc) and all(doc[i + k].text == words[k] for k in range(1, n)))


def conjuncts(tok: Token) -> list[Token]:
    out = []
    for child in tok.children:
        if child.dep_ == "conj":
            out.append(child)
            out.extend(conjuncts(child))
    return out


# verbs whose complement did not happen: "X declined to back Y", "X refused to endorse Y",
# "X failed to implement Y", "X avoided endorsing Y" (English grammar, not a domain's words)
NEGATIVE_IMPLICATIVES = frozenset({"decline", "refuse", "fail", "neglect", "avoid"})


def negated(tok: Token) -> bool:
    """Whether a verb is negated: by its own "not" ("no longer", "neither X nor Z" as its
    subject or object), by that of the verb it complements or is joined to ("did not lead or fund Y"), or
    as the complement of a verb of not doing ("declined to back Y"); not a conjunct clause with
    a subject of its own ("X did not back Y, but Z runs W")."""
    if any(c.dep_ == "neg" for c in tok.children):
        return True
    if any(c.dep_ == "advmod" and any(g.dep_ == "neg" for g in c.children) for c in tok.children):
        return True  # "X no longer runs Y"
    if any(c.dep_ in ("nsubj", "nsubjpass", "dobj") and any(g.dep_ == "preconj" and g.lower_ == "neither"
                                                            for g in c.children) for c in tok.children):
        return True  # "neither X nor Z backs Y", "X backs neither Y nor W"
    if tok.dep_ == "xcomp" and tok.head.lemma_.lower() in NEGATIVE_IMPLICATIVES:
        return True
    if tok.dep_ == "conj" and any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
        return False  # a clause of its own: "X did not back Y, but Z runs W"
    return tok.dep_ in ("xcomp", "conj") and any(c.dep_ == "neg" for c in tok.head.children)
