"""Lists of places: "the pilot areas are Westby, Eastby and Northmoor", "Westby, Eastby and
Northmoor councils", "Westby, Kent and Surrey". `list_members` gives the members of a list of
capitalised names (a known name with a comma or "and" in it, "Harbour Vale and Northmoor",
stays one member); `place_list_candidates` makes a Place of each bare member of a list that
names places: one a place noun introduces or closes, or one most of whose members are places
the gazetteer knows."""

from __future__ import annotations

from collections.abc import Collection, Iterator

from spacy.tokens import Doc

from ...core.ontology import ORGANISATION, PLACE
from ...core.schema import EntityRules
from ..syntax import ends_line, ents_of, line_end_flags, sent_start_flags, text_flags, tokens_of
from .voters import Candidate, head_type, is_cap, is_cap_text

__all__ = ["list_members", "place_body_candidates", "place_list_candidates"]

# words that join the members of a list, and words a list's opener ends with before it
_SEPARATORS = frozenset({",", "and", "&", "or"})
# lower-case words that go on with a longer name ("Coast to Coast", "Ambitious for Adoption")
_NAME_LINKS = frozenset({"to", "for", "at", "by", "from", "into"})
_OPENERS = frozenset({"are", "were", "is", "was", "include", "includes", "included", "including", "be", ":",
                      "namely", "-", "\u2013", "as", "like"})
# lower-case words inside a place's name ("Kingston upon Thames", "Newcastle-under-Lyme")
_INNER = frozenset({"upon", "on", "under", "with", "of", "-", "super", "le", "en"})


def _boundary(doc: Doc, k: int) -> bool:
    """Whether token k starts a new sentence or line."""
    return k > 0 and (sent_start_flags(doc)[k] or line_end_flags(doc)[k - 1])


def _member_end(doc: Doc, k: int) -> int:
    """The end of the capitalised name that starts at token k (inner lower-case words only
    between capitalised ones, hyphens only without spaces), within its sentence and line."""
    end = k + 1
    j = k + 1
    while j < len(doc) and not _boundary(doc, j):
        t = doc[j]
        if is_cap(t) and t.lower_ not in _SEPARATORS:
            end = j + 1
        elif t.lower_ in _INNER and (t.text != "-" or not (t.whitespace_ or doc[j - 1].whitespace_)):
            pass
        else:
            break
        j += 1
    return end


def _known_ends(known: Collection[tuple[int, int]]) -> dict[int, int]:
    """{start: the end of the longest known span starting there}."""
    ends: dict[int, int] = {}
    for a, b in known:
        ends[a] = max(b, ends.get(a, b))
    return ends


def list_members(doc: Doc, start: int, known: Collection[tuple[int, int]] = ()) -> list[tuple[int, int]]:
    """The members of the list of capitalised names that starts at token `start`, as (start,
    end) spans in text order: names separated by commas, "and" or "or" (", and" too), within
    one sentence and line, up to a name that goes on past a lower-case word ("Coast to Coast").
    A span of `known` (a gazetteer's place) that starts at a member is that member whole,
    commas and "and" in it or not ("Harbour Vale and Northmoor"); a member may carry a place
    after "in" ("Westby in the North"), which is no part of it and is skipped. Fewer than two
    members is no list: []."""
    return _list(doc, start, _known_ends(known))[0]


def _list(doc: Doc, start: int, known_at: dict[int, int]
          ) -> tuple[list[tuple[int, int]], dict[tuple[int, int], tuple[int, int]]]:
    """`list_members` with the known spans as {start: end}, and {member: its place after "in"}.
    Reads only the list's own tokens and the one after it (linear in a document's length
    over all its starts, a document without sentences or lines included)."""
    toks = tokens_of(doc)
    n = len(doc)
    members: list[tuple[int, int]] = []
    regions: dict[tuple[int, int], tuple[int, int]] = {}

    def open_at(j: int) -> bool:
        return j < n and (j == start or not _boundary(doc, j))

    k = start
    while open_at(k) and is_cap(toks[k]) and toks[k].lower_ not in _SEPARATORS and not toks[k].is_stop:
        end = max(known_at.get(k, k + 1), _member_end(doc, k))
        if open_at(end + 1) and open_at(end) and toks[end].lower_ in _NAME_LINKS and is_cap(toks[end + 1]):
            break  # "Coast to Coast": a longer name, no member of a list of places
        members.append((k, end))
        k = end
        if open_at(k) and toks[k].lower_ == "in":
            # "Westby in the North West": the member's region, no member of its own
            j = k + 1 + (open_at(k + 1) and toks[k + 1].lower_ == "the")
            if open_at(j) and is_cap(toks[j]):
                k = max(known_at.get(j, j + 1), _member_end(doc, j))
                regions[members[-1]] = (j, k)
        seps = 0
        while open_at(k) and toks[k].lower_ in _SEPARATORS:
            seps += 1
            k += 1
        if not seps:
            break
    return (members, regions) if len(members) >= 2 else ([], {})


