"""Candidates: every span that some voter says may name an entity, with its votes.

spaCy NER, capitalised-name runs typed by their head noun, titled list items, quoted titles
next to a publication cue, the gazetteer and the document's proposals (extract/proposals/)
each propose spans; choose.py pools and settles them. Every word list comes from the schema.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace

import numpy
from spacy.attrs import LOWER
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.vocab import Vocab

from ...core.ontology import INITIATIVE, ORGANISATION, PERSON, PLACE, PUBLICATION, RECOMMENDATION
from ...core.schema import EntityRules, GazetteerEntry, Schema
from ...core.text import canonical_name, is_acronym
from ..proposals import RecommendationItem
from ..syntax import (
    ends_line,
    ents_of,
    line_end_flags,
    line_ends,
    line_opening,
    phrase_count,
    sent_start_flags,
    spaces,
    span_of,
    span_tokens,
    text_flags,
    tokens_of,
    word_forms,
)
from .narrowed import narrowed_description, shared_head_names

QUOTES = "\"'"
BULLETS = ("\u2022", "-", "*", "\u2023")
_NON_ENTITY_LABELS = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "CARDINAL", "ORDINAL", "QUANTITY"})
_FIRST_POS = frozenset({"PROPN", "NOUN", "ADJ", "NUM", "X"})
# words a sentence may open with before a name ("More Harbour Network pilots ..."); not "Every",
# which opens titles ("Every Child Matters")
_QUANTIFIERS = frozenset({"more", "some", "many", "several", "both", "fewer", "few"})
_POSSESSIVES = frozenset({"'s", "'", "\u2019s", "\u2019"})
# prepositions after a publication's noun that opens a title: what it is about or for
_ABOUT = frozenset({"of", "on", "into", "for"})


@dataclass(frozen=True, slots=True)
class EntityMatchers:
    """The schema compiled against a vocabulary: built once per process, reused per doc."""

    rules: EntityRules
    gazetteer: PhraseMatcher
    gazetteer_entries: tuple[GazetteerEntry, ...]
    # the entries' context words (case-sensitive), keyed `ctx<entry index>`
    context: PhraseMatcher | None = None


def compile_matchers(vocab: Vocab, schema: Schema) -> EntityMatchers:
    """Compile the gazetteer into a case-insensitive PhraseMatcher, and the context words
    of its entries into a case-sensitive one."""
    from spacy.lang.en import English

    tokenizer = English(vocab=vocab).tokenizer if vocab is not None else English().tokenizer
    matcher = PhraseMatcher(vocab, attr="LOWER")
    context = PhraseMatcher(vocab, attr="ORTH")
    for index, entry in enumerate(schema.gazetteer):
        forms = [form.replace("\u2019", "'") for form in _forms(entry, schema.entities.possessive_name_words)]
        patterns = [tokenizer(form) for form in forms]
        patterns += [tokenizer(form) for form in
                     sorted({v for f in forms for v in _acronym_variants(f, schema.entities.connectives)})]
        matcher.add(f"gaz{index}", patterns)
        if entry.context:
            words = {w for word in entry.context for w in (word, word.replace("'", "\u2019"))}
            context.add(f"ctx{index}", [tokenizer(word) for word in sorted(words)])
    return EntityMatchers(rules=schema.entities, gazetteer=matcher, gazetteer_entries=schema.gazetteer,
                          context=context)


# each gazetteer entry's forms, by the entry's identity: (entry, plurals, forms), the entry and
# the plural nouns held so the identity test is sound (they live as long as the schema)
_FORMS: dict[int, tuple[GazetteerEntry, frozenset[str], tuple[str, ...]]] = {}
_SPELT_AND = re.compile(r"(?<=\S) and (?=\S)")
_PLURAL_POSSESSIVE = re.compile(r"\b(\w+)'s\b")


def _forms(entry: GazetteerEntry, plurals: frozenset[str] = frozenset()) -> tuple[str, ...]:
    """The entry's name and aliases, each also with the word "and" between two of its words
    written as an ampersand ("Harbour and Westby" -> "Harbour & Westby"), as bodies and places
    write their own names, and without the apostrophe of a plural's possessive (`plurals`).
    Made once per entry (every document's gazetteer matches ask again)."""
    cached = _FORMS.get(id(entry))
    if cached is not None and cached[0] is entry and cached[1] is plurals:
        return cached[2]
    forms = (entry.name, *entry.aliases)
    variants = [_SPELT_AND.sub(" & ", form) for form in forms]
    variants += [_without_apostrophes(form, plurals) for form in (*forms, *variants)] if plurals else []
    found = forms + tuple(v for v in dict.fromkeys(variants) if v not in forms)
    _FORMS[id(entry)] = (entry, plurals, found)
    return found


def _without_apostrophes(form: str, plurals: frozenset[str]) -> str:
    """The form with the apostrophe of a plural's possessive left out, as pages often write it
    ("Childrens Commissioner" for "Children's Commissioner"): only after the plural nouns of the
    schema's possessive_name_words ("children", "people", "women"), not after a name ("Harbour's")."""
    form = form.replace("\u2019", "'")
    return _PLURAL_POSSESSIVE.sub(lambda m: m.group(1) + "s" if m.group(1).lower() in plurals else m.group(0), form)


def _acronym_variants(form: str, skip: frozenset[str]) -> list[str]:
    """A form with its acronym in brackets inside it, after the words it spells ("Harbour Care
    Network (HCN) pathfinder" for "Harbour Care Network pathfinder"): the initials of the
    capitalised words before the bracket, or of all of them but the connectives in `skip`
    ("Harbour care for children (HCC) pathfinder", a title in sentence case), at least two
    letters, and their plural after a plural word. A bracket after the whole form is left to
    the acronym's own definition (resolve.py)."""
    words = form.split()
    out = []
    for cut in range(2, len(words)):
        before = words[:cut]
        rest = " ".join(words[cut:])
        for letters in sorted(_initials(before, skip)):
            out.append(f"{' '.join(before)} ({letters}) {rest}")
            if before[-1].endswith("s"):
                out.append(f"{' '.join(before)} ({letters}s) {rest}")
    return out


def _initials(words: Sequence[str], skip: frozenset[str]) -> set[str]:
    """The initials an acronym of these words may spell: of the capitalised ones, or of all but
    the connectives; two letters at least."""
    capital = "".join(w[0] for w in words if w[:1].isupper())
    content = "".join(w[0] for w in words if w[:1].isalpha() and w.lower() not in skip).upper()
    return {letters for letters in (capital, content) if len(letters) >= 2}


def _initials_in_brackets(doc: Doc, start: int, end: int, rules: EntityRules) -> bool:
    """Does a bracketed acronym of the span's initials follow it on its line ("Harbour Steps
    (HS)")? The initials are those _acronym_variants spells."""
    if end + 2 >= len(doc) or doc[end].text != "(" or doc[end + 2].text != ")" or ends_line(doc[end]):
        return False
    acronym = doc[end + 1].text
    if not is_acronym(acronym):
        return False
    letters = _initials(_without_acronym(doc[start:end]).split(), rules.connectives)
    return acronym in letters or (acronym.endswith("s") and acronym[:-1] in letters)


def _without_acronym(span: Span) -> str:
    """A span's text without a bracketed acronym inside it ("Harbour Care Network (HCN)
    pathfinder" -> "Harbour Care Network pathfinder"), as the gazetteer form it matched reads."""
    skip: set[int] = set()
    for k in range(span.start, span.end - 2):
        doc = span.doc
        if doc[k].text == "(" and doc[k + 2].text == ")" and is_acronym(doc[k + 1].text):
            skip.update((k, k + 1, k + 2))
    return "".join(t.text_with_ws for t in span if t.i not in skip)


@dataclass(slots=True)
class Candidate:
    start: int
    end: int
    rule: str
    votes: list[tuple[str, float]] = field(default_factory=list)
    name: str | None = None     # a fixed canonical name (gazetteer)
    priority: int = 0
    kinds: set[str] = field(default_factory=set)   # the kinds of evidence pooled here
    head: int | None = None     # the token whose head noun typed the name

    def __post_init__(self) -> None:
        self.kinds.add(self.rule.split(":")[0])

    def covers(self, other: Candidate) -> bool:
        return self.start <= other.start and other.end <= self.end

    def overlaps(self, other: Candidate) -> bool:
        return self.start < other.end and other.start < self.end


def ner_candidates(doc: Doc, rules: EntityRules) -> Iterator[Candidate]:
    weight = rules.weights["ner"]
    texts = _texts(doc)
    lower = frozenset(t for t in texts if t.islower())
    surnames = page_surnames(doc, rules)
    toks = tokens_of(doc)
    for ent in ents_of(doc):
        type_ = rules.ner.get(ent.label_)
        if type_ is None:
            continue
        if type_ != PERSON and any(doc[k].lower_ in ("and", "&") and _two_people(doc, ent.start, k, surnames, rules)
                                   for k in range(ent.start + 1, ent.end - 1)):
            continue  # "Roe and Poe" tagged a law or a body: two people the page names in full
        # "Dorset, Lincolnshire" is two names; "Daisy Elliott - Senior" one and a role
        # "Harbour Trust welcomes Plan": a lower-case verb ends one name and starts no other
        cuts = [k for k in range(ent.start, ent.end) if toks[k].text in ("," , ";", "|", ":", "(", ")")
                or (toks[k].text in ("-", "/") and (toks[k].whitespace_ or (k > 0 and toks[k - 1].whitespace_)))
                or _inner_verb(toks[k], rules)
                or (toks[k].lower_ in ("and", "&") and _initial(doc, k + 1) and _initial(doc, ent.start))]
        bounds = [ent.start, *[c for k in cuts for c in (k, k + 1)], ent.end]
        if (doc[ent.end - 1].lower_ in rules.connectives and doc[ent.end - 1].lower_ not in _POSSESSIVES
                and ent.end < len(doc)
                and is_cap(doc[ent.end]) and not ends_line(doc[ent.end - 1])):
            # "Working Together to | Safeguard Children": NER stopped inside a title
            bounds[-1] = _run_end(doc, ent.end, rules)
        for a, b in zip(bounds[::2], bounds[1::2], strict=True):
            if a >= b:   # a cut at the entity's last token (the document's last, too) leaves nothing
                continue
            if doc[a].lower_ in rules.leading_words or doc[a].lower_ in rules.role_openers:
                a = _after_role(doc, a, b, rules)  # "Contact Jane Porter", "Chief Executive of X"
            a = _after_post(doc, a, b, rules)  # "Senior Inspection Manager Harbour Trust"
            start, end = trim_span(doc, a, b, rules)
            end = _before_trailing_and(doc, start, end, texts)
            if _gerund_before_a_name(doc, start, end) or _imperative_before_a_name(doc, start, end, rules):
                start += 1
            if ent.label_ == "PERSON":
                end = _person_end(doc, start, end, lower)
            if start < end:
                yield Candidate(start, end, f"ner:{ent.label_}", [(type_, weight)], priority=1)


def _inner_verb(tok: Token, rules: EntityRules) -> bool:
    """A lower-case verb inside a capitalised run ("X welcomes Y", "X says"): names have none."""
    return (tok.text.islower() and tok.lower_ not in rules.connectives
            and (tok.pos_ in ("VERB", "AUX") or tok.tag_ in ("VBZ", "VBD", "VBP")))


def is_cap(token: Token) -> bool:
    text = token.text   # (is_cap_text, inline: asked of tens of thousands of words per page)
    return bool(text) and (text[0].isupper() or (text[0] == "#" and len(text) > 1))


def is_cap_text(text: str) -> bool:
    return bool(text) and (text[0].isupper() or (text[0] == "#" and len(text) > 1))


def name_candidates(doc: Doc, rules: EntityRules,
                    place_spans: frozenset[tuple[int, int]] = frozenset()) -> Iterator[Candidate]:
    """Maximal runs of capitalised words joined by connectives ("Independent Review of
    Adult Services"), typed by their head noun; never across a line break. A run is
    cut where NER sees two names joined by "and" (not inside a place the gazetteer names,
    `place_spans`: "Westby and Eastby Council"), at a possessive between two names
    ("X Council's Cabinet Member"), and after a leading role ("Chief Executive of X")."""
    toks = tokens_of(doc)
    inner_and = frozenset(k for a, b in place_spans for k in range(a + 1, b - 1) if toks[k].lower_ in ("and", "&"))
    # a lower-case word inside a place the gazetteer names goes on with the name ("Westby with
    # Eastby Council", "Westby upon Sea Council")
    inner_place = frozenset(k for a, b in place_spans for k in range(a + 1, b - 1) if toks[k].is_lower)
    ner_ends = {ent.end for ent in ents_of(doc) if ent.label_ in ("PERSON", "GPE", "LOC")}
    place_at = frozenset([*(k for a, b in place_spans for k in range(a, b)),
                          *(k for ent in ents_of(doc) if ent.label_ in ("GPE", "LOC") for k in range(ent.start, ent.end))])
    person_ends = {ent.end for ent in ents_of(doc) if ent.label_ == "PERSON"}
    surnames = page_surnames(doc, rules)
    blocked = non_entity_tokens(doc)
    texts = _texts(doc)
    caps = text_flags(doc, is_cap_text)   # (a run starts only at a capitalised word)
    second_bodies: set[int] = set()       # where the second of two bodies joined by "and" starts
    line_end, sent_start = line_end_flags(doc), sent_start_flags(doc)
    i = 0
    n = len(doc)
    while i < n:
        if not caps[i]:
            i += 1
            continue
        tok = toks[i]
        if not is_cap(tok) or tok.lower_ in rules.connectives or not _can_start(tok) or blocked[i]:
            i += 1
            continue
        j = i + 1
        last_cap = i
        while j < n and not line_end[j - 1] and not sent_start[j]:
            t = toks[j]
            if blocked[j] and not (t.like_num and len(t.text) == 4 and is_cap(toks[j - 1])) \
                    and not (t.is_alpha and is_cap(t) and t.ent_type_ in ("ORDINAL", "CARDINAL") and is_cap(toks[j - 1])):
                # "the X Report in June": a date is never part of a name; a number word in
                # a name is ("Harbour First", "Westby Two Partnership")
                break
            if (is_cap(t) and t.lower_ in rules.role_openers and j - i >= 2
                    and rules.heads.get(toks[j - 1].lower_) == ORGANISATION):
                break  # "Harbour Trust Head of Policy": the body's name ends before the role
            if (is_cap(t) and (t.lower_ in rules.trailing_words or (
                    t.lower_ in rules.role_words and t.lower_ not in rules.party_tags))
                    and (_ends_a_peerage(doc, i, j, rules) or (j in person_ends and j - i >= 3))):
                break  # "Lord Hale of Westby Minister of State", "Baroness Porter of Westby Portrait The
                # Minister", "Lord Privy Seal Tom Hale Deputy Leader": a peer's title ends with its place, a
                # person's name where NER ends it; a post or a name card's word follows
            if t.lower_ == "to" and _role_follows(doc, j + 1, rules):
                break  # "Terms of Reference to the Chief Executive": a name is not sent to a role
            if t.lower_ == "to" and j + 1 < n and j - i >= 2 and (
                    (t.tag_ == "TO" and toks[j + 1].tag_ == "VB")
                    or rules.heads.get(toks[j - 1].lower_) == ORGANISATION):
                break  # "Westshire Council To Treat Care Experience as ...", "Harbour Trust To Launch New
                # Hub": a headline in title case, the body then its infinitive; not "Step Up to Social Work"
            if is_cap(t) or (t.like_num and is_cap(toks[j - 1]) and len(t.text) == 4):
                last_cap = j
            elif t.lower_ in ("and", "&") and not _seat_at(doc, j, i, rules) and _ends_entity(doc, i, j, ner_ends, rules) \
                    and j not in inner_and and not _places_of_one_body(doc, i, j, rules) and not _see_of_a_peer(doc, i, j, rules):
                break
            elif t.lower_ in ("and", "&") and j not in inner_and and _last_of_a_list(doc, i, j, rules, place_at):
                break  # "Harbour Aid, Kestrel Works and Carers Trust Westby": a list's last two names
            elif t.lower_ in ("and", "&") and j not in inner_and and _two_bodies(doc, i, j, rules):
                second_bodies.add(j + 1)
                break  # "the Westby Institute of Health and Kings College Eastby": two bodies
            elif t.lower_ in ("and", "&") and j + 1 < n and toks[j + 1].lower_.rstrip(".") in rules.honorifics \
                    and toks[i].lower_.rstrip(".") in rules.honorifics:
                break  # "Lord Hale of Westby and Lady Porter of Eastby": two people
            elif t.lower_ in ("and", "&") and _initial(doc, j + 1) and _initial(doc, i):
                break  # "P Quinn and T Wright": two people named by their initials
            elif t.lower_ in ("and", "&") and _two_people(doc, i, j, surnames, rules):
                break  # "Doe and Roe said": two people the page names in full elsewhere
            elif t.lower_ in ("and", "&") and j + 1 < n and is_cap(toks[j + 1]) and toks[j + 1].lower_ in rules.role_openers \
                    and j - i >= 1:
                break  # "Professor at Westby University and Director of the Harbour Centre": a second post
            elif t.lower_ == "and" and j + 1 < n and toks[j + 1].lower_ == "the" and (
                    head_type(doc[i:j], rules)[0] or _is_year(toks[j - 1])
                    or (j + 2 < n and head_type(doc[j + 2 : _run_end(doc, j + 2, rules)], rules)[0] == ORGANISATION)):
                # "the Harbour Trust and the Westshire Society", "Caring Well 2021 and the X",
                # "Harbour Family Services and the Eastby Foundation" (a body after "and the";
                # "Caring Well and the Westshire Carers Framework" may be one title): two names
                break
            elif t.text == "-" and (toks[j - 1].whitespace_ or t.whitespace_):
                break
            elif (t.text == "(" and j + 3 < n and is_cap(toks[j - 1]) and toks[j - 1].lower_ not in rules.heads
                  and toks[j + 1].is_alpha and is_cap(toks[j + 1]) and toks[j + 1].ent_type_ not in ("GPE", "LOC")
                  and not is_acronym(toks[j + 1].text) and toks[j + 2].text == ")" and toks[j + 3].is_alpha
                  and is_cap(toks[j + 3]) and not ends_line(toks[j + 2])):
                j += 2  # "the Westby Transformation (Capital) Grant": a word in brackets inside one name
            elif (t.lower_ in ("in", "on", "to", "by", "of", "at", "for") and j in person_ends
                  and toks[i].lower_.rstrip(".") not in rules.honorifics):
                break  # "Tom Hale in Westby", "Tom Hale of Harbour LLP"; not "Lord Hale of Westby"
            elif t.lower_ == "on" and (j in person_ends or (toks[i].text in rules.first_names and j - i >= 2)):
                break  # "Tom Hale on Harbour Care": a person's name is never continued by "on"
            elif t.lower_ == "in" and j - i >= 2 and (toks[j - 1].lower_ in rules.heads
                                                      or toks[j - 1].lower_ in rules.building_words):
                break  # "the Harbour Programme in Westby", "Harbour House in Westby": the name ends
                # at its head, "in" says where
            elif t.lower_ in _POSSESSIVES:
                if _possessive_split(doc, i, j, rules) or (t.text in ("'", "\u2019") and i > 0
                                                           and toks[i - 1].text in ("'", "\u2018")):
                    break  # a possessive between two names, or the quote that closes one
            elif t.lower_ in rules.connectives and not t.is_space:
                pass
            elif j in inner_place:
                pass
            else:
                break
            j += 1
        end = _before_proceedings(doc, i, _bracketed_title_end(doc, i, last_cap + 1, rules), rules)
        start = _after_leading_noun(doc, _after_post(doc, _after_role(doc, _after_navigation(doc, i, end, rules), end, rules),
                                                     end, rules), end, rules)
        start, end = trim_span(doc, start, end, rules)
        end = _before_trailing_and(doc, start, end, texts)
        if (end - start == 2 and toks[start].lower_.endswith("ing") and end < n and toks[end].lower_ in _POSSESSIVES
                and any(e.start == start + 1 and e.end == end and e.label_ in ("GPE", "LOC") for e in ents_of(doc))):
            start += 1  # "Transforming Westshire's Care": a verb, and the place that owns its object
        elif _gerund_before_a_name(doc, start, end) or _imperative_before_a_name(doc, start, end, rules):
            start += 1  # "Establishing Harbour and Home as ...": the verb, and the name it takes
        seat = (start >= 2 and toks[start - 1].lower_ == "for" and toks[start - 2].lower_ in rules.constituency_cues
                and not _portfolio_holder(doc, start - 2, rules))
        if seat:
            # "MP for Westby Central Jane Porter": the seat ends where the member's name starts
            end = min([end, *(e.start for e in ents_of(doc) if e.label_ == "PERSON" and start < e.start < end
                              and e.end - e.start >= 2 and toks[e.start - 1].lower_ not in rules.connectives),
                       *(k for k in range(start + 1, end - 1) if toks[k].text in rules.first_names
                         and toks[k - 1].lower_ not in rules.connectives)])
        end, framed = _title_after_comma(doc, start, end, ner_ends, rules)
        own_name = None
        across_comma = False
        if not framed:
            opened = start
            before_comma = end
            start, end = _body_after_comma(doc, start, end, ner_ends, rules)
            across_comma = end > before_comma
            if start < opened:
                # "the Our Homes, Our Voice Coalition": the leading "Our" that canonical_name drops is the name's own
                own_name = f"{toks[start].text} {canonical_name(doc[start + 1 : end].text, rules)}"
        if end - start > 1 and _is_year(toks[end - 1]) and head_type(doc[start : end - 1], rules)[0] in (
                ORGANISATION, PERSON, PLACE):
            end -= 1  # "Westshire Party 2019": a year dates a publication's title, not a body
        start = _see_style_start(doc, start, end, rules)
        if start < end:
            head, head_index = head_type(span_of(doc, start, end), rules)
            votes = [(head, rules.weights["head"])] if head else []
            if head is None and end - start >= 3 and _is_year(toks[end - 1]):
                votes = [(PUBLICATION, rules.weights["head"])]  # a title dated by its year ("Caring Well 2021")
            if not votes and (is_peerage(doc, start, end, rules) or is_see_style(doc, start, end, rules) or (
                    end - start >= 6 and toks[end - 2].lower_ in ("and", "&") and _see_of_a_peer(doc, start, end - 2, rules))):
                votes = [(PERSON, rules.weights["honorific"])]  # (also "Lord Bishop of Westby and Eastby")
            if not votes and start in second_bodies and _body_head(doc, start, end, rules) is not None:
                votes = [(ORGANISATION, rules.weights["head"])]  # "and Kings College Eastby"
            if not votes and _owns_a_body(doc, start, end, rules):
                votes = [(ORGANISATION, rules.weights["object"])]
            if not votes and local_party(doc, start, end, rules):
                votes = [(ORGANISATION, rules.weights["head"])]  # "Westby and Eastby Labour": a local party
            if framed:
                votes = [(PUBLICATION, rules.weights["cue"])]  # the publication's noun that frames it
            if seat:
                cand = Candidate(start, end, "name", [*votes, (PLACE, rules.weights["cue"])], priority=2,
                                 head=head_index)
                cand.kinds.add("cue")
                yield cand
                i = max(end, i + 1)
                continue
            cand = Candidate(start, end, "name", votes, name=own_name, priority=2, head=head_index)
            if across_comma:
                cand.kinds.add(JOINED_NAME)  # its own evidence: a known name inside it gives way
            yield cand
            yield from _list_item(doc, start, end, rules)
        i = max(end, i + 1)


def _gerund_before_a_name(doc: Doc, start: int, end: int) -> bool:
    """Does a run open with a capitalised gerund whose remaining words the document also writes
    as a name without it ("Establishing Harbour and Home as a charity ..." beside "Harbour and
    Home was set up ...")? Then the gerund is a verb taking the name as its object; a title
    opening with a gerund ("Working Together to ...") is never written without it, and a
    service named by a gerund and the place it serves ("Fostering Westshire") keeps it, as does
    a name the document writes with its gerund more than once."""
    if end - start < 2 or doc[start].tag_ != "VBG" or not is_cap(doc[start]):
        return False
    rest = doc[start + 1 : end]
    if not is_cap(rest[0]) or all(t.ent_type_ in ("GPE", "LOC") for t in rest):
        return False  # "Fostering Westshire": a service named after the place it serves
    whole = phrase_count(doc, [t.text for t in doc[start:end]])
    return whole == 1 and phrase_count(doc, [t.text for t in rest]) > whole


def _imperative_before_a_name(doc: Doc, start: int, end: int, rules: EntityRules) -> bool:
    """Does a run open a line or a list item with a verb of an aim in the imperative
    (`rules.aim_openers`: "- Improve Harbour Help experience", "Embed Harbour Help across ...")
    before words the document also writes as a name without it, more often? Then the verb takes
    the name as its object. A name the document writes with the verb as often keeps it."""
    if end - start < 2 or doc[start].lower_ not in rules.aim_openers or not is_cap(doc[start + 1]):
        return False
    before = doc[start - 1] if start > 0 else None
    if not (before is None or ends_line(before) or before.text in ("-", "\u2022", "*", "\u00b7", "\u25cf")):
        return False
    whole = phrase_count(doc, [t.text for t in doc[start:end]])
    return phrase_count(doc, [t.text for t in doc[start + 1 : end]]) > whole


def is_peerage(doc: Doc, start: int, end: int, rules: EntityRules) -> bool:
    """Is the run a peer's name with its territorial designation, an honorific, a surname, "of"
    and a place ("Baroness Porter of Westby Heath", "Lord Hale of Eastby")? The place is part of
    the name, not a place of the text."""
    words = tokens_of(doc)[start:end]
    return (len(words) >= 4 and words[0].lower_.rstrip(".") in rules.honorifics and words[0].lower_ not in rules.role_words
            and is_cap(words[1]) and words[1].lower_ not in rules.connectives and words[1].lower_ not in rules.role_words
            and words[2].lower_ == "of"
            and all(is_cap(t) for t in words[3:]))


def is_see_style(doc: Doc, start: int, end: int, rules: EntityRules) -> bool:
    """Is the run a churchman's style, a see title, "of" and a capitalised place of one to three
    words, after the peer's "Lord" or not ("Bishop of Westby", "Lord Bishop of Eastby Heath")? One
    person: the place is part of the name, not a place of the text."""
    words = tokens_of(doc)[start:end]
    if words and words[0].lower_ in rules.peerage_titles and len(words) > 1 and words[1].lower_ in rules.see_titles:
        words = words[1:]
    return (3 <= len(words) <= 5 and words[0].lower_ in rules.see_titles and is_cap(words[0])
            and words[1].lower_ == "of" and all(is_cap(t) and t.is_alpha for t in words[2:])
            # not a body named after the see ("Bishop of Llandaff High School"): no head noun
            and not any(t.lower_ in rules.heads or t.lower_ in rules.see_body_words for t in words[2:]))


def _see_style_start(doc: Doc, start: int, end: int, rules: EntityRules) -> int:
    """Where a churchman's style that ends the run starts inside it ("Prelate the Bishop of
    Westby", the words of address before it; "Lord Bishop of Westby" from its "Lord"); else
    `start`."""
    if not rules.see_titles:
        return start
    toks = tokens_of(doc)
    for k in range(start + 1, end - 2):
        if toks[k].lower_ in rules.see_titles and is_see_style(doc, k, end, rules):
            first = k - 1 if k - 1 >= start and toks[k - 1].lower_ in rules.peerage_titles else k
            if first > start and is_cap(toks[first - 1]):
                # "Councillor Mark Bishop of Westby": a given name before it, a person surnamed
                # Bishop from a place, no churchman (the words of address end in "the")
                return start
            return first
    return start


def _see_of_a_peer(doc: Doc, start: int, at: int, rules: EntityRules) -> bool:
    """Does "and" at `at` join the two places of one peer's title ("the Lord Bishop of Westby and
    Eastby", a see of two towns), the second place one capitalised word that ends the run? Not a
    second person ("Lord Hale of Westby and Lady Porter"), nor a place before a name of its own."""
    if doc[start].lower_ == "the":
        start += 1
    if at - start < 4 or not is_peerage(doc, start, at, rules):
        return False
    place = at + 1
    if place >= len(doc) or not is_cap(doc[place]) or not doc[place].is_alpha \
            or doc[place].lower_.rstrip(".") in rules.honorifics or doc[place].text in rules.first_names:
        return False
    after = place + 1
    return after >= len(doc) or ends_line(doc[place]) or (not is_cap(doc[after]) and doc[after].lower_ not in rules.connectives)


def _ends_a_peerage(doc: Doc, start: int, at: int, rules: EntityRules) -> bool:
    """Does the run from `start` end, just before `at`, with a peer's name and its place, opened by
    its last honorific ("Minister of State Lord Hale of Westby")?"""
    opener = next((k for k in range(at - 4, start - 1, -1)
                   if doc[k].lower_.rstrip(".") in rules.honorifics and doc[k].lower_ not in rules.role_words), None)
    return opener is not None and is_peerage(doc, opener, at, rules)


def _places_of_one_body(doc: Doc, start: int, at: int, rules: EntityRules) -> bool:
    """Do two places joined by "and" at `at` open one body's name, as a body serving both is
    named ("Westby and Eastby Fostering Partnership", "Westby and Eastby Green Group")? The run
    before "and" is a place NER knows, another place opens the run after it, and that run ends
    in an organisation's head noun."""
    if at + 1 >= len(doc) or any(doc[k].ent_type_ not in ("GPE", "LOC") for k in range(start, at)):
        return False
    if doc[start].ent_iob_ != "B" or doc[at - 1].ent_iob_ == "O" or doc[at].ent_type_:
        return False
    nxt = doc[at + 1]
    if nxt.ent_type_ not in ("GPE", "LOC") or nxt.ent_iob_ != "B":
        return False
    end = _run_end(doc, at + 1, rules)
    return end - at > 2 and head_type(doc[at + 1 : end], rules)[0] == ORGANISATION


def _initial(doc: Doc, k: int) -> bool:
    """Is token k a capital initial ("P", "P.") before a capitalised surname ("P Quinn")?"""
    if k + 1 >= len(doc):
        return False
    text = doc[k].text.rstrip(".")
    return len(text) == 1 and text.isupper() and is_cap(doc[k + 1]) and len(doc[k + 1].text) > 1


def _role_follows(doc: Doc, k: int, rules: EntityRules) -> bool:
    """Does a role open at token k, after an optional "the" ("the Chief Executive", "Director")?"""
    if k < len(doc) and doc[k].lower_ == "the":
        k += 1
    return k < len(doc) and is_cap(doc[k]) and doc[k].lower_ in rules.role_openers


def _title_after_comma(doc: Doc, start: int, end: int, ner_ends: set[int],
                       rules: EntityRules) -> tuple[int, bool]:
    """Carry a run across a comma inside a title ("the Caring Well, Living Well Strategy"): the
    part before the comma names nothing on its own (no head noun, no NER name), and title-case
    words after it, opening with no name NER knows, end in a publication's head noun.
    A title whose second part has no head noun ("Keeping Homes Safe, Helping Towns Thrive",
    "Fostering: Four Steps for Firm Footing") is carried across its comma or colon where a
    publication's noun frames the whole title, right before it ("the policy paper, X, Y", "the
    paper 'X: Y'") or right after it ("the X, Y policy paper"), and the title ends there, at a
    punctuation mark or the line's end; a colon only so (a heading's "Item: Harbour Trust").
    Returns the end, and whether a publication's noun framed the title (its evidence of type)."""
    if end >= len(doc) - 2 or doc[end].text not in (",", ":") or end - start < 1 or ends_line(doc[end]):
        return end, False
    if (end in ner_ends and not _opens_with_gerund(doc, start)) or head_type(doc[start:end], rules)[0] is not None:
        return end, False  # NER's person or place ends there; not a title opening with a verb
    k = end + 1
    if not is_cap(doc[k]) or doc[k].lower_ in rules.connectives or doc[k].ent_type_ in ("PERSON", "GPE", "LOC"):
        return end, False
    last = None
    while k < len(doc) and not ends_line(doc[k - 1]) and (is_cap(doc[k]) or doc[k].lower_ in rules.connectives):
        if is_cap(doc[k]):
            last = k
        k += 1
    if last is None:
        return end, False
    if rules.heads.get(doc[last].lower_) != PUBLICATION:
        if _framed_title(doc, start, end, last + 1, rules):
            return last + 1, True
        return end, False
    if doc[end].text != ",":
        return end, False
    if head_type(doc[end + 1 : last], rules)[0] is not None:
        return end, False  # "X, the Westby Review Report": the second part is a name of its own
    return last + 1, False


_MAX_BODY_PART_WORDS = 3
# the kind of a name carried across a comma inside it (_body_after_comma)
JOINED_NAME = "joined"


def _body_after_comma(doc: Doc, start: int, end: int, ner_ends: set[int], rules: EntityRules) -> tuple[int, int]:
    """Carry a run across a comma inside one body's name that "the" opens: a remit of items
    joined by commas and "and" ("the Children, Families and Learning Committee"), or two parallel
    parts opening with one word ("the Our Homes, Our Voice Coalition", its "Our" taken back),
    ending in a singular organisation's head noun. The part before the comma names nothing on its
    own (no head noun, no post, no name NER ends there), nor does the part after it before its
    head; a list of bodies ("Harbour Aid, Kin Network and the Westby Trust") has no "the" before
    its first item, and a post before its body ("Chair, Westby Panel") a post's word.
    Returns the run's start and end."""
    n = len(doc)
    if start >= 2 and doc[start - 1].text == "Our" and doc[start - 2].lower_ == "the":
        opened = start - 1  # "the Our Homes, ...": the possessive is the name's own word
    else:
        opened = start
    if end >= n - 2 or doc[end].text != "," or ends_line(doc[end]) or opened < 1 or doc[opened - 1].lower_ != "the":
        return start, end
    first = doc[opened:end]
    if not 1 <= len(first) <= _MAX_BODY_PART_WORDS or not all(is_cap(t) and t.is_alpha for t in first) \
            or end in ner_ends or head_type(first, rules)[0] is not None \
            or any(t.lower_ in rules.role_openers or t.ent_type_ in ("PERSON", "GPE", "LOC") for t in first):
        return start, end
    k = end + 1
    last = None
    joined = False
    while k < n and not ends_line(doc[k - 1]) and (
            (is_cap(doc[k]) and doc[k].is_alpha) or doc[k].lower_ in ("and", "&", ",")):
        if doc[k].lower_ in ("and", "&"):
            joined = True
        elif doc[k].text != ",":
            last = k
        k += 1
    if last is None or last - end < 2:
        return start, end
    head = doc[last]
    if rules.heads.get(head.lower_) != ORGANISATION or head.lower_ in rules.role_words:
        return start, end  # (a plural kind, "... Councils", is split_shared_kinds')
    items = doc[end + 1 : last]
    if doc[last - 1].text == "," or head_type(items, rules)[0] is not None or any(
            t.lower_ in rules.role_openers for t in items) or any(
            e.label_ in ("PERSON", "GPE", "LOC") and e.end - e.start >= 2 and end < e.start < last for e in ents_of(doc)):
        return start, end
    parallel = doc[end + 1].lower_ == first[0].lower_ and len(first) >= 2
    return (opened, last + 1) if joined or parallel else (start, end)


_OPENING_QUOTES = frozenset({"'", '"', "\u2018", "\u201c"})
_CLOSING_QUOTES = frozenset({"'", '"', "\u2019", "\u201d"})
# what may follow a title's last word: the sentence or the clause goes on without it
_TITLE_ENDS = frozenset({".", ",", ";", ":", "(", ")", "?", "!"})


def _framed_title(doc: Doc, start: int, cut: int, stop: int, rules: EntityRules) -> bool:
    """Is the run `start`..`stop`, cut by the comma or colon at `cut`, one title that a
    publication's noun frames ("the policy paper Keeping Homes Safe, Helping Towns Thrive (2024)",
    "the Keeping Homes Safe, Helping Towns Thrive policy paper")? Each part is two words or more
    (a colon's first part may be one), the second has no head noun and no name NER knows, and the
    title ends at a punctuation mark, the line's end or the publication's noun."""
    second = doc[cut + 1 : stop]
    if len(second) < 2 or head_type(second, rules)[0] is not None:
        return False
    if cut - start < (1 if doc[cut].text == ":" else 2):
        return False
    if any(t.ent_type_ in ("PERSON", "GPE", "LOC") for t in doc[cut + 1 : stop]) or (
            not _opens_with_gerund(doc, start) and any(t.ent_type_ in ("PERSON", "GPE", "LOC") for t in doc[start:cut])):
        return False
    if any(t.is_punct for t in second):
        return False
    n = len(doc)
    k = start - 1
    if k >= 0 and doc[k].text in _OPENING_QUOTES:
        k -= 1
    if k >= 0 and doc[k].text == ",":
        k -= 1
    before = k >= 0 and _publication_noun(doc[k], rules)
    j = stop
    if j < n and doc[j].text in _CLOSING_QUOTES:
        j += 1
    if j >= n or ends_line(doc[j - 1]):
        return before
    after = _publication_noun(doc[j], rules) or (
        j + 1 < n and doc[j].text.islower() and doc[j].is_alpha and _publication_noun(doc[j + 1], rules))
    if after:
        return True  # "the X, Y policy paper"
    return before and doc[j].text in _TITLE_ENDS


def _opens_with_gerund(doc: Doc, start: int) -> bool:
    """Does a run open with a capitalised verb in -ing ("Keeping Homes Safe", "Working Together")?
    No person or place is named so; NER's guess of one there is no name's end."""
    tok = doc[start]
    return tok.tag_ == "VBG" and tok.lower_.endswith("ing") and is_cap(tok)


def _publication_noun(tok: Token, rules: EntityRules) -> bool:
    """A lower-case noun that names a publication's kind ("paper", "strategy", "report")."""
    return (tok.text.islower() and tok.pos_ in ("NOUN", "PROPN")
            and PUBLICATION in (rules.cues_before.get(tok.lower_), rules.cues_after.get(tok.lower_)))


def _owns_a_body(doc: Doc, start: int, end: int, rules: EntityRules) -> bool:
    """Is a run NER leaves unlabelled the possessor of a body's name or of a role ("Harbourlight's
    Harbour Forum", "Harbourlight's Chief Executive")? Then it is an organisation."""
    if end + 1 >= len(doc) or doc[end].lower_ not in _POSSESSIVES:
        return False
    if not is_cap(doc[end + 1]):
        # "Harbourlight's mission": a common word's capital opening a sentence owns a thing (the
        # junk filter keeps it only where the document never writes the word in lower case)
        return end - start == 1 and bool(doc[start].is_sent_start) and owns_a_thing(doc[start]) and not doc[start].ent_type_
    if any(doc[k].ent_type_ for k in range(start, end)):
        return False  # NER's person or place ("Westshire's Children's Trust")
    if doc[end + 1].lower_ in rules.role_words and doc[end + 1].lower_ not in rules.connectives:
        return True
    return head_type(doc[end + 1 : _run_end(doc, end + 1, rules)], rules)[0] == ORGANISATION


def _portfolio_holder(doc: Doc, member: int, rules: EntityRules) -> bool:
    """Is the member word at `member` a post with a remit ("Cabinet Member for Housing", "the
    Executive Member for Adults & Children's Care", "Lead Member for Schools"), a role word not
    a party's before it? Then what "for" brings in is the remit, not a constituency ("the
    Labour Member for Westby", "the hon. Member for Westby" still hold a seat)."""
    if member < 1:
        return False
    # (also a member word in lower case after a capitalised post: "Executive member for Children")
    before = doc[member - 1]
    return (is_cap(before) and before.lower_ in rules.role_words and before.lower_ not in rules.constituency_cues
            and before.lower_ not in rules.party_tags)


def owns_a_thing(tok: Token) -> bool:
    """Is a word (a noun or, by the tagger's slip, a verb: no verb takes a possessive) the owner in
    "X's <word>" ("Harbourlight's mission", "Harbourlight's #CareDay")?"""
    doc = tok.doc
    if tok.pos_ not in ("NOUN", "VERB") or not tok.text.isalpha() or tok.i + 2 >= len(doc):
        return False
    clitic, owned = doc[tok.i + 1], doc[tok.i + 2]
    return clitic.tag_ == "POS" and clitic.lower_ in ("'s", "\u2019s") and not tok.whitespace_ \
        and (owned.is_alpha or owned.text == "#")


def _seat_at(doc: Doc, at: int, start: int, rules: EntityRules) -> bool:
    """Is the word at `at` inside a constituency's name, after "MP for" / "member for" with
    only capitalised words in between ("MP for Westshire and Eastby")?"""
    k = at - 1
    while k > max(start - 3, 0) and is_cap(doc[k]) and doc[k].lower_ not in rules.constituency_cues:
        k -= 1
    return (k >= 1 and doc[k].lower_ == "for" and doc[k - 1].lower_ in rules.constituency_cues) \
        or party_dash(doc, k, rules)


_DASHES = frozenset({"-", "\u2013", "\u2014"})


def party_dash(doc: Doc, k: int, rules: EntityRules) -> bool:
    """Is the token at `k` the dash between a member's party and seat in a parliamentary record's
    brackets ("Jane Porter (Labour - Westby Central)", "(Labour (Co-op) - Westby and Eastby)")?
    A dash with spaces round it, after "(" and a party tag (schema party_tags)."""
    if k < 2 or k >= len(doc) or doc[k].text not in _DASHES or not doc[k - 1].whitespace_ or not doc[k].whitespace_:
        return False
    for open_ in range(k - 1, max(k - 8, 0) - 1, -1):
        if doc[open_].text == "(" and doc[open_ + 1 : k].text.lower() in rules.party_tags:
            return True
    return False


def seat_after_party(doc: Doc, start: int, end: int, rules: EntityRules) -> bool:
    """Is the span the whole of a member's seat after the party in a parliamentary record's
    brackets ("(Labour - Westby Central)")? Not a peer's standing in the Lords ("(Crossbench -
    Life peer)", "(Conservative - Excepted Hereditary)", schema peer_standings)."""
    return (party_dash(doc, start - 1, rules) and end < len(doc) and doc[end].text == ")"
            and doc[start:end].text.lower() not in rules.peer_standings
            and doc[start].lower_ not in rules.peer_standings)


def _texts(doc: Doc) -> frozenset[str]:
    """The document's word forms, as written: once per document, not once per name."""
    return word_forms(doc)


def _before_trailing_and(doc: Doc, start: int, end: int, texts: frozenset[str]) -> int:
    """Cut "X and Y" before "and" when Y only modifies a lower-case noun after the run ("the
    Homes First and Family network pilot": "Family" belongs to "network pilot"). `texts` are
    the document's word forms (_texts)."""
    k = end - 1
    while k > start and doc[k].lower_ not in ("and", "&"):
        k -= 1
    if k <= start or k == end - 1:
        return end
    tail = doc[k + 1 : end]
    if all(t.dep_ in ("compound", "amod") and t.head.i >= end and t.head.text.islower()
           and t.head.pos_ == "NOUN" for t in tail):
        return k
    # the parse may take it for a conjunct: one common word (the text writes it in lower case
    # too) before a lower-case noun, after a name of three words or more
    nxt = doc[end] if end < len(doc) else None
    if (len(tail) == 1 and k - start >= 3 and nxt is not None and nxt.text.islower() and nxt.pos_ == "NOUN"
            and tail[0].lower_ in texts):
        return k
    return end


def _person_end(doc: Doc, start: int, end: int, lower: frozenset[str]) -> int:
    """A person's name ends before a common word the text also writes in lower case, once it
    has two words ("Jane Porter Shared Learning Event" -> "Jane Porter"); `lower` are the
    document's lower-case word forms."""
    for k in range(start + 2, end):
        if doc[k].lower_ in lower and doc[k].lower_ not in ("de", "la", "van", "von", "da", "di", "le"):
            return k
    return end


def _is_year(tok: Token) -> bool:
    return tok.like_num and len(tok.text) == 4 and tok.text.isdigit()


def _ends_entity(doc: Doc, start: int, at: int, ner_ends: set[int], rules: EntityRules) -> bool:
    """Does the run before "and" at `at` name something on its own (a person or place by
    NER, a first name, a head noun), so that "and" joins two names, not two modifiers of
    one head ("Children and Young People Board")?"""
    if at in ner_ends:
        return True
    if doc[start].text in rules.first_names and at - start >= 2:
        return True
    head, _ = head_type(doc[start:at], rules)
    return head is not None and doc[at - 1].lower_ in rules.heads


def page_surnames(doc: Doc, rules: EntityRules) -> frozenset[str]:
    """The surnames of the people NER names in full on the page ("Jane Doe" gives "Doe"): a
    given name then one or two capitalised words, none of them a head noun."""
    found: set[str] = set()
    for ent in ents_of(doc):
        if ent.label_ != "PERSON" or not 2 <= len(ent) <= 3:
            continue
        words = [t for t in ent if t.is_alpha]
        if (len(words) == len(ent) and words[0].text in rules.first_names and all(is_cap(t) for t in words)
                and not any(t.lower_ in rules.heads for t in words[1:])):
            found.add(words[-1].text)
    return frozenset(found)


def _two_people(doc: Doc, start: int, at: int, surnames: frozenset[str], rules: EntityRules) -> bool:
    """Does "and" at `at` join two people the page names in full elsewhere ("Jane Doe ... Tom
    Roe ... Doe and Roe said", "Cllrs Doe and Roe"): a surname of the page on each side, before
    "and" alone or after a given name or a title, after "and" alone or after a given name, and no
    capitalised word after the second ("Doe and Roe Solicitors", "Roe and Poe LLP": a firm) nor a
    possessive ("Doe and Roe's": maybe one name)?"""
    if doc[at - 1].text not in surnames or at + 1 >= len(doc):
        return False
    lead = doc[start : at - 1]
    if len(lead) > 1 or any(t.text not in rules.first_names and t.lower_.rstrip(".") not in rules.honorifics
                            and t.lower_ not in rules.role_words for t in lead):
        return False
    k = at + 1
    if doc[k].text in rules.first_names and k + 1 < len(doc) and doc[k + 1].text in surnames:
        k += 1
    if doc[k].text not in surnames:
        return False
    after = doc[k + 1] if k + 1 < len(doc) else None
    return after is None or not (is_cap(after) or after.lower_ in _POSSESSIVES or after.lower_ in ("and", "&"))


def _two_bodies(doc: Doc, start: int, at: int, rules: EntityRules) -> bool:
    """Does "and" at `at` join two whole names of bodies, the first one with words after its
    head noun ("Westby Institute of Health", "Kings College Eastby"), the second one a body's
    name of its own that a proper name marks: words after its head ("and Kings College Eastby"),
    or a place before it ("and Eastby University Hospitals Trust")? Not a remit shared by one
    body's head ("Institute of Health and Care", "House of Westby Health and Social Care
    Committee", "Department for Education and Skills")."""
    if at - start < 3 or doc[at - 1].lower_ in rules.heads:
        return False   # a name ending at its head before "and" is _ends_entity's
    before = _body_head(doc, start, at, rules, remit=True)
    if before is None:
        return False
    end = _run_end(doc, at + 1, rules)
    after = _body_head(doc, at + 1, end, rules)
    if after is None or after == at + 1:
        return False
    return after < end - 1 or doc[at + 1].ent_type_ in ("GPE", "LOC")


def _last_of_a_list(doc: Doc, start: int, at: int, rules: EntityRules, place_at: frozenset[int]) -> bool:
    """Does "and" at `at` join the last two items of a list of names ("Harbour Aid, Kestrel Works
    and Carers Trust Westby", "Barlow's, Kestrel Care and Westby County Council")? The run opens
    after a comma that follows a name (the list's item before), no place is in it before "and"
    (not "Westby, Eastby and Northby Councils", "Westby, Eastby and Northby"), and what follows
    names a body whole: a place at its end after words of its own, or a body's head after a
    place. `place_at` are the tokens NER or the gazetteer reads as a place."""
    if start < 2 or doc[start - 1].text != "," or at - start > 3:
        return False
    before = doc[start - 2]
    if not (is_cap(before) or (before.lower_ in _POSSESSIVES and start >= 3 and is_cap(doc[start - 3]))):
        return False
    if any(k in place_at or not is_cap(doc[k]) for k in range(start, at)):
        return False
    end = _run_end(doc, at + 1, rules)
    if end - (at + 1) < 2 or any(doc[k].lower_ in rules.connectives for k in range(at + 1, end)):
        return False
    if end - 1 in place_at and end - 2 not in place_at:
        return True   # "Carers Trust Westby"
    head = _body_head(doc, at + 1, end, rules)
    return head is not None and head > at + 1 and head - 1 in place_at


def _body_head(doc: Doc, start: int, end: int, rules: EntityRules, *, remit: bool = False) -> int | None:
    """The organisation head noun of a run that names one body whole: the head followed by
    nothing, by "of"/"for" and up to three capitalised words, or by up to two capitalised words
    (a place: "College Eastby"); None for another run. With `remit`, the words after "of"/"for"
    may be a remit of two fields joined by "and" ("Westby Institute of Health and Social Care")."""
    if end - start < 2 or any(doc[k].is_punct for k in range(start, end)):
        return None
    joins = [k for k in range(start, end) if doc[k].lower_ in ("and", "&")]
    if joins and not (remit and len(joins) == 1 and _remit_join(doc, start, end, joins[0], rules)):
        return None
    if joins:
        return _body_head(doc, start, joins[0], rules)
    type_, head = head_type(doc[start:end], rules)
    if type_ is None:   # "Kings College Eastby": the head before a place
        head = next((k for k in range(end - 2, max(start, end - 3) - 1, -1)
                     if rules.heads.get(doc[k].lower_) == ORGANISATION), None)
        type_ = ORGANISATION if head is not None else None
    if type_ != ORGANISATION or head is None or doc[head].lower_ in rules.role_words:
        return None
    rest = doc[head + 1 : end]
    if not rest:
        return head
    if rest[0].lower_ in ("of", "for"):
        return head if 1 < len(rest) <= 4 and all(is_cap(t) for t in rest[1:]) else None
    return head if len(rest) <= 2 and all(is_cap(t) and t.lower_ not in rules.heads for t in rest) else None


def local_party(doc: Doc, start: int, end: int, rules: EntityRules) -> bool:
    """Is a run a place's branch of a party, its name then the party's written out (schema
    party_names: "Westby Labour", "Westby and Eastby Conservatives")? Not a person ("Jane Porter
    Labour"), a post ("Shadow Labour"), the party alone, nor a common word ("System Reform")."""
    toks = tokens_of(doc)
    first = toks[start]
    if first.text in rules.first_names or first.lower_.rstrip(".") in rules.honorifics or first.lower_ in rules.role_words:
        return False
    for size in (1, 2, 3):
        if end - size <= start or not toks[end - size].is_title:
            continue
        words = span_of(doc, end - size, end).text.lower()
        if words in rules.party_names:
            return all(is_cap(t) or t.lower_ in ("and", "&") for t in doc[start : end - size])
    return False


def _remit_join(doc: Doc, start: int, end: int, at: int, rules: EntityRules) -> bool:
    """Is the "and" at `at` inside a body's remit after "of"/"for" ("Institute of Health and
    Social Care"): a capitalised field on each side, at most three words each, no head noun after it?"""
    of = next((k for k in range(start + 1, at) if doc[k].lower_ in ("of", "for")), None)
    if of is None or not (1 <= at - of - 1 <= 3 and 1 <= end - at - 1 <= 3):
        return False
    fields = [*doc[of + 1 : at], *doc[at + 1 : end]]
    return all(is_cap(t) and t.lower_ not in rules.heads for t in fields)


def _possessive_split(doc: Doc, start: int, at: int, rules: EntityRules) -> bool:
    """Is the "'s" at `at` a possessive between two names ("the LGA's Children and Young
    People Board"), not part of one ("Children's Commissioner", "Review of Children's Care")?"""
    before = doc[at - 1]
    if before.lower_ in rules.possessive_name_words:
        return False
    if doc[at].text in ("'", "\u2019") and before.lower_.endswith("s") and at + 1 < len(doc) \
            and rules.heads.get(doc[at + 1].lower_) == ORGANISATION and doc[at + 1].lower_ not in rules.role_words \
            and _run_end(doc, at + 1, rules) == at + 2:
        return False  # "Care Leavers' Association": a plural possessive inside one body's name
    if at - 2 >= start and doc[at - 2].lower_ in rules.connectives:
        return False
    return at + 1 < len(doc) and is_cap(doc[at + 1])


def _after_role(doc: Doc, start: int, end: int, rules: EntityRules) -> int:
    """Skip leading roles and page words with their prepositions: "Chief Executive of Family
    Rights Group", "Secretary of State for Education", "Minutes of the X Committee", and a
    byline's opening ("Post by Jane Porter"), and a form of address before "the" and a role ("Friend
    the Member for Westby": the seat)."""
    toks = tokens_of(doc)
    if end - start > 3 and toks[start].lower_ in rules.address_forms and toks[start + 1].lower_ == "the":
        start += 2
    k = start
    while k < end and toks[k].lower_ in rules.byline_words:
        k += 1
    if start < k < end - 1 and toks[k].lower_ == "by":
        start = k + 1
    while True:
        k = start
        while k < end and (toks[k].lower_ in rules.role_words or toks[k].lower_ in rules.leading_words
                           or (toks[k].text == "-" and k > start and toks[k - 1].lower_ in rules.role_words)):
            k += 1
        if k == start:
            return start
        if k < end - 2 and toks[k].lower_ in ("and", "&"):
            after = k + 1 + (toks[k + 1].lower_ == "the")
            if after < end and is_cap(toks[after]) and toks[after].lower_ in rules.role_words and toks[k - 1].lower_ in rules.role_words:
                start = after  # "Chief Constable and the Director of ...": a second post
                continue
        if k < end - 1 and toks[k].lower_ in ("of", "at", "for", "in"):
            start = k + 1
            while start < end and toks[start].lower_ == "the":
                start += 1
            if toks[k].lower_ in ("of", "for"):
                start = _body_after_remit(doc, start, end, rules)
            continue
        if all(toks[i].lower_ in rules.leading_words for i in range(start, k)) and k < end:
            return k  # "Dear Ms Smith"
        lead = start
        while lead < k and toks[lead].lower_ in rules.leading_words and toks[lead].lower_ not in rules.role_words:
            lead += 1
        if start < lead < end:
            return lead  # a page label before a run ("Type Parliamentary briefing"): the label is no part of it
        return start


def _body_after_remit(doc: Doc, start: int, end: int, rules: EntityRules) -> int:
    """Where the body starts after a post's remit ("[Director of] Children's Services in the
    Westshire Care Board", "[Head of] Policy at Harbour Trust"): after "in" or "at" (and "the"),
    when what follows is a body's name by its head noun and the remit before has no head of its own."""
    for k in range(start + 1, end - 1):
        if doc[k].lower_ not in ("in", "at"):
            continue
        body = k + 1 + (doc[k + 1].lower_ == "the")
        if body < end and is_cap(doc[body]) and head_type(doc[body:end], rules)[0] == ORGANISATION \
                and head_type(doc[start:k], rules)[0] is None:
            return body
        return start
    return start


def _after_post(doc: Doc, start: int, end: int, rules: EntityRules) -> int:
    """Where a body's name starts after a job title printed before it without "of" or a comma
    ("Regulatory Inspection Manager Harbourwatch", "Former Chief Executive Westby City Council", "Senior
    HMI Harbourwatch"): after the post's head noun (schema post_nouns), when what follows names a body or
    a place: a name of two words or more with a body's head noun, or one word NER calls a body or
    a place, or an acronym, that is no generic, role or stoplist word ("Service Director Legal"
    names a department's field, not a body). A person's name before the post (a given name, an
    honorific) leaves the run to the person's rules ("Jane Porter Manager ..."); a body named by a
    post word and one generic word stays whole ("Executive Board", "Chief Officer Group")."""
    toks = tokens_of(doc)
    for k in range(end - 2, start - 1, -1):
        if not (is_cap(toks[k]) and toks[k].lower_ in rules.post_nouns and is_cap(toks[k + 1])):
            continue
        if any(toks[m].text in rules.first_names or toks[m].lower_.rstrip(".") in rules.honorifics
               for m in range(start, k)):
            return start
        tail = doc[k + 1 : end]
        if len(tail) >= 2:
            body = head_type(tail, rules)[0] == ORGANISATION
        else:
            word = tail[0]
            body = (word.ent_type_ in ("ORG", "GPE") or is_acronym(word.text)) and not any(
                word.lower_ in words for words in (rules.stoplist, rules.generic_words, rules.role_words))
        return k + 1 if body else start
    return start


def _can_start(tok: Token) -> bool:
    if tok.text.startswith("#"):
        return True
    if tok.pos_ in _FIRST_POS or owns_a_thing(tok):
        return True
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    if tok.tag_ == "VBG" and nxt is not None and is_cap(nxt):
        return True  # a gerund opening a name ("Working Together to ...")
    # a capital mid-sentence is a name's, whatever its tag
    prev = tok.nbor(-1) if tok.i > 0 else None
    if prev is not None and prev.text in BULLETS:
        return True  # the first word of a list item
    return not tok.is_sent_start and prev is not None and not prev.is_punct and not prev.is_space


def head_type(span: Span, rules: EntityRules) -> tuple[str | None, int | None]:
    """The type the name's head noun says, and the head's token index."""
    words = [t for t in span_tokens(span) if not t.is_punct]
    if not words:
        return None, None
    first = 1 if words[0].lower_ == "the" and len(words) > 1 else 0
    if (len(words) - first >= 3 and words[first + 1].lower_ in _ABOUT and is_cap(words[first])
            and rules.heads.get(words[first].lower_) == PUBLICATION
            and sum(1 for t in words[first + 2 :] if is_cap(t)) >= 2):
        # "Briefing on the Harbour Scheme", "Guidance for the Westby Panel": a publication's
        # noun opening the name heads it; what follows, a name of its own, is what it is about
        # or for (not "Act of Parliament", a kind of law)
        return PUBLICATION, words[first].i
    last = words[-1]
    if last.like_num and len(words) > 1:
        last = words[-2]
    type_ = rules.heads.get(last.lower_) or rules.heads.get(last.lemma_.lower())
    if type_:
        return type_, last.i
    for tok in words[1:]:
        if tok.lower_ in ("of", "for", "on"):
            before = tok.nbor(-1)
            if (tok.lower_ == "of" and before.i > span.start
                    and f"{before.nbor(-1).lower_} {before.lower_}" in rules.council_styles):
                return ORGANISATION, before.i  # "London Borough of Westby": the council's name
            type_ = rules.heads.get(before.lower_) or rules.heads.get(before.lemma_.lower())
            return (type_, before.i) if type_ else (None, None)
    return None, None


def _list_item(doc: Doc, start: int, end: int, rules: EntityRules) -> Iterator[Candidate]:
    """A name opening a list item ("- Open Doors. This ...") under a line that introduces
    typed items ("Initiatives in X include:") votes for that type."""
    line_start = line_opening(doc, start, max_words=4)   # the opener and at most 3 words
    if line_start is None:
        return
    opener = doc[line_start]
    if opener.text not in BULLETS and not opener.text.startswith("\u2022"):
        return
    lead = [t for t in doc[line_start + 1 : start] if not t.is_space]
    if len(lead) > 3:
        return
    type_ = _list_type(doc, line_start, rules)
    if type_ == PLACE and head_type(doc[start:end], rules)[0] not in (None, PLACE):
        return  # "- Westshire County Council" under "The areas are:": a body, by its head noun
    if type_ == INITIATIVE and doc[end - 1].lower_ in {kind.split()[-1] for kind in rules.kind_names}:
        return  # "- Westshire County Council" under "The programme is delivered by:": a council is no programme
    if type_:
        # "- Open Doors. This scheme ...": a title standing alone before the item's text
        titled = end < len(doc) and doc[end].text in (".", ":") and not lead
        rule = "item" if titled else "list"
        yield Candidate(start, end, rule, [(type_, rules.weights["list"])], priority=3)


def _list_type(doc: Doc, line_start: int, rules: EntityRules) -> str | None:
    """The type announced by the nearest line above this list that ends with a colon."""
    j = line_start - 1
    checked = 0
    space = spaces(doc)
    while j > 0 and checked < 40:
        k = line_opening(doc, j)
        if k is None or k >= j + 1:
            j -= 1
            continue
        # (a line's words are listed only when its first and last words make it an introduction)
        first = next((w for w in range(k, j + 1) if not space[w]), None)
        last = next((w for w in range(j, k - 1, -1) if not space[w]), None)
        line = [doc[w] for w in range(k, j + 1) if not space[w]] if (
            first is not None and last is not None and doc[last].text == ":"
            and doc[first].text not in ("\u2022", "-", "*")) else []
        checked += 1
        if line and line[-1].text == ":" and line[0].text not in ("\u2022", "-", "*"):
            for m, t in enumerate(line):
                type_ = rules.list_cues.get(t.lower_)
                if not type_ or (m + 1 < len(line) and line[m + 1].lower_ in rules.list_cues):
                    continue  # the head of "the pathfinder areas", not its modifier
                if type_ == PUBLICATION and _one_text(line, m):
                    continue  # "The Harbour strategy introduces several measures:": the items are the
                    # one text's parts, not texts of its kind
                if type_ == PLACE and not (len(line) - m - 2 <= 3 and all(
                        w.is_alpha and w.is_lower for w in line[m + 1 : -1])):
                    return None  # "Local authorities should notify the panel:": no list of places
                return type_
            return None
        j = k - 1
    return None


_ONE_OWNER = frozenset({"the", "this", "its", "their", "our", "his", "her", "my"})


def _one_text(line: Sequence[Token], m: int) -> bool:
    """Is the list cue at `m` one text, in the singular after "the", "this", a possessive
    pronoun or an owner's "'s", past its modifiers ("The strategy", "the Harbour Office's new
    care strategy")? Not a plural ("Reports in this series include:") nor a bare noun ("Key
    guidance:")."""
    if line[m].tag_ not in ("NN", "NNP"):
        return False
    k = m - 1
    while k >= 0 and line[k].dep_ in ("amod", "compound", "nummod") and not line[k].is_punct:
        k -= 1
    return k >= 0 and (line[k].lower_ in _ONE_OWNER or line[k].tag_ == "POS")


def _is_quote(text: str) -> bool:
    return text in QUOTES


_LONGEST_TITLE = 13      # the closing quote's distance in tokens from the opening one, at most
_LONGEST_SUBTITLED = 21  # ... for a title with a subtitle after its colon or question mark


def quoted_candidates(doc: Doc, rules: EntityRules) -> Iterator[Candidate]:
    """A quoted title next to a publication cue ("its report 'A Case for Reform'")."""
    toks = tokens_of(doc)
    quote = text_flags(doc, _is_quote)   # (a title opens only at a quotation mark)
    i = 0
    n = len(doc)
    while i < n:
        if not quote[i]:
            i += 1
            continue
        j = i + 1
        while j < n and j - i < _LONGEST_SUBTITLED and toks[j].text not in QUOTES and not ends_line(toks[j]):
            j += 1
        if j >= n or toks[j].text not in QUOTES or j == i + 1:
            i += 1
            continue
        inner = doc[i + 1 : j]
        if j - i > _LONGEST_TITLE and not any(t.text in (":", "?") for t in inner[1:-1]):
            # a long quotation is speech, unless a title and its subtitle ("'Where next? A plan
            # for Westshire's carers and the families they support'")
            i += 1
            continue
        caps = sum(1 for t in inner if is_cap(t))
        title_case = caps * 2 >= sum(1 for t in inner if t.is_alpha)
        after = toks[j + 1] if j + 1 < n and not ends_line(toks[j]) and toks[j].whitespace_ else None
        head = rules.heads.get(after.lower_) if after is not None and is_cap(after) else None
        if head and title_case and is_cap(inner[0]):
            # "an 'Experts by Choice' Group": a quoted name and the head noun after it
            name = inner.text + " " + after.text
            yield Candidate(i + 1, j + 2, "quoted", [(head, rules.weights["quoted"])], name=name, priority=3)
            i = j + 2
            continue
        # a sentence-case title needs its cue right before it ("my report 'Looked after ...'")
        # ... or with a comma or colon between ("the policy paper, 'Keeping homes warm'")
        cue_at = i - 2 if i > 1 and toks[i - 1].text in (",", ":") else i - 1
        cue_before = cue_at >= 0 and rules.cues_before.get(toks[cue_at].lower_) == PUBLICATION
        # "we published 'Voices from the ward'": a sentence-case title after a verb of publishing
        # (a title-case one is left to the cues above: "published the 'X, Y: Z Strategy'" holds
        # a known title and its subtitle, which the gazetteer and the cues settle)
        published = not title_case and _published_before(doc, i, rules)
        if caps and is_cap(inner[0]) and (title_case or cue_before or published):
            cue = _nearby_type(doc, i, j + 1, rules, want=PUBLICATION) or (PUBLICATION if published else None) or (
                PUBLICATION if title_case and _published_after(doc, j + 1, rules) else None) or (
                PUBLICATION if title_case and _opens_with_reply(inner, rules) else None)
            if cue:
                yield Candidate(i + 1, j, "quoted", [(cue, rules.weights["quoted"])], priority=3)
        i = j + 1


_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "our", "his", "her", "my", "your"})


