"""The `department_post` kind: a junior minister's formal post names no body, but it is a post
of a government department ("Jane Doe MP, Parliamentary Under-Secretary of State (Minister for
Harbours)", "Jane Doe Portrait The Parliamentary Under-Secretary of State for Harbours (Jane
Doe)"): on a page that names one department, the post is held there. A minister known only by a
portfolio ("Harbours Minister Jane Doe", "the Minister for Harbours") is left alone: the gold
conventions keep those posts apart from the department."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ....core.ontology import ORGANISATION, PERSON
from ....core.schema import RelationPattern
from ....core.text import normalise_key
from ..context import Arg, Context
from ..registry import RuleMatch, rule_kind

_GAP_CHARS = 40   # at most this much text between a name and its post


@rule_kind("department_post")
def _department_post_rule(ctx: Context, pattern: RelationPattern) -> Iterator[RuleMatch]:
    """Each person written right before the pattern's post (after its post-nominals, a comma, a
    "Portrait" caption or "The": "Jane Doe OBE MP, Parliamentary Under-Secretary of State") or in
    brackets right after it and its remit ("... Under-Secretary of State for Harbours (Jane
    Doe)") holds it at the page's one department: the one organisation whose name opens with
    one of the pattern's `verbs` ("Department for Harbours", "Ministry of Tides"); none on a page
    naming two."""
    # (hyphens read as spaces, one character for one, so offsets stay the text's)
    text = ctx.doc.text.lower().replace("-", " ")
    posts = [(m.start(), m.end()) for p in pattern.lemmas
             for m in re.finditer(r"\b" + re.escape(p.replace("-", " ")) + r"\b", text)]
    if not posts:
        return
    department = _one_department(ctx, pattern.verbs)
    if department is None:
        return
    after_name = _after_name(ctx)
    done: set[str] = set()
    for key, named in ctx.mention_spans(PERSON):
        if key in done:
            continue
        for start, end in posts:
            before = ctx.doc.text[named.end_char : start]
            after = ctx.doc.text[end : named.start_char]
            if (0 <= start - named.end_char <= _GAP_CHARS and after_name.fullmatch(before)) or (
                    0 <= named.start_char - end <= _GAP_CHARS and _BEFORE_NAME.fullmatch(after)):
                done.add(key)
                anchor = ctx.doc.char_span(start, end, alignment_mode="expand")
                if anchor is None:
                    break
                role = " ".join(ctx.doc.text[start:end].split())
                yield RuleMatch([Arg(key, PERSON)], [department], anchor[0], role=role)
                break


# between a post and the bracketed name after it: its remit ("for Harbours and Tides") and "("
_BEFORE_NAME = re.compile(r"(?:\s+for\s+[A-Z][\w’',& ]*?)?\s*\(\s*")


def _after_name(ctx: Context) -> re.Pattern[str]:
    """What may stand between a name and the post after it: post-nominals ("OBE MP"), a
    "Portrait" caption, "The", commas and spaces; no line break."""
    nominals = "|".join(re.escape(n) for n in sorted(ctx.schema.entities.post_nominals))
    return re.compile(rf"(?:[ \t,]+|[ \t]*\b(?:{nominals}|Portrait|The|the)\b)*[ \t,]*")


def _one_department(ctx: Context, heads: tuple[str, ...]) -> Arg | None:
    """The page's one organisation whose name opens with a department's head word."""
    found = {key for key, e in ctx.entity.items() if e.type == ORGANISATION
             and normalise_key(e.label).split()[:1] in ([h] for h in heads)}
    return Arg(found.pop(), ORGANISATION) if len(found) == 1 else None
