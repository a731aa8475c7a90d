"""Small readings of a dependency parse shared by the stages that read it."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


def ends_line(tok: Token) -> bool:
    """Whether a token closes its line: a line break follows it, or it is whitespace holding one."""
    return "\n" in tok.whitespace_ or (tok.is_space and "\n" in tok.text)


def lines(doc: Doc) -> list[Span]:
    """The document's lines in order, as spans (each with the token that closes it; a text
    without line breaks is one line)."""
    out: list[Span] = []
    start = 0
    for tok in doc:
        if ends_line(tok):
            out.append(doc[start : tok.i + 1])
            start = tok.i + 1
    if start < len(doc):
        out.append(doc[start:])
    return out


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
    """Whether a verb is negated: by its own "not", by that of the verb it complements or is
    joined to ("did not lead or fund Y"), or as the complement of a verb of not doing
    ("declined to back Y")."""
    if any(c.dep_ == "neg" for c in tok.children):
        return True
    if tok.dep_ == "xcomp" and tok.head.lemma_.lower() in NEGATIVE_IMPLICATIVES:
        return True
    return tok.dep_ in ("xcomp", "conj") and any(c.dep_ == "neg" for c in tok.head.children)