def _opens_with_reply(inner: Span, rules: EntityRules) -> bool:
    """Does a quoted title open with a reply's head noun and "to", after an article ("'A response
    to the Harbour Strategy'", "'Response to the X Review'")? Such a title names a text that answers
    another (reply_heads)."""
    words = [t for t in inner if not t.is_punct]
    if words[:1] and words[0].lower_ in ("a", "an", "the"):
        words = words[1:]
    return len(words) >= 3 and words[0].lower_ in rules.reply_heads and words[1].lower_ == "to"


def _published_before(doc: Doc, quote: int, rules: EntityRules) -> bool:
    """Does a verb of publishing (schema publishing_verbs) stand right before the quote at
    `quote`, or before it and a determiner ("published its 'X'")?"""
    k = quote - 1
    if k >= 0 and doc[k].lower_ in _DETERMINERS:
        k -= 1
    return (k >= 0 and doc[k].pos_ == "VERB" and doc[k].text.islower()
            and doc[k].lemma_.lower() in rules.publishing_verbs)


def _published_after(doc: Doc, k: int, rules: EntityRules) -> bool:
    """Is the quoted title that closes before `k` followed, after an optional comma, by the
    participle of a verb of publishing ("'Caring Well, Living Well', published in May")?"""
    if k < len(doc) and doc[k].text == ",":
        k += 1
    return (k < len(doc) and doc[k].tag_ == "VBN" and doc[k].text.islower()
            and rules.object_cues.get(doc[k].lemma_.lower()) == PUBLICATION)


