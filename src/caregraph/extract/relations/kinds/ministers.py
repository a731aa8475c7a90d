"""The `department_post` kind: a junior minister's formal post names no body, but it is a post
of a government department ("Jane Doe MP, Parliamentary Under-Secretary of State (Minister for
Harbours)", "Jane Doe: The Parliamentary Under-Secretary of State for Harbours (Jane Doe)"): on a
page that names one department, the post is held there. A minister known only by a portfolio
("Harbours Minister Jane Doe", "the Minister for Harbours") is left alone: the gold conventions
keep those posts apart from the department; so is a post written with its own body or place
("Minister of State at the Harbour Office", "Under-Secretary of State for Westshire")."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache

from ....core.ontology import ORGANISATION, PERSON, PLACE
from ....core.schema import RelationPattern
from ....core.text import normalise_key
from ..context import Arg, Context
from ..registry import RuleMatch, rule_kind

_GAP_CHARS = 40   # at most this much text between a name and its post


@rule_kind("department_post")
def _department_post_rule(ctx: Context, pattern: RelationPattern) -> Iterator[RuleMatch]:
    """Each person written right before the pattern's post (after its post-nominals, a comma and
    an article: "Jane Doe OBE MP, Parliamentary Under-Secretary of State", "Jane Doe, the Minister
    of State") or in brackets right after it and
    its remit ("... Under-Secretary of State for Harbours (Jane Doe)") holds it at the page's one
    department: the one organisation whose name opens with one of the pattern's `heads`
    ("Department for Harbours", "Ministry of Tides"); none on a page naming two."""
    text = ctx.doc.text
    posts = sorted({(m.start(), m.end()) for m in _posts(pattern.lemmas).finditer(text)})
    if not posts:
        return
    department = _one_department(ctx, pattern.heads)
    if department is None:
        return
    own = _own_body_starts(ctx)
    posts = [(start, end) for start, end in posts if not _names_own_body(text, end, own)]
    after_name = _after_name(tuple(sorted(ctx.schema.entities.post_nominals)))
    done: set[str] = set()
    for key, named in ctx.mention_spans(PERSON):
        if key in done:
            continue
        for start, end in posts:
            before = text[named.end_char : start]
            after = text[end : named.start_char]
            if (0 <= start - named.end_char <= _GAP_CHARS and after_name.fullmatch(before)) or (
                    0 <= named.start_char - end <= _GAP_CHARS and _BEFORE_NAME.fullmatch(after)):
                done.add(key)
                anchor = ctx.doc.char_span(start, end, alignment_mode="expand")
                if anchor is None:
                    break
                role = " ".join(text[start:end].split())
                yield RuleMatch([Arg(key, PERSON)], [department], anchor[0], role=role)
                break


# between a post and the bracketed name after it: its remit ("for Harbours and Tides") and "("
_BEFORE_NAME = re.compile(r"(?:\s+for\s+[A-Z][\w’',& ]*?)?\s*\(\s*")
# what follows a post that names its own body ("at the Harbour Office", "in the Tide Ministry")
# or its own place ("for Westshire"): the name starts where the match ends, or after its "the"
_OWN_BODY = re.compile(r"[ \t]+(at|in|for)[ \t]+", re.IGNORECASE)
_THE = re.compile(r"the[ \t]+", re.IGNORECASE)
# what follows a department's name when it is a body under another ("Department of Tides at the
# University of Westshire", "Department of Tides of the Westshire College")
_UNDER_BODY = re.compile(r",?[ \t]+(?:at|of)[ \t]+the[ \t]+[A-Z]")


@lru_cache(maxsize=8)
def _posts(lemmas: tuple[str, ...]) -> re.Pattern[str]:
    """The pattern's posts in any case, a hyphen or a space between their words
    ("Under-Secretary", "under secretary")."""
    words = (r"[-\s]".join(re.escape(w) for w in re.split(r"[-\s]+", lemma.strip())) for lemma in lemmas)
    return re.compile(r"\b(?:" + "|".join(words) + r")\b", re.IGNORECASE)


@lru_cache(maxsize=8)
def _after_name(nominals: tuple[str, ...]) -> re.Pattern[str]:
    """What may stand between a name and the post after it: post-nominals ("OBE MP"), commas
    and spaces, and an article right before the post ("Jane Doe, the Minister of State"); no
    line break. (Each repeat starts with a letter of a post-nominal, so no two ways of matching
    one text exist.)"""
    words = "|".join(re.escape(n) for n in nominals)
    return re.compile(rf"[ \t,]*(?:\b(?:{words})\b[ \t,]*)*(?:\b(?i:the)[ \t]+)?")


def _own_body_starts(ctx: Context) -> dict[str, set[int]]:
    """Where a body's name starts (after "at" or "in") and where a place's (after "for")."""
    bodies = {m.start for m, k in zip(ctx.mentions, ctx.keys, strict=True) if ctx.entity[k].type == ORGANISATION}
    places = {m.start for m, k in zip(ctx.mentions, ctx.keys, strict=True) if ctx.entity[k].type == PLACE}
    return {"at": bodies, "in": bodies, "for": places}


def _names_own_body(text: str, end: int, own: dict[str, set[int]]) -> bool:
    """Whether the post ending at `end` goes on to name its own body or place."""
    m = _OWN_BODY.match(text, end)
    if m is None:
        return False
    starts = own[m.group(1).lower()]
    the = _THE.match(text, m.end())
    return m.end() in starts or (the is not None and the.end() in starts)


def _one_department(ctx: Context, heads: Iterable[str]) -> Arg | None:
    """The page's one organisation whose name opens with a department's head word, and is no
    body under another ("Department of Tides at the University of Westshire")."""
    heads = frozenset(heads)
    found = set()
    for key, e in ctx.entity.items():
        words = normalise_key(e.label).split()
        if e.type == ORGANISATION and words and words[0] in heads and "at" not in words \
                and not _under_another(ctx, key):
            found.add(key)
    return Arg(found.pop(), ORGANISATION) if len(found) == 1 else None


def _under_another(ctx: Context, key: str) -> bool:
    """Whether the text writes the body's name with another body's after it ("... at the X")."""
    text = ctx.doc.text
    return any(_UNDER_BODY.match(text, span.end_char) for k, span in ctx.mention_spans(ORGANISATION) if k == key)
