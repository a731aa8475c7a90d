"""Entities: find the spans of a parsed document that name entities, each with type votes.

Several voters, one decision (spec/extraction-notes.md): spaCy NER, capitalised-name patterns
typed by their head noun, cue words around a name, list context, quoted titles, honorifics,
the gazetteer and recommending verbs each add votes; `resolve` decides per entity.
Every word list comes from the schema; this module knows no domain words.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.vocab import Vocab

from .config import EntityRules, GazetteerEntry, Schema
from .names import canonical_name, is_acronym, normalise_key
from .records import Mention

_OPENERS = "\"'("
_QUOTES = "\"'"
_BULLETS = ("\u2022", "-", "*", "\u2023")
_NON_ENTITY_LABELS = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "CARDINAL", "ORDINAL", "QUANTITY"})
_FIRST_POS = frozenset({"PROPN", "NOUN", "ADJ", "NUM", "X"})


@dataclass(frozen=True, slots=True)
class EntityMatchers:
    """The schema compiled against a vocabulary: built once per process, reused per doc."""

    rules: EntityRules
    gazetteer: PhraseMatcher
    gazetteer_entries: tuple[GazetteerEntry, ...]


def compile_matchers(vocab: Vocab, schema: Schema) -> EntityMatchers:
    """Compile the gazetteer into a case-insensitive PhraseMatcher."""
    from spacy.lang.en import English

    tokenizer = English(vocab=vocab).tokenizer if vocab is not None else English().tokenizer
    matcher = PhraseMatcher(vocab, attr="LOWER")
    for index, entry in enumerate(schema.gazetteer):
        forms = (entry.name, *entry.aliases)
        patterns = [tokenizer(form.replace("\u2019", "'")) for form in forms]
        matcher.add(f"gaz{index}", patterns)
    return EntityMatchers(rules=schema.entities, gazetteer=matcher, gazetteer_entries=schema.gazetteer)


@dataclass(slots=True)
class _Candidate:
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

    def covers(self, other: _Candidate) -> bool:
        return self.start <= other.start and other.end <= self.end

    def overlaps(self, other: _Candidate) -> bool:
        return self.start < other.end and other.start < self.end


def find_mentions(doc: Doc, matchers: EntityMatchers, *, doc_id: str) -> list[Mention]:
    """Mentions of the schema's entity types in one parsed document, in text order."""
    rules = matchers.rules
    candidates: list[_Candidate] = []
    candidates.extend(_ner_candidates(doc, rules))
    candidates.extend(_name_candidates(doc, rules))
    candidates.extend(_quoted_candidates(doc, rules))
    candidates.extend(_gazetteer_candidates(doc, matchers))
    chosen = _choose(doc, candidates, rules)
    # proposals are a layer of their own: they may contain names ("... under the X Act")
    names = {(c.start, c.end): c for c in chosen}
    for rec in _recommendation_candidates(doc, rules):
        same = names.get((rec.start, rec.end))
        if same is not None:
            same.votes.extend(rec.votes)
            same.kinds.add("recommendation")
        else:
            chosen.append(rec)
    chosen.sort(key=lambda c: (c.start, c.end))
    sent_index = {sent.start: i for i, sent in enumerate(doc.sents)} if doc.has_annotation("SENT_START") else {}
    mentions: list[Mention] = []
    judged = []
    for cand in chosen:
        span = doc[cand.start : cand.end]
        context = _context_votes(doc, cand, rules)
        votes = list(cand.votes) + [v for v, _kind in context]
        kinds = cand.kinds | {kind for _v, kind in context}
        is_person = any(t == "Person" for t, _ in votes)
        name = cand.name or canonical_name(span.text, rules, person=is_person)
        kept = bool(name) and bool(votes) and _keep(span, name, kinds, cand.name is not None, rules)
        judged.append((cand, span, name, votes, kept))
    # one sense per discourse: a capitalised form the document names with good evidence
    # once is a name wherever it is capitalised again ("Chief Executive at Hearth" ...
    # "Hearth's campaign")
    confirmed = {normalise_key(name) for _c, _s, name, _v, kept in judged if kept}
    for cand, span, name, votes, kept in judged:
        if not name:
            continue
        if not kept and not (normalise_key(name) in confirmed and name[:1].isupper()):
            continue
        sent = span.sent.start if sent_index else 0
        mentions.append(
            Mention(
                doc_id=doc_id,
                start=span.start_char,
                end=span.end_char,
                text=span.text,
                name=name,
                votes=tuple(votes),
                rule=cand.rule,
                sent=sent_index.get(sent, 0),
            )
        )
    mentions.sort(key=lambda m: (m.start, m.end))
    return mentions


