"""Small readings of a dependency parse shared by the stages that read it."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token


def conjuncts(tok: Token) -> list[Token]:
    out = []
    for child in tok.children:
        if child.dep_ == "conj":
            out.append(child)
            out.extend(conjuncts(child))
    return out


def negated(tok: Token) -> bool:
    if any(c.dep_ == "neg" for c in tok.children):
        return True
    return tok.dep_ in ("xcomp", "conj") and any(c.dep_ == "neg" for c in tok.head.children)