def _nearby_type(doc: Doc, start: int, end: int, rules: EntityRules, *, want: str) -> str | None:
    for k in range(max(0, start - 3), start):
        if rules.cues_before.get(doc[k].lower_) == want or rules.cues_after.get(doc[k].lower_) == want:
            return want
    for k in range(end, min(len(doc), end + 2)):
        if rules.cues_after.get(doc[k].lower_) == want:
            return want
    return None


# gazetteer entries whose names are made of common words ("Harbour Steps", "Family Harbour"):
# a text names one only with the capitals its form has
_CAPITALISED_TYPES = frozenset({INITIATIVE, RECOMMENDATION})


def gazetteer_candidates(doc: Doc, matchers: EntityMatchers) -> Iterator[Candidate]:
    """Gazetteer names, case-insensitively for long forms; a form of one or two words must
    agree in capitalisation too, so "bury" or "dfe" in running text is no match. A programme
    or a proposal (whose names are common words) is named only with the capitals of its form,
    and a head noun of a programme after it is part of the mention ("the Harbour Steps
    programme"), which keeps the entry's name."""
    rules = matchers.rules
    weight = rules.weights["gazetteer"]
    spans: dict[tuple[int, int], list[int]] = {}
    for match_id, start, end in matchers.gazetteer(doc):
        spans.setdefault((start, end), []).append(int(doc.vocab.strings[match_id][3:]))
    votes = _link_votes(doc, matchers, spans)
    linked = {(start, end): matchers.gazetteer_entries[_link(doc, start, end, owners, votes, matchers)]
              for (start, end), owners in spans.items()}
    written = {id(entry) for (start, end), entry in linked.items() if entry.type in _CAPITALISED_TYPES
               and _capitals_agree(doc[start:end], _forms(entry, rules.possessive_name_words))}
    for (start, end), entry in linked.items():
        span = doc[start:end]
        forms = _forms(entry, rules.possessive_name_words)
        repeated = id(entry) in written and _repeated_in_lower_case(doc, start, end, rules)
        if end - start < 3 and not repeated and not _case_agrees(span, forms) \
                and not (_known_by_description(doc, start, end, entry, spans, rules)
                         and _described_in_context(doc, (start, end), entry, linked, matchers)):
            continue
        if entry.capitals and not repeated and not _capitals_agree(span, forms):
            continue  # "Child protection in England is ...": the phrase, not the title
        if entry.type in _CAPITALISED_TYPES:
            if not repeated and not _capitals_agree(span, forms):
                continue  # "harbour steps to the sea", "family harbour" as a common phrase
            if (end < len(doc) and not ends_line(doc[end - 1]) and is_cap(doc[end])
                    and rules.heads.get(doc[end].lower_) not in (None, INITIATIVE)):
                continue  # the start of a body's or a text's name: "the Harbour Steps Department"
            # "the Harbour Steps (HS) programme": the form's acronym in brackets before the head noun
            head = end + 3 if _initials_in_brackets(doc, start, end, rules) else end
            if (head < len(doc) and not ends_line(doc[head - 1]) and rules.cues_after.get(doc[head].lower_) == INITIATIVE
                    and rules.heads.get(doc[head].lower_) in (None, INITIATIVE)
                    and not any(s <= start and end + 1 <= e for s, e in spans if (s, e) != (start, end))):
                end = head + 1  # "the Harbour Steps programme", "the Harbour Steps Model" (not a body's
                # head noun: "Harbour Steps Network"; not where a longer name of the gazetteer
                # holds it: "Harbour Boards Pathfinder")
        if entry.type == PUBLICATION and (place_end := _for_a_place(doc, end, spans, matchers)) is not None:
            end = place_end  # "the Harbour Care Strategy for Westshire": the known title, for its place
        if start >= 3 and doc[start - 1].lower_ == "of" and is_peerage(doc, start - 3, end, rules):
            continue  # "Baroness Porter of Westby": the peer's title, not the place
        if start >= 2 and doc[start - 1].lower_ == "of" and is_see_style(doc, start - 2, end, rules):
            continue  # "the Bishop of Westby": the churchman's style, not the place
        if (start >= 5 and end == start + 1 and doc[start - 1].lower_ in ("and", "&")
                and _see_of_a_peer(doc, start - 5, start - 1, rules)):
            continue  # "the Lord Bishop of Westby and Eastby": the see's second town
        if entry.type == PLACE and not a_place_here(doc, start, end, entry, spans, matchers):
            continue
        if entry.common and entry.type != PLACE and _a_word_opening(doc, start, end):
            continue  # "Harbour walls are old": the common word, not the body named "Harbour"
        if _inside_longer_name(doc, start, end, rules) and not (
                entry.type == PLACE and _of_a_place(doc, end, spans, matchers)) and not (
                entry.type == ORGANISATION and _post_follows(doc, end, rules)):
            continue  # "Independent Review" in "Independent Review of Adult Services"
        yield Candidate(start, end, "gazetteer", [(entry.type, weight)], name=entry.name, priority=5)


