"""Names that share one plural kind of body: "Westby and Eastby County Councils" names two
councils, "Westby County Council" and "Eastby County Council", each of them a body of its own.

The plural kinds are the schema's `kind_names` ending in "s" ("county councils", "city
councils"); the names before them are capitalised words joined by commas and "and". A singular
kind after the same names ("Westby and Eastby Council") may be one joint body and is left whole;
after a list of places ("Westby, Eastby and Northby Care Board") it is one body named after them
all (join_place_lists).
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc

from ...core.ontology import ORGANISATION, PLACE
from ...core.schema import EntityRules
from ..resolve import SHARED_KIND
from ..syntax import ents_of, tokens_of
from .voters import Candidate, head_type, is_cap

_JOINS = (",", "and", "&")
_MAX_KIND_WORDS = 4
_MAX_PART_WORDS = 3


def split_shared_kinds(doc: Doc, chosen: Sequence[Candidate], rules: EntityRules) -> list[Candidate]:
    """The chosen candidates (in text order) with each run of names sharing a plural kind
    ("Westby and Eastby County Councils", "Westby, Eastby and Northby County Councils", chosen
    whole or in parts) replaced by one candidate a name, each with a fixed name in the singular."""
    out: list[Candidate] = []
    for cand in chosen:
        kind = _plural_kind(doc, cand.start, cand.end, rules) if cand.name is None else None
        parts = _parts(doc, cand.start, kind, rules) if kind is not None else None
        if kind is None or not parts:
            out.append(cand)
            continue
        # names before it in a list, chosen on their own ("Westby, Eastby and Northby County Councils")
        earlier: list[Candidate] = []
        first = parts[0][0]
        while out and _joined(doc, out[-1].end, first):
            prev = out[-1]
            if _parts(doc, prev.start, prev.end, rules) != [(prev.start, prev.end)] or not (
                    any(t == PLACE for t, _w in prev.votes) or all(t.ent_type_ in ("GPE", "LOC") for t in doc[prev.start : prev.end])):
                break  # "the Harbour Trust and Westby City Councils": a body of its own before them
            earlier.insert(0, out.pop())
            joiner = {t.lower_ for t in doc[prev.end : first]}
            first = prev.start
            if joiner & {"and", "&"} and len(parts) > 1:
                break
        spans = [(c.start, c.end) for c in earlier] + parts
        joins = {t.lower_ for (_a, b), (c, _d) in zip(spans, spans[1:], strict=False) for t in doc[b:c]}
        if len(spans) < 2 or not joins & {"and", "&"}:
            out.extend(earlier)
            out.append(cand)
            continue
        words = [t.text for t in doc[kind : cand.end]]
        singular = " ".join([*words[:-1], words[-1][:-1]])
        for a, b in spans:
            last = (a, b) == spans[-1]
            out.append(Candidate(a, cand.end if last else b, SHARED_KIND, [(ORGANISATION, rules.weights["head"])],
                                 name=f"{doc[a:b].text} {singular}", priority=cand.priority, head=cand.end - 1))
    return out


def _joined(doc: Doc, end: int, start: int) -> bool:
    """Are the tokens between two names a comma or "and" (", and") only?"""
    between = [t.lower_ for t in doc[end:start]]
    return bool(between) and len(between) <= 2 and all(w in _JOINS for w in between)


def _parts(doc: Doc, start: int, kind: int, rules: EntityRules) -> list[tuple[int, int]] | None:
    """The names joined by commas and "and" from `start` to `kind`, each of capitalised words,
    no role; None when another word stands between."""
    parts: list[tuple[int, int]] = []
    k = start
    while k < kind:
        end = k
        while end < kind and doc[end].lower_ not in _JOINS:
            end += 1
        if end == k or end - k > _MAX_PART_WORDS or not all(is_cap(t) for t in doc[k:end]):
            return None
        if head_type(doc[k:end], rules)[0] not in (None, PLACE) or any(
                t.lower_ in rules.role_words or t.lower_.rstrip(".") in rules.honorifics or t.text in rules.first_names
                for t in doc[k:end]):
            return None  # a body, a post or a person of its own: "Mr Hale and Westby County Councils"
        parts.append((k, end))
        k = end
        while k < kind and doc[k].lower_ in _JOINS:
            k += 1
    return parts


def _plural_kind(doc: Doc, start: int, end: int, rules: EntityRules) -> int | None:
    """Where the run's plural kind of body starts ("... County Councils"), if it ends with one."""
    for size in range(min(_MAX_KIND_WORDS, end - start - 1), 0, -1):
        words = " ".join(t.lower_ for t in tokens_of(doc)[end - size : end])
        if words in rules.kind_names and words.endswith("s") and all(is_cap(t) for t in tokens_of(doc)[end - size : end]):
            return end - size
    return None


def join_place_lists(doc: Doc, chosen: Sequence[Candidate], rules: EntityRules,
                     place_spans: frozenset[tuple[int, int]]) -> list[Candidate]:
    """The chosen candidates (in text order) with a list of places before a body that one more
    place opens and a singular organisation head closes joined into that body's name: a body
    serving several areas is named after them all ("Westby, Eastby and Northby Care Board",
    "Westby, Eastby and Northby Council"); a plural head ("... County Councils") is
    split_shared_kinds'."""
    starts = {a for a, _b in place_spans} | {e.start for e in ents_of(doc) if e.label_ in ("GPE", "LOC")}
    out: list[Candidate] = []
    for cand in chosen:
        if cand.name is not None or cand.start not in starts or not _singular_body(doc, cand, rules):
            out.append(cand)
            continue
        places: list[Candidate] = []
        first = cand.start
        while len(out) > len(places):
            prev = out[-1 - len(places)]
            between = [t.lower_ for t in doc[prev.end : first]]
            want = ["and"] if not places else [","]
            if between != want or not _a_place(prev, doc, place_spans):
                break
            places.append(prev)
            first = prev.start
        if len(places) < 2:   # "Westby and Eastby Care Board" alone is the run's own (_places_of_one_body)
            out.append(cand)
            continue
        del out[len(out) - len(places):]
        out.append(Candidate(first, cand.end, "name", [(ORGANISATION, rules.weights["head"])],
                             priority=cand.priority, head=cand.head))
    return out


def _singular_body(doc: Doc, cand: Candidate, rules: EntityRules) -> bool:
    last = doc[cand.end - 1]
    return (cand.end - cand.start >= 2 and rules.heads.get(last.lower_) == ORGANISATION
            and last.lower_ not in rules.role_words and not last.lower_.endswith("s"))


def _a_place(cand: Candidate, doc: Doc, place_spans: frozenset[tuple[int, int]]) -> bool:
    return ((cand.start, cand.end) in place_spans or any(t == PLACE for t, _w in cand.votes)) and all(
        is_cap(t) for t in doc[cand.start : cand.end])