# --------------------------------------------------------------------------- candidates


def _ner_candidates(doc: Doc, rules: EntityRules) -> Iterator[_Candidate]:
    weight = rules.weights["ner"]
    for ent in doc.ents:
        type_ = rules.ner.get(ent.label_)
        if type_ is None:
            continue
        # "Dorset, Lincolnshire" is two names; "Daisy Elliott - Senior" one and a role
        cuts = [k for k in range(ent.start, ent.end) if doc[k].text in ("," , ";", "|", ":")
                or (doc[k].text in ("-", "/") and (doc[k].whitespace_ or doc[k - 1].whitespace_))]
        bounds = [ent.start, *[c for k in cuts for c in (k, k + 1)], ent.end]
        for a, b in zip(bounds[::2], bounds[1::2]):
            start, end = _trim(doc, a, b, rules)
            if start < end:
                yield _Candidate(start, end, f"ner:{ent.label_}", [(type_, weight)], priority=1)


def _is_cap(token: Token) -> bool:
    text = token.text
    return bool(text) and (text[0].isupper() or (text[0] == "#" and len(text) > 1))


def _breaks_line(token: Token) -> bool:
    return "\n" in token.whitespace_ or (token.is_space and "\n" in token.text)


def _name_candidates(doc: Doc, rules: EntityRules) -> Iterator[_Candidate]:
    """Maximal runs of capitalised words joined by connectives ("Independent Review of
    Adult Services"), typed by their head noun; never across a line break. A run is
    cut where NER sees two names joined by "and", at a possessive between two names
    ("X Council's Cabinet Member"), and after a leading role ("Chief Executive of X")."""
    ner_ends = {ent.end for ent in doc.ents if ent.label_ in ("PERSON", "GPE", "LOC")}
    blocked = _non_entity_tokens(doc)
    i = 0
    n = len(doc)
    while i < n:
        tok = doc[i]
        if not _is_cap(tok) or tok.lower_ in rules.connectives or not _can_start(tok) or blocked[i]:
            i += 1
            continue
        j = i + 1
        last_cap = i
        while j < n and not _breaks_line(doc[j - 1]) and not doc[j].is_sent_start:
            t = doc[j]
            if blocked[j] and not (t.like_num and len(t.text) == 4 and _is_cap(doc[j - 1])):
                break  # "the X Report in June": a date is never part of a name
            if _is_cap(t) or (t.like_num and _is_cap(doc[j - 1]) and len(t.text) == 4):
                last_cap = j
            elif t.lower_ in ("and", "&") and _ends_entity(doc, i, j, ner_ends, rules):
                break
            elif t.text == "-" and (doc[j - 1].whitespace_ or t.whitespace_):
                break
            elif t.lower_ in ("'s", "'") and _possessive_split(doc, i, j, rules):
                break
            elif t.lower_ in rules.connectives and not t.is_space:
                pass
            else:
                break
            j += 1
        end = last_cap + 1
        start = _after_role(doc, i, end, rules)
        start, end = _trim(doc, start, end, rules)
        if start < end:
            head, head_index = _head_type(doc[start:end], rules)
            votes = [(head, rules.weights["head"])] if head else []
            yield _Candidate(start, end, "name", votes, priority=2, head=head_index)
            yield from _list_item(doc, start, end, rules)
        i = max(end, i + 1)