def _repeated_in_lower_case(doc: Doc, start: int, end: int, rules: EntityRules) -> bool:
    """Whether a lower-case form of a programme's name, on a page that also writes the name
    with its capitals, names that programme ("The Harbour Steps scheme ... will open harbour
    steps in every town"): a noun phrase of two or more lower-case words with no connective
    inside, whose first word is no gerund ("supporting harbour families" is the activity) and
    which no indefinite article makes a kind ("a harbour step in every town"). The first word
    may have a capital its place gives it, opening a sentence, a line or a quotation ("Harbour
    steps will open", "'Harbour steps bring services together,' she said")."""
    words = doc[start:end]
    if end - start < 2 or not all(t.is_alpha and (t.is_lower or (t.i == start and _opening_capital(doc, t)))
                                  for t in words):
        return False
    if any(t.lower_ in rules.connectives for t in words) or words[0].tag_ == "VBG" \
            or words[0].lower_.endswith("ing"):
        return False
    if words[-1].pos_ not in ("NOUN", "PROPN") or (start > 0 and doc[start - 1].lower_ in ("a", "an")):
        return False
    # not a word of a longer name or phrase in capitals around it ("Harbour steps Fund")
    return not ((start > 0 and is_cap(doc[start - 1]) and not doc[start - 1].is_sent_start
                 and doc[start - 1].lower_ not in rules.connectives)
                or (end < len(doc) and is_cap(doc[end]) and not ends_line(doc[end - 1])))


