"""Mentions: find the spans of a parsed document that name entities, each with type votes.

Several voters, one decision (spec/extraction-notes.md): spaCy NER, capitalised-name patterns
typed by their head noun, cue words around a name, list context, quoted titles, honorifics,
the gazetteer and recommending verbs each add votes; `resolve` decides per entity.
Every word list comes from the schema; this module knows no domain words.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Span, Token

from ...core.ontology import PERSON
from ...core.records import Mention
from ...core.schema import EntityRules
from ...core.text import canonical_name, is_acronym, normalise_key
from ..proposals import RecommendationItem
from .voters import (
    QUOTES,
    Candidate,
    EntityMatchers,
    compile_matchers,
    gazetteer_candidates,
    head_type,
    is_cap,
    name_candidates,
    ner_candidates,
    non_entity_tokens,
    quoted_candidates,
    recommendation_candidates,
    trim_span,
)

__all__ = ["EntityMatchers", "compile_matchers", "find_mentions"]


def find_mentions(
    doc: Doc, matchers: EntityMatchers, *, doc_id: str, proposals: Sequence[RecommendationItem]
) -> list[Mention]:
    """Mentions of the schema's entity types in one parsed document, in text order;
    `proposals` are the document's (proposals.find_recommendations)."""
    rules = matchers.rules
    candidates: list[Candidate] = []
    candidates.extend(ner_candidates(doc, rules))
    candidates.extend(name_candidates(doc, rules))
    candidates.extend(quoted_candidates(doc, rules))
    candidates.extend(gazetteer_candidates(doc, matchers))
    chosen = _choose(doc, candidates, rules)
    # proposals are a layer of their own: they may contain names ("... under the X Act")
    names = {(c.start, c.end): c for c in chosen}
    for rec in recommendation_candidates(proposals, rules):
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
    lower_forms = {t.text for t in doc if t.text.islower()}  # words the document also writes in lower case
    for cand in chosen:
        span = doc[cand.start : cand.end]
        context = _context_votes(doc, cand, rules)
        votes = list(cand.votes) + [v for v, _kind in context]
        kinds = cand.kinds | {kind for _v, kind in context}
        is_person = any(t == PERSON for t, _ in votes)
        name = cand.name or canonical_name(span.text, rules, person=is_person)
        kept = bool(name) and bool(votes) and _keep(span, name, kinds, cand.name is not None, rules, lower_forms)
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


# --------------------------------------------------------------------------- choosing