def _ends_entity(doc: Doc, start: int, at: int, ner_ends: set[int], rules: EntityRules) -> bool:
    """Does the run before "and" at `at` name something on its own (a person or place by
    NER, a first name, a head noun), so that "and" joins two names, not two modifiers of
    one head ("Children and Young People Board")?"""
    if at in ner_ends:
        return True
    if doc[start].text in rules.first_names and at - start >= 2:
        return True
    head, _ = _head_type(doc[start:at], rules)
    return head is not None and doc[at - 1].lower_ in rules.heads


def _possessive_split(doc: Doc, start: int, at: int, rules: EntityRules) -> bool:
    """Is the "'s" at `at` a possessive between two names ("the LGA's Children and Young
    People Board"), not part of one ("Children's Commissioner", "Review of Children's Care")?"""
    before = doc[at - 1]
    if before.lower_ in rules.possessive_name_words:
        return False
    if at - 2 >= start and doc[at - 2].lower_ in rules.connectives:
        return False
    return at + 1 < len(doc) and _is_cap(doc[at + 1])


def _after_role(doc: Doc, start: int, end: int, rules: EntityRules) -> int:
    """Skip leading roles and page words with their prepositions: "Chief Executive of Family
    Rights Group", "Secretary of State for Education", "Minutes of the X Committee"."""
    while True:
        k = start
        while k < end and (doc[k].lower_ in rules.role_words or doc[k].lower_ in rules.leading_words):
            k += 1
        if k == start:
            return start
        if k < end - 1 and doc[k].lower_ in ("of", "at", "for"):
            start = k + 1
            while start < end and doc[start].lower_ == "the":
                start += 1
            continue
        if all(doc[i].lower_ in rules.leading_words for i in range(start, k)) and k < end:
            return k  # "Dear Ms Smith"
        return start


def _can_start(tok: Token) -> bool:
    if tok.text.startswith("#"):
        return True
    if tok.pos_ in _FIRST_POS:
        return True
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    if tok.tag_ == "VBG" and nxt is not None and _is_cap(nxt):
        return True  # a gerund opening a name ("Working Together to ...")
    # a capital mid-sentence is a name's, whatever its tag
    prev = tok.nbor(-1) if tok.i > 0 else None
    if prev is not None and prev.text in _BULLETS:
        return True  # the first word of a list item
    return not tok.is_sent_start and prev is not None and not prev.is_punct and not prev.is_space


def _head_type(span: Span, rules: EntityRules) -> tuple[str | None, int | None]:
    """The type the name's head noun says, and the head's token index."""
    words = [t for t in span if not t.is_punct]
    if not words:
        return None, None
    last = words[-1]
    if last.like_num and len(words) > 1:
        last = words[-2]
    type_ = rules.heads.get(last.lower_) or rules.heads.get(last.lemma_.lower())
    if type_:
        return type_, last.i
    for tok in words[1:]:
        if tok.lower_ in ("of", "for", "on"):
            before = tok.nbor(-1)
            type_ = rules.heads.get(before.lower_) or rules.heads.get(before.lemma_.lower())
            return (type_, before.i) if type_ else (None, None)
    return None, None


def _list_item(doc: Doc, start: int, end: int, rules: EntityRules) -> Iterator[_Candidate]:
    """A name opening a list item ("- Open Doors. This ...") under a line that introduces
    typed items ("Initiatives in X include:") votes for that type."""
    line_start = _line_start(doc, start)
    if line_start is None:
        return
    opener = doc[line_start]
    if opener.text not in _BULLETS and not opener.text.startswith("\u2022"):
        return
    lead = [t for t in doc[line_start + 1 : start] if not t.is_space]
    if len(lead) > 3:
        return
    type_ = _list_type(doc, line_start, rules)
    if type_:
        # "- Open Doors. This scheme ...": a title standing alone before the item's text
        titled = end < len(doc) and doc[end].text in (".", ":") and not lead
        rule = "item" if titled else "list"
        yield _Candidate(start, end, rule, [(type_, rules.weights["list"])], priority=3)