def _opening_capital(doc: Doc, tok: Token) -> bool:
    """Is a word capitalised only by its place: a capital and then lower-case letters, opening
    a sentence or a line, or right after an opening quotation mark that does ("Harbour steps
    open", "'Harbour steps open,' she said")?"""
    if not tok.is_title:
        return False
    k = tok.i - 1
    if k >= 0 and doc[k].text in _OPENING_QUOTES:
        k -= 1
    return k < 0 or doc[k + 1].is_sent_start or ends_line(doc[k]) or doc[k].is_space or doc[k].text in (".", "!", "?", ":")


def _a_surname(doc: Doc, start: int, end: int, spans: dict[tuple[int, int], list[int]], rules: EntityRules) -> bool:
    """Whether a place's name stands where a person's surname does: after a given name or an
    honorific ("Jane Westby", "Cllr Westby"), or after a capitalised word no place name holds
    that begins the person NER finds ending with it ("Porta Westby")."""
    if start == 0 or ends_line(doc[start - 1]):
        return False
    before = doc[start - 1]
    if before.text in rules.first_names or before.lower_.rstrip(".") in rules.honorifics - {"mp"}:
        return True
    person = (before.ent_iob_ == "B" and before.ent_type_ == "PERSON"
              and all(doc[k].ent_iob_ == "I" for k in range(start, end))
              and (end == len(doc) or doc[end].ent_iob_ != "I"))
    return person and is_cap(before) and not any(s <= start - 1 < e for s, e in spans)


