"""One sense per discourse: what a document says of a name in one place types it everywhere.

After the voters and `choose` have settled the spans, a document may show that a name is not
what NER took it for: it quotes it as a term, writes it in lower case, gives it an acronym
(mentions/doubts.py), names a firm with it ("X LLP"), a place with it ("X County Council"), or
only ever uses it before a plural initiative noun ("X Network pilots"). These functions adjust
the chosen candidates and their votes for every mention of such a name at once.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from ...core.ontology import INITIATIVE, ORGANISATION, PERSON, PLACE
from ...core.schema import EntityRules
from ...core.text import canonical_name, normalise_key
from ..syntax import ends_line, sent_at, span_of
from . import doubts
from .voters import Candidate, head_type

_POSSESSIVE_S = frozenset({"'s", "\u2019s"})

Pending = list[tuple[Candidate, Span, list[tuple[str, float]], set[str]]]


def initiative_sets(doc: Doc, chosen: list[Candidate], rules: EntityRules) -> list[Candidate]:
    """A name whose head noun says a body ("Network", "Partnership") that the document only ever
    uses to modify a lower-case noun, once a plural noun of initiatives ("the seven Harbour
    Network pilots"), names those pilots: the name and the noun are one Initiative, and its other
    modifier uses ("Harbour Network meetings") are that initiative's, not a body of their own. A
    name that also stands alone ("Harbour Trust said ... the Harbour Trust pilots") keeps its own
    sense; a name without a head noun ("the Bright Steps pathfinders") is typed by the cue after
    it and keeps its own words."""
    plural = {w for w, t in rules.cues_after.items()
              if t == INITIATIVE and w.endswith("s") and rules.cues_after.get(w[:-1]) == INITIATIVE}
    groups: dict[str, list[Candidate]] = {}
    for cand in chosen:
        if cand.name is None and cand.kinds <= {"name", "ner"}:
            groups.setdefault(normalise_key(span_of(doc, cand.start, cand.end).text), []).append(cand)
    dropped: set[int] = set()
    for cands in groups.values():
        after = [doc[c.end] if c.end < len(doc) and not ends_line(doc[c.end - 1]) else None for c in cands]
        if not any(t is not None and t.lower_ in plural and t.text.islower() for t in after):
            continue
        if any(t is None or not (t.text.islower() and t.is_alpha and t.pos_ == "NOUN") for t in after):
            continue  # the name stands alone somewhere: a thing of its own
        if head_type(doc[cands[0].start : cands[0].end], rules)[0] in (None, INITIATIVE):
            continue  # "the Bright Steps pathfinders": the cue after it types the name itself
        for cand, tok in zip(cands, after, strict=True):
            if tok is not None and tok.lower_ in plural:
                cand.end = tok.i + 1
                cand.votes = [(INITIATIVE, rules.weights["cue"])]
                cand.kinds.add("cue")
                cand.head = tok.i
            else:
                dropped.add(id(cand))
    return [c for c in chosen if id(c) not in dropped]


def without_doubtful_persons(
    doc: Doc, pending: Pending, rules: EntityRules,
) -> Pending:
    """One sense per discourse: a name that the document quotes as a term, writes in lower
    case or gives an acronym (mentions/doubts.py) loses, in every mention, the person votes
    that NER alone gave it; a name with a person vote of its own kind (honorific, given name,
    pronoun, speech, role) keeps them all. A name opening with "St" or "Saint" (schema
    saint_words) is named after a saint, a place or an institution, never a person: it loses
    every person vote, and, where NER took it for a person and a possessive follows ("St
    Anne's"), it is an organisation (a hospice, school or charity)."""
    ner = rules.weights["ner"]
    skip = rules.connectives | {"a", "an", "the"}
    starts = doubts.word_starts(doc)
    doubtful: set[str] = set()
    vouched: set[str] = set()
    saints: set[str] = set()
    institutions: set[str] = set()
    for cand, span, votes, _kinds in pending:
        if cand.name is not None:
            continue
        key = normalise_key(canonical_name(span.text, rules))
        if span.text.split()[0].lower() in rules.saint_words and len(span.text.split()) >= 2:
            saints.add(key)  # "St Anne's", "St Westby": named after a saint, no person
            if (cand.end < len(doc) and doc[cand.end].lower_ in _POSSESSIVE_S
                    and any(t == PERSON for t, _w in votes) and not any(t == PLACE for t, _w in votes)):
                institutions.add(key)  # "St Anne's" NER takes for a person: a hospice, school, charity
        elif any(t == PERSON and w != ner for t, w in votes):
            vouched.add(key)
        elif (doubts.quoted(doc, cand.start, cand.end) or doubts.defines_acronym(doc, cand.start, cand.end, skip)
              or doubts.written_in_lower_case(starts, canonical_name(span.text, rules))
              or doubts.opens_with_generic_word(canonical_name(span.text, rules), rules.generic_words,
                                                rules.first_names)
              or doubts.taken_up_by_which(doc, cand.end)):
            doubtful.add(key)
    firms = _firm_short_forms(pending, rules) - vouched
    seats = _local_places(pending, rules) - vouched
    doubtful = (doubtful - vouched) | saints
    if not doubtful and not firms and not seats:
        return pending
    out = []
    for cand, span, votes, kinds in pending:
        key = normalise_key(canonical_name(span.text, rules)) if cand.name is None else ""
        if key in doubtful or key in firms or key in seats:
            votes = [(t, w) for t, w in votes if t != PERSON]
        if key in institutions:
            # "St Anne's said": a hospice, school or charity named after a saint
            votes.append((ORGANISATION, rules.weights["cue"]))
            kinds = kinds | {"cue"}
        elif key in firms:
            # "Harbour Lane" where the text also names "Harbour Lane LLP": the firm
            votes.append((ORGANISATION, rules.weights["cue"]))
            kinds = kinds | {"cue"}
        elif key in seats:
            # "Westshire" where the text also names "Westshire County Council": the place
            votes.append((PLACE, rules.weights["cue"]))
            kinds = kinds | {"cue"}
        out.append((cand, span, votes, kinds))
    return out


def without_common_phrases(doc: Doc, pending: Pending, rules: EntityRules) -> Pending:
    """One sense per discourse, for the votes NER alone gives a capitalised phrase of two words
    or more that is not a person: the phrase is a common noun phrase capitalised for emphasis or
    as a heading, not a name, when the document also writes it in lower case ("Care Experience"
    beside "young people with care experience"), or when it has no head noun and stands on a
    heading line, a line of title-case words without a sentence's end ("Safeguarding
    Arrangements and System Reform"), where every word is capitalised whatever it is, and
    never in a sentence with a finite verb. Such a phrase loses those votes in every mention,
    unless one of its mentions has evidence of its own (a head noun, a cue, a list, the
    gazetteer)."""
    ner = rules.weights["ner"]
    starts = doubts.word_starts(doc)
    common: set[str] = set()
    headings: set[str] = set()
    vouched: set[str] = set()
    in_clauses: set[str] = set()
    for cand, span, votes, _kinds in pending:
        if cand.name is not None:
            continue
        name = canonical_name(span.text, rules)
        key = normalise_key(name)
        if any(w != ner for _t, w in votes):
            vouched.add(key)
            continue
        if not votes or any(t == PERSON for t, _w in votes) or len(name.split()) < 2:
            continue
        if doubts.written_in_lower_case(starts, name):
            common.add(key)
        elif head_type(span, rules)[0] is None and _on_a_heading_line(doc, cand.start, cand.end, rules):
            headings.add(key)
        elif _in_a_clause(doc, cand.start, cand.end):
            in_clauses.add(key)  # "Harbour and Home said ...": running text uses it as a name
    common = (common | (headings - in_clauses)) - vouched
    if not common:
        return pending
    out = []
    for cand, span, votes, kinds in pending:
        if cand.name is None and normalise_key(canonical_name(span.text, rules)) in common:
            votes = [(t, w) for t, w in votes if w != ner]
        out.append((cand, span, votes, kinds))
    return out


def _in_a_clause(doc: Doc, start: int, end: int) -> bool:
    """Does the span stand in a sentence with a finite verb outside it?"""
    sent = sent_at(doc, start) if doc.has_annotation("SENT_START") else doc[:]
    return any(t.tag_ in ("VBZ", "VBD", "VBP", "MD") and not start <= t.i < end for t in sent)


def _on_a_heading_line(doc: Doc, start: int, end: int, rules: EntityRules) -> bool:
    """Does the span stand on a line of at most twelve words, every word of which (but the
    connectives) is capitalised, that does not end as a sentence does?"""
    a = start
    while a > 0 and not ends_line(doc[a - 1]) and start - a <= 12:
        a -= 1
    b = end
    while b < len(doc) and not ends_line(doc[b - 1]) and b - end <= 12:
        b += 1
    words = [t for t in doc[a:b] if t.is_alpha]
    last = next((t for t in reversed(doc[a:b]) if not t.is_space), None)
    if (not words or len(words) > 12 or (last is not None and last.text in (".", "?", "!"))
            or (a > 0 and not ends_line(doc[a - 1])) or (b < len(doc) and not ends_line(doc[b - 1]))):
        return False
    # the second part of a hyphenated word ("Multi-agency") is its first part's
    return all(t.text[0].isupper() or t.lower_ in rules.connectives
               or (t.i > 0 and doc[t.i - 1].text == "-" and not doc[t.i - 1].whitespace_) for t in words)


def _local_places(
    pending: Pending, rules: EntityRules,
) -> set[str]:
    """The keys of one-word names the document also writes before a place noun inside a longer
    name ("Westshire" for "Westshire County Council", "Westshire Borough"): a place, whatever
    NER took the bare word for."""
    places = set()
    for cand, span, _votes, _kinds in pending:
        words = (cand.name or canonical_name(span.text, rules)).split()
        if len(words) >= 2 and rules.heads.get(words[1].lower()) == PLACE:
            places.add(normalise_key(words[0]))
    return places


def _firm_short_forms(
    pending: Pending, rules: EntityRules,
) -> set[str]:
    """The keys of names the document also writes with a firm's legal form or trade word after
    them ("Harbour Lane" for "Harbour Lane LLP", "Harbour Lane Solicitors")."""
    firms = set()
    for cand, span, _votes, _kinds in pending:
        words = (cand.name or canonical_name(span.text, rules)).split()
        if len(words) >= 2 and words[-1].lower().rstrip(".") in rules.legal_suffixes:
            firms.add(normalise_key(" ".join(words[:-1])))
    firms.discard("")
    return firms