def _line_start(doc: Doc, i: int) -> int | None:
    j = i
    while j > 0 and not _breaks_line(doc[j - 1]):
        j -= 1
    while j < len(doc) and doc[j].is_space:
        j += 1
    return j if j <= i else None


def _list_type(doc: Doc, line_start: int, rules: EntityRules) -> str | None:
    """The type announced by the nearest line above this list that ends with a colon."""
    j = line_start - 1
    checked = 0
    while j > 0 and checked < 40:
        k = _line_start(doc, j)
        if k is None or k >= j + 1:
            j -= 1
            continue
        line = [t for t in doc[k : j + 1] if not t.is_space]
        checked += 1
        if line and line[-1].text == ":" and line[0].text not in ("\u2022", "-", "*"):
            for t in line:
                type_ = rules.list_cues.get(t.lower_)
                if type_:
                    return type_
            return None
        j = k - 1
    return None


def _quoted_candidates(doc: Doc, rules: EntityRules) -> Iterator[_Candidate]:
    """A quoted title next to a publication cue ("its report 'A Case for Reform'")."""
    i = 0
    n = len(doc)
    while i < n:
        if doc[i].text not in _QUOTES:
            i += 1
            continue
        j = i + 1
        while j < n and j - i <= 12 and doc[j].text not in _QUOTES and not _breaks_line(doc[j]):
            j += 1
        if j >= n or doc[j].text not in _QUOTES or j == i + 1:
            i += 1
            continue
        inner = doc[i + 1 : j]
        caps = sum(1 for t in inner if _is_cap(t))
        title_case = caps * 2 >= sum(1 for t in inner if t.is_alpha)
        # a sentence-case title needs its cue right before it ("my report 'Looked after ...'")
        cue_before = i > 0 and rules.cues_before.get(doc[i - 1].lower_) == "Publication"
        if caps and _is_cap(inner[0]) and (title_case or cue_before):
            cue = _nearby_type(doc, i, j + 1, rules, want="Publication")
            if cue:
                yield _Candidate(i + 1, j, "quoted", [(cue, rules.weights["quoted"])], priority=3)
        i = j + 1


def _nearby_type(doc: Doc, start: int, end: int, rules: EntityRules, *, want: str) -> str | None:
    for k in range(max(0, start - 3), start):
        if rules.cues_before.get(doc[k].lower_) == want or rules.cues_after.get(doc[k].lower_) == want:
            return want
    for k in range(end, min(len(doc), end + 2)):
        if rules.cues_after.get(doc[k].lower_) == want:
            return want
    return None


def _gazetteer_candidates(doc: Doc, matchers: EntityMatchers) -> Iterator[_Candidate]:
    """Gazetteer names, case-insensitively for long forms; a form of one or two words must
    agree in capitalisation too, so "bury" or "dfe" in running text is no match."""
    weight = matchers.rules.weights["gazetteer"]
    for match_id, start, end in matchers.gazetteer(doc):
        key = doc.vocab.strings[match_id]
        entry = matchers.gazetteer_entries[int(key[3:])]
        span = doc[start:end]
        if end - start < 3 and not _case_agrees(span, (entry.name, *entry.aliases)):
            continue
        if _inside_longer_name(doc, start, end, matchers.rules):
            continue  # "Independent Review" in "Independent Review of Adult Services"
        yield _Candidate(start, end, "gazetteer", [(entry.type, weight)], name=entry.name, priority=5)


def _inside_longer_name(doc: Doc, start: int, end: int, rules: EntityRules) -> bool:
    """Is a short gazetteer match only the start or end of a longer capitalised name?"""
    if end < len(doc) and not _breaks_line(doc[end - 1]):
        nxt = doc[end]
        if nxt.lower_ in ("of", "for") and end + 1 < len(doc) and _is_cap(doc[end + 1]):
            return True
        if _is_cap(nxt) and nxt.pos_ == "PROPN" and not nxt.is_sent_start:
            return True
    if start > 0 and not _breaks_line(doc[start - 1]):
        prev = doc[start - 1]
        if _is_cap(prev) and prev.pos_ == "PROPN" and not prev.is_sent_start and prev.lower_ not in rules.honorifics:
            return True
    return False