def a_place_here(doc: Doc, start: int, end: int, entry: GazetteerEntry, spans: dict[tuple[int, int], list[int]],
                 matchers: EntityMatchers) -> bool:
    """Whether a gazetteer place's form at [start, end) names the place: not a person's surname
    ("Jane Westby", "Cllr Westby"), nor a verb opening a sentence ("Reading the report, ..."),
    nor, for a name that is also a common word, that word ("Continue Reading")."""
    if entry.common and not _shown_a_place(doc, start, end, spans, matchers):
        return False
    return not (_a_surname(doc, start, end, spans, matchers.rules) or _a_verb_opening(doc, start, end))


def _shown_a_place(doc: Doc, start: int, end: int, spans: dict[tuple[int, int], list[int]],
                   matchers: EntityMatchers) -> bool:
    """Whether the text shows a place at [start, end): after a place preposition ("in
    Westby"), before a body's head noun ("Westby Borough Council"), or beside another place of
    the gazetteer in a list ("Westby, Eastby and Northmoor")."""
    rules = matchers.rules
    if start > 0 and doc[start - 1].lower_ in rules.place_prepositions:
        return True
    if end < len(doc) and is_cap(doc[end]) and rules.heads.get(doc[end].lower_) == ORGANISATION:
        return True
    places = [(s, e) for (s, e), owners in spans.items() if (s, e) != (start, end) and not matchers.gazetteer_entries[
        owners[0]].common and any(matchers.gazetteer_entries[o].type == PLACE for o in owners)]
    joined = (",", "and", "&", ";")
    return (start > 1 and doc[start - 1].lower_ in joined and any(e == start - 1 for _s, e in places)) or (
        end + 1 < len(doc) and doc[end].lower_ in joined and any(s == end + 1 for s, _e in places))


