"""Resolve: group mentions into entities, one per real-world thing, within a document and
across documents, and decide each entity's type and canonical label.

Merges (each only when exactly one candidate fits, so that two people who share a surname
are never joined without evidence):
- the same name key ("Jane Porter's" and "Jane Porter");
- a surname or "Mr X" to the one full name of a person ending in it;
- an acronym to the one name whose initials it spells ("DfE", "RCCs", "W&NEH"; not through an
  agent's "by"), or that the text defines with it in brackets (also after a year: "Long Form 2022
  (LF)"; not an acronym no word of the name opens with); an acronym and its plural;
- a title and the title of the same kind in brackets after it with "the" ("X Review (the
  Porter Report)");
- a name after an owner's possessive, the owner a body, place or person of the text ("the
  DfH's X Programme", "Westshire's X Plan"), to the one cluster of that name; never labels;
- within a document, a name after a word of a post's time (`former_words`: "Former X
  Commissioner") to the one body of the name after it; never labels;
- a name with an acronym in it to the one name with the acronym spelt out ("Review of WSC",
  "Review of Westby Social Care");
- a short form to the one longer name of the same type whose words contain it and whose
  head it keeps ("the Adult Services Review" -> "Independent Review of Adult Services"), or
  whose closing head noun it ends in ("X First Pathfinders" -> "X First for Children
  Pathfinder"); not a thing the short name owns ("X Review" / "X Review's Final Report");
- a misspelt person name: the same first name and a surname a small edit away;
- within a document, a person's name and words run on after it ("Jane Porter Excerpts"), which
  never labels it;
- one name with another preposition ("Review into X", "Review of X");
- a variant of a programme's name: with the place it runs in ("X Programme in Westby"), or an
  acronym before its last words ("XP Programme"); the variant never labels or types it;
- a body's first word alone, within one document ("Harbour" for "Harbour Economics"), not a head
  noun ("the Forum" is no "Forum Radio");
- a title and the lower-case description right before it ("the national carers strategy,
  'Safe Harbours'"), which becomes its alias and never its label.
Not merged: two gazetteer entries, by any of these rules (an entity labelled by an entry's
name is that entry; the linker told apart those that share a form), a body and
its part ("University of X" / "University of X Y Centre"), a body and the review of it ("X
Network" / "Review of X Network"), a plural word and a name ending in its singular, the items
of a list of titles; across documents, one word as another document's longer name, a name
more documents give on their own as the longer name of fewer ("Harbour Councils Association",
"North Harbour Councils Association"), and a body's name as another document's longer body of
the name of a place or a field ("Harbour Trust", "Harbour Trust of Eastby"), unless the two
share an acronym among their names ("HT" for both).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import replace
from functools import lru_cache

from ..core.ontology import INITIATIVE, ORGANISATION, PERSON, PLACE, PUBLICATION, RECOMMENDATION
from ..core.records import Entity, Mention
from ..core.schema import EntityRules
from ..core.text import acronym_core, compact_key, council_style_place, initials, is_acronym, normalise_key, word_keys

# "B&NES", "P&R": an acronym with an ampersand between its letters (the "and" of its long form)
_AMPERSAND_ACRONYM = re.compile(r"[A-Z][A-Za-z]*&[A-Z][A-Za-z]*")


def _is_acronym(text: str) -> bool:
    """`is_acronym`, also of an acronym with an ampersand between its letters ("B&NES" for
    "Bath and North East Somerset", whose initials pass over the "and")."""
    return is_acronym(text.replace("&", "") if _AMPERSAND_ACRONYM.fullmatch(text) else text)


def _acronym_core(text: str) -> str:
    """`acronym_core`, without an ampersand between the letters ("B&NES" -> "BNES")."""
    return acronym_core(text.replace("&", "") if _AMPERSAND_ACRONYM.fullmatch(text) else text)


_ARTICLES = frozenset({"a", "an", "the"})
# words that bring in who did something, never a word of a name an acronym spells
_AGENT_WORDS = frozenset({"by"})
# prepositions a name may be written with in place of another ("Review into X", "of X")
_PREPOSITIONS = frozenset({"of", "for", "on", "in", "into", "to", "at", "about", "from", "by", "with"})
# the words after which a longer body's name qualifies a shorter one ("Harbour Trust of Eastby")
_QUALIFYING = frozenset({"of", "for", "in"})


# the rule of a mention whose name a plural kind shared with other names made ("Westby" of
# "Westby and Eastby County Councils", named "Westby County Council"; mentions/shared.py)
SHARED_KIND = "name:shared-kind"


class _UnionFind:
    """Disjoint sets that never join two known things: `known[i]` is the gazetteer entry
    element i names (or ""), and a set holding one entry refuses a set holding another,
    whatever rule proposes the join."""

    def __init__(self, n: int, known: Sequence[str] = ()) -> None:
        self.parent = list(range(n))
        self.known = list(known) or [""] * n

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra == rb or (self.known[ra] and self.known[rb] and self.known[ra] != self.known[rb]):
            return
        low, high = min(ra, rb), max(ra, rb)
        self.parent[high] = low
        self.known[low] = self.known[low] or self.known[high]


def decide_type(votes: Iterable[tuple[str, float]], types: Sequence[str]) -> str:
    """The type with the most votes; ties go to the earlier type of the schema."""
    total: dict[str, float] = defaultdict(float)
    for type_, weight in votes:
        total[type_] += weight
    if not total:
        return types[0]
    return max(types, key=lambda t: (total.get(t, 0.0), -types.index(t)))


def entities_of_document(
    mentions: Sequence[Mention],
    *,
    doc_id: str,
    rules: EntityRules,
    evidence_of: Callable[[Mention], str],
    text: str = "",
) -> tuple[list[Entity], list[str]]:
    """The entities of one document and, for each mention, the key of its entity."""
    groups: dict[str, list[int]] = {}
    for index, mention in enumerate(mentions):
        groups.setdefault(normalise_key(mention.name), []).append(index)
    protos: list[Entity] = []
    members: list[list[int]] = []
    for n, (_key, indices) in enumerate(sorted(groups.items(), key=lambda kv: kv[1][0])):
        first = mentions[indices[0]]
        names = Counter(mentions[i].name for i in indices)
        # the words of a name sharing a kind with others ("Westby" of "Westby and Eastby County
        # Councils") are no other name of it
        surfaces = sorted({mentions[i].text.strip() for i in indices if mentions[i].rule != SHARED_KIND} - set(names))
        type_ = decide_type((v for i in indices for v in mentions[i].votes), rules.types)
        if type_ in (PUBLICATION, INITIATIVE) and text:
            surfaces = sorted(set(surfaces) | {d for i in indices if (d := _description(mentions[i], text, type_, rules))})
        protos.append(
            Entity(
                key=f"{doc_id}#{n}",
                label=_best_label(names),
                type=type_,
                aliases=tuple(sorted(set(names) | set(surfaces))),
                mentions=len(indices),
                documents=(doc_id,),
                evidence=evidence_of(first),
                votes=tuple(v for i in indices for v in mentions[i].votes),
            )
        )
        members.append(indices)
    protos = _council_places(_with_bills([_known_title(proto, rules) for proto in protos], text, rules), rules)
    pairs = (_defined_acronyms(mentions, protos, members, text) + _subtitles(mentions, protos, members, text, rules)
             + _bracketed_names(mentions, protos, members, text)
             + _appositions(mentions, protos, members, text) + _enactments(protos, text, rules)
             + _copulas(mentions, protos, members, text) + _quoted_before_head(mentions, protos, members, text, rules)
             + _text_and_scope_twins(protos, rules))
    merged, mapping = merge_entities(protos, rules, pairs=pairs, scope=doc_id)
    mention_keys = [""] * len(mentions)
    for proto, indices in zip(protos, members, strict=True):
        for i in indices:
            mention_keys[i] = mapping[proto.key]
    return _with_written(merged, mentions, mention_keys, rules), mention_keys


def _with_written(entities: list[Entity], mentions: Sequence[Mention], mention_keys: Sequence[str],
                  rules: EntityRules) -> list[Entity]:
    """Each entity the name of a gazetteer body, title or programme labels, with the forms its
    mentions write and how often ("HT" twice for "the Harbour Trust"), as its aliases count them
    (no mention of a shared kind noun): the graph labels it by a form the texts write."""
    known = {e.key for e in entities if e.label in rules.gazetteer_title_names}
    if not known:
        return entities
    forms: dict[str, Counter[str]] = defaultdict(Counter)
    for mention, key in zip(mentions, mention_keys, strict=True):
        if key in known and mention.rule != SHARED_KIND:
            forms[key][" ".join(mention.text.split())] += 1
    return [replace(e, written=tuple(sorted(forms[e.key].items()))) if e.key in known else e for e in entities]


def _council_places(protos: list[Entity], rules: EntityRules) -> list[Entity]:
    """A bare name whose council the document names ("Westshire" beside "Westshire Council" or
    "Westshire County Council") is the place, however its own mentions were typed: the council
    is a node of its own, and the place is what runs a programme or holds a body when the text
    names it bare ("Westshire runs the Harbour Hub", "the Harbour Trust is based in Westshire").
    Not a name typed a person ("Porter said he was pleased" beside "Porter County Council")."""
    councils = {tuple(word_keys(p.label)) for p in protos if p.type == ORGANISATION}
    kinds = [tuple(k.split()) for k in rules.kind_names | {"council"} if not k.endswith("s")]
    out: list[Entity] = []
    for proto in protos:
        words = tuple(word_keys(proto.label))
        if words and not _is_acronym(proto.label) and proto.type in (ORGANISATION, PLACE) \
                and any(words + kind in councils for kind in kinds):
            proto = replace(proto, type=PLACE, votes=(*proto.votes, (PLACE, rules.weights.get("gazetteer", 1.0))))
        out.append(proto)
    return out


def _title_key(name: str, rules: EntityRules) -> tuple[str, ...]:
    """The words of a name in their order, as stems, without articles, prepositions, connectives
    and `rules.title_qualifiers` ("Independent National Review to Westby Social Care" -> review,
    westby, social, care); () for a name of fewer than three such words (two words name too many
    things: "Audit Office", "Implementation Board"), or one in capitals throughout."""
    if name.isupper():
        return ()
    skip = rules.connectives | _ARTICLES | _PREPOSITIONS | rules.title_qualifiers
    words = tuple(_stem(w) for w in word_keys(_spelt_and(name)) if w not in skip)
    return words if len(words) >= 3 else ()


_TITLE_KEYS: dict[tuple, dict[tuple[str, ...], tuple[str, str] | None]] = {}


def _gazetteer_title_keys(rules: EntityRules) -> dict[tuple[str, ...], tuple[str, str] | None]:
    """{the title key of a gazetteer form: (the entry's name, its type)}, None where the forms of
    two entries share a key (made once per set of rules)."""
    cache = (rules.gazetteer_titles, rules.title_qualifiers)
    found = _TITLE_KEYS.get(cache)
    if found is None:
        found = {}
        for form, name, type_ in rules.gazetteer_titles:
            key = _title_key(form, rules)
            if key:
                found[key] = (name, type_) if found.get(key, (name, type_)) == (name, type_) else None
        _TITLE_KEYS[cache] = found
    return found


def _known_title(proto: Entity, rules: EntityRules) -> Entity:
    """A name of a gazetteer entry's words but its prepositions, articles and qualifiers ("Review
    of the Westby Social Care", "Independent National Review to Westby Social Care" for the
    "Independent Review of Westby Social Care"), of the entry's type, is labelled by the entry's
    name (its own name an alias), as a form the gazetteer lists would be. Not a form two entries'
    keys share, nor a name with a word of its own ("Westshire Review of Westby Social Care")."""
    if proto.type == RECOMMENDATION and proto.label not in rules.gazetteer_names:
        return _known_proposal(proto, rules)
    if proto.label in rules.gazetteer_names or proto.type not in _NAMED_KINDS or _is_acronym(proto.label):
        return proto
    keys, key = _gazetteer_title_keys(rules), _title_key(proto.label, rules)
    # a key two entries share maps to None: ambiguous, and no slip check to pick one of them
    known = keys[key] if key in keys else _known_slip(proto, rules)
    if known is None:
        return proto
    name, type_ = known
    if type_ == proto.type:
        return replace(proto, label=name, aliases=tuple(sorted({*proto.aliases, proto.label})))
    words = word_keys(proto.label)
    # the head: the word before the first preposition ("Review to Westby Care"), else the last
    head = next((words[i - 1] for i in range(1, len(words)) if words[i] in _PREPOSITIONS), words[-1])
    if rules.heads.get(head) != type_:
        return proto
    # NER's type for a name whose head noun says the entry's ("Harbour Review" taken for a body):
    # the entry's type, with the weight of a gazetteer match
    return replace(proto, label=name, type=type_, aliases=tuple(sorted({*proto.aliases, proto.label})),
                   votes=(*proto.votes, (type_, rules.weights.get("gazetteer", 1.0))))


def _letters(name: str) -> str:
    """A name's letters and digits in lower case, an article before it dropped ("The Harbour
    Trust's" -> "harbourtrusts"): the key a slip of the pen is measured on."""
    return "".join(ch for ch in re.sub(r"(?i)^the\s+", "", name).lower() if ch.isalnum())


def _one_letter_off(a: str, b: str) -> bool:
    """Are two keys one slip apart: one letter more, less or changed, or two neighbours swapped?
    Not a number, nor a plural's "s" (the number of a name is for the inflection keys)."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    if len(a) == len(b):
        if a[i + 1:] == b[i + 1:]:
            changed = {a[i], b[i]}
        elif i + 1 < len(a) and a[i + 2:] == b[i + 2:] and a[i] == b[i + 1] and a[i + 1] == b[i]:
            changed = {a[i], a[i + 1]}
        else:
            return False
    else:
        short, long_ = (a, b) if len(a) < len(b) else (b, a)
        if short[i:] != long_[i + 1:]:
            return False
        changed = {long_[i]}
    return all(ch.isalpha() for ch in changed) and changed != {"s"}


def _with_one_letter_less(letters: str) -> set[str]:
    """The letters themselves and each way of dropping one of them: two keys one slip apart
    share one of these (the slip index's keys and its lookups)."""
    return {letters[:i] + letters[i + 1:] for i in range(len(letters))} | {letters}


_SLIP_KEYS: dict[tuple, dict[str, list[tuple[str, str, str]]]] = {}
_SLIP_LENGTH = 9   # shorter names are too often other names a letter apart ("Westby", "Wesby")


def _gazetteer_slip_keys(rules: EntityRules) -> dict[str, list[tuple[str, str, str]]]:
    """{a gazetteer form's letters less one: [(its letters, the entry's name, its type)]}, the
    index a name one slip from a form is found by (made once per set of rules)."""
    found = _SLIP_KEYS.get(rules.gazetteer_titles)
    if found is None:
        found = defaultdict(list)
        for form, name, type_ in rules.gazetteer_titles:
            letters = _letters(form)
            if len(letters) >= _SLIP_LENGTH and not form.isupper():
                for k in _with_one_letter_less(letters):
                    found[k].append((letters, name, type_))
        _SLIP_KEYS[rules.gazetteer_titles] = found
    return found


def _known_slip(proto: Entity, rules: EntityRules) -> tuple[str, str] | None:
    """The one gazetteer entry of the name's type whose form the name misspells by one letter
    ("Harbour Homes, Build on Trust" for "Harbour Homes, Built on Trust"; "Harbourdales" for
    "Harbourdale's" is no slip: the same letters). Not a name of fewer than nine letters, a number
    or a plural's "s" changed, nor a slip two entries' forms are equally near."""
    letters = _letters(proto.label)
    if len(letters) < _SLIP_LENGTH:
        return None
    index = _gazetteer_slip_keys(rules)
    near = {(name, type_)
            for k in _with_one_letter_less(letters)
            for form, name, type_ in index.get(k, ())
            if _one_letter_off(letters, form)}
    if any(form == letters for form, _name, _type in index.get(letters, ())):
        return None   # a form's own letters: not a slip
    return near.pop() if len(near) == 1 and next(iter(near))[1] == proto.type else None


def _proposal_stems(name: str, rules: EntityRules) -> frozenset[str]:
    """The stems of a proposal's content words, a hyphenated word as its parts and a past
    participle as its verb ("care-experienced" -> care, experienc)."""
    skip = rules.connectives | _ARTICLES | _PREPOSITIONS | {"as", "a", "an"}
    words = [part for w in word_keys(_spelt_and(name)) for part in w.split("-") if part]
    return frozenset(_stem(w[:-1] if len(w) > 5 and w.endswith("ed") else w) for w in words if w not in skip)


_PROPOSAL_KEYS: dict[tuple, list[tuple[frozenset[str], str, str]]] = {}


def _gazetteer_proposal_keys(rules: EntityRules) -> list[tuple[frozenset[str], str, str]]:
    """(content stems, form, entry name) of each gazetteer proposal's form of four content words
    or more (fewer name too many things: "harbour help"), made once per set of rules."""
    found = _PROPOSAL_KEYS.get(rules.gazetteer_proposals)
    if found is None:
        found = [(stems, form, name) for form, name in rules.gazetteer_proposals
                 if len(stems := _proposal_stems(form, rules)) >= 4]
        _PROPOSAL_KEYS[rules.gazetteer_proposals] = found
    return found


def _known_proposal(proto: Entity, rules: EntityRules) -> Entity:
    """A proposal phrase that holds every content word of a long gazetteer proposal's form, with
    other words between or around them ("make harbour-work a listed trade under the Act" for
    "Harbour Work as a Listed Trade"), is that proposal, labelled by the entry's name (the phrase
    an alias). Not a phrase that holds a form word for word: the mention stage already cut it to
    the name or kept it whole as a narrower proposal of its own ("an allowance for harbour
    carers with a court order"); nor a phrase two entries' words fit."""
    stems = _proposal_stems(proto.label, rules)
    text = " ".join(word_keys(_spelt_and(proto.label)))
    names = {name for key, _form, name in _gazetteer_proposal_keys(rules) if key <= stems}
    if len(names) != 1 or any(f" {' '.join(word_keys(_spelt_and(form)))} " in f" {text} "
                              for key, form, _name in _gazetteer_proposal_keys(rules) if key <= stems):
        return proto
    return replace(proto, label=names.pop(), aliases=tuple(sorted({*proto.aliases, proto.label})))


_DETERMINERS = frozenset({"its", "their", "his", "her", "our", "my", "your", "this", "that", "these", "those"})
# words that say which edition or when, not which title: "the first national X strategy"
_EDITION_WORDS = frozenset({"first", "ever", "new", "latest", "recent", "revised", "own", "upcoming",
                            "forthcoming", "final", "current", "long-awaited"})


def _description(mention: Mention, text: str, type_: str, rules: EntityRules) -> str:
    """"the first national carers strategy, 'Harbour Homes'": the lower-case description right
    before a title (after an article or a possessive, ending in a noun that names its kind,
    an optional comma, colon or dash and an opening quote) is another name of it, if it has
    three or more words once edition words ("first", "new") are dropped; else ""."""
    window = text[max(0, mention.start - 160) : mention.start]
    found = re.search(r"(?:^|\s)(?:the|its|their|his|her|our|\w+['’]s)\s+((?:[a-z][\w'’-]*\s+){1,6}?([a-z]+))"
                      r"\s*(?:[,:–—-]\s*)?['‘\"“]?$", window)
    if not found or rules.cues_after.get(found.group(2)) != type_:
        return ""
    words = found.group(1).split()
    # the description starts after the last determiner, preposition or owner inside the run
    # ("the publication of the first national X strategy", "the review's first report")
    stops = rules.connectives | _ARTICLES | _PREPOSITIONS | _DETERMINERS
    for i in range(len(words) - 1, -1, -1):
        word = words[i].replace("’", "'")
        if word in stops or (word.endswith("'s") and word[:-2] not in rules.possessive_name_words):
            words = words[i + 1 :]
            break
    while words and words[0] in _EDITION_WORDS:
        words = words[1:]
    return " ".join(words) if len(words) >= 3 else ""


# "Long Form (LF)", and "Long Form 2022 (LF)": a year between the name and its bracket
_DEFINITION = re.compile(r"\s*(?:(?:19|20)\d\d\s*)?\(\s*")


def _defined_acronyms(
    mentions: Sequence[Mention], protos: list[Entity], members: list[list[int]], text: str
) -> list[tuple[str, str]]:
    """"Long Form (LF)": the bracketed acronym right after a name (or after the name and a
    year: "Long Form 2022 (LF)") is its alias."""
    owner = {i: proto.key for i, proto in _owners(protos, members).items()}
    pairs = []
    for i in range(len(mentions) - 1):
        a, b = mentions[i], mentions[i + 1]
        between = text[a.end : b.start] if text else ""
        after = text[b.end : b.end + 1] if text else ""
        if (_DEFINITION.fullmatch(between) and after == ")" and owner[i] != owner[i + 1]
                and ((_is_acronym(b.name) and _opens_alike(a.name, b.name)) or _capitals_spell(a.name, b.name))):
            pairs.append((owner[i], owner[i + 1]))
    return pairs


_BRACKET_OPEN = re.compile(r"\s*\(\s*[Tt]he\s+")


def _bracketed_names(
    mentions: Sequence[Mention], protos: list[Entity], members: list[list[int]], text: str
) -> list[tuple[str, str]]:
    """"the Independent Review of Harbour Care (the Porter Report)": a title and the one other
    title of the same kind alone in brackets after "the", right after it, are one publication or
    initiative. Not a bracket without the article, which names another paper on the title ("X
    Strategy (Harbour Committee Report)", a debate on the committee's report on X), nor one
    that says more ("(the Porter Report, 2022)"), nor a name of another kind ("Harbour Review
    (the Westshire Council)")."""
    owner = _owners(protos, members)
    pairs = []
    for i in range(len(mentions) - 1):
        a, b = owner[i], owner[i + 1]
        if not text or a.key == b.key or a.type != b.type or a.type not in (PUBLICATION, INITIATIVE):
            continue
        first, second = mentions[i], mentions[i + 1]
        if (_BRACKET_OPEN.fullmatch(text[first.end : second.start]) and text[second.end : second.end + 1] == ")"
                and second.text[:1].isupper() and not _is_acronym(second.name)):
            pairs.append((a.key, b.key))
    return pairs


_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def _enactments(protos: list[Entity], text: str, rules: EntityRules) -> list[tuple[str, str]]:
    """"the Westshire Children Bill" ... "the Westshire Children Act 2025": within a document, a
    Bill and the one Act of the same words whose year is the latest the text gives (or the year
    before it): the Act the Bill became. A name of two or more content words before "Bill"
    ("Children Bill" is no sure sign of the "Children Act 1989"). Not an older Act of those words
    that a Bill amends ("the Harbour Bill amends the Harbour Act 1983", on a page of 2025), nor
    an Act without its year, nor one of several Acts of the words, nor an amending Act ("X
    (Amendment) Act" has other words)."""
    years = [int(y) for y in _YEAR.findall(text)]
    if not years:
        return []
    latest = max(years)
    skip = rules.connectives | _ARTICLES
    acts: dict[tuple[str, ...], list[tuple[int, str]]] = defaultdict(list)
    for proto in protos:
        words = word_keys(proto.label)
        if proto.type in _NAMED_KINDS and len(words) >= 3 and words[-1].isdigit() and words[-2] == "act":
            acts[tuple(words[:-2])].append((int(words[-1]), proto.key))
    pairs = []
    for proto in protos:
        words = word_keys(proto.label)
        if proto.type not in _NAMED_KINDS or len(words) < 3 or words[-1] != "bill":
            continue
        stem = tuple(words[:-1])
        found = acts.get(stem, [])
        if len([w for w in stem if w not in skip]) >= 2 and len(found) == 1 and found[0][0] >= latest - 1:
            pairs.append((proto.key, found[0][1]))
    return pairs


def _with_bills(protos: list[Entity], text: str, rules: EntityRules) -> list[Entity]:
    """An Act of the page's latest year (or the year before) and of two or more content words
    before "Act" goes by the name of the Bill it was as well ("Westshire Children Act 2025" is
    also the "Westshire Children Bill"): another page's Bill of its words is the same law (the
    merge of names across pages). Not an older Act ("Harbour Health Act 1983" on a page of 2025
    is what a new Bill amends), nor an amending Act ("Harbour (Amendment) Act 2025")."""
    years = [int(y) for y in _YEAR.findall(text)]
    if not years:
        return protos
    latest = max(years)
    skip = rules.connectives | _ARTICLES
    found = []
    for proto in protos:
        tokens = proto.label.split()
        if (proto.type in _NAMED_KINDS and len(tokens) >= 4 and tokens[-2] == "Act" and tokens[-1].isdigit()
                and "amendment" not in word_keys(proto.label)
                and int(tokens[-1]) >= latest - 1
                and len([w for w in word_keys(" ".join(tokens[:-2])) if w not in skip]) >= 2):
            proto = replace(proto, aliases=tuple(sorted({*proto.aliases, " ".join([*tokens[:-2], "Bill"])})))
        found.append(proto)
    return found


def _capitals_spell(name: str, short: str) -> bool:
    """Is a one-word short form in mixed case ("HaKiGro" for "Harbour Kids Grown Up") spelt by
    its capitals: three or more, the first letters of the long name's words in order, from its
    first word?"""
    if not (short.isalpha() and short[:1].isupper() and len(short) <= 10):
        return False
    capitals = [ch for ch in short if ch.isupper()]
    firsts = [w[0].upper() for w in re.split(r"[\s\-]+", name) if w[:1].isupper()]
    if len(capitals) < 3 or not firsts or capitals[0] != firsts[0]:
        return False
    k = 0
    for ch in capitals:
        while k < len(firsts) and firsts[k] != ch:
            k += 1
        if k == len(firsts):
            return False
        k += 1
    return True


def _small_letters_spell(name: str, acronym: str, connectives: frozenset[str]) -> bool:
    """Is a mixed-case acronym spelt by every word of a long name, its small letters those of
    the name's connectives ("RCoH" for "Royal College of Harbours", "DfH" for "Department for
    Harbours")? Articles are passed over; a capital never stands for a connective, nor a small
    letter for a word of the name ("RCoH" is no "Royal College Harbours", "RoH" no "Royal
    College of Harbours")."""
    core = acronym[:-1] if acronym.endswith("s") and len(acronym) > 2 and acronym[-2].isupper() else acronym
    if not core[1:] or core[1:].isupper() or not core.isalpha():
        return False
    words = [w.strip("'\".,()").removesuffix("'s").removesuffix("’s") for w in re.split(r"[\s\-]+", name)]
    words = [w for w in words if w and w.lower() not in _ARTICLES]
    if len(words) != len(core):
        return False
    return all(
        w[:1].lower() == ch.lower() and (w.lower() in connectives) == ch.islower()
        for w, ch in zip(words, core, strict=True)
    )


def _opens_alike(name: str, acronym: str) -> bool:
    """Whether some word of a long name opens with its acronym's first letter: "Foster with
    Westby (FwW)" read as "Westby (FwW)" (a name cut after a lower-case word) defines
    nothing; "the first Westby Care Board (WCB)", with a word before the acronym's, does."""
    letter = acronym[:1].upper()
    return any(w[:1].upper() == letter for w in re.split(r"[\s\-]+", name))


def _subtitles(
    mentions: Sequence[Mention], protos: list[Entity], members: list[list[int]], text: str,
    rules: EntityRules,
) -> list[tuple[str, str]]:
    """"Title: Subtitle": a publication's name and the publication name right after its colon,
    on the same line, are one publication ("Safe at Home: Delivery Plan"), unless the second
    answers the first ("X Review: Government Response"), or the first is a law: a Bill or an
    Act has no subtitle, and what follows its colon is a paper about it ("Westshire Children
    Bill: Second Reading Briefing")."""
    owner = _owners(protos, members)
    pairs = []
    for i in range(len(mentions) - 1):
        a, b = owner[i], owner[i + 1]
        between = text[mentions[i].end : mentions[i + 1].start] if text else ""
        if (between.rstrip(" ") == ":" and a.key != b.key and a.type == PUBLICATION == b.type
                and not _is_acronym(mentions[i + 1].name)
                and not _is_law(word_keys(mentions[i].name))
                and not any(w in rules.reply_heads for w in word_keys(mentions[i + 1].name))):
            pairs.append((a.key, b.key))
    return pairs


def _is_law(words: list[str]) -> bool:
    """A Bill's or an Act's name, the Act's with or without its year ("Westshire Children Act
    2025")."""
    if words and words[-1].isdigit():
        words = words[:-1]
    return len(words) >= 2 and words[-1] in ("bill", "act")


def _owners(protos: list[Entity], members: list[list[int]]) -> dict[int, Entity]:
    """The entity each mention (by index) was grouped into."""
    return {i: proto for proto, indices in zip(protos, members, strict=True) for i in indices}


_APPOSITION = re.compile(r",\s+(?:the\s+)?")
_LISTED = re.compile(r"(?:,|\band|\bor)\s+(?:the\s+)?$")


def _appositions(
    mentions: Sequence[Mention], protos: list[Entity], members: list[list[int]], text: str
) -> list[tuple[str, str]]:
    """"Harbour Homes, the Westshire Carers Strategy, sets out ...": a publication or initiative
    and a name of the same type in apposition to it are one. Not the items of a list: the first
    follows no comma or "and", the second is followed by the apposition's end, not by another
    item ("A, the B and the C", "A, the B, the C")."""
    owner = _owners(protos, members)
    pairs = []
    for i in range(len(mentions) - 1):
        a, b = owner[i], owner[i + 1]
        if not text or a.key == b.key or a.type != b.type or a.type not in (PUBLICATION, INITIATIVE):
            continue
        first, second = mentions[i], mentions[i + 1]
        if not _APPOSITION.fullmatch(text[first.end : second.start]) or not second.text[:1].isupper():
            continue
        if _LISTED.search(text[max(0, first.start - 8) : first.start]):
            continue
        after = text[second.end : second.end + 8]
        # "the A, B, C and D": a third name right after the second's comma makes a list
        third = mentions[i + 2] if i + 2 < len(mentions) else None
        if third is not None and _APPOSITION.fullmatch(text[second.end : third.start]):
            continue
        if after[:1] in (".", ")", ";") or (after[:1] == "," and not re.match(r",\s+(?:and|or|the)\b", after)):
            pairs.append((a.key, b.key))
    return pairs


_QUOTED_THEN_HEAD = re.compile(r"[\u2019\u201d'\"]\s+")


def _quoted_before_head(
    mentions: Sequence[Mention], protos: list[Entity], members: list[list[int]], text: str, rules: EntityRules
) -> list[tuple[str, str]]:
    """A quoted name and the head noun phrase right after its closing quote are one thing: "the
    'Harbour Steps' Recruitment Hub", "'Harbour Steps' Programme" (the quoted name labels it, as
    a gazetteer entry's name would). The head's name is a few words ending in a head noun of a
    programme or body; a head that follows two quoted names ("'Harbour Steps' Hub and 'Keel
    Lane' Hub") is left to neither."""
    owner = _owners(protos, members)
    found: dict[str, list[str]] = defaultdict(list)
    for i in range(len(mentions) - 1):
        first, second = mentions[i], mentions[i + 1]
        a, b = owner[i], owner[i + 1]
        if not text or a.key == b.key or first.start < 1 or a.type not in (INITIATIVE, ORGANISATION):
            continue
        words = word_keys(second.name)
        if not (text[first.start - 1] in "\u2018\u201c'\"" and _QUOTED_THEN_HEAD.fullmatch(text[first.end : second.start])
                and 1 <= len(words) <= 3 and rules.heads.get(words[-1]) in (INITIATIVE, ORGANISATION)
                and b.type in (INITIATIVE, ORGANISATION) and b.label not in rules.gazetteer_names):
            continue
        found[b.key].append(a.key)
    return [(quoted[0], head) for head, quoted in found.items() if len(set(quoted)) == 1]


_COPULA = re.compile(r"\s+(?:is|was)\s+(?:now\s+)?the\s+")
_SENTENCE_OPEN = re.compile(r"(?:^|[.!?:]\s+|\n\s*)(?:the\s+|The\s+)?$")


def _text_and_scope_twins(protos: list[Entity], rules: EntityRules) -> list[tuple[str, str]]:
    """One body a page names by the text it serves and by its scope: "Westshire Review
    Delivery Board" and "National Delivery Board" in one document, when both end in
    the same name of two or more words whose last is a body's head ("Delivery Board"), one
    opens with a scope word alone (schema title_qualifiers: "National") and the other with a name
    of a publication or programme of the same document ("Westshire Review"). Only when those are
    the document's only two bodies ending so: a third ("Eastshire Review Delivery Board")
    leaves all apart, and so do two scopes ("National" and "Regional") or two texts."""
    texts = {tuple(word_keys(n)) for p in protos if p.type in (PUBLICATION, INITIATIVE)
             for n in (p.label, *p.aliases) if len(word_keys(n)) >= 2}
    bodies = [(p, word_keys(p.label)) for p in protos if p.type == ORGANISATION]
    pairs: list[tuple[str, str]] = []
    for scoped, words in bodies:
        if len(words) < 3 or words[0] not in rules.title_qualifiers:
            continue
        tail = words[1:]
        if rules.heads.get(tail[-1]) != ORGANISATION:
            continue
        ending = [(p, w) for p, w in bodies if p is not scoped and len(w) > len(tail) and w[-len(tail):] == tail]
        if len(ending) == 1 and tuple(ending[0][1][:-len(tail)]) in texts:
            pairs.append((scoped.key, ending[0][0].key))
    return pairs


def _copulas(
    mentions: Sequence[Mention], protos: list[Entity], members: list[list[int]], text: str
) -> list[tuple[str, str]]:
    """"Harbour Homes is the Westshire Regional Care Trust, a not-for-profit ...": a sentence that
    opens with a body's name and says it is ("is the", "is now the") another body's name, which
    closes the clause (a comma, a full stop), names one body twice. Not a name with more after
    it ("X is the Westshire Partnership's lead"), nor two of other types ("Jane Porter is the
    Harbour Commissioner")."""
    owner = _owners(protos, members)
    pairs = []
    for i in range(len(mentions) - 1):
        a, b = owner[i], owner[i + 1]
        if not text or a.key == b.key or a.type != ORGANISATION or b.type != ORGANISATION:
            continue
        first, second = mentions[i], mentions[i + 1]
        if (_COPULA.fullmatch(text[first.end : second.start]) and _SENTENCE_OPEN.search(text[max(0, first.start - 12) : first.start])
                and text[second.end : second.end + 1] in (",", ".", ";") and second.text[:1].isupper()):
            pairs.append((a.key, b.key))
    return pairs


def bare_kind_nouns(entities: Iterable[Entity], rules: EntityRules) -> set[str]:
    """The keys of merged entities named by one kind noun alone ("Panel", "Office", "Plan":
    `rules.common_heads`), that no merge joined to the longer name it stands for: a document
    that gives none or several such names, or documents that each mean another ("Panel" of four
    pages). So is the name of a kind of local body ("City Council", "Parish Councils":
    `rules.kind_names`). Such a name is no node. Real one-word bodies ("Parliament", "Senedd"),
    gazetteer entries and people ("Mr Office" is a person) are not kind nouns."""
    return {
        e.key for e in entities
        if e.type != PERSON and e.label not in rules.gazetteer_names and (words := word_keys(e.label))
        and ((len(words) == 1 and words[0] in rules.common_heads) or " ".join(words) in rules.kind_names)
    }


def merge_entities(
    entities: Sequence[Entity],
    rules: EntityRules,
    *,
    pairs: Iterable[tuple[str, str]] = (),
    scope: str = "",
) -> tuple[list[Entity], dict[str, str]]:
    """Merge entities that denote the same thing; returns the merged entities (sorted by
    key) and a map from every input key to its merged entity's key."""
    ordered = sorted(entities, key=lambda e: e.key)
    index = {e.key: i for i, e in enumerate(ordered)}
    # an entity labelled by a gazetteer entry's name is that entry: two entries are never one
    # entity, however their mentions are linked (an apposition, a shared alias, an acronym)
    uf = _UnionFind(len(ordered), [e.label if e.label in rules.gazetteer_names else "" for e in ordered])
    for a, b in pairs:
        if a in index and b in index:
            uf.union(index[a], index[b])
    _merge_same_names(ordered, uf, rules)
    framed_sums = _merge_sums(ordered, uf, rules)
    variants, framed = _merge_rules(ordered, uf, rules, scope=scope)
    framed |= framed_sums
    clusters: dict[int, list[int]] = defaultdict(list)
    for i in range(len(ordered)):
        clusters[uf.find(i)].append(i)
    merged: list[Entity] = []
    mapping: dict[str, str] = {}
    for root in sorted(clusters):
        group = [ordered[i] for i in clusters[root]]
        entity = _combine(group, rules, key=ordered[root].key if scope else None, variants=variants,
                          framed=framed)
        merged.append(entity)
        for e in group:
            mapping[e.key] = entity.key
    merged.sort(key=lambda e: e.key)
    return merged, mapping


def _merge_same_names(ordered: Sequence[Entity], uf: _UnionFind, rules: EntityRules) -> None:
    """Entities that share a name key are one, except that one-word person names (surnames)
    are left to the surname rule."""
    holders: dict[str, list[int]] = defaultdict(list)
    label_keys = [_merge_key(e.label) for e in ordered]
    for i, entity in enumerate(ordered):
        for name in _names(entity):
            key = _merge_key(name)
            if not key:
                continue
            # (the words of the name, not of its key: a compact key has no spaces)
            if entity.type == PERSON and name != entity.label and (
                    len(word_keys(name)) < 2 or (_honorific_form(word_keys(name), rules)
                                                 and len(_given_names(word_keys(name), rules)) < 2)):
                continue  # (nor a surname with an honorific or a post: "Mr Smith", "Cllr Smith" are many
                # people, but "Dr Jane Porter" is one; a peer's style is one peer's, and one two peers
                # share joins neither, below)
            if not holders[key] or holders[key][-1] != i:
                holders[key].append(i)
            see = _see_name(name, rules) if entity.type == PERSON else ""
            if see and (not holders[see] or holders[see][-1] != i):
                # "Lord Bishop of Westby" and "Bishop of Westby": one churchman, with or without the peer's title
                holders[see].append(i)
    # "Family Group Conference", "Family Group Conferences", "Family Group Conferencing":
    # one name in its inflections (labels only, never people)
    # "Review of Westby Care" and "Review into Westby Care", "Department of X" and
    # "Department for X": one name with another preposition or article (labels only, never
    # people, places or proposals; "and" is kept: "Health Committee" is not "Health and Care")
    skip = (rules.connectives | _ARTICLES | _PREPOSITIONS) - {"and", "&"}
    # (a word's short form as its full word: "Westby Care Co-ops" and "Westby Care Co-operatives")
    full = _full_stems(rules)
    for i, entity in enumerate(ordered):
        if entity.type != PERSON and len(word_keys(entity.label)) >= 2:
            keys = ["~" + " ".join(full.get(s, s) for s in map(_stem, word_keys(entity.label)))]
            content = [full.get(c, c) for c in (_stem(w) for w in word_keys(_spelt_and(entity.label)) if w not in skip)]
            if entity.type not in (PLACE, RECOMMENDATION) and len(content) >= 2:
                keys.append("~^" + " ".join(content))
            if order := _word_order_key(entity, skip, full):
                keys.append(order)
            for key in keys:
                if not holders[key] or holders[key][-1] != i:
                    holders[key].append(i)
    # "London Borough of Westby", "Westby Council" and "Westby Borough Council": one council, by
    # its style and by its place (labels of bodies only)
    for i, entity in enumerate(ordered):
        if entity.type == ORGANISATION and (key := _council_key(entity.label, rules)):
            if not holders[key] or holders[key][-1] != i:
                holders[key].append(i)
    # "RCCs" and "RCC": an acronym in either number (labels only: an acronym alias that two
    # longer names carry joins neither, below)
    for i, entity in enumerate(ordered):
        if _is_acronym(entity.label):
            key = "~acronym " + _acronym_core(entity.label)
            if not holders[key] or holders[key][-1] != i:
                holders[key].append(i)
    for key, indices in holders.items():
        # an alias that two different longer names carry ("Parliamentary Group" for both
        # "Parliamentary Group on Fostering" and "Parliamentary Group on Adoption") joins neither
        longer = {label_keys[i] for i in indices if label_keys[i] != key}
        if len(longer) > 1 and not key.startswith("~"):
            indices = [i for i in indices if label_keys[i] == key]
        for i in indices[1:]:
            # two people whose full names disagree ("John Smith" and "Jane Smith", both "J Smith") are two
            if ordered[i].type == PERSON and ordered[indices[0]].type == PERSON \
                    and not _persons_agree(ordered[indices[0]], ordered[i], rules):
                continue
            uf.union(indices[0], i)


def _see_name(name: str, rules: EntityRules) -> str:
    """The merge key of a churchman's style without the peer's title before it ("Lord Bishop of
    Westby" -> the key of "Bishop of Westby"); "" for any other name."""
    words = name.split()
    if (len(words) >= 4 and words[0].lower() in rules.peerage_titles and words[1].lower() in rules.see_titles
            and words[2] == "of"):
        return _merge_key(" ".join(words[1:]))
    return ""


def _council_key(label: str, rules: EntityRules) -> str:
    """The key a council's style ("London Borough of Westby") shares with the council named by
    its place ("Westby Council", "Westby Borough Council"): the place's words; "" for any other
    name. Not another kind of council ("Westby County Council" is no borough's)."""
    words = word_keys(label)
    if _minor_council(words, rules):
        return ""  # "Westby Town Council" is no borough's council
    if (place := council_style_place(words, rules.council_styles)) is not None:
        return "~council " + " ".join(place)
    if len(words) >= 2 and words[-1] == "council":
        # (the place's words before "Council" or "Borough Council"; "Westby County Council" keeps "county")
        place = words[:-2] if len(words) >= 3 and words[-2] == "borough" else words[:-1]
        return "~council " + " ".join(place)
    return ""


def _minor_council(words: Sequence[str], rules: EntityRules) -> bool:
    """Do a name's words end in a town's, parish's or community's "Council" (schema
    minor_council_words: "Westby Town Council")?"""
    return len(words) >= 3 and words[-1] == "council" and words[-2] in rules.minor_council_words


def _given_names(words: list[str], rules: EntityRules) -> list[str]:
    """A person's name words without the honorifics, peer's titles and posts before them and a
    peer's territory after them ("dame jane doe" -> "jane doe"; "cllr doe" -> "doe"; "lord hale of
    westby" -> "hale")."""
    while len(words) > 1 and _styled_form(words, rules):
        words = words[2:] if " ".join(words[:2]) in rules.honorifics and len(words) > 2 else words[1:]
    if "of" in words[1:]:
        words = words[: words.index("of", 1)]  # a peer's territory ("doe of westby"): no part of the name
    return words


def _same_person(a: list[str], b: list[str], rules: EntityRules) -> bool:
    """Can two name forms name one person? The same surname and, without titles, given names that
    agree: the same first given name or its initial ("j doe", "jane doe"), a middle name or none
    ("jane elizabeth doe", "jane doe"), or no given name on one side ("baroness doe"); a
    double-barrelled name with or without its hyphen is one name ("jane porter-hale", "jane
    porter hale")."""
    a, b = _given_names(a, rules), _given_names(b, rules)
    if "".join(a).replace("-", "") == "".join(b).replace("-", ""):
        return True
    if a[-1] != b[-1]:
        return False
    if len(a) < 2 or len(b) < 2:
        return True
    x, y = a[0].rstrip("."), b[0].rstrip(".")
    return x == y or (len(x) == 1 and y.startswith(x)) or (len(y) == 1 and x.startswith(y))


def _persons_agree(a: Entity, b: Entity, rules: EntityRules) -> bool:
    """Do two people's full names (a given name and a surname) agree, where both have any? Each of
    one's with each of the other's: "Jane Smith" (also "J Smith") is not "J Smith" who is "John
    Smith"."""
    fa = [w for w in (word_keys(n) for n in _names(a)) if len(_given_names(w, rules)) >= 2]
    fb = [w for w in (word_keys(n) for n in _names(b)) if len(_given_names(w, rules)) >= 2]
    return all(_same_person(x, y, rules) for x in fa for y in fb)


def _word_order_key(entity: Entity, skip: Collection[str], full: Mapping[str, str] | None = None) -> str:
    """The key one name shares with its words in another order ("Westby Local Carers Offer" and
    "Local Westby Carers Offer", "Harbour Select Committee" and "Select Committee on Harbours"):
    the sorted stems of its content words (`skip`: connectives, articles and prepositions), for a
    name in capitals (every content word capitalised: a name, not a phrase) of three content
    words or more, not a person's or a place's ("Westby North" and "North Westby" may be two
    areas) nor a proposal's ("Fund Carers Before Respite" and "Respite Before Fund Carers" may
    be two proposals, as the "~^" key has it), nor in capitals throughout; "" for any other."""
    if entity.type in (PERSON, PLACE, RECOMMENDATION) or entity.label.isupper():
        return ""
    tokens = [t for t in re.split(r"[\s,:;]+", _spelt_and(entity.label)) if t]
    content = [t for t in tokens if t.lower().strip("'’()") not in skip and t.lower() != "and"]
    if len(content) < 3 or not all(t[:1].isupper() or t[:1].isdigit() for t in content):
        return ""
    full = full or {}
    return "~order " + " ".join(sorted(full.get(_stem(w), _stem(w)) for w in word_keys(_spelt_and(entity.label))
                                       if w not in skip and w != "and"))


# a sum of money: a currency sign, a number (with thousands commas, a decimal point) and its
# multiplier, if any ("£2.6bn", "£2.6 billion", "$300m", "£2,600 million")
_SUM = re.compile(r"([£$€])\s?(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s?(bn|billion|b|mn|million|m|k|thousand)?(?![\w.])",
                  re.IGNORECASE)
_SPREAD = re.compile(r"\s+(?:over|across)\s+(?:the\s+)?(?:next\s+)?\S+\s+years?\s*$", re.IGNORECASE)
_MULTIPLIERS = {"bn": 9, "billion": 9, "b": 9, "mn": 6, "million": 6, "m": 6, "k": 3, "thousand": 3}


def _sum_key(label: str, rules: EntityRules) -> str:
    """The key of a proposal that is a sum of money and nothing else: one amount, written any way
    ("£2.6bn", "£2.6 billion", "£2,600m"), and only nouns of money, articles and prepositions
    beside it ("£2.6bn funding", "an investment of £2.6 billion"), after the phrase's frame
    ("... recommended by the review": `_unframed`); "" for any other name ("£2bn for Harbour
    Hubs" names what the money is for)."""
    found = list(_SUM.finditer(label))
    if len(found) != 1:
        return ""
    match = found[0]
    digits = match.group(2).replace(",", "")
    try:
        amount = float(digits) * 10 ** _MULTIPLIERS.get((match.group(3) or "").lower(), 0)
    except ValueError:
        return ""
    # a time the sum is spread over is no other proposal ("£2bn funding over five years")
    rest = _SPREAD.sub("", label[: match.start()] + " " + label[match.end():])
    words = _unframed(rest, rules) or word_keys(rest)
    if not all(w in rules.money_words or w in _ARTICLES or w in _PREPOSITIONS for w in words):
        return ""
    return f"~sum {match.group(1)}{amount:.0f}"


def _merge_sums(ordered: Sequence[Entity], uf: _UnionFind, rules: EntityRules) -> set[str]:
    """Proposals that are one sum of money (`_sum_key`) are one, within and across documents;
    returns the labels of those with a frame ("£2.6 billion funding recommended by the review"),
    which never label the merged entity."""
    holders: dict[str, list[int]] = defaultdict(list)
    framed: set[str] = set()
    for i, entity in enumerate(ordered):
        if entity.type != RECOMMENDATION:
            continue
        key = _sum_key(entity.label, rules)
        if key:
            holders[key].append(i)
            if _unframed(entity.label, rules):
                framed.add(entity.label)
    for indices in holders.values():
        for i in indices[1:]:
            uf.union(indices[0], i)
    return framed


def _spelt_and(name: str) -> str:
    """An ampersand written as the word "and" ("Homes & Care" -> "Homes and Care")."""
    return _AMPERSAND.sub(" and ", name) if "&" in name else name


_AMPERSAND = re.compile(r"\s*&\s*")


def _merge_key(name: str) -> str:
    """The loose key two spellings of one name share: "People & Health Committee" and
    "People and Health Committee"."""
    return compact_key(_spelt_and(name))


@lru_cache(maxsize=65536)
def _stem(word: str) -> str:
    """A crude stem for inflections of one word: "conferences", "conferencing" -> "conferenc";
    "co-operatives" and "cooperative", "teams" and "team" alike."""
    if "-" in word and word.replace("-", "").isalpha():
        # one word with or without its hyphen ("co-operative", "cooperative")
        word = word.replace("-", "")
    if len(word) > 5 and word.endswith("ies"):
        # "families" and "family", "agencies" and "agency"
        return word[:-3] + "y"
    for suffix in ("ing", "es", "s", "e"):
        if len(word) > len(suffix) + 4 and word.endswith(suffix) and not word.endswith("ss"):
            return word[: -len(suffix)]
    if len(word) >= 4 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        # a short plural ("teams", "hubs")
        return word[:-1]
    return word


_FULL_STEMS: dict[tuple[tuple[str, str], ...], dict[str, str]] = {}


def _full_stems(rules: EntityRules) -> dict[str, str]:
    """{the stem of a word's short form: the stem of the full word} (rules.word_short_forms:
    "co-op" -> "co-operative", so "coop" -> "cooperativ"), made once per set of rules."""
    key = tuple(sorted(rules.word_short_forms.items()))
    found = _FULL_STEMS.get(key)
    if found is None:
        found = _FULL_STEMS[key] = {_stem(short): _stem(full) for short, full in key}
    return found


def _names(entity: Entity) -> list[str]:
    return [entity.label, *entity.aliases]


def _styled_form(words: list[str], rules: EntityRules) -> bool:
    """Do a person's name words open with an honorific, a peer's title or a word of a post
    ("cllr doe", "rt hon doe", "minister doe"), not a given name?"""
    return (words[0] in rules.honorifics or " ".join(words[:2]) in rules.honorifics
            or words[0] in rules.peerage_titles or words[0] in rules.role_words)


def _particle_surname(words: list[str], rules: EntityRules) -> bool:
    """Are a name's words a surname with its particles ("de brun", "van der hale";
    rules.surname_particles)?"""
    return 2 <= len(words) <= 3 and all(w in rules.surname_particles for w in words[:-1]) \
        and words[-1] not in rules.surname_particles


def _honorific_form(words: list[str], rules: EntityRules) -> bool:
    """Do a person's name words open with an honorific or a word of a post ("mr smith", "cllr
    smith", "minister smith"), which many people share?"""
    # not "baroness doe": a peer's style (some peer's titles are honorifics too)
    return words[0] not in rules.peerage_titles and _styled_form(words, rules)


def _unstyled(words: list[str], rules: EntityRules) -> list[str]:
    """A person's name words without a leading peer's title ("lord hale of westby" -> "hale of
    westby")."""
    return words[1:] if len(words) > 2 and words[0] in rules.peerage_titles else words


def _given_name_owners(root: int, word: str, clusters: dict[int, dict]) -> list[int]:
    """The document's persons of two or three words whose first word is `word` ("jane" of
    "Jane Doe")."""
    return [r for r, other in clusters.items()
            if r != root and other["type"] == PERSON and len(other["words"]) in (2, 3) and other["words"][0] == word]


def _known_given_name_owner(root: int, word: str, view: dict, clusters: dict[int, dict],
                            rules: EntityRules) -> list[int]:
    """Across documents, the one person whose given name the one-word name `word` is, if that
    person is a gazetteer person ("Jane" alone on one page, the known "Jane Doe" on others); []
    if any other person of the corpus has that given name, if a page of the name names a person
    of that given name (there it was left alone for a reason), if the cluster goes by another
    form ("Ms Jane", a longer name) or if some name ends in the word (a surname's look) or it
    is a head noun ("Forum")."""
    if word in rules.heads or any(n != [word] for n in view["names_words"]) or any(
            len(other["words"]) >= 2 and other["words"][-1] == word for r, other in clusters.items() if r != root):
        return []
    owners = [r for r, other in clusters.items()
              if r != root and other["type"] == PERSON and len(given := _given_names(other["words"], rules)) >= 2
              and given[0] == word]
    if len(owners) != 1 or clusters[owners[0]]["label"] not in rules.gazetteer_names \
            or view["documents"] & clusters[owners[0]]["documents"]:
        return []
    return owners


def _unknown_name(label: str, words: list[str], view: dict, rules: EntityRules) -> bool:
    """Is a one-word name that NER took for a body or a place (not a person) no known thing: no
    gazetteer entry, no head noun ("Council"), no place noun? Then it may be a given name no list
    holds ("Jalia" for the page's "Jalia Osei")."""
    return (len(words) == 1 and view["type"] in (ORGANISATION, PLACE) and label not in rules.gazetteer_names
            and words[0] not in rules.heads and label[:1].isupper() and label[1:].islower())


def _merge_rules(
    ordered: Sequence[Entity], uf: _UnionFind, rules: EntityRules, *, scope: str = ""
) -> tuple[set[str], set[str]]:
    """Surnames, acronyms, short forms and misspellings, each to a unique longer name;
    returns the labels joined as variants of another name (never the merged label, nor its
    type) and the framed proposal phrases joined to their bare phrase (never the label; their
    votes count)."""
    variants: set[str] = set()
    framed: set[str] = set()
    # the words an acronym passes over: not an agent's "by" ("Research by the Westby Carers
    # Council" is no "RWCC")
    skip = (rules.connectives | _ARTICLES) - _AGENT_WORDS
    clusters = _cluster_view(ordered, uf, rules, known_forms=bool(scope))
    places = {tuple(other["words"]) for other in clusters.values() if other["type"] == PLACE}
    # the gazetteer's people among them, by the words after the given name (a given name's slip)
    known_people: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for r, other in clusters.items():
        if other["type"] == PERSON and other["label"] in rules.gazetteer_names and len(other["words"]) >= 2:
            known_people[tuple(other["words"][1:])].append(r)
    stem_index: dict[bool, dict[str, set[int]]] = {}   # _roots_by_stem, made once per merge
    head_stems = _head_stems(rules)
    for root, view in clusters.items():
        label = view["label"]
        words = word_keys(label)
        candidates: list[int] = []
        styled = view["type"] == PERSON and len(words) == 2 and (
            words[0] in rules.peerage_titles
            # within a document, a post's word before a surname ("Minister Doe", "Councillor
            # Doe"), which the name cleaner keeps on a name of two words
            or (bool(scope) and words[0] in rules.role_words and label.split()[0] not in rules.first_names))
        if (len(words) == 1 or styled) and view["type"] not in (PLACE, RECOMMENDATION) and not _is_acronym(label):
            if styled:
                words = words[1:]  # "Lord Hale", "Minister Hale": a surname with its title or post
            # a surname, however its own mentions were typed (NER often calls it an
            # organisation), to the one full name ending in it: the person's votes win
            candidates = [
                r for r, other in clusters.items()
                if r != root and other["type"] == PERSON and len(other["words"]) > 1
                and (other["words"][-1] == words[0]
                     # a peer's title without its territory ("Hunt" of "Hunt of Westby Heath",
                     # "Lord Hunt" of "Lord Hunt of Westby Heath")
                     or (_unstyled(other["words"], rules)[:2] == [words[0], "of"]))
            ]
            # (a name styled with a title or a post, "Councillor Grace", "Minister Harbour", is a
            # surname: only the surname's candidates, above, and a misspelt surname, below)
            if not candidates and scope and not styled and (
                    view["type"] == PERSON or label in rules.first_names or _unknown_name(label, words, view, rules)):
                # "Jane" for the document's one person of that first name, unless some
                # person's surname is that word too
                candidates = _given_name_owners(root, words[0], clusters)
            if not candidates and not scope and not styled and (
                    view["type"] == PERSON or label in rules.first_names or _unknown_name(label, words, view, rules)):
                # across documents, "Jane" on a page that names no Jane, for the corpus's one
                # person of that given name, a gazetteer person (its guesses never retype it)
                candidates = _known_given_name_owner(root, words[0], view, clusters, rules)
                if candidates:
                    variants.add(label)
            if not candidates and scope and not styled and view["type"] == PERSON:
                # "Ms Adeyemi" for the document's "Abimbola Adeyemi" that NER took for a body
                # or a place: the honorific's votes win
                candidates = [
                    r for r, other in clusters.items()
                    if r != root and other["type"] in (ORGANISATION, PLACE) and len(other["words"]) in (2, 3)
                    and other["words"][-1] == words[0] and other["words"][-1] not in rules.heads
                    and not any(w in rules.connectives for w in other["words"])
                ]
            if not candidates and scope and _misspelt_surname(view, rules):
                # a misspelt or truncated surname ("Porterfeld" for "Jane Porterfield"); NER
                # often takes an unknown spelling for a body, which is then one letter off
                slips = max(1, len(words[0]) // 5) if view["type"] == PERSON else 1
                candidates = [
                    r for r, other in clusters.items()
                    if r != root and other["type"] == PERSON and len(other["words"]) > 1
                    and _edit_distance(other["words"][-1], words[0]) <= slips
                ]
            if not candidates and scope and not styled and label not in rules.first_names:
                # "the Barometer" for the document's one "Harbour Barometer", however NER typed it
                candidates = [
                    r for r, other in clusters.items()
                    if r != root and other["type"] not in (PERSON, PLACE) and len(other["words"]) >= 2
                    and other["words"][-1] == words[0]
                ]
                if len(candidates) > 1:
                    # "the Plan" beside "10 Year Westshire Plan" and its short "10 Year Plan"
                    candidates = _longest_of_chain(candidates, clusters, rules,
                                                   _roots_by_stem(clusters, True, stem_index), head_stems)
            if not candidates and scope and not styled and label not in rules.first_names \
                    and words[0] not in rules.heads:
                # "Harbour" for the document's one body "Harbour Economics", however NER typed it; not a
                # head noun, which names a thing by its kind ("the Forum" is no "Forum Radio",
                # "the Hub" no "Hub Westby")
                candidates = [
                    r for r, other in clusters.items()
                    if r != root and other["type"] == ORGANISATION and len(other["words"]) == 2
                    and other["words"][0] == words[0] and other["words"][1] not in rules.connectives
                ]
            # a person that already has a full name ending in the surname ("Baroness Doe" whom a
            # page also calls "Jane Doe") is that person: only a cluster of that full name is
            # it, never a namesake ("John Doe") that the surname alone would find (a form with
            # an honorific, a peer's title or a post, "Cllr Doe", "Minister Doe", is no full name)
            known = [n for n in view["names_words"] if view["type"] == PERSON and len(n) >= 2 and n[-1] == words[0]
                     and not _styled_form(n, rules)]
            if known:
                # (without titles, an initial or a middle name agreeing: "Jane Doe" is "Dame Jane
                # Doe", "Jane Elizabeth Doe" and "J Doe")
                candidates = [r for r in candidates if any(
                    len(_given_names(m, rules)) >= 2 and _same_person(n, m, rules)
                    for n in known for m in clusters[r]["names_words"])]
            if (len(candidates) == 1 and view["type"] != PERSON and not styled
                    and label not in rules.gazetteer_names and clusters[candidates[0]]["type"] == PERSON
                    and clusters[candidates[0]]["words"][0] == words[0]
                    and (label in rules.first_names or _unknown_name(label, words, view, rules))):
                # "Amanda - I think ..." in an interview, that NER took for a body each time: the
                # person's given name alone; its guesses never retype the person
                variants.add(label)
        elif scope and view["type"] == PERSON and _particle_surname(words, rules) and not _is_acronym(label):
            # within a document, a person's surname with its particle ("De Brun", "van Hale") to
            # the one person whose longer name ends in it ("Jane de Brun"), however either writes
            # the particle; not a body's name of that form ("De Vere" the hotel is no "Jane de Vere")
            candidates = [
                r for r, other in clusters.items()
                if r != root and other["type"] == PERSON and len(other["words"]) > len(words)
                and other["words"][-len(words):] == words
            ]
        elif _is_acronym(label):
            core = _acronym_core(label)
            # a name it spells letter for letter (the label or another name of the cluster:
            # "HSP" for a cluster that also goes by "Harbour Steps Programme") comes before a
            # name it spells without a trailing head ("Harbour Steps Programme Guide"); never a
            # person's ("LAs" is no alias of "Lara Adams")
            candidates = [
                r for r, other in clusters.items()
                if r != root and not _is_acronym(other["label"]) and len(other["words"]) > 1
                and other["type"] != PERSON
                and any(core in (initials(n, skip), initials(n.replace("-", ""), skip))
                        or _small_letters_spell(n, label, rules.connectives)
                        for n in other["names"] if len(n.split()) > 1)
            ] or [
                r for r, other in clusters.items()
                if r != root and not _is_acronym(other["label"]) and len(other["words"]) > 1
                and other["type"] != PERSON
                and core in _initials_forms(other["label"], skip, rules)
            ]
            if not candidates and scope:
                # within a document, an acronym alone for the one name of its kind that opens with
                # it and a preposition ("APPG" for "APPG for Harbour Families"); not a longer name
                # that adds a name to it ("NHS" is no "NHS Westshire")
                candidates = [
                    r for r, other in clusters.items()
                    if r != root and other["type"] == view["type"] and len(other["words"]) >= 3
                    and other["label"].split()[0] == label and other["words"][1] in _PREPOSITIONS
                ] or [
                    # ... or whose words before that preposition it spells ("HFG" for the "Harbour
                    # Families Group on Lighthouses", "HFG" for short)
                    r for r, other in clusters.items()
                    if r != root and other["type"] == view["type"] and not _is_acronym(other["label"])
                    and core in _complemented_initials(other["label"], skip)
                ]
        elif view["type"] == PLACE:
            # "Westshire" and "Westshire Region": a place with and without its place noun
            candidates = [
                r for r, other in clusters.items()
                if r != root and other["type"] == PLACE and other["words"][:-1] == words
                and rules.heads.get(other["words"][-1]) == PLACE
            ]
            if not candidates and scope and len(words) == 1 and _unknown_name(label, words, view, rules) \
                    and not any(other["type"] == PERSON and other["words"][-1] == words[0] for other in clusters.values()):
                # "Jalia can call me": a given name no list knows, which NER took for a place, for
                # the document's one person of that first name (never a surname's word)
                candidates = _given_name_owners(root, words[0], clusters)
        if not candidates and view["type"] in _NAMED_KINDS:
            candidates = _owned_targets(root, view, clusters, rules)
            if len(candidates) == 1:
                variants.add(label)
        if not candidates and scope and view["type"] in _NAMED_KINDS and _after_former(label, rules):
            # "Former Harbour Commissioner", "Ex-Harbour Review": the document's one body of the
            # name after the word (that name, or its one longer form)
            rest = _after_former(label, rules)
            candidates = sorted(r for r, other in clusters.items() if r != root
                                and (other["type"] in _NAMED_KINDS or other["type"] == RECOMMENDATION)
                                and (rest == other["words"] or rest in other["names_words"]))
            if not candidates and len(rest) >= 2:
                candidates = _longer_forms(root, rest, view, clusters, rules, aliases=True, head_stems=head_stems)
            if len(candidates) == 1:
                variants.add(label)
        if not candidates and view["type"] not in (PERSON, PLACE) and len(rest := _after_version(label, rules)) >= 2:
            # "Draft Harbour Local Offer", "Revised Harbour Guidance": the one thing of the name
            # after the word (that name, or within a document its one longer form), whatever
            # either was typed; the version never labels or types it
            candidates = sorted(r for r, other in clusters.items() if r != root and other["type"] not in (PERSON, PLACE)
                                and (rest == other["words"] or rest in other["names_words"]))
            if not candidates and scope:
                candidates = _longer_forms(root, rest, view, clusters, rules, aliases=True, head_stems=head_stems)
            if len(candidates) == 1:
                variants.add(label)
        if not candidates and not _is_acronym(label) and view["type"] in (PUBLICATION, ORGANISATION, INITIATIVE):
            # {a longer cluster: the names of this one that are short forms of it}
            shortened: dict[int, list[list[str]]] = defaultdict(list)
            aliases = bool(scope) or len(words) >= 3
            for r in _longer_forms(root, words, view, clusters, rules, aliases=aliases, within=bool(scope),
                                   stems=_roots_by_stem(clusters, aliases, stem_index), places=places,
                                   head_stems=head_stems):
                shortened[r].append(words)
            if not shortened:
                # a subtitle the cluster also goes by ("Safe at Home: Delivery Plan" in one
                # text, "the Westshire Delivery Plan" in another): the one longer name of it
                for other_words in view["other_words"]:
                    for r in _longer_forms(root, other_words, view, clusters, rules,
                                           stems=_roots_by_stem(clusters, False, stem_index),
                                           head_stems=head_stems):
                        shortened[r].append(other_words)
            candidates = sorted(shortened)
            if scope and len(candidates) > 1:
                # "Westby Steps" beside "Westby Steps Programme" and "Westby Steps Partnership
                # Programme": the longest of a chain, which the others are short forms of too
                candidates = _longest_of_chain(candidates, clusters, rules,
                                               _roots_by_stem(clusters, True, stem_index), head_stems)
            if not scope and not all(any(_shortens_across(short, view, clusters[r], rules.kind_suffixes) for short in shorts)
                                     for r, shorts in shortened.items()):
                continue
            if len(candidates) == 1 and clusters[candidates[0]]["words"][:-1] == words \
                    and clusters[candidates[0]]["words"][-1] in rules.kind_suffixes:
                variants.add(clusters[candidates[0]]["label"])  # "Harbourside", not "Harbourside Charity"
        elif not candidates and view["type"] == PERSON and len(words) == 2:
            candidates = [
                r for r, other in clusters.items()
                if r != root and other["type"] == PERSON and len(other["words"]) == 2
                and other["words"][0] == words[0] and other["words"][1] != words[1]
                and _edit_distance(other["words"][1], words[1]) <= max(1, len(words[1]) // 4)
                # the rarer spelling joins the commoner; within one document, where two people
                # one letter apart are rarer than a slip, an equal count joins too (by label)
                and (other["mentions"] > view["mentions"]
                     or (scope and other["mentions"] == view["mentions"] and other["label"] < label)
                     # a gazetteer person's name is the right spelling, however often the slip is made
                     or (other["label"] in rules.gazetteer_names and label not in rules.gazetteer_names))
            ]
        if not candidates and view["type"] == PERSON and len(words) >= 2 and label not in rules.gazetteer_names \
                and label.split()[0] not in rules.first_names:
            # a known person's given name misspelt by a letter ("Marianne Westerby" written "Mariane
            # Westerby"): the gazetteer's spelling, the rest of the name the same; not a short given
            # name ("Jon" and "Jan" are names of their own), nor a listed given name of its own
            # ("Frances" beside "Francis"), nor an unknown person's
            candidates = [
                r for r in known_people.get(tuple(words[1:]), ())
                if r != root and min(len(words[0]), len(clusters[r]["words"][0])) >= 5
                and _edit_distance(clusters[r]["words"][0], words[0]) == 1
            ]
        if not candidates and scope and view["type"] == PERSON and len(words) >= 3:
            # "Jane Porter Excerpts", "Jane Porter Labour", "Porter of Westby That": the
            # document's person of two or more words and some trailing words a heading, card or
            # speaker line ran on into; the shorter name labels. The shorter is a person's name
            # by its look (a known given name first, or a peer's "X of Y"), not a cut name of
            # another kind that NER took for a person ("Harbour Plant" of "Harbour Plant Trust")
            candidates = [
                r for r, other in clusters.items()
                if r != root and other["type"] == PERSON
                and 2 <= len(other["words"]) < len(words) and words[: len(other["words"])] == other["words"]
                and (other["label"].split()[0] in rules.first_names or other["words"][1] == "of")
            ]
            if len(candidates) == 1:
                variants.add(label)
        if not candidates and (view["type"] in _NAMED_KINDS or (scope and view["type"] == PERSON)) and not _is_acronym(label):
            # (within a document, a person's too: "Westshire CC" that NER took for a person)
            candidates = _spelt_out(root, view, clusters, rules)
        if not candidates and view["type"] != PERSON:
            candidates = _variant_targets(root, view, clusters, places, rules)
            if len(candidates) == 1:
                variants.add(label)
        if not candidates and scope and view["type"] not in (PERSON, PLACE):
            candidates = _framed_targets(root, view, clusters, rules)
            if len(candidates) == 1:
                framed.add(label)
        if len(candidates) == 1 and not _rivals(label, clusters[candidates[0]]["label"], rules):
            uf.union(root, candidates[0])
    return variants, framed


def _complemented_initials(label: str, skip: frozenset[str]) -> set[str]:
    """The initials of a name's words before its complement: "Harbour Families Group on Coastal
    Lighthouses" -> "HFG" (the words before its first "on" or "for", two or more, each capitalised, and
    a capitalised complement after it; a hyphened word spelt by one initial or two); none of a
    name without such a complement ("Department for Harbours" has one word before it)."""
    tokens = label.split()
    for i, token in enumerate(tokens):
        if token.lower() in _COMPLEMENT_PREPOSITIONS:
            before, after = tokens[:i], [t for t in tokens[i + 1:] if t.lower() not in skip]
            if len(before) >= 2 and after and all(t[:1].isupper() for t in before + after):
                lead = " ".join(before)
                return {initials(lead, skip), initials(lead.replace("-", " "), skip)}
            return set()
    return set()


# the prepositions that bring in what a body is about or for ("Group on Coastal Lighthouses", "Group for Lighthouses")
_COMPLEMENT_PREPOSITIONS = frozenset({"on", "for"})


def _longest_of_chain(candidates: list[int], clusters: dict[int, dict], rules: EntityRules,
                      stems: dict[str, set[int]], head_stems: frozenset[str]) -> list[int]:
    """Within a document, of several longer names a short form may stand for, the one that
    every other is itself a short form of ("Plan" beside "Westshire Plan" and "10 Year
    Westshire Plan": the longest); all of them when they are no such chain ("Plan" beside
    "Westshire Plan" and "Eastborough Plan")."""
    longest = [c for c in candidates
               if all(o == c or (c in _longer_forms(o, clusters[o]["words"], clusters[o], clusters, rules,
                                                     aliases=True, within=True, stems=stems,
                                                     head_stems=head_stems)
                                 # a link that would merge (not two rival gazetteer names)
                                 and not _rivals(clusters[o]["label"], clusters[c]["label"], rules))
                      for o in candidates)]
    return longest if len(longest) == 1 else candidates


def _after_former(label: str, rules: EntityRules) -> list[str]:
    """The words of a name after a word of a post's time that opens it ("Former Harbour
    Commissioner", "Ex-Harbour Review": `rules.former_words`, alone or before a hyphen); [] if
    none opens it or nothing follows."""
    found = re.match(r"(\w+)(?:\s+|-(?=[A-Z]))(.+)", label)
    if not found or found.group(1).lower() not in rules.former_words:
        return []
    return word_keys(_spelt_and(found.group(2)))


def _after_version(label: str, rules: EntityRules) -> list[str]:
    """The words of a name after a capitalised word of a version that opens it ("Draft Harbour
    Local Offer" -> harbour, local, offer: `rules.version_words`); [] if none opens it."""
    found = re.match(r"([A-Z]\w*)\s+(.+)", label)
    if not found or found.group(1).lower() not in rules.version_words:
        return []
    return word_keys(_spelt_and(found.group(2)))


def _misspelt_surname(view: dict, rules: EntityRules) -> bool:
    """May a one-word name be a misspelt surname? A person's of five letters or more; or one that
    NER typed a body, of eight letters or more, in a person name's capitals (no acronym, no
    capitals run), no head noun of a body and no gazetteer entry ("Porterfeild", "MacAllister")."""
    label, word = view["label"], view["words"][0]
    if view["type"] == PERSON:
        return len(word) >= 5
    return (view["type"] == ORGANISATION and len(word) >= 8 and label[:1].isupper() and not label.isupper()
            and label.isalpha() and word not in rules.heads and label not in rules.gazetteer_names
            and word not in rules.common_heads)


_OWNED = re.compile(r"(.+?)['’]s\s+(.+)")
_OWNERS = frozenset({ORGANISATION, PLACE, PERSON})


def _owned_targets(root: int, view: dict, clusters: dict[int, dict], rules: EntityRules) -> list[int]:
    """"the Department for Harbours' Westby Families Programme", "Westshire's Harbour Plan": a
    name of two or more words after an owner's possessive is the cluster named by those words
    (any of its names), when the owner is itself a body, place or person of the clusters (any
    of its names, or an acronym it goes by: "DfH's Harbour Plan"). Not a name whose possessive
    belongs to it ("Children's Harbour Trust": `rules.possessive_name_words`)."""
    found = _OWNED.fullmatch(view["label"])
    if not found:
        return _acronym_owned_targets(root, view, clusters, rules)
    owner, rest = word_keys(_spelt_and(found.group(1))), word_keys(_spelt_and(found.group(2)))
    if not owner or len(rest) < 2 or owner[-1] in rules.possessive_name_words:
        return []
    acronym = _acronym_core(found.group(1).split()[-1]) if len(owner) == 1 and _is_acronym(found.group(1).split()[-1]) else ""
    if not any(r != root and other["type"] in _OWNERS
               and (owner in other["names_words"] or owner == other["words"] or acronym in other["acronyms"])
               for r, other in clusters.items()):
        return []
    return sorted(r for r, other in clusters.items()
                  if r != root and other["type"] in _NAMED_KINDS
                  and (rest == other["words"] or rest in other["names_words"]))


def _acronym_owned_targets(root: int, view: dict, clusters: dict[int, dict], rules: EntityRules) -> list[int]:
    """"the WCC Harbour Review", "DfH Care Plan": a name of two or more words after a body's
    acronym, without a possessive, is the one other cluster named by those words (any of its
    names). Not an acronym that spells the words after it ("HSP Programme": `_variant_targets`),
    nor a name that two bodies' acronyms open ("WCC Annual Conference" and "EBC Annual
    Conference" beside "Annual Conference": whose conference is the short name?), nor a name
    after a place ("Westshire Harbour Review" is the county's own)."""
    tokens = view["label"].split()
    if len(tokens) < 3 or not _is_acronym(tokens[0]) or view["label"] in rules.gazetteer_names:
        return []
    rest = word_keys(_spelt_and(" ".join(tokens[1:])))
    core = _acronym_core(tokens[0])
    skip = rules.connectives | _ARTICLES
    if len(rest) < 2 or core in _initials_forms(" ".join(tokens[1:]), skip, rules) or core == initials(" ".join(tokens), skip):
        return []
    if any(other["type"] == PLACE and core in ({_acronym_core(other["label"])} | other["acronyms"])
           for other in clusters.values()):
        return []
    # another acronym before the same words: two owners' things of one name
    if any(r != root and len(other["label"].split()) == len(tokens) and other["label"].split()[0] != tokens[0]
           and _is_acronym(other["label"].split()[0]) and other["words"][-len(rest):] == rest
           for r, other in clusters.items()):
        return []
    return sorted(r for r, other in clusters.items()
                  if r != root and other["type"] in _NAMED_KINDS and not _is_acronym(other["label"])
                  and (rest == other["words"] or rest in other["names_words"]))


def _rivals(label: str, other: str, rules: EntityRules) -> bool:
    """Two gazetteer entries the linker told apart by context (one country's "Harbour Care
    Review" is no short form of another's "Harbour Review of Care"): never one entity."""
    return label != other and label in rules.rival_names and other in rules.rival_names


_NAMED_KINDS = frozenset({ORGANISATION, PUBLICATION, INITIATIVE})

# "X Programme in Westshire", "X Pathfinder for the South East", "X Pilot across Westby"
_PLACE_QUALIFIERS = ("in", "for", "across")


def _variant_targets(
    root: int, view: dict, clusters: dict[int, dict], places: set[tuple[str, ...]], rules: EntityRules
) -> list[int]:
    """The one other cluster this name is a variant of, whatever the two were typed:
    - a programme named with the place it runs in ("Harbour Steps Programme in Westby
      Borough") is the programme ("Harbour Steps Programme"), when the place is one of the
      text's places and the programme an initiative;
    - an acronym before a name's last words ("HSP Programme", "HS Pathfinder") is the name
      whose leading words it spells, by their initials or by the text's own definition
      ("Harbour Steps (HS)").
    `places`: the words of every place cluster, read once per merge (not once per name)."""
    found: set[int] = set()
    forms = [(view["words"], False)]
    base = _without_place(view["words"], places, rules)
    if base:
        forms.append((base, True))
    first = view["label"].split()[0] if view["label"].split() else ""
    for form, placed in forms:
        wanted = (INITIATIVE,) if placed else (INITIATIVE, PUBLICATION, ORGANISATION)
        if placed:
            found.update(r for r, other in clusters.items()
                         if r != root and other["type"] in wanted and form in other["names_words"])
        if _is_acronym(first) and len(form) >= 2:
            found.update(r for r, other in clusters.items()
                         if r != root and other["type"] in wanted
                         and _spelt_by(_acronym_core(first), form[1:], other, clusters, rules))
    return sorted(found)


def _unframed(label: str, rules: EntityRules) -> list[str]:
    """The words of a proposal's phrase without its frame, or nothing if it has none: a
    lower-case opening of articles, edition or proposal words and quantity nouns with their
    "of" ("a new X", "the proposed X", "a set of X"), and a closing "proposed by/in ..." with
    the descriptor words before it ("X model proposed by the review" -> X)."""
    tokens = label.split()
    words = [t.strip(".,;:()'\"‘’“”").lower() for t in tokens]
    start = 0
    while start < len(tokens) - 1:
        token, word = tokens[start], words[start]
        if token[:1].islower() and (word in _ARTICLES or word in rules.frame_words):
            start += 1
        elif (token[:1].islower() and word in rules.quantity_frames and start + 2 < len(tokens)
              and words[start + 1] == "of"):
            start += 2
        else:
            break
    end = len(tokens)
    for i in range(start + 1, len(tokens) - 1):
        if tokens[i][:1].islower() and words[i] in rules.frame_words and words[i + 1] in _PREPOSITIONS:
            end = i
            while end - 1 > start and _descriptor(words[end - 1], rules) and tokens[end - 1][:1].islower():
                end -= 1
            break
    if start == 0 and end == len(tokens):
        return []
    return word_keys(_spelt_and(" ".join(tokens[start:end])))


def _framed_targets(root: int, view: dict, clusters: dict[int, dict], rules: EntityRules) -> list[int]:
    """Within a document, the one other cluster a framed proposal phrase stands for ("a new
    Harbour Care Framework" beside "Harbour Care Framework", "a set of national harbour rules on
    X" beside "national harbour rules", "HCC model proposed by the review" beside "HCC"): the
    cluster named by the phrase without its frame (`_unframed`), or by its words before their
    first preposition. Not a capitalised opening ("New Harbour Project" is a name), nor a person
    or a place."""
    rest = _unframed(view["label"], rules)
    if not rest:
        return []
    forms = [rest]
    cut = next((i for i, w in enumerate(rest) if i >= 1 and w in _PREPOSITIONS), None)
    if cut is not None:
        forms.append(rest[:cut])
    for form in forms:
        found = sorted(r for r, other in clusters.items()
                       if r != root and other["type"] not in (PERSON, PLACE)
                       and (any(form == name for name in [other["words"], *other["names_words"]])
                            # "WHC model proposed by ...": the acronym a cluster goes by
                            or (len(form) == 1 and form[0].upper() in other["acronyms"])))
        if found:
            return found
    return []


def _spelt_out(root: int, view: dict, clusters: dict[int, dict], rules: EntityRules) -> list[int]:
    """The one other cluster whose name is this one with an acronym in it spelt out:
    "Independent Review of WSC" is "Independent Review of Westby Social Care" (the run of two
    or more words the acronym stands for, by initials or by the text's own definition, in its
    place; the words before and after it the same). Of a publication, body or initiative only;
    two names that spell it alike ("Westby Social Care", "Westby Sports Club") join neither."""
    skip = rules.connectives | _ARTICLES
    tokens = [(word_keys(t), t.strip(".,;:()'\"‘’“”")) for t in _spelt_and(view["label"]).split()]
    words = [w for keys, _t in tokens for w in keys]
    if words != view["words"]:
        return []
    found: set[int] = set()
    position = 0
    for keys, token in tokens:
        if len(keys) == 1 and _is_acronym(token.removesuffix("'s").removesuffix("’s")) and len(words) >= 2:
            core = _acronym_core(token.removesuffix("'s").removesuffix("’s"))
            before, after = words[:position], words[position + 1:]
            defined = {tuple(v["words"]) for v in clusters.values() if core in v["acronyms"]}
            for r, other in clusters.items():
                if r == root or other["type"] not in _NAMED_KINDS:
                    continue
                for name in other["names_words"]:
                    middle = name[len(before): len(name) - len(after)]
                    if (len(middle) >= 2 and name[: len(before)] == before
                            and name[len(name) - len(after):] == after
                            and (initials(" ".join(middle), skip) == core or tuple(middle) in defined)):
                        found.add(r)
        position += len(keys)
    return sorted(found)


def _without_place(words: list[str], places: set[tuple[str, ...]], rules: EntityRules) -> list[str]:
    """The name before a trailing "in/for/across (the) PLACE", PLACE being one of `places`
    (with or without a place noun: "Westby Borough"); else nothing."""
    for i, w in enumerate(words[2:], start=2):
        if w not in _PLACE_QUALIFIERS:
            continue
        tail = words[i + 1:]
        if tail[:1] == ["the"]:
            tail = tail[1:]
        if tuple(tail) in places or (len(tail) > 1 and tuple(tail[:-1]) in places
                                     and rules.heads.get(tail[-1]) == PLACE):
            return words[:i]
    return []


def _spelt_by(core: str, rest: list[str], other: dict, clusters: dict[int, dict], rules: EntityRules) -> bool:
    """Whether `other` is LEAD + `rest`, LEAD of two or more words that `core` spells: by
    initials, or as the text defines it (some cluster is both LEAD and `core`)."""
    words = other["words"]
    if len(words) < len(rest) + 2 or words[len(words) - len(rest):] != rest:
        return False
    lead = words[: len(words) - len(rest)]
    skip = rules.connectives | _ARTICLES
    # "HSP Programme" also for "Harbour Steps Programme" (the head spelt twice)
    spelt = {initials(" ".join(part), skip) for part in (lead, words)}
    spelt |= {initials(" ".join(part).replace("-", ""), skip) for part in (lead, words)}
    if core in spelt:
        return True
    return any(core in view["acronyms"] and lead in view["names_words"] for view in clusters.values())


def _roots_by_stem(clusters: dict[int, dict], aliases: bool, made: dict[bool, dict[str, set[int]]]) -> dict[str, set[int]]:
    """{the stem of a word: the clusters with a name of that word} over each cluster's label
    (and with `aliases` its other names), kept in `made` for the rest of the merge."""
    index = made.get(aliases)
    if index is None:
        index = made[aliases] = defaultdict(set)
        for r, other in clusters.items():
            for form in ([other["words"], *other["alias_words"]] if aliases else [other["words"]]):
                for w in form:
                    index[_stem(w)].add(r)
    return index


def _longer_forms(root: int, words: list[str], view: dict, clusters: dict[int, dict], rules: EntityRules,
                  *, aliases: bool = False, stems: dict[str, set[int]] | None = None,
                  within: bool = False, places: Collection[tuple[str, ...]] = (),
                  head_stems: frozenset[str]) -> list[int]:
    """The clusters of the same type with a longer name whose words contain `words` and keep
    its head, its opening words, or add only descriptors. With `aliases` (within a document,
    or across documents for a name of three words or more), a longer name may be any
    capitalised name the cluster goes by, not only its label (a title's other name from the
    gazetteer: "Westby Care Delivery Strategy" of "Safe Homes, Built on Trust" stands for it,
    and so do "Delivery Strategy" beside it and "Westby Care Strategy" anywhere)."""
    skip = rules.connectives | _ARTICLES
    # a word in either number ("Harbour Pilots" for "Harbour Families Pilot")
    content = {_stem(w) for w in words if w not in skip}
    head = _stem(_head_word(words, rules))
    # a longer form has a name holding every content word: with `stems` (_roots_by_stem), only
    # the clusters that do are tried (the same answer, without a test of every cluster per name)
    held = (set.intersection(*(stems.get(c, set()) for c in content))
            if stems is not None and content else None)
    # not a thing a name owns: "Harbour Review" is not the "Harbour Review's Final Report"
    other_forms = {r: [other["words"], *other["alias_words"]] if aliases else [other["words"]]
                   for r, other in clusters.items() if r != root and (held is None or r in held)
                   and tuple(words) not in other["owners"]}
    return [r for r, forms in other_forms.items()
            if any(_longer_form(words, content, head, view, clusters[r], form, rules, within=within, places=places,
                                head_stems=head_stems)
                   for form in forms)]


def _title_opening(words: list[str], view: dict, other: dict, longer: list[str], rules: EntityRules) -> bool:
    """Within a document, a title's opening words of two or more, with no head noun among them nor
    among the words the title adds ("Harbour Together" for "Harbour Together to Keep Children Safe
    2023"), are the title however NER typed them (a body, often: "Harbour Together said"). Not
    the name of a body and a paper of its own ("Harbour Trust", "Harbour Trust Annual Report"), nor
    a body and a programme named after it ("Harbour Homes", "Harbour Homes Sunday"), nor a known
    body."""
    return (other["type"] == PUBLICATION and view["type"] in _NAMED_KINDS
            and view["label"] not in rules.gazetteer_names   # a known body ("Harbour Homes" and its "Harbour Homes Sunday")
            and len(words) >= 2 and longer[: len(words)] == words
            and not any(w in rules.heads for w in longer))


def _programme_opening(words: list[str], view: dict, other: dict, longer: list[str], rules: EntityRules,
                       head_stems: frozenset[str]) -> bool:
    """Within a document, a programme's or a proposal's name without its descriptors, which NER
    took for a body, is that programme or proposal: "Westby Steps" (acting as the delivery
    programme) of the page's "Westby Steps Programme". Only a name of two or more words with no
    head noun of its own (a "Harbour Trust" is a body, whatever programme it names) nor an
    acronym first ("WCC Harbour Steps"), not a known name, and a longer name that adds only
    descriptors (head nouns, generic words): "Harbour Homes" is no "Harbour Homes Sunday" (a
    body's programme named after it). (A possessive owner, "Harbour Families' Steps Programme",
    is no short form: `_longer_forms` leaves out the clusters it owns.)"""
    return (view["type"] == ORGANISATION and other["type"] in (INITIATIVE, RECOMMENDATION)
            and len(words) >= 2 and longer[: len(words)] == words
            and view["label"] not in rules.gazetteer_names
            and not _is_acronym(view["label"].split()[0])
            and not any(_is_head(w, rules, head_stems) for w in words)
            and all(_descriptor(w, rules) for w in longer[len(words):]))


def _longer_form(words: list[str], content: set[str], head: str, view: dict, other: dict, longer: list[str],
                 rules: EntityRules, *, within: bool = False, places: Collection[tuple[str, ...]] = (),
                 head_stems: frozenset[str]) -> bool:
    """Is `longer`, a name of cluster `other`, a longer form of `words` (`_longer_forms`; `content`
    the stems of its content words, `head` the stem of its head word)?"""
    skip = rules.connectives | _ARTICLES
    if not (len(longer) > len(words) or len([w for w in longer if w not in skip]) > len([w for w in words if w not in skip])):
        # longer in words, or in content words ("Review of the Westby Care" is shorter than
        # "Independent Review of Westby Care"); the cheap test first
        return False
    if view["type"] in (ORGANISATION, PLACE) and _another_area(words, longer, rules):
        return False
    if _minor_council(words, rules) != _minor_council(longer, rules) and words[-1] == longer[-1] == "council":
        return False  # "Westby Council" is not the "Westby Town Council": another tier's body
    other_head = _head_word(longer, rules)
    return bool(
        (other["type"] == view["type"]
         or (within and _title_opening(words, view, other, longer, rules))
         or (within and _programme_opening(words, view, other, longer, rules, head_stems))
         # two names ending in one head noun are one kind of thing, however each was
         # typed ("Carers Strategy" that NER took for a body, "Westshire Carers Strategy")
         or (len(words) >= 2 and longer[-1] == words[-1] and words[-1] in rules.heads
             and {other["type"], view["type"]} <= _NAMED_KINDS
             # ... unless the shorter is a known name of its type that the longer, a title of
             # another type, ends with: "Westshire Reforms: the Harbour Programme" is a report
             # about the known programme, not the programme
             and not (view["label"] in rules.gazetteer_names and longer[-len(words):] == words)))
        # one word names a thing only in its own number: "Foundations" is not the
        # "Early Intervention Foundation"
        and (len(words) > 1 or words[0] in longer)
        # a body and a part of it: "University of Westby" is not the "University of Westby
        # Harbour Centre" (a longer body name that opens with it and ends in a body noun of its own)
        and not (view["type"] == ORGANISATION and longer[: len(words)] == words
                 and rules.heads.get(longer[-1]) == ORGANISATION and longer[-1] not in words
                 and (rules.heads.get(words[-1]) == ORGANISATION or "of" in words or "for" in words))
        and content <= {_stem(w) for w in longer}
        # a text that answers it: "Harbour Review" is not the "Government Response to the Harbour Review"
        and not _answering(words, longer, rules)
        # "Safe Harbour" is not "Safe Harbour and Kestrel Homes"; "Harbour Fostering Hub" is the
        # "Harbour Fostering Recruitment and Retention Hub" (its words on both sides of the "and")
        and ("and" in words or "and" not in longer or _spans_and(content, longer)
             # an "and" inside the complement of a title the short form opens ("Harbour Review"
             # of the "Harbour Review into the deaths of Jane Doe and John Roe"); not a body's
             # name ("Westby Council" is not the "Westby Council for Voluntary Service and ...")
             or (view["type"] != ORGANISATION and other["type"] != ORGANISATION
                 and _and_in_complement(words, longer)))
        and (_stem(other_head) == head
             # a title's opening words ("Safe Homes" for "Safe Homes, Built on Trust"); not a
             # programme or body whose name ends in its own head noun, which a longer name goes on
             # from to name a thing of its own ("Harbour Hubs", "Harbour Hubs Transformation Fund")
             or (len(words) >= 2 and longer[: len(words)] == words
                 and (view["type"] == PUBLICATION or not _is_head(words[-1], rules, head_stems)
                      or _stem(longer[-1]) == _stem(words[-1])
                      # a place after the name is the same body ("Harbour Trust Westshire")
                      or tuple(longer[len(words):]) in places))
             # a name after its parent's ("Carers Committee" for "House of Westby Carers
             # Committee", whose head the "of" hides)
             or (len(words) >= 2 and longer[len(longer) - len(words):] == words
                 and "of" in longer[: len(longer) - len(words)]
                 and rules.heads.get(words[-1]) is not None
                 # not a thing of another kind about it: "Harbour Network" is not the
                 # "Review of Harbour Network"
                 and rules.heads.get(other_head) in (None, rules.heads.get(words[-1])))
             # the same opening word and closing head noun, which an inner "for" or "of" hides
             # ("Westby First Pathfinders" for "Westby First for Children Pathfinder"), each word
             # in either number ("Harbour Family Pathfinders", "Harbour Families Pathfinder"); not after
             # a head of another kind ("Harbour Network", "Review of Harbour Network"), nor a
             # longer name that opens otherwise ("Final Report", "Expectations for the Final
             # Report"; "Harbour Network", "Spokesperson for the Harbour Network")
             or (len(words) >= 2 and _stem(longer[0]) == _stem(words[0]) and _stem(longer[-1]) == head == _stem(words[-1])
                 and rules.heads.get(longer[-1]) is not None
                 and rules.heads.get(other_head) in (None, rules.heads.get(longer[-1])))
             # a name without its descriptor ("Bluebird" for "Bluebird Family Model")
             or (longer[: len(words)] == words
                 and all(_descriptor(w, rules) for w in longer[len(words):]))))


def _head_stems(rules: EntityRules) -> frozenset[str]:
    """The stems of the head nouns (made once per _merge_rules call, for _is_head)."""
    return frozenset(_stem(h) for h in rules.heads)


def _is_head(word: str, rules: EntityRules, head_stems: frozenset[str]) -> bool:
    """A head noun in either number ("hubs", "programmes", "trusts"), by its stem (`head_stems`:
    _head_stems)."""
    return word in rules.heads or _stem(word) in head_stems


def _another_area(words: list[str], longer: list[str], rules: EntityRules) -> bool:
    """Does `longer` only put a place's modifier before `words` ("North Westshire Council" and
    "Westshire Council", "Greater Eastborough" and "Eastborough")? Then it names another area,
    or that area's own body, not a longer form of the same one ("New" and "All" qualify a body
    as often as a place: not those)."""
    added = longer[: len(longer) - len(words)]
    skip = rules.connectives | _ARTICLES | _PREPOSITIONS | {"new", "all", "across"}
    return bool(added) and longer[len(added):] == words and all(
        w in rules.place_modifiers and w not in skip and w.isalpha() for w in added)


def _spans_and(content: set[str], longer: list[str]) -> bool:
    """Whether a short name drops the whole of an inner "X and Y" of a longer name, its words
    (stems) on both sides of it: "Harbour Fostering Hub" of the "Harbour Fostering Recruitment
    and Retention Hub". Not a name that keeps one of the two ("Health Committee" is not the
    "Health and Care Committee"), nor one on one side only ("Safe Harbour", "Safe Harbour
    and Kestrel Homes")."""
    if longer.count("and") != 1:
        return False
    at = longer.index("and")
    if at == 0 or at == len(longer) - 1 or {_stem(longer[at - 1]), _stem(longer[at + 1])} & content:
        return False
    before, after = {_stem(w) for w in longer[:at]}, {_stem(w) for w in longer[at + 1:]}
    return bool(content & before - after) and bool(content & after - before)


def _and_in_complement(words: list[str], longer: list[str]) -> bool:
    """Does a longer name open with the whole of a short one (two words or more) and go on with a
    preposition, its every "and" after that preposition ("Harbour Review into the deaths of Jane
    Doe and John Roe" of "Harbour Review")? Then the "and" joins parts of what the title is about,
    not two names ("Safe Harbour and Kestrel Homes" of "Safe Harbour")."""
    n = len(words)
    return n >= 2 and longer[:n] == words and len(longer) > n + 1 and longer[n] in _PREPOSITIONS


def _answering(words: list[str], longer: list[str], rules: EntityRules) -> bool:
    """Does a longer name hold a short one after one of its reply heads ("Government Response
    to the Harbour Review", "Evaluation of the Harbour Steps Programme")? Then it names another
    text, the answer to the short one."""
    first = next((i for i, w in enumerate(longer) if w in rules.reply_heads), None)
    return first is not None and any(longer[k : k + len(words)] == words for k in range(first + 1, len(longer)))


def _name_documents(group: Sequence[Entity]) -> dict[tuple[str, ...], frozenset[str]]:
    """{the words of a label: the documents whose entity it labels} over a cluster's entities
    (an alias is not counted: a name that labels one document's entity may be the alias of
    many others')."""
    found: dict[tuple[str, ...], set[str]] = defaultdict(set)
    for e in group:
        found[tuple(word_keys(_spelt_and(e.label)))].update(e.documents)
    return {words: frozenset(docs) for words, docs in found.items()}


def _shortens_across(short: list[str], view: dict, other: dict, kind_suffixes: frozenset[str] = frozenset()) -> bool:
    """Whether a cluster's name (`short`, its words) may stand, across documents, for a longer
    name of which it is a short form (`_longer_forms`): in a document of the longer name's
    own, yes; else not a single word ("Observer" is not the "Westby Observer", "Assembly" not
    "Assembly Research"; but "Harbourside" is the "Harbourside Charity", the name and a word of
    its kind: `kind_suffixes`), nor a name that more documents give than give the longer
    ("Harbour Councils Association" in thirteen pages is not the "North Harbour Councils
    Association" of one), unless the longer is the name after its parent's ("Harbour
    Committee" of the "House of Westby Harbour Committee") or the name and a year ("Harbour
    Bill 2024"); never a body's name for another page's longer body of a place or a field
    ("Harbour Trust" and "Harbour Trust of Eastby": `_qualified`), unless the two share an
    acronym among their names (both called "HT")."""
    documents = view["name_documents"].get(tuple(short), frozenset())
    if documents & other["documents"]:
        return True
    if view["type"] == ORGANISATION and _qualified(short, other["words"]) and not view["acronyms"] & other["acronyms"]:
        # another body of the name, of a place or a field: "Harbour Trust" is not the "Harbour
        # Trust of Eastby" nor the "Harbour Trust for Children" of another page, unless the
        # two share an acronym among their names
        return False
    if len(short) == 1:
        # "Harbourside" of the "Harbourside Charity": the name and a word of its kind only
        return len(other["words"]) == 2 and other["words"][0] == short[0] and other["words"][1] in kind_suffixes
    longer = other["words"]
    after_parent = longer[len(longer) - len(short):] == short and "of" in longer[: len(longer) - len(short)]
    dated = longer[: len(short)] == short and all(w.isdigit() for w in longer[len(short):])
    return after_parent or dated or len(documents) <= len(other["documents"])


def _qualified(short: list[str], longer: list[str]) -> bool:
    """Does `longer` open with the whole of `short` and go on with "of", "for" or "in" and a
    word of its own ("Harbour Trust of Eastby", "Harbour Trust for Children" of "Harbour
    Trust")?"""
    rest = longer[len(short):]
    return (len(rest) >= 2 and longer[: len(short)] == short and rest[0] in _QUALIFYING
            and any(w not in _ARTICLES for w in rest[1:]))


def _descriptor(word: str, rules: EntityRules) -> bool:
    """A word that describes what a name is rather than which one: a head noun, a cue noun
    or a generic word ("programme", "model", "family", "service")."""
    return word in rules.heads or word in rules.cues_after or word in rules.generic_words


def _initials_forms(label: str, skip: frozenset[str], rules: EntityRules) -> set[str]:
    """The acronyms a long name may go by: its initials, and those without a trailing
    descriptor head word ("Harbour Families Pathfinder" is "HF" as well as "HFP")."""
    forms = {initials(label, skip)}
    words = label.split()
    if len(words) > 2 and words[-1].lower() in rules.heads:
        forms.add(initials(" ".join(words[:-1]), skip))
    return forms


_KNOWN_FORMS: dict[tuple, dict[str, tuple[str, ...]]] = {}


def _gazetteer_forms(rules: EntityRules) -> dict[str, tuple[str, ...]]:
    """{a gazetteer entry's name: its other capitalised forms} (made once per set of rules)."""
    found = _KNOWN_FORMS.get(rules.gazetteer_titles)
    if found is None:
        forms: dict[str, list[str]] = defaultdict(list)
        for form, name, _type in rules.gazetteer_titles:
            if form != name and form[:1].isupper() and not _is_acronym(form):
                forms[name].append(form)
        found = _KNOWN_FORMS[rules.gazetteer_titles] = {name: tuple(f) for name, f in forms.items()}
    return found


def _cluster_view(ordered: Sequence[Entity], uf: _UnionFind, rules: EntityRules,
                  *, known_forms: bool = False) -> dict[int, dict]:
    """{a cluster's root: what the merge rules read of it}. With `known_forms` (within a
    document), a cluster labelled by a gazetteer entry goes by the entry's other capitalised
    forms as well as the names the page gives it: a page that names "Safe Homes, Built on Trust"
    by its gazetteer title and then "the Delivery Strategy" means the entry's other form, the
    "Westby Care Delivery Strategy", though it never writes that form out."""
    gazetteer_forms = _gazetteer_forms(rules) if known_forms else {}
    groups: dict[int, list[Entity]] = defaultdict(list)
    for i, entity in enumerate(ordered):
        groups[uf.find(i)].append(entity)
    views = {}
    for root, group in groups.items():
        names = Counter()
        for e in group:
            names[e.label] += e.mentions
        label = _best_label(names)
        words = word_keys(_spelt_and(label))
        # the cluster's other multi-word names (a subtitle merged with its title)
        other_names = {n for e in group for n in (e.label, *e.aliases)}
        # (not a short form of the label itself: "Parliamentary Group" of "Parliamentary Group on X")
        other_words = [word_keys(_spelt_and(n)) for n in sorted(other_names) if n != label and not _is_acronym(n)
                       and len(word_keys(n)) >= 2 and n[:1].isupper() and not set(word_keys(n)) <= set(words)]
        views[root] = {
            "other_words": other_words,
            "names_words": [word_keys(_spelt_and(n)) for n in sorted(other_names) if not _is_acronym(n)],
            "names": sorted(n for n in other_names if not _is_acronym(n) and n[:1].isupper()),
            # the words of those capitalised names but the label (a longer form may be any of them)
            "alias_words": [word_keys(_spelt_and(n)) for n in sorted(other_names)
                            if not _is_acronym(n) and n[:1].isupper() and n != label]
            + [word_keys(_spelt_and(f)) for n in sorted({e.label for e in group} & gazetteer_forms.keys())
               for f in gazetteer_forms[n] if f not in other_names],
            "acronyms": {_acronym_core(n) for n in other_names if _is_acronym(n)},
            # the owners of its names written after a possessive ("Harbour Review's Final Report")
            # (not a possessive of the name's own: "Harbour Children's Partnership")
            "owners": {owner for n in other_names if (found := _OWNED.fullmatch(n))
                       and (owner := tuple(word_keys(_spelt_and(found.group(1)))))
                       and owner[-1] not in rules.possessive_name_words},
            "label": label,
            "words": words,
            "head": _head_word(words, rules),
            "type": decide_type((v for e in group for v in e.votes), rules.types),
            "mentions": sum(e.mentions for e in group),
            "documents": frozenset(d for e in group for d in e.documents),
            "name_documents": _name_documents(group),
        }
    return views


def _head_word(words: list[str], rules: EntityRules) -> str:
    """The head of a name: the word before the first "of"/"for", else the last word that is
    not a number."""
    for i, w in enumerate(words[1:], start=1):
        if w in ("of", "for", "on"):
            return words[i - 1]
    content = [w for w in words if not w.isdigit()]
    return content[-1] if content else (words[-1] if words else "")


def _edit_distance(a: str, b: str) -> int:
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, start=1):
        current = [i]
        for j, cb in enumerate(b, start=1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        previous = current
    return previous[-1]


def _best_label(names: Counter[str]) -> str:
    """The most complete form: the most words (acronyms last; a hyphened word counts its parts, so
    "Jane Porter Hale" is no more complete than "Jane Porter-Hale"), then the most frequent, then
    the first alphabetically."""
    return min(
        names,
        key=lambda n: (_is_acronym(n), -len(n.replace("-", " ").split()), -names[n], n),
    )


def _combine(group: list[Entity], rules: EntityRules, *, key: str | None, variants: Collection[str] = (),
             framed: Collection[str] = ()) -> Entity:
    names: Counter[str] = Counter()
    for e in group:
        names[e.label] += e.mentions
        for alias in e.aliases:
            names[alias] += 0
    label_counts = Counter({e.label: 0 for e in group})
    for e in group:
        label_counts[e.label] += e.mentions
    # a variant ("HSP Programme", "X Programme in Westby"), a framed proposal ("a new X") or a
    # name that a member has as its lower-case description ("National Carers Strategy" for
    # "Safe Harbours") names the group only if nothing else does
    # (never a gazetteer entry's name, which is that entry's title however a page describes it:
    # "the harbour families review" said of the known "Independent Review of Harbour Families")
    described = [set(word_keys(a)) for e in group for a in e.aliases
                 if a[:1].islower() and normalise_key(a) != normalise_key(e.label) and len(word_keys(a)) >= 3]
    allowed = Counter({n: c for n, c in label_counts.items()
                       if n not in variants and n not in framed
                       and (n in rules.gazetteer_names or not any(d <= set(word_keys(n)) for d in described))}) \
        or label_counts
    # the name a variant varies types the group ("X Programme in Westby" is no place)
    typing = [e for e in group if e.label not in variants] or group
    votes = tuple(v for e in typing for v in e.votes)
    type_ = decide_type(votes, rules.types)
    # a gazetteer entry's name labels the group that holds it (not a headline's longer form of it)
    known = Counter({n: c for n, c in allowed.items() if n in rules.gazetteer_names})
    label = _best_label(known or allowed)
    if key is None and type_ != PERSON and not known:
        # across documents: not one document's longer form of the name the others give
        label = _shared_label(label, allowed, group)
    aliases = sorted({n for n in names if n.casefold() != label.casefold() and normalise_key(n)})
    first = min(group, key=lambda e: (e.documents[0], e.key))
    return Entity(
        key=key or f"{type_}:{label}",
        label=label,
        type=type_,
        aliases=tuple(aliases),
        mentions=sum(e.mentions for e in group),
        documents=tuple(sorted({d for e in group for d in e.documents})),
        evidence=first.evidence,
        votes=_summarise_votes(votes),
        page=first.page,
    )


def _shared_label(label: str, names: Collection[str], group: Sequence[Entity]) -> str:
    """Across documents, a longer name that fewer documents give as their own ("UK Department
    for Harbours" in one text, "Terms of Reference for Westby Board" in one list of papers)
    names a thing less well than its closing words that more documents give ("Department for
    Harbours", "Westby Board"): the closing run of two or more words that the most documents
    give, if more give it than give `label`; else `label`. Never a run that drops the head or
    what follows it ("Westby Care" of "Westby Care Plan", "Annual Report" of "Annual Report 2020")."""
    documents: Counter[str] = Counter()
    for e in group:
        documents[e.label] += len(e.documents)
    words = word_keys(label)
    runs = [n for n in names
            if documents[n] > documents[label] and not _is_acronym(n)
            and 2 <= len(inner := word_keys(n)) < len(words)
            and words[len(words) - len(inner):] == inner]
    return min(runs, key=lambda n: (-documents[n], -len(n.split()), n)) if runs else label


def _summarise_votes(votes: Iterable[tuple[str, float]]) -> tuple[tuple[str, float], ...]:
    total: dict[str, float] = defaultdict(float)
    for type_, weight in votes:
        total[type_] += weight
    return tuple(sorted((t, round(w, 4)) for t, w in total.items()))