def _case_agrees(span: Span, forms: Sequence[str]) -> bool:
    words = [t.text for t in span]
    for form in forms:
        parts = form.replace("'", " '").split()
        if len(parts) != len(words):
            continue
        if all(p.lower() == w.lower() and p[:1].isupper() == w[:1].isupper() for p, w in zip(parts, words)):
            return True
    return False


def _recommendation_candidates(doc: Doc, rules: EntityRules) -> Iterator[_Candidate]:
    from .recommend import find_recommendations

    weight = rules.weights["recommendation"]
    for item in find_recommendations(doc, rules):
        yield _Candidate(item.start, item.end, "recommendation", [("Recommendation", weight)], priority=4)


# --------------------------------------------------------------------------- choosing


def _trim(doc: Doc, start: int, end: int, rules: EntityRules) -> tuple[int, int]:
    """Cut a span at its first line break and strip punctuation, determiners and
    possessive endings from its edges."""
    for k in range(start, end - 1):
        if _breaks_line(doc[k]):
            end = k + 1
            break
    while start < end and (
        doc[start].is_punct
        or doc[start].is_space
        or doc[start].lower_ in ("the", "this", "these", "that", "our", "their", "its", "his", "her")
        or (doc[start].lower_ in rules.connectives and not _is_cap(doc[start]))
        or doc[start].text in ("\u2022",)
    ):
        start += 1
    while end > start and (
        doc[end - 1].is_punct or doc[end - 1].is_space or doc[end - 1].lower_ in ("'s", "'", "s")
        or doc[end - 1].lower_ in rules.connectives
    ):
        end -= 1
    return start, end


def _choose(doc: Doc, candidates: list[_Candidate], rules: EntityRules) -> list[_Candidate]:
    """Pool the votes of candidates with the same span, then settle overlaps:
    - a longer name keeps the names inside it when it has evidence of its own (a head noun
      outside them, a list, cue or quoted title): "Westshire County Council";
    - otherwise the stronger span wins and the weaker is cut to the part left free
      ("Children's Wellbeing and Schools Bill to Parliament" -> "... Schools Bill");
    - a weaker span inside a chosen one lends its votes when both end on the same word."""
    pooled: dict[tuple[int, int], _Candidate] = {}
    for cand in candidates:
        key = (cand.start, cand.end)
        have = pooled.get(key)
        if have is None:
            pooled[key] = _Candidate(cand.start, cand.end, cand.rule, list(cand.votes), cand.name,
                                     cand.priority, set(cand.kinds), cand.head)
        else:
            have.votes.extend(cand.votes)
            have.kinds |= cand.kinds
            have.head = have.head if have.head is not None else cand.head
            if cand.priority > have.priority:
                have.rule, have.priority = cand.rule, cand.priority
                have.name = cand.name or have.name
    ner = [c for c in pooled.values() if "ner" in c.kinds]
    for cand in pooled.values():
        if not cand.votes and "name" in cand.kinds:
            for other in ner:
                if cand.covers(other) and other.end == cand.end and other is not cand:
                    cand.votes.extend(other.votes)
                    cand.kinds.add("ner")
    blocked = _non_entity_tokens(doc)
    queue = sorted(pooled.values(), key=lambda c: (-_rank(c), -(c.end - c.start), c.start))
    chosen: list[_Candidate] = []
    while queue:
        cand = queue.pop(0)
        if all(blocked[k] for k in range(cand.start, cand.end)):
            continue
        clashes = [c for c in chosen if c.overlaps(cand)]
        if not clashes:
            chosen.append(cand)
            continue
        holder = next((c for c in clashes if c.covers(cand)), None)
        if holder is not None:
            if holder.end == cand.end:
                holder.votes.extend(cand.votes)
                holder.kinds |= cand.kinds - {"name"}
            continue
        if all(cand.covers(c) for c in clashes) and _independent(cand, clashes):
            for c in clashes:
                chosen.remove(c)
                if c.end == cand.end and c.start > cand.start and "gazetteer" not in c.kinds:
                    cand.votes.extend(c.votes)
            chosen.append(cand)
            continue
        part = _free_part(cand, clashes, doc, rules)
        if part is not None:
            queue.insert(0, part)
    chosen.sort(key=lambda c: c.start)
    return chosen