def _a_word_opening(doc: Doc, start: int, end: int) -> bool:
    """Whether a one-word name that is also a common word opens a sentence or a line as that word:
    before a lower-case word that is no verb ("Harbour walls are old", "Harbour a grudge"), not
    as the body's name ("Harbour has welcomed ...", "Harbour, the charity, said")."""
    if end - start != 1 or not (start == 0 or doc[start].is_sent_start or ends_line(doc[start - 1])):
        return False
    if end >= len(doc) or ends_line(doc[start]):
        return False
    after = doc[end]
    return after.text[:1].isalpha() and after.text[:1].islower() and after.pos_ not in ("VERB", "AUX")


def _a_verb_opening(doc: Doc, start: int, end: int) -> bool:
    """Whether a one-word place's name opens a sentence as a verb with its object or adverb after
    it ("Reading the report, ..."; not "Reading has ...", "Reading, Westby and ...")."""
    if end - start != 1 or not (start == 0 or doc[start].is_sent_start or ends_line(doc[start - 1])):
        return False
    after = doc[end] if end < len(doc) else None
    return (doc[start].pos_ == "VERB" and after is not None and after.text[:1].islower()
            and after.pos_ in ("DET", "PRON", "ADV"))


def named_proposals(doc: Doc, matchers: EntityMatchers, proposals: Sequence[RecommendationItem]
                    ) -> list[RecommendationItem]:
    """The document's proposals, where a phrase holds the name of a proposal the gazetteer
    knows ("the creation of Harbour Boards in every region") cut to that name: one node, the
    gazetteer's, which its recommender RECOMMENDS or SUPPORTS; a phrase holding two such names
    is two proposals. A phrase that is part of such a name ("recognise harbour work as a
    listed trade" cut to "listed trade") is the whole name."""
    if not proposals:
        return list(proposals)
    known = list(gazetteer_candidates(doc, matchers))
    named = sorted((c.start, c.end) for c in known if any(t == RECOMMENDATION for t, _w in c.votes))
    programmes = sorted((c.start, c.end) for c in known if any(t in (INITIATIVE, RECOMMENDATION) for t, _w in c.votes))
    if not programmes:
        return list(proposals)
    out: dict[tuple[int, int, int | None], RecommendationItem] = {}
    for item in proposals:
        shared = shared_head_names(doc, item.start, item.end, programmes, matchers.rules)
        if shared:
            # "the Harbour Steps and Keel Lane schemes": the programmes the phrase names, each a node
            for s, e in shared:
                out.setdefault((s, e, item.recommender), replace(item, start=s, end=e))
            continue
        inside = [(s, e) for s, e in named if item.start <= s and e <= item.end]
        # the longest names only ("Harbour Board Pathfinder" holds "Harbour Board")
        inside = [(s, e) for s, e in inside if not any(a <= s and e <= b and (a, b) != (s, e) for a, b in inside)]
        # ... but not a description the phrase narrows: its own wording is the proposal
        inside = [(s, e) for s, e in inside if not narrowed_description(doc, s, e, item.end)]
        holders = [(s, e) for s, e in named if s <= item.start and item.end <= e and (s, e) != (item.start, item.end)]
        if holders and not inside:
            s, e = max(holders, key=lambda span: span[1] - span[0])
            out.setdefault((s, e, item.recommender), replace(item, start=s, end=e))
            continue
        spans = inside or [(item.start, item.end)]
        if inside:
            rest = _conjuncts_before(doc, item.start, inside[0][0])
            if rest is not None:
                spans = [rest, *spans]   # "a national Harbour Fund and Harbour Boards": both
        for s, e in spans:
            new = item if (s, e) == (item.start, item.end) else replace(item, start=s, end=e)
            out.setdefault((new.start, new.end, new.recommender), new)
    return sorted(out.values(), key=lambda it: (it.start, it.end))


def _conjuncts_before(doc: Doc, start: int, name: int) -> tuple[int, int] | None:
    """The proposal before a known one that the phrase coordinates it with ("a national Harbour
    Fund and Harbour Boards" -> "a national Harbour Fund"), when the name is a later conjunct."""
    if name <= start:
        return None
    root = doc[name]
    while root.head.i != root.i and name <= root.head.i < name + 8 and root.dep_ in ("compound", "amod", "nmod"):
        root = root.head
    if root.dep_ != "conj" or not start <= root.head.i < name:
        return None
    end = name
    while end > start and (doc[end - 1].dep_ in ("cc", "punct") or doc[end - 1].lower_ in ("and", "or")):
        end -= 1
    return (start, end) if end > start else None


def _capitals_agree(span: Span, forms: Sequence[str]) -> bool:
    """Does the text have a capital wherever one of the forms it matches has one ("Harbour
    Steps" for the form "Harbour Steps"; not "harbour steps")? A text in capitals throughout
    ("HARBOUR STEPS", a heading) shows none of them: only an acronym's form agrees with it. A
    form's leading article is a word of the sentence, in lower case inside one: "published in the
    HJ" agrees with the form "The HJ"."""
    text = " ".join(_without_acronym(span).replace("\u2019", "'").split())
    shouting = not any(c.islower() for c in text)
    for form in forms:
        form = " ".join(form.replace("\u2019", "'").split())
        if form.startswith("The ") and text.startswith("the "):
            form = form.replace("The", "the", 1)
        if shouting and any(c.islower() for c in form):
            continue
        if len(form) == len(text) and form.lower() == text.lower() and all(
                t.isupper() for f, t in zip(form, text, strict=True) if f.isupper()):
            return True
    return False


def _link_votes(doc: Doc, matchers: EntityMatchers, spans: dict[tuple[int, int], list[int]]
                ) -> list[tuple[int, int, int]]:
    """(entry, start, end) for each vote the text casts for a gazetteer entry: one of its
    context words, or a form that only this entry is known by."""
    votes = [(owners[0], start, end) for (start, end), owners in spans.items() if len(owners) == 1]
    if matchers.context is not None and any(len(owners) > 1 for owners in spans.values()):
        votes += [(int(doc.vocab.strings[m][3:]), s, e) for m, s, e in matchers.context(doc)]
    return votes


def _link(doc: Doc, start: int, end: int, owners: list[int], votes: list[tuple[int, int, int]],
          matchers: EntityMatchers) -> int:
    """Which of the entries known by one form a mention of it means (candidate generation
    and ranking as an entity linker does it, deterministically): the entry most of the
    votes in its sentence are for, else in the whole text, else the form's default entry."""
    if len(owners) == 1:
        return owners[0]
    sent = doc[start].sent if doc.has_annotation("SENT_START") or doc.has_annotation("DEP") else doc[:]
    for lo, hi in ((sent.start, sent.end), (0, len(doc))):
        tally = Counter(e for e, s, t in votes if e in owners and lo <= s and t <= hi and (t <= start or s >= end))
        if tally:
            best = max(tally.values())
            top = [e for e in owners if tally[e] == best]
            if len(top) == 1:
                return top[0]
    defaults = [e for e in owners if matchers.gazetteer_entries[e].default]
    return min(defaults or owners)


def _of_a_place(doc: Doc, end: int, spans: dict[tuple[int, int], list[int]], matchers: EntityMatchers) -> bool:
    """Does a place's name go on with "of" and another place's whole name, the capitalised run
    ending there ("the South East of England", "the North West of England")? Then it is the
    part of that place, and no longer name's start."""
    if end + 1 >= len(doc) or doc[end].lower_ != "of":
        return False
    return any(s == end + 1 and e == _run_end(doc, s, matchers.rules)
               and any(matchers.gazetteer_entries[o].type == PLACE for o in owners)
               for (s, e), owners in spans.items())


def _for_a_place(doc: Doc, end: int, spans: dict[tuple[int, int], list[int]], matchers: EntityMatchers) -> int | None:
    """Where a title goes on with "for" and a place's whole name, the capitalised run ending
    there ("the Harbour Care Strategy for Westshire"), the end of that name; else None."""
    if end + 1 >= len(doc) or doc[end].lower_ != "for" or ends_line(doc[end - 1]):
        return None
    run_end = _run_end(doc, end + 1, matchers.rules)
    found = any(s == end + 1 and e == run_end and any(matchers.gazetteer_entries[o].type == PLACE for o in owners)
                for (s, e), owners in spans.items())
    return run_end if found else None


def _post_follows(doc: Doc, end: int, rules: EntityRules) -> bool:
    """Does a post of the body's staff follow its name ("Jane Porter, HCA President,", "HCA
    Chief Executive Jane Porter")? Then the name is the body's, not the start of a longer one."""
    return end < len(doc) and not ends_line(doc[end - 1]) and doc[end].lower_ in rules.staff_roles


def _inside_longer_name(doc: Doc, start: int, end: int, rules: EntityRules) -> bool:
    """Is a short gazetteer match only the start or end of a longer capitalised name?"""
    toks = tokens_of(doc)
    if end < len(doc) and not ends_line(toks[end - 1]):
        nxt = toks[end]
        if nxt.lower_ in ("of", "for") and end + 1 < len(doc) and is_cap(toks[end + 1]):
            return True
        if is_cap(nxt) and nxt.pos_ == "PROPN" and not nxt.is_sent_start:
            # the longer run is a name of its own only if its head lies beyond the match:
            # "Westshire Council Fostering Team", not "Department for Transport Funding"
            _type, head = head_type(doc[start:_run_end(doc, end, rules)], rules)
            return end - start < 3 or (head is not None and head >= end)
    if start > 0 and not ends_line(toks[start - 1]):
        prev = toks[start - 1]
        if (is_cap(prev) and prev.pos_ == "PROPN"
                and (not prev.is_sent_start or is_acronym(prev.text) or _run_written_inside(doc, start - 1, end))
                and prev.lower_ not in rules.honorifics and prev.lower_ not in rules.post_nouns
                and prev.lower_ not in rules.role_openers):
            return True  # not "Inspection Manager Harbourwatch", "Former Harbour Commissioner": a post, then
            # the body or office it is held at
    return False


def _run_written_inside(doc: Doc, start: int, end: int) -> bool:
    """Whether the words doc[start:end], which open a sentence, stand elsewhere in the document
    inside a sentence, as written ("Harbour UK welcomes ..." opening a sentence, "published by
    Harbour UK" later): one sense per discourse, the capital of the first word is the name's, not
    the sentence's, and a shorter name of the gazetteer at its end ("UK") is only its end."""
    words = [t.text for t in doc[start:end]]
    width = len(words)
    for tok in doc:
        if tok.i == start or tok.is_sent_start or tok.text != words[0] or tok.i + width > len(doc):
            continue
        prev = doc[tok.i - 1] if tok.i else None
        if prev is not None and (ends_line(prev) or prev.is_punct and prev.text in (".", ":", "!", "?")):
            continue
        if [t.text for t in doc[tok.i : tok.i + width]] == words:
            return True
    return False


def _after_leading_noun(doc: Doc, start: int, end: int, rules: EntityRules) -> int:
    """Where a title starts after a common noun that a heading or a sentence puts before it with
    a preposition and "the" ("Details of the Harbour Pilot Scheme", "Measures in the Bill",
    "Changes to the Harbour Transfer Scheme", "the Government in the Harbour Care Strategy"): the
    phrase speaks of the title, whose own head noun says a publication or an initiative, or a
    plural noun ("Councils in the Harbour Steps programme") whose title a programme's head noun
    in lower case follows. A run
    whose first word is a head noun or a role keeps its start ("Review of the Harbour Act",
    "Chair of the Harbour Review"), and so does one whose rest types nothing ("Friends of the
    Earth"). A word straight before "the" opens no name ("Today the Harbour Review", "and Chairs
    the Westby Consortium for Results": a time or a verb) when a name with a head noun follows; a
    name of a verb and its object keeps it ("Save the Children")."""
    if end - start >= 3 and doc[start + 1].lower_ == "the" and _opens_no_name(doc[start], rules) \
            and head_type(doc[start + 2 : end], rules)[0] in (ORGANISATION, PUBLICATION, INITIATIVE):
        return start + 2
    if end - start < 4 or doc[start + 1].lower_ not in ("of", "for", "to", "in", "on") \
            or doc[start + 2].lower_ != "the":
        return start
    first = doc[start]
    # "Councils in the Harbour Steps programme include ...": a plural common noun before a title that a
    # programme's head noun in lower case ends (a group of bodies in it, not a body's name)
    programme_after = end < len(doc) and rules.cues_after.get(doc[end].lower_) == INITIATIVE \
        and rules.heads.get(doc[end].lower_) in (None, INITIATIVE)
    plural_group = programme_after and first.tag_ == "NNS" and first.lower_ != first.lemma_.lower()
    if (not first.is_alpha or ((rules.heads.get(first.lower_) or rules.heads.get(first.lemma_.lower())) and not plural_group)
            or first.lower_ in rules.role_words or first.lower_ in rules.role_openers
            or first.lower_.rstrip(".") in rules.honorifics or first.text in rules.first_names):
        return start
    if first.ent_type_ and doc[start + 1].ent_iob_ != "I" and first.lower_ not in rules.stoplist:
        return start  # NER ends a name of its own there ("The Panel - Expectations"): cut, it would stand alone
    if head_type(doc[start + 3 : end], rules)[0] in (PUBLICATION, INITIATIVE) or plural_group:
        return start + 3
    return start