def _introduced(doc: Doc, start: int, nouns: frozenset[str]) -> bool:
    """Whether a place noun introduces the list at `start` through a verb or a colon, with at
    most three lower-case words of its own between: "the pilot areas are: ...", "the councils
    taking part include ...", "the authorities selected were ...", "councils such as ..."."""
    j = start - 1
    steps = 0
    while j >= 0 and steps < 3 and doc[j].lower_ in _OPENERS and not ends_line(doc[j]):
        j -= 1
        steps += 1
    if not steps:
        return False
    for _ in range(4):
        if j < 0 or ends_line(doc[j]):
            return False
        if doc[j].lower_ in nouns:
            return True
        if not (doc[j].is_alpha and doc[j].is_lower):
            return False
        j -= 1
    return False


def _closed(doc: Doc, end: int, nouns: frozenset[str]) -> bool:
    """Whether a place noun closes the list: "Westby, Eastby and Northmoor councils"."""
    return end < len(doc) and not ends_line(doc[end - 1]) and doc[end].lower_ in nouns


def place_list_candidates(doc: Doc, rules: EntityRules, known_places: Collection[tuple[int, int]],
                          others: Collection[tuple[int, int]] = ()) -> Iterator[Candidate]:
    """A Place for each bare member of a list of places ("the pilot areas are Westby, Eastby
    and Northmoor", "Westby, Eastby and Northmoor councils", "Westby, Kent and Surrey" where
    the gazetteer knows most members): not a member the gazetteer already names (`known_places`),
    nor one that holds a name of another type the gazetteer knows (`others`), has a head noun
    ("Harbour Trust"), opens with a given name or an honorific, or, in a list no place noun
    frames, is a person NER finds."""
    toks = tokens_of(doc)
    nouns = rules.place_list_nouns
    if not nouns:
        return
    known = set(known_places)
    known_at = _known_ends(known | set(others))
    held = {k for a, b in others for k in range(a, b)}  # tokens inside a known name of another type
    persons = {(e.start, e.end) for e in ents_of(doc) if e.label_ == "PERSON" and e.end - e.start >= 2}
    taken: set[int] = set()
    caps = text_flags(doc, is_cap_text)   # (a member starts only at a capitalised word)
    for i in range(len(doc)):
        if i in taken or not caps[i] or toks[i].is_stop or (
                i > 0 and is_cap(toks[i - 1]) and not toks[i - 1].is_stop and not _boundary(doc, i)):
            continue
        members, regions = _list(doc, i, known_at)
        if not members:
            continue
        taken.update(range(members[0][0], members[-1][1]))
        framed = _introduced(doc, i, nouns) or _closed(doc, members[-1][1], nouns)
        # a member the gazetteer knows, or one placed in a place it knows ("Westby in the North")
        places = sum(m in known or regions.get(m) in known for m in members)
        if not framed and not (places >= 2 and 2 * places >= len(members)):
            continue
        for s, e in members:
            if (s, e) in known or any(k in held for k in range(s, e)) or ((s, e) in persons and not framed):
                continue
            if toks[s].text in rules.first_names or toks[s].lower_.rstrip(".") in rules.honorifics:
                continue
            if head_type(doc[s:e], rules)[0] not in (None, PLACE):
                continue
            yield Candidate(s, e, "list", [(PLACE, rules.weights["list"])], priority=3)


def place_body_candidates(doc: Doc, rules: EntityRules, known_places: Collection[tuple[int, int]]) -> Iterator[Candidate]:
    """A body named for a gazetteer place with a comma in its name ("Eastcombe, Lowmoor and
    Hythe Council", "... Borough Council"): the whole name, up to the first head noun of a body
    among the (at most three) capitalised words after the place; a run of capitals cut at the
    comma would keep only its end ("Lowmoor and Hythe Council")."""
    for start, end in known_places:
        if not any(doc[k].text == "," for k in range(start, end)):
            continue
        for stop in range(end + 1, min(end + 3, len(doc)) + 1):
            word = doc[stop - 1]
            if not is_cap(word) or _boundary(doc, stop - 1):
                break
            if rules.heads.get(word.lower_) == ORGANISATION:
                yield Candidate(start, stop, "name", [(ORGANISATION, rules.weights["head"])], priority=5, head=stop - 1)
                break