def _rank(cand: _Candidate) -> int:
    # a span no voter typed yields to any typed one
    return cand.priority if cand.votes else 0


def _independent(container: _Candidate, inner: list[_Candidate]) -> bool:
    """Has a container evidence that does not come from the names inside it?"""
    if container.kinds & {"list", "item", "cue", "quoted", "gazetteer", "recommendation"}:
        return True
    head = container.head
    return head is not None and not any(c.start <= head < c.end for c in inner)


def _free_part(cand: _Candidate, clashes: list[_Candidate], doc: Doc, rules: EntityRules) -> _Candidate | None:
    """The longest run of a candidate's tokens that no chosen span covers, re-trimmed and
    re-typed by its own head; None when nothing name-like is left."""
    taken = {k for c in clashes for k in range(c.start, c.end)}
    best: tuple[int, int] | None = None
    k = cand.start
    while k < cand.end:
        if k in taken:
            k += 1
            continue
        j = k
        while j < cand.end and j not in taken:
            j += 1
        if best is None or j - k > best[1] - best[0]:
            best = (k, j)
        k = j
    if best is None:
        return None
    start, end = _trim(doc, best[0], best[1], rules)
    if start >= end or not any(_is_cap(t) for t in doc[start:end]):
        return None
    if "name" not in cand.kinds or cand.name is not None:
        return None
    head, head_index = _head_type(doc[start:end], rules)
    votes = [(head, rules.weights["head"])] if head else []
    return _Candidate(start, end, "name", votes, priority=cand.priority, head=head_index)


def _non_entity_tokens(doc: Doc) -> list[bool]:
    blocked = [False] * len(doc)
    for ent in doc.ents:
        if ent.label_ in _NON_ENTITY_LABELS:
            for k in range(ent.start, ent.end):
                blocked[k] = True
    return blocked


def _keep(span: Span, name: str, kinds: set[str], fixed: bool, rules: EntityRules) -> bool:
    """Junk filter: stoplist, generic words only, roles without a name, mostly lower-case
    phrases, single common words and adjectival uses of a name ("a Christian charity")."""
    key = normalise_key(name)
    if not key or key in rules.stoplist:
        return False
    if fixed:
        return True
    if "recommendation" in kinds:
        return True
    words = key.split()
    strong = kinds & rules.single_word_needs if len(words) == 1 else set()
    if not strong and all(w in rules.generic_words or w in rules.connectives for w in words):
        # "the Board", "Local Authorities", "Foster Carers" name no one; a capitalised
        # singular name of three words or more ("Family Link Team") is a specific body
        last = words[-1]
        if len(words) <= 2 or (last.endswith("s") and not last.endswith("ss")):
            return False
    if not strong and all(w in rules.role_words or w in rules.connectives for w in words):
        return False
    if not any(ch.isupper() for ch in name) or not any(ch.isalpha() for ch in name):
        return False
    content = [t for t in span if t.is_alpha and t.lower_ not in rules.connectives]
    lower = sum(1 for t in content if t.text.islower())
    if lower * 2 > len(content) and "quoted" not in kinds:
        return False
    tokens = [t for t in span if not t.is_punct and not t.is_space]
    if len(tokens) == 1:
        tok = tokens[0]
        hashtag = tok.text.startswith("#") or (tok.i > 0 and tok.nbor(-1).text == "#")
        if hashtag:
            return bool(strong)
        if tok.dep_ == "amod" and tok.head.text.islower():
            return False  # an adjective: "a Christian charity"
        if is_acronym(tok.text) or strong:
            return True
        if tok.pos_ != "PROPN":
            return False
        if tok.dep_ in ("amod", "compound") and tok.head.text.islower() and tok.head.pos_ == "NOUN":
            return False
        return "list" in kinds or tok.lower_ not in _lower_forms(span.doc)
    return True