def _choose(doc: Doc, candidates: list[Candidate], rules: EntityRules) -> list[Candidate]:
    """Pool the votes of candidates with the same span, then settle overlaps:
    - a longer name keeps the names inside it when it has evidence of its own (a head noun
      outside them, a list, cue or quoted title): "Westshire County Council";
    - otherwise the stronger span wins and the weaker is cut to the part left free
      ("Children's Wellbeing and Schools Bill to Parliament" -> "... Schools Bill");
    - a weaker span inside a chosen one lends its votes when both end on the same word."""
    pooled: dict[tuple[int, int], Candidate] = {}
    for cand in candidates:
        key = (cand.start, cand.end)
        have = pooled.get(key)
        if have is None:
            pooled[key] = Candidate(cand.start, cand.end, cand.rule, list(cand.votes), cand.name,
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
    blocked = non_entity_tokens(doc)
    queue = sorted(pooled.values(), key=lambda c: (-_rank(c), -(c.end - c.start), c.start))
    chosen: list[Candidate] = []
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


def _rank(cand: Candidate) -> int:
    # a span no voter typed yields to any typed one
    return cand.priority if cand.votes else 0


def _independent(container: Candidate, inner: list[Candidate]) -> bool:
    """Has a container evidence that does not come from the names inside it?"""
    if container.kinds & {"list", "item", "cue", "quoted", "gazetteer", "recommendation"}:
        return True
    head = container.head
    return head is not None and not any(c.start <= head < c.end for c in inner)


def _free_part(cand: Candidate, clashes: list[Candidate], doc: Doc, rules: EntityRules) -> Candidate | None:
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
    start, end = trim_span(doc, best[0], best[1], rules)
    if start >= end or not any(is_cap(t) for t in doc[start:end]):
        return None
    if "name" not in cand.kinds or cand.name is not None:
        return None
    head, head_index = head_type(doc[start:end], rules)
    votes = [(head, rules.weights["head"])] if head else []
    return Candidate(start, end, "name", votes, priority=cand.priority, head=head_index)


def _keep(span: Span, name: str, kinds: set[str], fixed: bool, rules: EntityRules, lower_forms: set[str]) -> bool:
    """Junk filter: stoplist, generic words only, roles without a name, mostly lower-case
    phrases, single common words and adjectival uses of a name ("a Christian charity");
    `lower_forms` are the words the document also writes in lower case (so a capital may
    be a sentence's)."""
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
        return "list" in kinds or tok.lower_ not in lower_forms
    return True


def _context_votes(doc: Doc, cand: Candidate, rules: EntityRules) -> list[tuple[tuple[str, float], str]]:
    """Votes from the words around a name (each with its kind): cue words after or before
    it, honorifics, a known first name."""
    votes: list[tuple[tuple[str, float], str]] = []
    after = _next_word(doc, cand.end)
    if after is not None and after.text == "," and after.i + 2 < len(doc) and doc[after.i + 1].lower_ in ("the", "a", "an"):
        # an apposition naming what it is: "Become, the charity for children in care"
        head = doc[after.i + 2]
        type_ = rules.cues_after.get(head.lower_)
        in_apposition = head.dep_ == "appos" and cand.start <= head.head.i < cand.end
        if type_ and type_ != PERSON and head.text.islower() and in_apposition:
            votes.append(((type_, rules.weights["cue"]), "cue"))
    if after is not None:
        type_ = rules.cues_after.get(after.lower_)
        if type_ and after.text.islower():
            if type_ == PERSON:
                votes.append(((type_, rules.weights.get("speech", 1.5)), "speech"))
            else:
                votes.append(((type_, rules.weights["cue"]), "cue"))
    before = _prev_word(doc, cand.start)
    if before is not None:
        if before.lower_.rstrip(".") in rules.honorifics and before.text[:1].isupper():
            votes.append(((PERSON, rules.weights["honorific"]), "honorific"))
        elif before.text.islower():
            type_ = rules.cues_before.get(before.lower_)
            if type_ and type_ != PERSON and before.lower_ not in ("at", "of"):
                votes.append(((type_, rules.weights["cue"]), "cue"))
            elif type_ and before.lower_ in ("at", "of") and _is_role_phrase(doc, before.i, rules):
                votes.append(((type_, rules.weights["cue"]), "cue"))
            if before.lower_ == "of" and before.i > 0:
                owner = rules.cues_of.get(doc[before.i - 1].lower_)
                if owner:
                    votes.append(((owner, rules.weights["cue"]), "cue"))
    first = doc[cand.start]
    if first.lower_.rstrip(".") in rules.honorifics and cand.end - cand.start > 1:
        votes.append(((PERSON, rules.weights["honorific"]), "honorific"))
    root = doc[cand.start : cand.end].root
    if root.dep_ in ("dobj", "nsubjpass") and root.head.lemma_.lower() in rules.object_cues:
        # "launching a Call for Advice", "the scheme was piloted": what is launched or run
        votes.append(((rules.object_cues[root.head.lemma_.lower()], rules.weights["object"]), "object"))
    words = [t for t in doc[cand.start : cand.end] if not t.is_punct]
    if 2 <= len(words) <= 4 and words[0].text in rules.first_names and all(is_cap(t) for t in words):
        votes.append(((PERSON, rules.weights["first_name"]), "first_name"))
    return votes


def _is_role_phrase(doc: Doc, i: int, rules: EntityRules) -> bool:
    """"... chief executive at X", "director of X": a role word just before the preposition."""
    return i > 0 and doc[i - 1].lower_ in rules.role_words


def _next_word(doc: Doc, i: int) -> Token | None:
    while i < len(doc) and (doc[i].text in QUOTES or doc[i].is_space):
        i += 1
    return doc[i] if i < len(doc) else None


def _prev_word(doc: Doc, i: int) -> Token | None:
    i -= 1
    while i >= 0 and (doc[i].text in QUOTES or doc[i].text == "," or doc[i].is_space):
        i -= 1
    return doc[i] if i >= 0 else None