def _after_navigation(doc: Doc, start: int, end: int, rules: EntityRules) -> int:
    """Where a run starts after two or more navigation words of a news page that open it ("Home
    Local News Westshire Labour Group" -> "Westshire Labour Group"); the start itself when fewer
    open it, or nothing capitalised is left after them."""
    k = start
    while k < end and doc[k].lower_ in rules.navigation_words and is_cap(doc[k]):
        k += 1
    return k if k - start >= 2 and k < end and is_cap(doc[k]) else start


def _opens_no_name(first: Token, rules: EntityRules) -> bool:
    """Is a run's first word one a name never opens with before "the": a time ("Today") or a
    verb's third person ("Chairs", "Backs"; not an imperative: "Mind the Gap Trust"), no head
    noun, role, honorific or given name?"""
    # (a common noun the parser reads as an adverbial of time, "Today" with no DATE entity, is one too)
    return (first.is_alpha and (first.ent_type_ in ("DATE", "TIME") or (first.dep_ == "npadvmod" and first.pos_ == "NOUN") or (
                first.lower_.endswith("s") and not first.lower_.endswith("ss") and first.tag_ in ("VBZ", "NNS", "NNP", "NNPS")))
            and not rules.heads.get(first.lower_) and first.lower_ not in rules.role_words
            and first.lower_ not in rules.role_openers and first.lower_.rstrip(".") not in rules.honorifics
            and first.text not in rules.first_names)


def _bracketed_title_end(doc: Doc, start: int, end: int, rules: EntityRules) -> int:
    """The end of a title that goes on through a bracketed part of its name ("Health and Social
    Care (Westshire) Act 2025", "Children (Care and Justice) (Northshire) Bill"): words in brackets
    opening with a capital (commas allowed), capitalised words after them, and a publication's
    head noun last.
    `end` where the run does not go on so: a bracket holding one acronym defines it ("Harbour
    Authority (HA) Board"), and a name whose head says a body or nothing ends before it."""
    n = len(doc)
    k = end
    while k < n and doc[k].text == "(" and not ends_line(doc[k - 1]):
        close = k + 1
        while close < n and close - k <= 10 and doc[close].text not in ("(", ")") and not ends_line(doc[close - 1]):
            close += 1
        if close >= n or doc[close].text != ")" or ends_line(doc[close - 1]) or close + 1 >= n or ends_line(doc[close]):
            return end
        words = [t for t in doc[k + 1 : close] if not t.is_space]
        if (not words or not is_cap(words[0]) or any(not (t.is_alpha or t.text == ",") for t in words)
                or (len(words) == 1 and is_acronym(words[0].text))):
            return end
        k = close + 1
        if doc[k].text == "(":
            continue
        if not is_cap(doc[k]):
            return end
        stop = _run_end(doc, k, rules)
        if stop > k and head_type(doc[start:stop], rules)[0] == PUBLICATION:
            return stop
        return end
    return end


def _before_proceedings(doc: Doc, start: int, end: int, rules: EntityRules) -> int:
    """Where a title ends before the sitting on it that a heading names after it ("X Bill
    Debate", "X Bill Second Reading", "X Bill Report Stage"): a run whose last word is a word of
    proceedings ends at a publication's head noun at most three words before; other runs keep
    their end ("X Review Group", "Reading Borough Council")."""
    if end - start < 3 or doc[end - 1].lower_ not in rules.proceedings_words:
        return end
    for k in range(end - 2, max(start, end - 4), -1):
        if rules.heads.get(doc[k].lower_) == PUBLICATION and doc[k].text[:1].isupper():
            return k + 1
    return end


def _run_end(doc: Doc, end: int, rules: EntityRules) -> int:
    """Where the capitalised run going on at `end` stops (connectives allowed inside)."""
    j = end
    while j < len(doc) and not ends_line(doc[j - 1]) and not doc[j].is_sent_start:
        if is_cap(doc[j]) or (_is_year(doc[j]) and is_cap(doc[j - 1])):
            j += 1
        elif doc[j].lower_ in rules.connectives and j + 1 < len(doc) and is_cap(doc[j + 1]):
            j += 1
        else:
            break
    while j > end and not (is_cap(doc[j - 1]) or _is_year(doc[j - 1])):
        j -= 1
    return j


# what may follow a definite description of a known text without making it another text:
# "the care review of a child", "the independent review into a death" name other reviews
_DESCRIPTION_COMPLEMENTS = frozenset({"of", "into", "on", "for", "by", "about", "meeting", "meetings"})


def _known_by_description(doc: Doc, start: int, end: int, entry: GazetteerEntry,
                          spans: dict[tuple[int, int], list[int]], rules: EntityRules) -> bool:
    """A known publication's short form written in lower case as a definite description ("the
    care review", "the independent review" for the gazetteer's "Care Review", "Independent
    Review"): after "the", ending in a publication's head noun, with no complement or noun
    after it ("the independent review into X", "the care review meeting" are other things),
    and on a page that names no other text of that noun by a capitalised title ("the Westshire
    Review ... the independent review" is the page's own review, not the known one)."""
    span = doc[start:end]
    last = span[-1]
    if (entry.type != PUBLICATION or start == 0 or doc[start - 1].lower_ != "the"
            or not all(t.text.islower() for t in span) or rules.heads.get(last.lower_) != PUBLICATION):
        return False
    if end < len(doc) and not ends_line(last) and (
            doc[end].lower_ in _DESCRIPTION_COMPLEMENTS or doc[end].pos_ in ("NOUN", "PROPN")):
        return False
    known = [(s, e) for s, e in spans if not all(t.text.islower() for t in doc[s:e])]
    # (only the words written like the head noun are read, found in the token array)
    for i in numpy.flatnonzero(doc.to_array(LOWER) == last.lower).tolist():
        tok = doc[i]
        if (tok.text[:1].isupper() and tok.i > 0 and not ends_line(doc[tok.i - 1])
                and doc[tok.i - 1].text[:1].isupper() and doc[tok.i - 1].is_alpha
                and not any(s <= tok.i < e for s, e in known)):
            return False  # "the Westshire Review": a title of the page's own
    return True


def _described_in_context(doc: Doc, where: tuple[int, int], entry: GazetteerEntry,
                          linked: dict[tuple[int, int], GazetteerEntry], matchers: EntityMatchers) -> bool:
    """May a lower-case description ("the independent review") stand for a known entry that
    lists context words? Only on a page that names the entry otherwise too: one of its context
    words (its country, its chair, its department) or another form of it with its capitals. A
    page that names none ("the independent review led by Jane Doe" on a page about another
    benefit) speaks of another review. An entry without context words: yes."""
    if not entry.context or matchers.context is None:
        return True
    if any(other is entry and span != where and not all(t.text.islower() for t in doc[span[0]:span[1]])
           for span, other in linked.items()):
        return True
    return any(matchers.gazetteer_entries[int(doc.vocab.strings[m][3:])] is entry for m, _, _ in matchers.context(doc))


def _case_agrees(span: Span, forms: Sequence[str]) -> bool:
    """Does a short text have the capitals of a form it matches, word by word? The form's
    leading article may be in lower case, as a sentence writes it ("in the HJ" for "The HJ")."""
    words = [t.text for t in span]
    for form in forms:
        parts = form.replace("'", " '").split()
        if len(parts) != len(words):
            continue
        if all(p.lower() == w.lower() and (p[:1].isupper() == w[:1].isupper() or (k == 0 and p == "The" and w == "the"))
               for k, (p, w) in enumerate(zip(parts, words, strict=True))):
            return True
    return False


def recommendation_candidates(proposals: Sequence[RecommendationItem], rules: EntityRules) -> Iterator[Candidate]:
    """The document's proposals (proposals.find_recommendations), each a Recommendation."""
    weight = rules.weights["recommendation"]
    spans = dict.fromkeys((item.start, item.end) for item in proposals)
    for start, end in spans:  # a phrase two recommenders propose is one candidate
        yield Candidate(start, end, "recommendation", [(RECOMMENDATION, weight)], priority=4)


_ACT_PREPOSITIONS = frozenset({"of", "by", "to", "on", "for"})


def trim_span(doc: Doc, start: int, end: int, rules: EntityRules) -> tuple[int, int]:
    """Cut a span at its first line break, keep one copy of a name printed twice around a
    picture's caption, and strip punctuation, determiners and possessive endings from its edges."""
    toks = tokens_of(doc)
    ends = line_ends(doc)
    at = bisect_left(ends, start)   # the first line end at or after start, if before end - 1
    if at < len(ends) and ends[at] < end - 1:
        end = ends[at] + 1
    start, end = _uncaption(doc, start, end, rules)
    if (start + 2 < end <= start + 4 and is_cap(toks[start]) and rules.cues_before.get(toks[start].lower_) == PERSON
            and all(t.is_alpha and is_cap(t) for t in toks[start + 1 : end])):
        start += 1  # "Sisters Ayat Osama, four, ...": a relative's noun opening a caption, then the name
    if (start + 2 < end and is_cap(toks[start]) and toks[start].lower_ in rules.act_nouns
            and toks[start + 1].lower_ in _ACT_PREPOSITIONS
            and (toks[start + 1].lower_ == "for" or rules.heads.get(toks[start].lower_) != PUBLICATION)):
        # (a paper's noun before "on" heads its own title: "Briefing on the Harbour Scheme")
        start += 2  # "Implementation of the Harbour Strategy", "Thanks to the Committee": an act, then the name
        if (start + 2 < end and toks[start].lower_ in rules.constituency_cues and toks[start + 1].lower_ in ("on", "of")
                and is_cap(toks[start + 2])):
            start += 2  # "Briefing for MPs on the Westby Bill Committee": its readers, then the body they sit on
    # (each edge token made once per step, not once per test)
    while start < end and (
        (t := toks[start]).is_punct
        or t.is_space
        or t.lower_ in ("the", "this", "these", "that", "our", "their", "its", "his", "her")
        or (t.lower_ in rules.connectives and not is_cap(t))
        or t.text in ("\u2022",)
        or (t.lower_ in _QUANTIFIERS and (t.is_sent_start or start == 0))
        or (t.lower_ in rules.trailing_words and start + 1 < end and toks[start + 1].lower_ == "the")
    ):  # "Portrait The Minister of State": a name card's caption word, then the post after the name
        start += 1
    while end > start and (
        (t := toks[end - 1]).is_punct or t.is_space or t.lower_ in ("'s", "'", "s")
        or t.lower_ in rules.connectives
        or (t.pos_ == "ADP" and t.is_lower)  # NER's "Skills at" before a body
        or (t.lower_ in rules.trailing_words and end - start > 1)
    ):
        end -= 1  # "Jane Porter Portrait": a caption's word is not the name's
    return start, end


def non_entity_tokens(doc: Doc) -> list[bool]:
    blocked = [False] * len(doc)
    for ent in ents_of(doc):
        if ent.label_ in _NON_ENTITY_LABELS:
            for k in range(ent.start, ent.end):
                blocked[k] = True
    return blocked


def _uncaption(doc: Doc, start: int, end: int, rules: EntityRules) -> tuple[int, int]:
    """A name-card line prints the name around a picture's caption word ("Jane Porter Portrait
    Baroness Porter", "Photo of Jane Porter Jane Porter"): keep the copy after the caption word
    when both sides end in the same word, drop an opening "Photo of", and keep one half of a name
    written twice in a row. "National Portrait Gallery" (no repeated word) stays whole."""
    for k in range(start + 1, end - 1):
        if doc[k].lower_ in rules.trailing_words and is_cap(doc[k]) and doc[k - 1].text == doc[end - 1].text:
            start = k + 1
            break
    if (end - start > 3 and doc[start].lower_ in rules.trailing_words and is_cap(doc[start])
            and doc[start + 1].lower_ == "of"):
        start += 2
    half = (end - start) // 2
    if half >= 1 and (end - start) % 2 == 0 and all(
            doc[start + i].text == doc[start + half + i].text for i in range(half)) and is_cap(doc[start]):
        end = start + half
    return start, end