def _lower_forms(doc: Doc) -> set[str]:
    """Words the document also writes in lower case (so a capital may be a sentence's)."""
    cached = doc.user_data.get("caregraph_lower")
    if cached is None:
        cached = {t.text for t in doc if t.text.islower()}
        doc.user_data["caregraph_lower"] = cached
    return cached


def _context_votes(doc: Doc, cand: _Candidate, rules: EntityRules) -> list[tuple[tuple[str, float], str]]:
    """Votes from the words around a name (each with its kind): cue words after or before
    it, honorifics, a known first name."""
    votes: list[tuple[tuple[str, float], str]] = []
    after = _next_word(doc, cand.end)
    if after is not None and after.text == "," and after.i + 2 < len(doc) and doc[after.i + 1].lower_ in ("the", "a", "an"):
        # an apposition naming what it is: "Become, the charity for children in care"
        head = doc[after.i + 2]
        type_ = rules.cues_after.get(head.lower_)
        in_apposition = head.dep_ == "appos" and cand.start <= head.head.i < cand.end
        if type_ and type_ != "Person" and head.text.islower() and in_apposition:
            votes.append(((type_, rules.weights["cue"]), "cue"))
    if after is not None:
        type_ = rules.cues_after.get(after.lower_)
        if type_ and after.text.islower():
            if type_ == "Person":
                votes.append(((type_, rules.weights.get("speech", 1.5)), "speech"))
            else:
                votes.append(((type_, rules.weights["cue"]), "cue"))
    before = _prev_word(doc, cand.start)
    if before is not None:
        if before.lower_.rstrip(".") in rules.honorifics and before.text[:1].isupper():
            votes.append((("Person", rules.weights["honorific"]), "honorific"))
        elif before.text.islower():
            type_ = rules.cues_before.get(before.lower_)
            if type_ and type_ != "Person" and before.lower_ not in ("at", "of"):
                votes.append(((type_, rules.weights["cue"]), "cue"))
            elif type_ and before.lower_ in ("at", "of") and _is_role_phrase(doc, before.i, rules):
                votes.append(((type_, rules.weights["cue"]), "cue"))
            if before.lower_ == "of" and before.i > 0:
                owner = rules.cues_of.get(doc[before.i - 1].lower_)
                if owner:
                    votes.append(((owner, rules.weights["cue"]), "cue"))
    first = doc[cand.start]
    if first.lower_.rstrip(".") in rules.honorifics and cand.end - cand.start > 1:
        votes.append((("Person", rules.weights["honorific"]), "honorific"))
    root = doc[cand.start : cand.end].root
    if root.dep_ in ("dobj", "nsubjpass") and root.head.lemma_.lower() in rules.object_cues:
        # "launching a Call for Advice", "the scheme was piloted": what is launched or run
        votes.append(((rules.object_cues[root.head.lemma_.lower()], rules.weights["object"]), "object"))
    words = [t for t in doc[cand.start : cand.end] if not t.is_punct]
    if 2 <= len(words) <= 4 and words[0].text in rules.first_names and all(_is_cap(t) for t in words):
        votes.append((("Person", rules.weights["first_name"]), "first_name"))
    return votes


def _is_role_phrase(doc: Doc, i: int, rules: EntityRules) -> bool:
    """"... chief executive at X", "director of X": a role word just before the preposition."""
    return i > 0 and doc[i - 1].lower_ in rules.role_words


def _next_word(doc: Doc, i: int) -> Token | None:
    while i < len(doc) and (doc[i].text in _QUOTES or doc[i].is_space):
        i += 1
    return doc[i] if i < len(doc) else None


def _prev_word(doc: Doc, i: int) -> Token | None:
    i -= 1
    while i >= 0 and (doc[i].text in _QUOTES or doc[i].text == "," or doc[i].is_space):
        i -= 1
    return doc[i] if i >= 0 else None


def spans_of(mentions: Sequence[Mention]) -> list[tuple[int, int]]:
    """Character spans of mentions (for tests and relations)."""
    return [(m.start, m.end) for m in mentions]
