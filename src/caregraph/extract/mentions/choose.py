"""Mentions: find the spans of a parsed document that name entities, each with type votes.

Several voters, one decision (spec/extraction-notes.md): spaCy NER, capitalised-name patterns
typed by their head noun, cue words around a name, list context, quoted titles, honorifics,
the gazetteer and recommending verbs each add votes; `resolve` decides per entity.
Every word list comes from the schema; this module knows no domain words.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import deque
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import replace
from itertools import accumulate

from spacy.tokens import Doc, Span, Token

from ...core.ontology import INITIATIVE, ORGANISATION, PERSON, PLACE, PUBLICATION, RECOMMENDATION
from ...core.records import Mention
from ...core.schema import EntityRules
from ...core.text import acronym_core, canonical_name, initials, is_acronym, normalise_key
from ..proposals import RecommendationItem, copular_complement
from ..syntax import (
    children_of,
    ends_line,
    ents_of,
    line_opening,
    sent_at,
    sentences,
    span_of,
    span_sent,
    text_flags,
    text_of,
    tokens_of,
    word_forms,
    word_index,
)
from . import senses
from .coordinated import known_bodies, listed_with_a_body
from .dashed import dashed_candidates
from .described import answer_descriptions, described_publications, leading_type, subject_descriptions
from .kind_lines import kind_line_titles
from .numbered import numbered_titles
from .pilots import described_pilots, trial_pairs
from .places import place_body_candidates, place_list_candidates
from .shared import join_place_lists, split_shared_kinds
from .statutes import statute_candidates
from .styled_lists import styled_list_candidates
from .voters import (
    JOINED_NAME,
    QUOTES,
    Candidate,
    EntityMatchers,
    a_place_here,
    compile_matchers,
    gazetteer_candidates,
    head_type,
    is_cap,
    is_peerage,
    local_party,
    name_candidates,
    ner_candidates,
    non_entity_tokens,
    owns_a_thing,
    page_surnames,
    quoted_candidates,
    recommendation_candidates,
    seat_after_party,
    trim_span,
)

__all__ = ["EntityMatchers", "compile_matchers", "find_mentions"]

# a candidate judged: its span, its name, its votes and whether it is kept on its own evidence
_Judged = tuple[Candidate, Span, str, list[tuple[str, float]], bool]


def _opens_a_gerund_proposal(doc: Doc, cand: Candidate, recs: Sequence[Candidate]) -> bool:
    """A name that is the opening words of a longer proposal headed by a gerund ("Raising
    Harbour Tax Relief" in "Raising Harbour Tax Relief for carers to the age of 25"): its first
    word is one the document also writes as a gerund in lower case ("and raising the rate of
    X"), whatever tag the parser gave the capitalised word."""
    first = doc[cand.start]
    if not first.lower_.endswith("ing") or not any(
            r.start == cand.start and cand.end < r.end for r in recs):
        return False
    return first.tag_ == "VBG" or any(t.tag_ == "VBG" and t.is_lower and t.lower_ == first.lower_ for t in doc)


def find_mentions(
    doc: Doc, matchers: EntityMatchers, *, doc_id: str, proposals: Sequence[RecommendationItem]
) -> list[Mention]:
    """Mentions of the schema's entity types in one parsed document, in text order;
    `proposals` are the document's (proposals.find_recommendations)."""
    rules = matchers.rules
    candidates: list[Candidate] = []
    candidates.extend(ner_candidates(doc, rules))
    gazetteer_places = _gazetteer_places(doc, matchers)
    candidates.extend(name_candidates(doc, rules, gazetteer_places))
    candidates.extend(quoted_candidates(doc, rules))
    candidates.extend(dashed_candidates(doc, rules))
    candidates.extend(statute_candidates(doc, rules))
    candidates.extend(kind_line_titles(doc, rules))
    candidates.extend(gazetteer_candidates(doc, matchers))
    candidates.extend(place_list_candidates(doc, rules, gazetteer_places, _gazetteer_others(doc, matchers)))
    candidates.extend(place_body_candidates(doc, rules, gazetteer_places))
    candidates.extend(styled_list_candidates(doc, rules))
    chosen = join_place_lists(doc, split_shared_kinds(doc, _choose(doc, candidates, rules), rules), rules, gazetteer_places)
    chosen.extend(_people_in_titles(doc, chosen, candidates, rules))
    # proposals are a layer of their own: they may contain names ("... under the X Act")
    recs = list(recommendation_candidates(proposals, rules))
    # ... but a name the proposal would create ("the establishment of new Regional Boards") is
    # the proposal itself, not yet a body of its own
    chosen = [c for c in chosen if not (c.start >= 1 and doc[c.start - 1].lower_ == "new" and any(
        r.start <= c.start - 1 and c.end <= r.end and (r.start, r.end) != (c.start, c.end) for r in recs))]
    # ... and so is a known proposal's description the phrase narrows (named_proposals kept the
    # phrase whole: "an allowance for harbour carers with a court order")
    chosen = [c for c in chosen if not (c.rule == "gazetteer" and {t for t, _ in c.votes} == {RECOMMENDATION} and any(
        r.start <= c.start and c.end <= r.end and (r.start, r.end) != (c.start, c.end) for r in recs))]
    # ... and so is a capitalised opening of a proposal that starts with its verb ("• Raising
    # Harbour Tax Relief for carers to the age of 25"): the gerund's object, not a title
    chosen = [c for c in chosen if not (c.rule != "gazetteer" and _opens_a_gerund_proposal(doc, c, recs))]
    # ... and so is the status a proposal confers ("X to be made a Protected Y")
    statuses = [span for item in proposals for span in [copular_complement(doc, item.start, item.end)] if span]
    chosen = [c for c in chosen if c.name is not None or not any(a <= c.start and c.end <= b for a, b in statuses)]
    names = {(c.start, c.end): c for c in chosen}
    for rec in recs:
        same = names.get((rec.start, rec.end))
        if same is not None:
            same.votes.extend(rec.votes)
            same.kinds.add("recommendation")
        else:
            chosen.append(rec)
    chosen.sort(key=lambda c: (c.start, c.end))
    chosen = senses.initiative_sets(doc, chosen, rules)
    sent_index = {sent.start: i for i, sent in enumerate(sentences(doc))} if doc.has_annotation("SENT_START") else {}
    mentions: list[Mention] = []
    judged: list[_Judged] = []
    lower_forms = {w for w in word_forms(doc) if w.islower()}  # words the document also writes in lower case
    # where a place the gazetteer or NER knows starts ("in Westby, Surrey")
    places = _Places(gazetteer_places | frozenset(
        (e.start, e.end) for e in ents_of(doc) if e.label_ in ("GPE", "LOC")), doc)
    person_ents = {e.end: e.start for e in ents_of(doc) if e.label_ == "PERSON"}
    pending: senses.Pending = []
    bodies = known_bodies(doc, chosen, rules)
    surnames = page_surnames(doc, rules)
    for cand in chosen:
        context = _context_votes(doc, cand, rules, places)
        votes = list(cand.votes) + [v for v, _kind in context]
        holder = _holder_after_a_run(doc, cand, votes, rules) if cand.name is None else None
        if holder is not None:
            # "Director of Westby Services & Jane Porter", "Chair of Harbour Partners Jane
            # Porter": a run a given name and a surname close, NER's type for the run
            # notwithstanding, is that person after words of a post or a body; a body's name
            # before her keeps its own mention ("Harbour Trust Jane Porter")
            front = holder
            while front > cand.start and (doc[front - 1].is_punct or doc[front - 1].lower_ in rules.connectives):
                front -= 1
            front_type, front_head = head_type(doc[cand.start : front], rules) if front > cand.start else (None, None)
            if front_type is not None:
                chosen.append(Candidate(cand.start, front, "name", [(front_type, rules.weights["head"])],
                                        priority=cand.priority, head=front_head))
            cand.votes = [(PERSON, rules.weights["first_name"])]
            votes = list(cand.votes) + [v for v, _kind in context]
        if cand.name is None and any(t == PERSON for t, _ in votes):
            person_start = _person_start(doc, cand, rules, person_ents)
            if person_start is not None:
                if _acronym_before_role(doc, cand.start, person_start, rules):
                    # "HFT Senior Associate Jane Porter": the body she speaks for
                    chosen.append(Candidate(cand.start, cand.start + 1, "name",
                                            [(ORGANISATION, rules.weights["cue"])], priority=cand.priority))
                cand.start = person_start
                context = _context_votes(doc, cand, rules, places)
                votes = list(cand.votes) + [v for v, _kind in context]
            person_end = _before_other_language(doc, cand.start, cand.end, rules)
            if person_end < cand.end:
                # "Jane Porter Clerc", "Jane Porter Cyngor Dinas": a bilingual list's title after her name
                cand.end = person_end
                context = _context_votes(doc, cand, rules, places)
                votes = list(cand.votes) + [v for v, _kind in context]
        if listed_with_a_body(doc, cand, bodies, votes, rules.weights["ner"], lower_forms, surnames):
            # "the Harbour Trust, Kestrelwise and the Eastby Society": listed with a known body, a body
            context = [*context, ((ORGANISATION, rules.weights["cue"]), "coordination")]
            votes.append((ORGANISATION, rules.weights["cue"]))
        span = span_of(doc, cand.start, cand.end)
        kinds = cand.kinds | {kind for _v, kind in context}
        pending.append((cand, span, votes, kinds))
    for cand, span, votes, kinds in senses.without_common_phrases(doc, senses.without_doubtful_persons(doc, pending, rules), rules):
        if cand.name is None and _guessed_person_with_of(span, votes, rules):
            votes = [(t, w) for t, w in votes if t != PERSON]  # "Memorandums of Understanding": no one's name
        if cand.name is None and _guessed_person_in_a_building(span, votes, rules):
            votes = [(t, w) for t, w in votes if t != PERSON]  # "Harbour House", "Westby Hall": a building
        if cand.name is None and "gazetteer" not in kinds and _on_a_venue_line(doc, cand.start, rules):
            # "Venue: Civic Centre, High Road, Wood Green": a building and its address, no body and
            # no person whatever NER or a building's head noun says; a place on it stays a place,
            # and a body its head noun names stays a body ("Venue: Westshire County Council, ...")
            body = head_type(span, rules)[0] == ORGANISATION and span[-1].lower_ not in rules.venue_heads
            votes = [(t, w) for t, w in votes
                     if t == PLACE or (t == ORGANISATION and body and w != rules.weights["ner"])]
        if cand.name is None and _bare_given_name(span, rules):
            # "Amanda - You're very welcome", "Thanks, Amanda": a given name alone, an interview's
            # speaker label or a person called by her first name, is no body whatever NER guesses
            votes = [(t, w) for t, w in votes if not (t == ORGANISATION and w == rules.weights["ner"])]
        is_person = any(t == PERSON for t, _ in votes)
        if is_person and len(span) == 1 and _capitals_acronym(span.text):
            # "NCER said ...": three to five capitals name a body, whatever NER or a speech verb says
            votes = [(ORGANISATION if t == PERSON else t, w) for t, w in votes]
            is_person = False
        name = cand.name or canonical_name(_before_a_stamp(span, rules), rules, person=is_person)
        kept = bool(name) and bool(votes) and _keep(span, name, kinds, cand.name is not None, rules, lower_forms)
        if kept and cand.name is None and "quoted" not in kinds and _cut_title(doc, span, votes, rules):
            kept = False
        if kept and cand.name is None and _plural_post(span, rules) and (is_person or (
                not kinds & {"gazetteer", "cue", "quoted", "list", "item", "recommendation"}
                and is_cap(span[-1]) and head_type(span, rules)[0] is None)):
            kept = False  # "Westshire County Councillors", "Labour Members": a post's holders, no one
            # person, nor a body ("Board of Trustees" has a body's head)
        if kept and cand.name is None and _joined_people(name, votes) and not (
                span[0].lower_ in rules.peerage_titles and any(t.lower_ == "of" for t in span)):
            kept = False  # "Jane and Amir", "Councillors Porter and Khan", "Westby and Eastby" (a seat):
            # no one person's name
        if kept and cand.name is None and _joined_by_guess(name, votes, kinds, rules) \
                and text_of(doc).count(name) < _NAMED_OFTEN and not _singular_subject(span):
            kept = False  # "Culture and Communications", "Harbour Home and Westby Grove": a pairing NER
            # alone calls a body, named once or twice (a remit, a heading), no name of one; a body's
            # brand the page keeps naming ("Hearth and Home" three times) is one
        if kept and cand.name is None and leading_type(votes) == PERSON and not _spelt_as_a_name(name):
            kept = False  # "Amendment 12B", "<- Back to Harbour Papers", "(Jane Doe)-for": a person's name is
            # written in letters, with no digit, bracket or arrow a tokenizer left in it
        if kept and cand.name is None and _lone_guessed_body(doc, span, name, votes, kinds, rules):
            kept = False  # "Home / Outlook / ...", "Courage, Care & Councils: Renewal wanted ...", "Turn on
            # JavaScript": one capitalised word NER alone calls a body, written once on the page (a heading's
            # word, a menu's, a term)
        if kept and cand.name is None and _lone_guessed_person(doc, span, votes, kinds, rules):
            kept = False  # "Lead MP | Jane Porter | Westby | Lab", "Latest available (Revised)": one word NER
            # alone calls a person, written once on the page, is no one named
        judged.append((cand, span, name, votes, kept))
    # one sense per discourse: a capitalised form the document names with good evidence
    # once is a name wherever it is capitalised again ("Chief Executive at Hearth" ...
    # "Hearth's campaign")
    confirmed = {normalise_key(name) for _c, _s, name, _v, kept in judged if kept}
    judged = _without_modifying_places(judged, rules.place_naming_heads)
    for cand, span, name, votes, kept in judged:
        if not name:
            continue
        if not kept and not (normalise_key(name) in confirmed and name[:1].isupper()):
            continue
        if not kept and len(span) == 1 and span[0].lower_ in lower_forms and span[0].dep_ in ("amod", "compound") \
                and span[0].head.text.islower() and span[0].head.pos_ == "NOUN":
            continue  # "Harbour carers ..." opening a sentence: the common word, not a charity named "Harbour"
        sent = span_sent(span).start if sent_index else 0
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
    mentions = _opening_forms(doc, mentions, sent_index)
    common: set[str] = set()
    generic: set[str] = set()
    terms: set[tuple[int, int]] = set()
    mentions.extend(_defined_long_forms(doc, mentions, rules, doc_id=doc_id, sent_index=sent_index, common=common,
                                        generic=generic, terms=terms))
    if terms:
        mentions = [m for m in mentions if (m.start, m.end) not in terms]
    mentions.extend(described_publications(doc, mentions, rules, doc_id=doc_id, sent_index=sent_index))
    mentions.extend(answer_descriptions(doc, mentions, rules, doc_id=doc_id, sent_index=sent_index))
    mentions.extend(subject_descriptions(doc, mentions, rules, doc_id=doc_id, sent_index=sent_index))
    # "the 10 Year Westshire Plan": the title from its number; the cut "Year Westshire Plan" gives
    # way, and so does a mention running on past its end ("Westshire Plan for Harbours" in "the 10
    # Year Westshire Plan for Harbours": one title, not two overlapping ones); a mention holding the
    # whole title stays
    numbered, spans = numbered_titles(doc, rules, doc_id=doc_id, sent_index=sent_index)
    if numbered:
        mentions = [m for m in mentions
                    if not any(a < m.end and m.start < b and not (m.start <= a and b <= m.end) for a, b in spans)]
        mentions.extend(numbered)
    mentions.extend(described_pilots(doc, mentions, rules, trial_pairs(matchers.gazetteer_entries), doc_id=doc_id,
                                     sent_index=sent_index))
    if common:
        # an acronym the document defines as a common lower-case phrase ("a cost-benefit
        # analysis (CBA)") abbreviates that phrase wherever it stands: NER's guess alone
        # makes no body or person of it; nor any vote where the phrase is generic words only
        # ("local authorities (LAs)")
        ner = rules.weights["ner"]
        mentions = [m for m in mentions if not (
            is_acronym(m.name) and acronym_core(m.name) in common
            and (acronym_core(m.name) in generic or all(w == ner for _t, w in m.votes)))]
    mentions.sort(key=lambda m: (m.start, m.end))
    return mentions


def _opening_forms(doc: Doc, mentions: list[Mention], sent_index: dict[int, int]) -> list[Mention]:
    """One sense per discourse at a sentence's start: a name of two words or more that the
    document names inside a sentence ("board Harbour and Home brings") is that name where a
    sentence opens with the same words ("Harbour and Home is a social enterprise ..."), whose
    first capital the sentence's start made doubtful; it replaces the shorter mentions inside it.
    Not where a mention reaches outside those words."""
    named: dict[str, Mention] = {}
    for m in mentions:
        words = m.text.split()
        if len(words) >= 2 and words[0][:1].isupper() and "\n" not in m.text and m.text not in named:
            named[m.text] = m
    if not named:
        return mentions
    by_first: dict[str, list[list[str]]] = {}
    for text in named:
        by_first.setdefault(text.split()[0], []).append(text.split())
    starts = {m.start for m in mentions}
    added: list[Mention] = []
    covered: list[tuple[int, int]] = []
    # (only the tokens that write a first word, in text order, from the document's word index)
    where = word_index(doc)
    for i in sorted(i for text in by_first for i in where.get(text, ())):
        first = doc[i]
        if not (i == 0 or first.is_sent_start or ends_line(doc[i - 1])):
            continue
        sent = sent_at(doc, i)
        for words in by_first[first.text]:
            tokens = list(doc[first.i : first.i + len(words)])
            if [t.text for t in tokens] != words or any(ends_line(t) for t in tokens[:-1]):
                continue
            start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
            if start in starts and any(m.start == start and m.end == end for m in mentions):
                break  # already that mention
            if any(m.start < end and start < m.end and (m.start < start or m.end > end) for m in mentions):
                continue  # a mention reaching outside the words: another reading
            source = named[" ".join(words)]
            added.append(replace(source, start=start, end=end, text=text_of(doc)[start:end],
                                 sent=sent_index.get(sent.start, 0)))
            covered.append((start, end))
            break
    if not added:
        return mentions
    kept = [m for m in mentions if not any(a <= m.start and m.end <= b for a, b in covered)]
    return sorted([*kept, *added], key=lambda m: (m.start, m.end))


def _is_opening_bracket(text: str) -> bool:
    return text == "("


def _defined_long_forms(doc: Doc, mentions: list[Mention], rules: EntityRules, *, doc_id: str,
                        sent_index: dict[int, int], common: set[str] | None = None,
                        generic: set[str] | None = None,
                        terms: set[tuple[int, int]] | None = None) -> list[Mention]:
    """A long form that an acronym in brackets defines ("the family support hubs (FSHs)"),
    written in lower case so that no other voter saw it (Schwartz and Hearst 2003: the shortest
    run of words before the bracket whose initials spell the acronym). The long form and the
    acronym share their votes: the acronym's and the long form's head noun's. A long form in
    lower case whose head noun types nothing and whose acronym has only NER's vote is a common
    phrase ("a randomised controlled trial (RCT)"), no name: its acronym (upper-cased, without a
    plural s) is added to `common`. So is the acronym of a term in capitals that closes with a
    term's or an order's head word, which NER alone typed as a body or a person ("a regional
    Memorandum of Understanding (MoU)", "a Special Guardianship Order (SGO)"): its span is
    added to `terms`."""
    by_start = {m.start: m for m in mentions}
    # the mentions by start, with the furthest end of each prefix: does one overlap a span?
    ordered = sorted(mentions, key=lambda m: m.start)
    starts = [m.start for m in ordered]
    furthest = list(accumulate((m.end for m in ordered), max))
    added: list[Mention] = []
    skip = rules.connectives | {"a", "an", "the"}
    opening = text_flags(doc, _is_opening_bracket)   # (only an opening bracket is read further)
    for i in range(1, len(doc) - 2):
        if not opening[i] or doc[i + 2].text != ")" or not is_acronym(doc[i + 1].text):
            continue
        found = _long_form(doc, i, acronym_core(doc[i + 1].text), skip)
        by_connective = found is None and _mixed_case(doc[i + 1].text)
        if by_connective:
            found = _long_form(doc, i, acronym_core(doc[i + 1].text), skip, mixed=True)
        if found is None:
            continue
        start, end = found
        span, acr = doc[start:end], doc[i + 1]
        acr_mention = by_start.get(acr.idx)
        head, _ = head_type(span, rules)
        if head is None and terms is not None and _defined_term(span, by_start.get(span.start_char),
                                                                acr_mention, rules):
            # "at risk of Child Sexual Exploitation (CSE)", "the first Randomised Controlled
            # Trial (RCT)", "a Special Guardianship Order (SGO)": a term, which NER alone took
            # for a body or a person
            if common is not None:
                common.add(acronym_core(acr.text))
            terms.add((span.start_char, span.end_char))
            continue
        if by_connective:
            continue  # "Child in Need (CiN)": a long form read with its connectives serves terms only
        before = bisect_left(starts, span.end_char)   # the mentions starting before the span ends
        if before and furthest[before - 1] > span.start_char:
            continue  # a name the other voters found ("Harbour Trust (HT)"): resolve pairs them
        if head is None and not any(t.text[:1].isupper() for t in span) and (
                acr_mention is None or all(w == rules.weights["ner"] for _t, w in acr_mention.votes)):
            # "the randomised controlled trial (RCT)", "a cost-benefit analysis (CBA)": a
            # method or field in lower case, which NER alone may take for a body
            if common is not None:
                common.add(acronym_core(acr.text))
            continue
        if not any(t.text[:1].isupper() and not t.is_sent_start for t in span) and all(
                t.lower_ in skip or t.lower_ in rules.generic_words or t.is_punct for t in span):
            # "local authorities (LAs)", "children in care (CiC)": generic words only, as a name
            # of them is none (schema generic_words), whatever its acronym's votes
            if common is not None:
                common.add(acronym_core(acr.text))
            if generic is not None:
                generic.add(acronym_core(acr.text))
            continue
        if any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in children_of(span.root)):
            continue  # "a new practice framework (NPF)": a description, not a name
        if span[0].lower_ in rules.role_openers and head is None and (
                acr_mention is None or all(w == rules.weights["ner"] for _t, w in acr_mention.votes)):
            # "the Director of Children's Services (DCS)", "lead member for children's services
            # (LMCS)": a post and its acronym, not a body or a programme
            if common is not None:
                common.add(acronym_core(acr.text))
            continue
        if acr_mention is None and head not in (ORGANISATION, INITIATIVE):
            continue  # "a new career framework (NCF)": a lower-case proposal, not a title
        votes = [(head, rules.weights["head"])] if head else []
        if acr_mention is not None:
            votes.extend(acr_mention.votes)
        if not votes:
            continue
        sent = sent_index.get(span_sent(span).start, 0) if sent_index else 0
        added.append(Mention(doc_id=doc_id, start=span.start_char, end=span.end_char, text=span.text,
                             name=canonical_name(span.text, rules), votes=tuple(votes), rule="acronym", sent=sent))
        if acr_mention is None:
            added.append(Mention(doc_id=doc_id, start=acr.idx, end=acr.idx + len(acr.text), text=acr.text,
                                 name=acr.text, votes=tuple(votes), rule="acronym", sent=sent))
    return added


def _defined_term(span: Span, mention: Mention | None, acr_mention: Mention | None, rules: EntityRules) -> bool:
    """Is a long form of two words or more, each capitalised but its "of" and "and", a term of
    law, practice or research: it closes with a term's or an order's head word (schema
    term_heads, order_heads), and the mention at exactly its span, if any, and its acronym's
    have NER's votes alone, one of them at least for a body or a person? A body's name with such a last word goes
    on otherwise: a plural word for people or a preposition ("Parents Against Child
    Exploitation"), a head noun (the caller's check), a gazetteer entry or a cue."""
    words = [t for t in span if not t.is_punct and not t.is_space]
    if len(words) < 2 or not (words[-1].lower_ in rules.term_heads or words[-1].lower_ in rules.order_heads):
        return False
    for tok in words:
        if tok.lower_ in ("of", "and"):
            continue
        if not tok.text[:1].isupper() or tok.is_stop or tok.lower_ in rules.possessive_name_words:
            return False
    if mention is not None and mention.end != span.end_char:
        return False
    ner = rules.weights["ner"]
    voted = [m for m in (mention, acr_mention) if m is not None]
    votes = [vote for m in voted for vote in m.votes]
    return all(w == ner for _t, w in votes) and any(t in (ORGANISATION, PERSON) for t, _w in votes)


_NO_SKIP: frozenset[str] = frozenset()


def _mixed_case(acronym: str) -> bool:
    """Has an acronym a lower-case letter inside it, a connective's initial ("MoU", "CiN")?"""
    core = acronym[:-1] if acronym.endswith("s") else acronym
    return any(ch.islower() for ch in core[1:-1])


def _long_form(doc: Doc, bracket: int, core: str, skip: frozenset[str], *,
               mixed: bool = False) -> tuple[int, int] | None:
    """The shortest run of words right before `bracket`, on its line, whose initials are `core`;
    those of its connectives count too where the acronym is `mixed` ("Memorandum of
    Understanding (MoU)")."""
    end = bracket
    k = bracket - 1
    while k >= 0 and bracket - k <= len(core) + 4:
        tok = doc[k]
        if ends_line(tok) or not (tok.is_alpha or tok.text in ("'s", "-", "'")):
            return None
        if tok.lower_ not in skip and tok.text[:1].lower() == core[0].lower():
            text = doc[k:end].text
            got = initials(text, skip)
            if got == core or (mixed and initials(text, _NO_SKIP) == core):
                return k, end
            if len(got) > len(core):
                return None
        k -= 1
    return None


# --------------------------------------------------------------------------- choosing


def _choose(doc: Doc, candidates: list[Candidate], rules: EntityRules) -> list[Candidate]:
    """Pool the votes of candidates with the same span, then settle overlaps:
    - a longer name keeps the names inside it when it has evidence of its own (a head noun
      outside them, a list, cue or quoted title): "Westshire County Council";
    - otherwise the stronger span wins and the weaker is cut to the part left free
      ("Children's Wellbeing and Schools Bill to Parliament" -> "... Schools Bill");
    - a weaker span inside a chosen one lends its votes when both end on the same word,
      except one gazetteer name to another."""
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
    ner_ending: dict[int, list[Candidate]] = {}   # NER candidates by their end, in pool order
    ner_starting: dict[int, list[Candidate]] = {}   # ... and by their start
    for c in pooled.values():
        if "ner" in c.kinds:
            ner_ending.setdefault(c.end, []).append(c)
            ner_starting.setdefault(c.start, []).append(c)
    for cand in pooled.values():
        if not cand.votes and "name" in cand.kinds:
            for other in ner_ending.get(cand.end, ()):
                if cand.covers(other) and other is not cand:
                    cand.votes.extend(other.votes)
                    cand.kinds.add("ner")
            if cand.votes:
                continue
            for other in ner_starting.get(cand.start, ()):
                if other.end < cand.end and cand.covers(other) and _particle_tail(doc[other.end : cand.end]):
                    # "the Harbour Kids Grown Up project": NER stopped before the name's last
                    # word, a capitalised particle that names nothing on its own
                    cand.votes.extend(other.votes)
                    cand.kinds.add("ner")
    blocked = non_entity_tokens(doc)
    queue = deque(sorted(pooled.values(), key=lambda c: (-_rank(c), -(c.end - c.start), c.start)))
    chosen = _Chosen()
    while queue:
        cand = queue.popleft()
        if all(blocked[k] for k in range(cand.start, cand.end)) and "gazetteer" not in cand.kinds:
            # a date or amount NER found; a gazetteer name is never one ("in Manchester" as DATE)
            continue
        clashes = chosen.overlapping(cand)
        if not clashes:
            chosen.add(cand)
            continue
        holder = next((c for c in clashes if c.covers(cand)), None)
        if holder is not None:
            if holder.end == cand.end and not ("gazetteer" in holder.kinds and "gazetteer" in cand.kinds):
                # not a gazetteer name's type to one that holds it: "Harbour Care in Westshire",
                # a known title, is no place for the known place it ends with
                holder.votes.extend(cand.votes)
                holder.kinds |= cand.kinds - {"name"}
            continue
        if all(cand.covers(c) for c in clashes) and _independent(cand, clashes):
            for c in clashes:
                chosen.remove(c)
                if c.end == cand.end and c.start > cand.start and "gazetteer" not in c.kinds:
                    cand.votes.extend(c.votes)
            chosen.add(cand)
            continue
        part = _free_part(cand, clashes, doc, rules)
        if part is not None:
            queue.appendleft(part)
    return sorted(chosen, key=lambda c: c.start)


def _people_in_titles(doc: Doc, chosen: list[Candidate], candidates: list[Candidate],
                      rules: EntityRules) -> list[Candidate]:
    """The people a known title names after "of" or "and" ("the National Review into the Deaths
    of Jane Doe and Amy Roe"): each a person of her own beside the title, where NER calls the
    end of the name a person or it opens with a given name, and every word of it is capitalised."""
    titles = [c for c in chosen if "gazetteer" in c.kinds and c.name is not None
              and (PUBLICATION, rules.weights["gazetteer"]) in c.votes]
    if not titles:
        return []
    person_ends = {e.end for e in ents_of(doc) if e.label_ == "PERSON"}
    found: dict[tuple[int, int], Candidate] = {}
    for cand in candidates:
        given = doc[cand.start].text in rules.first_names
        if not cand.kinds & {"name", "ner"} or not (cand.end in person_ends or given) or cand.end - cand.start < 2:
            continue
        if not any(t.start < cand.start and cand.end <= t.end for t in titles):
            continue
        if doc[cand.start - 1].lower_ not in ("of", "and", ",") or not all(is_cap(t) for t in doc[cand.start : cand.end] if t.is_alpha):
            continue
        if any(doc[k].is_alpha and (doc[k].lower_ in rules.connectives or doc[k].lower_ in rules.heads)
               for k in range(cand.start, cand.end)):
            continue  # "the Westby Care and Schools Bill": a head noun ends the title's own words
        vote = (PERSON, rules.weights["first_name" if given else "ner"])
        found.setdefault((cand.start, cand.end), Candidate(cand.start, cand.end, "name", [vote], priority=cand.priority))
    return list(found.values())


def _guessed_person_with_of(span: Span, votes: Sequence[tuple[str, float]], rules: EntityRules) -> bool:
    """Is a person only NER's guess for a phrase with "of" or "for" inside it and no title or given
    name before it ("Memorandums of Understanding", "Terms of Reference")? A person's name joins no
    words with "of" unless a title opens it ("Lord Hale of Westby", "Professor of Law Jane Porter")."""
    words = _untitled_person_guess(votes, rules, [t for t in span if not t.is_punct])
    return len(words) >= 3 and any(t.lower_ in ("of", "for") for t in words[1:-1])


def _guessed_person_in_a_building(span: Span, votes: Sequence[tuple[str, float]], rules: EntityRules) -> bool:
    """Is a person only NER's guess for a name of two words or more that ends in a building's word
    (schema building_words: "Harbour House", "Westby Hall", "Porter Tower"), with no given name or
    title before it? A building, a venue, or the chamber it houses; "Jane Hall" has her given name."""
    words = _untitled_person_guess(votes, rules, [t for t in span if not t.is_punct and not t.is_space])
    return len(words) >= 2 and words[-1].lower_ in rules.building_words and is_cap(words[-1])


def _untitled_person_guess(votes: Sequence[tuple[str, float]], rules: EntityRules, words: list[Token]) -> list[Token]:
    """A span's words, when a person is only NER's guess for it and no given name or title opens
    them (else none)."""
    ner = rules.weights["ner"]
    if not any(t == PERSON for t, _ in votes) or any(t == PERSON and w != ner for t, w in votes):
        return []
    if not words or words[0].text in rules.first_names or words[0].lower_.rstrip(".") in rules.honorifics:
        return []
    return words


def _particle_tail(tail: Span) -> bool:
    """Is a run's tail after NER's end one capitalised particle or adverb ("Grown Up", "Step
    Out"), a word that closes a name but names nothing alone?"""
    return len(tail) == 1 and is_cap(tail[0]) and tail[0].tag_ == "RP"


class _Chosen:
    """The candidates chosen so far, in the order they were chosen, indexed by the tokens
    they cover: the ones overlapping a new candidate are found from its own tokens, not by
    comparing it with every chosen one (which grew with the square of a document's names)."""

    def __init__(self) -> None:
        self._order: dict[int, Candidate] = {}     # id -> candidate, in the order chosen
        self._rank: dict[int, int] = {}            # id -> when it was chosen
        self._at: dict[int, list[Candidate]] = {}  # token -> chosen candidates covering it
        self._empty: list[Candidate] = []          # chosen candidates covering no token
        self._count = 0

    def __iter__(self) -> Iterator[Candidate]:
        return iter(list(self._order.values()))

    def add(self, cand: Candidate) -> None:
        self._order[id(cand)] = cand
        self._rank[id(cand)] = self._count
        self._count += 1
        if cand.start >= cand.end:
            self._empty.append(cand)
        for k in range(cand.start, cand.end):
            self._at.setdefault(k, []).append(cand)

    def remove(self, cand: Candidate) -> None:
        del self._order[id(cand)]
        if cand.start >= cand.end:
            self._empty = [c for c in self._empty if c is not cand]
        for k in range(cand.start, cand.end):
            self._at[k] = [c for c in self._at[k] if c is not cand]

    def overlapping(self, cand: Candidate) -> list[Candidate]:
        """The chosen candidates that overlap `cand`, in the order they were chosen."""
        if cand.start >= cand.end:
            return [c for c in self._order.values() if c.overlaps(cand)]
        found = {id(c): c for k in range(cand.start, cand.end) for c in self._at.get(k, ())}
        found.update((id(c), c) for c in self._empty)
        return sorted((c for c in found.values() if c.overlaps(cand)), key=lambda c: self._rank[id(c)])


def _gazetteer_places(doc: Doc, matchers: EntityMatchers) -> frozenset[tuple[int, int]]:
    """The spans that are, on their own, a place of the gazetteer ("England", "West
    Midlands"), even inside a longer name."""
    matches: dict[tuple[int, int], list[int]] = {}
    for match_id, start, end in matchers.gazetteer(doc):
        matches.setdefault((start, end), []).append(int(doc.vocab.strings[match_id][3:]))
    spans = set()
    for (start, end), owners in matches.items():
        entry = matchers.gazetteer_entries[owners[0]]
        if (entry.type == PLACE and doc[start].text[:1].isupper()
                and a_place_here(doc, start, end, entry, matches, matchers)):
            spans.add((start, end))
    return frozenset(spans)


def _gazetteer_others(doc: Doc, matchers: EntityMatchers) -> frozenset[tuple[int, int]]:
    """The spans of gazetteer names of other types than places ("Harbour Trust")."""
    return frozenset((start, end) for match_id, start, end in matchers.gazetteer(doc)
                     if matchers.gazetteer_entries[int(doc.vocab.strings[match_id][3:])].type != PLACE)


def _person_start(doc: Doc, cand: Candidate, rules: EntityRules,
                  person_ents: Mapping[int, int] | None = None) -> int | None:
    """Where a person's name starts inside a longer capitalised run that words of a role or a
    department open ("Head of Policy Jane Porter", "Families and Schools Jane Porter"): at the
    person entity NER ends the run with, or at a given name followed by one or two
    capitalised words; None when the run opens with the name or names something else.
    `person_ents` maps the end of each PERSON entity of the document to its start."""
    if head_type(span_of(doc, cand.start, cand.end), rules)[0] not in (None, PERSON):
        return None  # "Jane Porter Foundation"
    if is_peerage(doc, cand.start, cand.end, rules):
        return None  # "Lord Hale of Westby Heath": the whole title is the name
    if local_party(doc, cand.start, cand.end, rules):
        return None  # "Westby and Eastby Labour": a party's branch, whatever NER calls its last words
    if person_ents is None:
        person_ents = {e.end: e.start for e in ents_of(doc) if e.label_ == "PERSON"}
    ent_start = person_ents.get(cand.end)   # entities never overlap: at most one ends here
    if (ent_start is not None and cand.start < ent_start
            and cand.end - ent_start >= 2 and doc[ent_start].text not in rules.connectives
            and not any(doc[k].text in rules.first_names for k in range(cand.start, ent_start))):
        return ent_start
    if _remit_before_holder(doc, cand, rules):
        return cand.end - 2
    # a lone first name may close the run only after an acronym ("HFT Jane": the body she works with)
    last = cand.end if all(is_acronym(doc[m].text) for m in range(cand.start, cand.end - 1)) else cand.end - 1
    for k in range(cand.start + 1, last):
        if doc[k].text in rules.first_names and cand.end - k <= 3 \
                and all(is_cap(t) and t.is_alpha for t in doc[k : cand.end]):
            if any(doc[m].text in rules.first_names for m in range(cand.start, k)):
                return None  # "Mary Ann Porter"
            if doc[k - 1].lower_.rstrip(".") in rules.honorifics:
                return None  # canonical_name drops the honorific and keeps its vote
            return k
    return None


def _holder_after_a_run(doc: Doc, cand: Candidate, votes: Sequence[tuple[str, float]], rules: EntityRules) -> int | None:
    """Where the person starts, when a capitalised run that no voter calls a person, and whose
    last word is no head noun of a type, ends in a given name and one or two capitalised words
    after other words ("Lib Dems Jane Porter", "Westby Services & Jane Porter"); else None.
    Not a run that opens with the name ("John Harbour": a body may bear a founder's name), nor
    one of the gazetteer, a quoted title or a name a cue types."""
    if any(t == PERSON for t, _ in votes) or cand.kinds & {"gazetteer", "quoted", "cue", "list", "item"}:
        return None
    last = doc[cand.end - 1]
    if rules.heads.get(last.lower_) is not None or last.lower_ in rules.role_words:
        return None
    start = _person_start(doc, cand, rules, {})
    return start if start is not None and start > cand.start and doc[start].text in rules.first_names else None


def _remit_before_holder(doc: Doc, cand: Candidate, rules: EntityRules) -> bool:
    """Does a run after a role and "of"/"for" hold the role's remit and then its holder's two
    names ("Director of | Policy Amara Obi", "Head of | Fundraising Marianne Oduya")? The remit
    is role, generic or -ing words; the two names are none of these and no head noun."""
    start, end = cand.start, cand.end
    if end - start < 3 or start < 2 or doc[start - 1].lower_ not in ("of", "for") \
            or doc[start - 2].lower_ not in rules.role_words:
        return False
    holder = doc[end - 2 : end]
    remit = doc[start : end - 2]
    return (all(t.is_alpha and is_cap(t) and t.lower_ not in rules.heads and t.lower_ not in rules.generic_words
                and t.lower_ not in rules.role_words for t in holder)
            and all(t.lower_ in rules.role_words or t.lower_ in rules.generic_words or t.lower_ in rules.connectives
                    or (t.lower_.endswith("ing") and t.is_alpha) for t in remit))


def _acronym_before_role(doc: Doc, start: int, end: int, rules: EntityRules) -> bool:
    """Do the words cut off before a person's name open with an acronym followed only by role
    words ("HFT Senior Associate", "HFT")?"""
    return (end > start and is_acronym(doc[start].text) and doc[start].lower_ not in rules.role_words
            and doc[start].lower_.rstrip(".") not in rules.honorifics
            and all(doc[k].lower_ in rules.role_words for k in range(start + 1, end)))


def _rank(cand: Candidate) -> int:
    # a span no voter typed yields to any typed one
    return cand.priority if cand.votes else 0


def _independent(container: Candidate, inner: list[Candidate]) -> bool:
    """Has a container evidence that does not come from the names inside it?"""
    if container.kinds & {"list", "item", "cue", "quoted", "gazetteer", "recommendation", JOINED_NAME}:
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
    if _provision(key, rules):
        return False  # "Section 20", "Chapter 4", "Appendix": a place in a text, not a name
    if fixed:
        return True
    if _imperative_and_object(span, rules):
        return False  # "- Allow Councils to ...", "Give Councils more powers": a list item's verb and its object
    if _joined_acronyms(name):
        return False  # "HCN and WSP": two acronyms in a row, each its own name, no third one
    if _other_language(name, rules):
        return False  # "Croeso", "Pwyllgor Busnes", "Clerc": a bilingual page's other language
    if (len(key.split()) > 1 and all(w in rules.stoplist and w not in rules.place_modifiers for w in key.split())
            and key.split()[-1] not in rules.heads):
        # "Twitter LinkedIn Email": page words run together, none a name; not "North East"
        # (a place), nor "Family Review" (a head noun names what it is)
        return False
    if "recommendation" in kinds:
        return True
    if "agent" in kinds and len(span) == 1 and _bare_actor(span[0], rules):
        return True
    words = key.split()
    strong = kinds & rules.single_word_needs if len(words) == 1 else set()
    if not strong and all(w in rules.generic_words or w in rules.connectives
                          or w.removesuffix("'s") in rules.generic_words for w in words):
        # "the Board", "Local Authorities", "Foster Carers" name no one; a capitalised
        # singular name of three words or more ("Family Link Team") is a specific body
        last = words[-1]
        if len(words) <= 2 or (last.endswith("s") and not last.endswith("ss")) or last not in rules.heads:
            # ... and a body's name ends in a head noun ("Children and Young People Board");
            # "Children's Care System" names a system, not a body
            return False
    if all(w in rules.role_words or w in rules.connectives for w in words):
        return False  # "Chancellor", "Lord Chancellor", "Contact Officer": a role, not a name
    first = name.split()[0]
    if len(words) > 1 and first.isalpha() and first.islower() and first not in rules.connectives \
            and "quoted" not in kinds:
        return False  # "Sir or Madam" without its honorific: a name opens with a capital or a particle
    if len(words) > 1 and first in rules.connectives and first != "the" and span.vocab[first].is_stop:
        return False  # "of Social Work" left of "Professor of Social Work": a post's remit, no name;
        # a name's own particle ("de Souza", "van Dijk") is no English function word
    if _shouted_decision(span):
        return False  # "Committee NOTED", "Panel AGREED": a minute's decision in capitals after its maker
    if _address_form(key.split(), rules):
        return False  # "my hon. Friend the Member for Westby", "the noble Lady": a form of address
    if not kinds & {"gazetteer", "quoted", "honorific"} and _a_role_or_order(span, rules):
        return False  # "Virtual School Head", "Head of Service", "Interim Care Orders": a post or a
        # kind of court order, named without a holder or a title of its own
    if not kinds & {"gazetteer", "quoted"} and _a_proceeding(span, rules):
        return False  # "Second Reading", "Report Stage", "Royal Assent": a step of a bill's passage
    if not kinds & {"gazetteer", "cue", "quoted", "honorific"} and _in_portfolio(span, rules) and not (
            "first_name" in kinds and len(words) > 1):
        # (not the holder after her post's remit: "Cabinet Member for Children, Jane Porter, said",
        # "Cabinet Member for Children, Cllr Tom Roe, said": a title names a person, no remit)
        return False  # "Cabinet Member for Housing, Skills and Leisure": a role's remit, not bodies
    if any(w.isdigit() for w in words) and all(w.isdigit() or w in rules.stoplist for w in words):
        return False  # "17 June 2021": a date, whatever NER calls it
    if not any(ch.isupper() for ch in name) or not any(ch.isalpha() for ch in name):
        return False
    if not kinds & {"gazetteer", "cue", "quoted"} and _address(span, rules):
        return False  # "Harbour Road", "Westby WS7 1AB": an address, not a name (a cue, "the law
        # firm Harbour Lane", names a body whatever its last word)
    if any(_glued(t.text) for t in span):
        return False  # "View allEducation": navigation links run together, not a name
    if len(span) > 1 and any(_run_together(t.text) for t in span[1:]) and _before_a_stamp(span, rules) == span.text:
        return False  # "Read Full DebateJane Porter", "Westminster HallWestminster Hall": two lines run
        # together; a name's own first word may be a brand's ("LocalGov Awards")
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
        if _unit_or_code(tok):
            return False
        if tok.dep_ == "prt":
            return False  # "the Children Grown Up project": a verb's particle inside a title, no name alone
        if strong:
            return True
        if (rules.heads.get(tok.lower_) in (PUBLICATION, INITIATIVE) and "list" not in kinds
                and not (tok.i > 0 and tok.nbor(-1).lower_ in _DETERMINERS)):
            # "Standards", "Awards" alone: a menu's or a heading's class noun, no title ("the
            # Pathfinder", "these Regulations" are short forms of a title named elsewhere)
            return False
        if is_acronym(tok.text):
            # an acronym that only modifies a lower-case noun, as a conjunct of lower-case ones
            # ("workforce development and ICT development") names a field, not a body
            return not (tok.dep_ in ("compound", "amod") and tok.head.pos_ == "NOUN" and tok.head.text.islower()
                        and tok.i > 0 and tok.nbor(-1).lower_ in ("and", "or") and tok.nbor(-1).text.islower())
        if tok.pos_ != "PROPN" and not _owner_name(tok, rules, lower_forms):
            return False
        if tok.dep_ in ("amod", "compound") and tok.head.text.islower() and tok.head.pos_ == "NOUN":
            return False
        if (tok.is_sent_start and tok.tag_ in ("NNS", "NNPS") and tok.lower_.endswith("s")
                and tok.lower_[:-1] in lower_forms and "list" not in kinds):
            return False  # "Reviews were often prompted by ...": the plural of a word the page writes in lower case
        return "list" in kinds or tok.lower_ not in lower_forms
    return True


def _cut_title(doc: Doc, span: Span, votes: Sequence[tuple[str, float]], rules: EntityRules) -> bool:
    """A publication's one capitalised word that opens a phrase in lower case on its line: the
    first word of a title written in sentence case ("a report entitled Before the tide turns",
    "called Mending a broken harbour ...", "the guidance Keeping harbours safe ...") or of a
    heading ("National carers plan"), not a title of one word. A one-word title is followed
    by its head noun ("the Forgotten report"), a verb it is the subject of, a relative pronoun,
    punctuation or the end of its line."""
    words = [t for t in span if not t.is_punct and not t.is_space]
    if len(words) != 1 or is_acronym(words[0].text) or not words[0].is_alpha:
        return False
    if leading_type(votes) != PUBLICATION:
        return False
    nxt = doc[span.end] if span.end < len(doc) else None
    if nxt is None or nxt.is_space or not nxt.is_alpha or not nxt.text.islower() or ends_line(words[0]):
        return False
    if nxt.lower_ in rules.heads or nxt.pos_ in ("VERB", "AUX") or nxt.tag_ in ("WDT", "WP", "WP$"):
        return False
    return True


def _joined_acronyms(name: str) -> bool:
    """Is the name only acronyms joined by "and", "or" or "&" ("HCN and WSP", "HCN, WSP and KT")?"""
    words = name.replace(",", " ").split()
    joins = sum(1 for w in words if w.lower() in ("and", "or", "&"))
    acronyms = sum(1 for w in words if is_acronym(w))
    return joins >= 1 and acronyms >= 2 and joins + acronyms == len(words) and is_acronym(words[0]) and is_acronym(words[-1])


def _other_language(name: str, rules: EntityRules) -> bool:
    """Is every word of a name (numbers aside) a word of the other language of a bilingual page
    (schema other_language_words: "Croeso", "Pwyllgor Busnes", "Clerc")? Then it
    is that language's phrase, whose English form the page prints beside it, not a name. An
    acronym is no such word ("EU" is not the Welsh "eu")."""
    words = [w for w in name.split() if any(ch.isalpha() for ch in w)]
    return bool(words) and all(w.lower() in rules.other_language_words and not is_acronym(w) for w in words)


def _before_other_language(doc: Doc, start: int, end: int, rules: EntityRules) -> int:
    """Where a person's name ends before a tail of words of the page's other language: the title
    and body a bilingual attendance list prints after the name on its line ("Jane Porter Clerc",
    "Tom Hale Cyfarwyddwr Strategol", "Jane Porter MS Cadeirydd"). The name must keep a word of
    its own; a name all of whose words are the other language's is left to the junk filter."""
    words = rules.other_language_words
    for k in range(start + 1, end):
        if doc[k].lower_ not in words:
            continue
        if all(t.lower_ in words or t.lower_ in rules.connectives or t.is_punct for t in doc[k:end]) and any(
                t.is_alpha and t.lower_ not in words for t in doc[start:k]):
            return k
        break
    return end


_DETERMINERS = frozenset({"the", "this", "these", "that", "those", "its", "our", "their", "his", "her", "your"})


def _owner_name(tok: Token, rules: EntityRules, lower_forms: set[str]) -> bool:
    """Is a capitalised common noun a one-word name because it owns something ("Harbourlight's
    mission", at a sentence's start where every word has a capital)? A possessive makes it a
    noun phrase's owner; a word the document also writes in lower case, a generic, role or
    stoplist word ("Today's report", "Government's plans", "Chair's remarks") is a sentence's
    capital, not a name."""
    if not owns_a_thing(tok) or tok.ent_type_ not in ("", "ORG"):
        return False
    word = tok.lower_
    return (word not in lower_forms and word not in rules.generic_words and word not in rules.role_words
            and word not in rules.stoplist and word not in rules.heads)


def _provision(key: str, rules: EntityRules) -> bool:
    """Is a name only a part of a text and its number ("section 20", "paragraph 352zd",
    "appendix 5", "agenda item 9", "option 1") or the bare part word ("clause"), a stage ("Wave 2", "Wave"), or a linked
    file's format and size ("PDF 116 KB")? "Section 20 Review Group" or "Part Time
    Workers Forum" name more than a place in a document; so does "Chapter One" (a number spelt
    out is a word of a name)."""
    words = key.split()
    if words and words[0] in rules.stage_words and (len(words) == 1 or (
            len(words) == 2 and (words[1].isdigit() or words[1] in rules.number_words))):
        return True  # "Phase One", "Wave 2", a bare "Wave": a stage of something names nothing of its own
    if (len(words) == 3 and words[0] in rules.trailing_words and words[2] in rules.size_units
            and words[1].replace(".", "", 1).isdigit()):
        return True  # "PDF 116 KB": the size of a linked file, page furniture
    if not words or words[0] not in rules.provision_words:
        return False
    # ("Agenda Item 9": the words before the number may all be part words)
    return len(words) == 1 or (all(w in rules.provision_words for w in words[:-1]) and len(words) <= 3
                               and any(ch.isdigit() for ch in words[-1]) and words[-1][:1].isdigit())


_POSTCODE_OUT = re.compile(r"[A-Z]{1,2}[0-9][A-Z0-9]?")
_POSTCODE_IN = re.compile(r"[0-9][A-Z]{2}")


def _address(span: Span, rules: EntityRules) -> bool:
    """Is the span part of a postal address: a name of two words or more ending in a street's or
    a room's word (schema address_words: "Harbour Road", "Porter Room"; not "Harbour Road Trust",
    nor the hyphened surname "Porter-Lane"),
    or holding the first half of a postcode whose second half follows ("Westby WS7" before "1AB")?"""
    words = [t for t in span if not t.is_punct]
    doc = span.doc
    last = words[-1] if words else None
    if (len(words) >= 2 and last is not None and last.lower_ in rules.address_words and is_cap(last)
            and doc[last.i - 1].whitespace_):
        return True  # a word of its own: "Jane Porter-Lane" is a surname
    return any(_POSTCODE_OUT.fullmatch(t.text) is not None and t.i + 1 < len(doc)
               and _POSTCODE_IN.fullmatch(doc[t.i + 1].text) is not None for t in span)


def _bare_actor(tok: Token, rules: EntityRules) -> bool:
    """Is a capitalised singular word the bare subject of a finite verb of speaking or stance
    ("Harbourlight welcomes the plan", "Harbourlight said")? A common noun in that place takes a
    determiner or a modifier ("The charity welcomes"), so a bare one is a name, even where the
    document also writes the word in lower case (a charity named by a common word, "Harbour")."""
    return (tok.dep_ == "nsubj" and tok.tag_ in ("NN", "NNP", "NNPS") and tok.head.tag_ in ("VBZ", "VBD")
            and tok.head.lemma_.lower() in rules.agent_verbs
            and not any(c.dep_ in ("det", "poss", "amod", "compound", "nummod") for c in children_of(tok)))


def _unit_or_code(tok: Token) -> bool:
    """A capitalised word that measures or files, not names: a unit after a count ("PDF 241 KB",
    "12 MB"; not a year, "in 2021 DfE ...") or a bracketed reference code of capitals and digits
    ("Item 5 (CF&E3)", "(HC 430)")."""
    doc = tok.doc
    prev = doc[tok.i - 1] if tok.i > 0 else None
    if (prev is not None and prev.text.isdigit() and not (len(prev.text) == 4 and prev.text[:2] in ("19", "20"))
            and is_acronym(tok.text) and len(tok.text) <= 3):
        return True
    letters = [ch for ch in tok.text if ch.isalpha()]
    bracketed = (prev is not None and prev.text == "(" and tok.i + 1 < len(doc) and doc[tok.i + 1].text == ")")
    return (bracketed and any(ch.isdigit() for ch in tok.text) and bool(letters)
            and all(ch.isupper() for ch in letters))


_POST_WORDS = 3  # "chief social worker", "head of early help": a post's head soon follows its opener


def _capitalised_post(doc: Doc, start: int, rules: EntityRules) -> bool:
    """Do one or two capitalised words from `start` end in a post's head (schema role_openers)
    before "of", "at" or "for" ("Executive Director of", "General Secretary of", "National Lead
    for")?"""
    for k in range(start + 1, min(len(doc) - 1, start + _POST_WORDS)):
        if not all(doc[j].is_alpha and doc[j].text[:1].isupper() for j in range(start, k + 1)):
            return False
        if doc[k].lower_ in rules.role_openers:
            return doc[k + 1].lower_ in ("of", "at", "for")
    return False


def _post_head_follows(doc: Doc, start: int, rules: EntityRules) -> bool:
    """Does a post's head noun (schema person_heads) end the lower-case words from `start`,
    within a few words ("Isabelle Porter, chief social worker for ...": "worker")?"""
    for k in range(start, min(len(doc), start + _POST_WORDS)):
        tok = doc[k]
        if not tok.is_alpha or not tok.is_lower:
            return False
        if tok.lower_ in rules.person_heads:
            return True
    return False


def _a_proceeding(span: Span, rules: EntityRules) -> bool:
    """Is the name a sitting or step of a bill's passage (schema proceedings_words last:
    "Second Reading", "Report Stage", "Second Reading and Committee Stage", "Royal Assent")? Two
    words or more, no head noun that types it and no year (not "Westby Reading Festival 2024")."""
    words = [t for t in span if not t.is_punct and not t.is_space]
    return (len(words) >= 2 and words[-1].lower_ in rules.proceedings_words and not any(t.like_num for t in words)
            and head_type(span, rules)[0] is None)


def _in_portfolio(span: Span, rules: EntityRules) -> bool:
    """Is the span an item of the remit a role holds: "for" after a role word, then capitalised
    items joined by commas and "and" ("Lead Member for Children, Skills and Early Help")? Not a
    seat ("MP for Westby") and not a body after "for" ("Department for Education")."""
    doc = span.doc
    if span.start < 1 or doc[span.start - 1].text not in (",", "&", "and", "for"):
        return False  # an item opens the remit or follows its separator ("... Protection Jane Porter" does not)
    k = span.start - 1
    while k >= 0 and span.start - k <= 12 and (
            is_cap(doc[k]) or doc[k].text in (",", "&") or doc[k].lower_ in ("and", "'s")):
        k -= 1
    if k < 1 or doc[k].lower_ not in ("for", "of"):
        return False
    if doc[k].lower_ == "of" and not (k + 2 < span.start and doc[k + 2].text == ","
                                      and doc[k + 1].lower_ in rules.generic_words
                                      and head_type(span, rules)[0] != ORGANISATION):
        # "Director of Education, Skills and Work": after "of", a remit opens with a field of
        # work, one generic word and a comma; "Chief Executive of Harbour, ..." names a body,
        # and so does "Head of Policy, Westshire Council" after the field
        return False
    role = doc[k - 1]
    # "Member for Westby" is a seat; "Cabinet Member for Children" (a role word before the
    # member) a portfolio
    seat = role.lower_ in rules.constituency_cues and not (
        k >= 2 and is_cap(doc[k - 2]) and doc[k - 2].lower_ in rules.role_words
        and doc[k - 2].lower_ not in rules.constituency_cues)
    # (a post in sentence case after its capitalised first word: "Executive member for Children")
    titled = is_cap(role) or (k >= 2 and is_cap(doc[k - 2]) and doc[k - 2].lower_ in rules.role_words)
    return titled and role.lower_ in rules.role_words and not seat and role.lower_ not in rules.heads


def _joined_people(name: str, votes: Sequence[tuple[str, float]]) -> bool:
    """Is a name the votes make a person two words joined by "and" or "&" ("Jane and Amir",
    "Porter and Khan")? No one person's name holds a conjunction."""
    totals: dict[str, float] = {}
    for type_, weight in votes:
        totals[type_] = totals.get(type_, 0.0) + weight
    return (max(totals, key=lambda t: (totals[t], t == PERSON)) == PERSON
            and any(w in ("and", "&") for w in name.split()[1:-1]))


def _without_modifying_places(judged: list[_Judged], naming_heads: frozenset[str] = frozenset()) -> list[_Judged]:
    """The judged candidates less the places a document only ever names as a modifier of a
    common noun ("the UK government", "a Westshire general election", "UK-wide"): an
    adjective's use names no place the text is about. A place it names once on its own ("in the
    UK", "Westshire's councils") keeps all its mentions; so does one before a noun of
    `naming_heads` (the place's own kind or its people: "the Westshire region", "Eastby
    families"), which names the place itself."""
    modifying: dict[str, bool] = {}
    for _cand, span, name, votes, kept in judged:
        if kept and name and leading_type(votes) == PLACE:
            key = normalise_key(name)
            modifying[key] = modifying.get(key, True) and _modifies_a_noun(span, naming_heads)
    return [row for row in judged if not (row[2] and leading_type(row[3]) == PLACE
                                          and modifying.get(normalise_key(row[2]), False))]


def _modifies_a_noun(span: Span, naming_heads: frozenset[str] = frozenset()) -> bool:
    """Is the span a compound or adjectival modifier of a common noun in lower case right after
    it ("the UK government", "the Westshire care review")? Not one of a list of places before
    a plural ("Westby, Eastby and Northby councils" names three councils), nor before a noun
    with "a" or "an" ("a Westby church": a thing in the place, which the text locates there),
    nor before a noun of `naming_heads` ("Eastby borough foster carers", "Westshire families")."""
    root = span.root
    head = root.head
    if not (root.dep_ in ("compound", "amod", "nmod") and head.i >= span.end
            and head.pos_ == "NOUN" and head.text.islower()):
        return False
    doc = span.doc
    if span.end < len(doc) and doc[span.end].lower_ in naming_heads:
        return False  # "the Westshire region", "Eastby families": the place itself, or its people
    if any(t.is_punct or t.pos_ in ("CCONJ", "VERB", "AUX", "ADP") for t in doc[span.end : head.i]):
        return False  # "in the United Kingdom - i) ...": the line goes on, no noun phrase
    if any(t.dep_ in ("conj", "cc") for t in span) or any(c.dep_ in ("conj", "cc") for c in children_of(root)):
        return False
    before = doc[span.start - 1] if span.start > 0 else None
    if before is not None and (before.text == "," or before.pos_ == "CCONJ"):
        return False
    return not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in children_of(head))


_NAMED_OFTEN = 3  # a pairing written this many times on a page is the name of something

_NAME_SPELLING = re.compile(r"[^\W\d_]+(?:[ '’.\-\u2010\u2011]+[^\W\d_]+)*\.?")


def _spelt_as_a_name(name: str) -> bool:
    """Is a person's name made of letters, with spaces, hyphens, apostrophes and full stops
    between them ("Jane Doe-Roe", "J. O'Hara"; a hyphen may be U+2010 or U+2011)? No digit, bracket
    or symbol is part of one (a gazetteer's names are not checked)."""
    return _NAME_SPELLING.fullmatch(name) is not None


def _lone_guessed_body(doc: Doc, span: Span, name: str, votes: Sequence[tuple[str, float]], kinds: set[str],
                       rules: EntityRules) -> bool:
    """One capitalised word, no acronym, that only NER's organisation label calls a name (no
    gazetteer entry, cue, head noun, speech, list or other vote) and that the page writes once
    (a line the page repeats, a headline as its title and its heading, counts once):
    a heading's or a menu's word ("Home / Outlook / Reports"), a title's ("A Hope for the
    Harbour"), a term ("Turn on JavaScript"), a surname run into a caption. A body's brand the
    page names again ("Harbourly's mission is ... Harbourly's meetings ...") keeps its NER vote."""
    word = _ner_only_word(span, votes, kinds, ORGANISATION, rules)
    if word is None or is_acronym(word) or not word[:1].isupper() or not any(ch.islower() for ch in word):
        return False
    return _written_once(doc, word)


def _ner_only_word(span: Span, votes: Sequence[tuple[str, float]], kinds: set[str], type_: str,
                   rules: EntityRules) -> str | None:
    """The one word of a span that only NER's label of the type calls a name (no other kind of
    candidate, no other vote), or None."""
    words = [t for t in span if not t.is_punct and not t.is_space]
    if len(words) != 1 or not kinds <= {"name", "ner"} or not votes:
        return None
    if any(t != type_ or w != rules.weights["ner"] for t, w in votes):
        return None
    return words[0].text


def _lone_guessed_person(doc: Doc, span: Span, votes: Sequence[tuple[str, float]], kinds: set[str],
                         rules: EntityRules) -> bool:
    """One capitalised word, no given name (schema first_names) and no acronym, that only NER's
    person label calls a name (no honorific, speech, pronoun, cue or other vote) and that the page
    writes once: a seat on a member's card ("Westby"), a heading's or a status line's word
    ("Revised"), a plural ("Peers"), a participle opening a sentence ("Split over two phases, ...").
    A surname alone is a person where the page writes it again (her full name, "Porter said")
    or something else says so ("Mr Porter", "Porter told ..."); a given name alone ("Jane") keeps its vote."""
    word = _ner_only_word(span, votes, kinds, PERSON, rules)
    if word is None or word in rules.first_names or is_acronym(word) or not word[:1].isupper() \
            or not word[1:].islower():
        return False
    return _written_once(doc, word)


def _written_once(doc: Doc, word: str) -> bool:
    """Does the page write the word (whole, with its capitals) on one line only? A line the page
    repeats counts once."""
    # (a headline the page repeats as its title and its heading is one line written twice)
    # (the matches in text order, line by line, each distinct line's text counted once; it stops
    # at the second counted match: a text without line breaks is one line, read once)
    pattern = re.compile(r"(?<![\w-])" + re.escape(word) + r"(?![\w-])")
    text = text_of(doc)
    seen: set[str] = set()
    line_end, counting, total = -1, False, 0
    for m in pattern.finditer(text):
        if m.start() > line_end:
            line_end = _line_end(text, m.end())
            line = text[text.rfind("\n", 0, m.start()) + 1 : line_end].strip()
            counting = line not in seen
            seen.add(line)
        if counting:
            total += 1
            if total > 1:
                return False
    return True


def _line_end(text: str, at: int) -> int:
    end = text.find("\n", at)
    return len(text) if end < 0 else end


def _singular_subject(span: Span) -> bool:
    """Is a pairing "A and B" followed by a verb in the singular present ("Harbour and Home
    brings together ...", "Harbour and Home is a social enterprise")? Two things would take
    the plural: the pairing is one name."""
    doc = span.doc
    if span.end >= len(doc):
        return False
    verb = doc[span.end]
    return verb.tag_ == "VBZ" and verb.pos_ in ("VERB", "AUX") and not ends_line(doc[span.end - 1])


def _joined_by_guess(name: str, votes: Sequence[tuple[str, float]], kinds: set[str], rules: EntityRules) -> bool:
    """Is a name two capitalised phrases joined by the word "and" that only the statistical NER
    calls an organisation, with no head noun, cue, list or gazetteer entry ("Safety and
    Security", "Social Care and Regulation" after a post, "Harbour Home and Westby Grove")? A
    pairing of fields or of two bodies, not one body's name; a firm's name closes with its legal
    word ("Porter and Co"), a body's with its head noun ("Children and Families Board"), and a
    place's pairing ("Westby and Eastby") is no organisation. "&" is left alone: firms write it."""
    words = name.split()
    if "and" not in words[1:-1] or words[-1].lower() in rules.legal_suffixes:
        return False
    ner = rules.weights["ner"]
    if not votes or any(type_ != ORGANISATION or weight != ner for type_, weight in votes):
        return False  # a head noun, a cue or a given name votes with a weight of its own
    return kinds <= {"name", "ner", "agent", "speech"}  # acting or speaking makes no pairing one body


def _on_a_venue_line(doc: Doc, start: int, rules: EntityRules) -> bool:
    """Does the token at `start` stand on a line a venue's label opens ("Venue: ...", schema
    venue_labels), after its colon, within the venue and its address? These end at "by" or at a
    comma's part opening in lower case ("Location: Online via Teams, hosted by Jane Porter",
    "Venue: Westby Carers Centre, run by Harbour Care": who hosts or runs it is named there)."""
    line = line_opening(doc, start)
    if line is None:
        return False
    for k in range(line, min(start, line + 3)):
        if doc[k].text == ":":
            if " ".join(t.lower_ for t in doc[line:k]) not in rules.venue_labels:
                return False
            return not any(doc[j].lower_ == "by" or (
                doc[j].text == "," and doc[j + 1].is_alpha and doc[j + 1].is_lower) for j in range(k + 1, start))
    return False


def _bare_given_name(span: Span, rules: EntityRules) -> bool:
    """Is the span one word, a common given name (schema first_names: "Amanda", "Ben")?"""
    words = [t for t in span if not t.is_punct and not t.is_space]
    return len(words) == 1 and words[0].text in rules.first_names


def _labelled_person(doc: Doc, start: int, end: int, rules: EntityRules, places: _Places | None = None) -> bool:
    """Is the name of two or three capitalised words right after a line's label and its colon, a
    label of schema person_labels ("Contact: Jane Porter", "Report author: Jane Porter")? Not a
    body's or a post's words ("Contact: Democratic Services", "Contact: Scrutiny Officer"), nor
    a name with a place in it ("Contact: Healthwatch Kent", "Adoption Westshire": a local body)
    unless it opens with a common given name ("Contact: Jane Kent")."""
    if start < 2 or doc[start - 1].text != ":":
        return False
    line = line_opening(doc, start - 1)   # (the colon's line: never None)
    label = " ".join(t.lower_ for t in doc[line : start - 1])
    words = [t for t in doc[start:end] if not t.is_space]
    if places is not None and words and words[0].text not in rules.first_names and (
            places.starts_between(start, end) or any(t.text in places.words for t in words)):
        return False
    return label in rules.person_labels and 2 <= len(words) <= 3 and all(
        t.is_alpha and is_cap(t) and t.lower_ not in rules.generic_words and t.lower_ not in rules.role_words
        and t.lower_ not in rules.heads for t in words)


def _paired_remit(span: Span) -> bool:
    """Are a span's capitalised words two phrases joined by a lower-case "and" ("Policy and
    Planning", "Transformation and Partnerships")? After a post and "of", the post's remit."""
    words = [t for t in span if not t.is_punct]
    return len(words) >= 3 and any(t.text == "and" for t in words[1:-1]) and all(
        is_cap(t) or t.text == "and" for t in words)


def _shouted_decision(span: Span) -> bool:
    """Does a name in ordinary capitals close with a word in capitals that a past tense ends
    ("Committee NOTED", "Board AGREED": minutes print their decisions so)? An acronym ends in
    no "-ED" of four letters or more, and a name in capitals throughout is a heading."""
    words = [t for t in span if t.is_alpha]
    if len(words) < 2:
        return False
    last = words[-1].text
    return (last.isupper() and len(last) >= 4 and last.endswith("ED")
            and any(t.text[:1].isupper() and not t.text.isupper() for t in words[:-1]))


def _address_form(words: list[str], rules: EntityRules) -> bool:
    """Is the name a form of address (schema address_forms: "Friend the Member for Westby",
    "Gentleman", "Lady" alone), which names no one by name? Not "Lady Porter": a title and a
    name."""
    return bool(words) and words[0] in rules.address_forms and (len(words) == 1 or words[1] == "the")


def _a_role_or_order(span: Span, rules: EntityRules) -> bool:
    """Is the name headed by a post's noun (schema person_heads: "Virtual School Head", "Project
    Worker", "Head of Service", "Minister for Westby Affairs") or a court order's kind (order_heads:
    "Interim Care Orders")? Its head is its last word, or the word before its first "of"/"for";
    a head noun of a body or a text anywhere there says a name ("Association of Directors",
    "Westby Order 2024" has a year, "Jane Porter" a given name; "HFT Officer" opens with a
    body's acronym)."""
    cut = next((t.i for t in span if t.text == "("), span.end)  # "Minister for Westby (2019-2021)"
    words = [t for t in span.doc[span.start : cut] if not t.is_punct and not t.is_space]
    if not words or words[0].text in rules.first_names or head_type(span.doc[span.start : cut], rules)[0] is not None:
        return False
    if is_acronym(words[0].text) and len(words) > 1:
        return False  # "HFT Officer for Policy": the body's acronym opens the post, which the
        # relations read for where its holder works
    if any(t.like_num for t in words):
        return False  # "The Westby Order 2024": an instrument's title
    heads = [words[-1]] + [words[k - 1] for k in range(1, len(words)) if words[k].lower_ in ("of", "for")][:1]
    return any(t.lower_ in rules.person_heads or t.lower_ in rules.order_heads for t in heads)


def _capitals_acronym(text: str) -> bool:
    """Three to five capital letters and nothing else ("NCER", "ADCS"; not "Jo", "Ali")."""
    return 3 <= len(text) <= 5 and text.isalpha() and text.isupper()


def _imperative_and_object(span: Span, rules: EntityRules) -> bool:
    """Is the span a verb in the base form opening a line or an item, a plural noun after it and
    the verb's second complement after that ("- Allow Councils to open ...", "Give Councils more
    powers")? A name of such a verb goes on ("Teach First" is no plural, "Step Up to Social Work"
    has more words); a name a verb follows ("Harbour Homes said ...") is a body's."""
    doc = span.doc
    if len(span) != 2 or span.end >= len(doc):
        return False
    verb, noun, after = span[0], span[1], doc[span.end]
    opens = verb.i == 0 or ends_line(doc[verb.i - 1]) or doc[verb.i - 1].text in ("-", "\u2022", "*")
    return (opens and verb.tag_ == "VB" and not rules.heads.get(verb.lower_) and noun.tag_ in ("NNS", "NNPS")
            and noun.lower_.endswith("s") and (after.lower_ == "to" or after.tag_ in ("JJ", "JJR", "DT", "CD", "PRP$")))


def _plural_post(span: Span, rules: EntityRules) -> bool:
    """Does a name of two words or more end in a post's noun in the plural ("Westshire County
    Councillors", "Harbour Trust Trustees")? Never a given name before it alone ("Jane Members")."""
    words = [t for t in span if t.is_alpha]
    if len(words) < 2 or words[0].text in rules.first_names:
        return False
    last = words[-1]
    return (last.lower_.endswith("s") and not last.lower_.endswith("ss")
            and last.lower_[:-1] in rules.role_openers | rules.honorifics | rules.person_heads)


def _before_a_stamp(span: Span, rules: EntityRules) -> str:
    """The span's text without a time stamp's word its last word runs into ("Jane PorterPublished"
    -> "Jane Porter"): a byline and the line after it joined."""
    last = span[-1].text if len(span) else ""
    for k in range(2, len(last) - 3):
        if last[k].isupper() and last[k - 1].islower() and last[k:].lower() in rules.stamp_words:
            return span.text[: len(span.text) - (len(last) - k)]
    return span.text


def _glued(word: str) -> bool:
    """A lower-case word of three letters or more run into a capitalised one ("allEducation")."""
    k = 0
    while k < len(word) and word[k].islower():
        k += 1
    return 3 <= k < len(word) and word[k].isupper()


_RUN_TOGETHER = re.compile(r"[A-Z][a-z]{3,}[A-Z][a-z]")


def _run_together(word: str) -> bool:
    """A capitalised word of three lower-case letters or more run into the next capitalised word
    ("DebateJane", "HallWestminster", "ProgrammeSeptember"): a page's line or field boundary lost.
    A surname's prefix of one or two letters keeps its inner capital ("McDonald", "MacKinnon")."""
    return _RUN_TOGETHER.match(word) is not None


def _named_by(doc: Doc, before: Token, rules: EntityRules) -> Token | None:
    """The lower-case class noun a name is given to: "the programme, known (locally) as X",
    "a charity called X" -> "programme", "charity"; None without a naming verb."""
    verb = None
    if before.lower_ == "as":
        for k in range(before.i - 1, max(-1, before.i - 5), -1):
            tok = doc[k]
            if tok.is_punct:
                break
            if tok.tag_ == "VBN" and tok.lemma_.lower() in rules.naming_verbs:
                verb = tok
                break
    elif before.lemma_.lower() in rules.naming_verbs and before.lemma_.lower() != "know":
        verb = before  # "a charity called X" (not "known X")
    if verb is None:
        return None
    if verb.dep_ == "acl":
        noun = verb.head
    else:
        noun = next((c for c in children_of(verb) if c.dep_ == "nsubjpass"), None)
    if noun is None or noun.pos_ != "NOUN" or not noun.text.islower():
        return None
    return noun


class _Places:
    """The (start, end) token spans of the document's place names, indexed by start and by end."""

    def __init__(self, spans: frozenset[tuple[int, int]] = frozenset(), doc: Doc | None = None) -> None:
        self.starts = sorted({a for a, _b in spans})
        # the words the document names a place by alone ("Kent", "Westshire")
        self.words = frozenset(doc[a].text for a, b in spans if b == a + 1) if doc is not None else frozenset()
        self.by_start: dict[int, list[int]] = {}
        self.by_end: dict[int, list[int]] = {}
        for a, b in spans:
            self.by_start.setdefault(a, []).append(b)
            self.by_end.setdefault(b, []).append(a)

    def start_inside(self, start: int, end: int) -> int | None:
        """The first start of a place that ends at `end` and starts after `start`."""
        return min((a for a in self.by_end.get(end, ()) if a > start), default=None)

    def starts_between(self, start: int, end: int) -> bool:
        """Does a place start at a token in [start, end)?"""
        k = bisect_left(self.starts, start)
        return k < len(self.starts) and self.starts[k] < end

    def end_from(self, start: int) -> int | None:
        """The end of the longest place starting at `start`."""
        return max(self.by_start.get(start, ()), default=None)


def _context_votes(doc: Doc, cand: Candidate, rules: EntityRules,
                   places: _Places | None = None) -> list[tuple[tuple[str, float], str]]:
    """Votes from the words around a name (each with its kind): cue words after or before
    it, honorifics, a known first name."""
    toks = tokens_of(doc)
    votes: list[tuple[tuple[str, float], str]] = []
    across_acronym = False  # a cue read across "(ACR)" names the whole name's kind
    after = _next_word(doc, cand.end)
    if after is not None and after.text == ")" and cand.start > 0 and toks[cand.start - 1].text == "(":
        after = _next_word(doc, after.i + 1)  # "the Harbour Families (HF) programme"
    elif (after is not None and after.text == "(" and after.i + 3 < len(doc) and toks[after.i + 2].text == ")"
            and is_acronym(toks[after.i + 1].text)):
        after = _next_word(doc, after.i + 3)  # "the Harbour Families Partnership (HFP) programme"
        across_acronym = True
    span = span_of(doc, cand.start, cand.end)
    own_head = head_type(span, rules)[0]
    if after is not None and after.text == "," and after.i + 2 < len(doc) and toks[after.i + 1].lower_ in ("the", "a", "an"):
        # an apposition naming what it is: "Become, the charity for children in care",
        # "Harbour, the leading family charity", "Jane Porter, the chief executive"
        head = _apposition_head(doc, after.i + 2, cand)
        if head is not None and head.text.islower():
            type_ = rules.cues_after.get(head.lower_)
            if type_ and type_ != PERSON:
                votes.append(((type_, rules.weights["cue"]), "cue"))
            elif type_ is None and head.lower_ in rules.role_words and head.pos_ == "NOUN":
                votes.append(((PERSON, rules.weights["cue"]), "cue"))
    if (after is not None and after.text in (",", "(") and after.i + 1 < len(doc)
            and own_head in (None, PERSON) and not any(t.like_num for t in span)
            and toks[after.i + 1].lower_ not in rules.role_openers and len(span) >= 2
            and _capitalised_post(doc, after.i + 1, rules)):
        # "Jane Okafor, Executive Director of Harbour", "Tom Roe, National Lead for ...": a post
        # in capitals whose head (a role opener) follows a word of its own, in apposition
        votes.append(((PERSON, rules.weights["cue"]), "cue"))
    if (after is not None and after.text in (",", "(") and after.i + 1 < len(doc)
            and toks[after.i + 1].lower_ in rules.role_openers and own_head in (None, PERSON)
            and not any(t.like_num for t in span)):
        # "Nadia Brook, Head of Early Help", "Jane Porter (Chief Executive, Harbour)": a role
        # in apposition without an article
        nxt = toks[after.i + 2] if after.i + 2 < len(doc) else None
        if nxt is None or nxt.lower_ in ("of", "at", "for", ",", ")") or nxt.lower_ in rules.role_words \
                or nxt.lower_ in rules.role_openers or _post_head_follows(doc, after.i + 2, rules):
            votes.append(((PERSON, rules.weights["cue"]), "cue"))
        elif (toks[after.i + 1].text.islower() and nxt.is_alpha and nxt.text.islower() and 2 <= len(span) <= 3
              and all(t.is_alpha and not t.ent_type_ for t in span)):
            # "Isabelle Okoro, chief social worker for England": a post in lower case after a
            # name of two or three words nothing else knows
            votes.append(((PERSON, rules.weights["cue"]), "cue"))
    if after is not None:
        type_ = rules.cues_after.get(after.lower_)
        if type_ and type_ != PERSON and own_head not in (None, type_) and (
                not across_acronym or (own_head == ORGANISATION and type_ == PUBLICATION)):
            type_ = None  # "the Harbour Trust report", "the Harbour Authority (HA) report": the body's report
        if type_ == PUBLICATION and _web_address(span.text, rules):
            type_ = None  # "the WESTSHIRE.GOV.UK guidance": the site it is on, no title
        if type_ and after.text.islower():
            if type_ == PERSON and _in_a_statement(doc, after.i + 1):
                # "Harbour Homes said in a statement": a body speaks through statements
                votes.append(((ORGANISATION, rules.weights["cue"]), "cue"))
            elif type_ == PERSON:
                votes.append(((type_, rules.weights.get("speech", 1.5)), "speech"))
            else:
                votes.append(((type_, rules.weights["cue"]), "cue"))
        elif (type_ is None and own_head is None and after.text.islower()
              and not any(t in (PERSON, PLACE) for t, _ in cand.votes)):
            cue = _initiative_after_modifiers(doc, after.i, rules)
            if cue is not None:
                # "its Bright Futures mentoring scheme": the scheme's name, its modifiers between
                votes.append(((INITIATIVE, rules.weights["cue"]), "cue"))
    before = _prev_word(doc, cand.start)
    if before is not None:
        if before.lower_.rstrip(".") in rules.honorifics and before.text[:1].isupper():
            votes.append(((PERSON, rules.weights["honorific"]), "honorific"))
        elif before.text.islower():
            type_ = rules.cues_before.get(before.lower_)
            # the class noun a naming verb gives the name to ("a charity called X"), once per
            # cue, and only where a naming verb, "as" or a participle reads it
            named = (_named_by(doc, before, rules)
                     if before.lemma_.lower() in rules.naming_verbs or before.lower_ == "as"
                     or (before.pos_ == "VERB" and before.tag_ == "VBN") else None)
            if type_ and any(ends_line(toks[k]) for k in range(before.i, cand.start)):
                # a cue word that ends a heading or a list line is no word of the name that opens
                # the next ("Westshire's plans for carers - report" / "Media Notice: ...")
                type_ = None
            if type_ and before.lemma_.lower() in rules.naming_verbs:
                # "a website called X" is no title, "a charity called X" a body: a noun named that
                # is a web medium or of another kind decides ("a memoir called X" stays a title)
                if named is not None and (named.lower_ in rules.web_media
                                          or rules.cues_after.get(named.lower_) not in (None, type_)):
                    type_ = None
            if type_ == PERSON and 2 <= cand.end - cand.start <= 3 and all(
                    t.is_alpha and is_cap(t) for t in toks[cand.start : cand.end]):
                votes.append(((PERSON, rules.weights["cue"]), "cue"))  # "his wife Akshata Murty": a relative
            elif type_ and type_ != PERSON and before.lower_ not in ("at", "of"):
                votes.append(((type_, rules.weights["cue"]), "cue"))
            elif (type_ and before.lower_ in ("at", "of") and _is_role_phrase(doc, before.i, rules)
                  and not (before.lower_ == "of" and cand.end - cand.start == 1
                           and (toks[cand.start].lower_.endswith("ing") or toks[cand.start].lower_ in rules.generic_words))
                  and not (before.lower_ == "of" and own_head is None and _paired_remit(span))):
                # not "Head of Safeguarding", "Director of Commissioning", "Director of People": a
                # field of work, no body; nor "Director of Policy and Planning", "Head of Business
                # Management and Challenge": two fields joined, with no head noun of a body
                votes.append(((type_, rules.weights["cue"]), "cue"))
            if before.lower_ == "as" or (before.pos_ == "VERB" and before.tag_ == "VBN"):
                type_ = rules.cues_after.get(named.lower_) if named is not None else None
                if type_ and type_ != PERSON:
                    votes.append(((type_, rules.weights["cue"]), "cue"))
            if before.lower_ == "of" and before.i > 0:
                owner = rules.cues_of.get(toks[before.i - 1].lower_)
                if owner:
                    votes.append(((owner, rules.weights["cue"]), "cue"))
    first = toks[cand.start]
    if first.lower_.rstrip(".") in rules.honorifics and cand.end - cand.start > 1:
        votes.append(((PERSON, rules.weights["honorific"]), "honorific"))
    if own_head is None and _labelled_person(doc, cand.start, cand.end, rules, places):
        # "Contact: Jane Porter", "Report author: Jane Porter": a meeting page's label of a person
        votes.append(((PERSON, rules.weights["cue"]), "cue"))
    root = span.root
    # a title opening with a capitalised gerund parses as the verb's complement ("published
    # Keeping Homes Warm")
    title_gerund = root.dep_ == "xcomp" and root.tag_ == "VBG" and root.i == cand.start and is_cap(root)
    if (root.dep_ in ("dobj", "nsubjpass") or title_gerund) and root.head.lemma_.lower() in rules.object_cues:
        # "launching a Call for Advice", "the scheme was piloted": what is launched or run
        votes.append(((rules.object_cues[root.head.lemma_.lower()], rules.weights["object"]), "object"))
    else:
        # "the Harbour Survey, to be published in May", "the Open Doors pilot, funded by ..."
        verb = next((c for c in children_of(root) if c.dep_ in ("acl", "relcl") and c.tag_ == "VBN"
                     and c.i >= cand.end and c.lemma_.lower() in rules.object_cues), None)
        if verb is None and after is not None and after.text == ",":
            verb = _participle_after(doc, after.i + 1, rules)  # the parse may attach it elsewhere
        if verb is not None:
            votes.append(((rules.object_cues[verb.lemma_.lower()], rules.weights["object"]), "object"))
    if after is not None and after.lower_ in ("'s", "'", "\u2019s", "\u2019") and after.i + 1 < len(doc):
        role = toks[after.i + 1]
        if role.text.islower() or role.lower_ in rules.staff_roles:
            if role.lower_ in rules.staff_roles and own_head != PUBLICATION:
                # "Harbour's director", "Harbour's chief executive": an organisation's staff
                # (not "the Westshire Review's chair": a review has a chair, and stays a text)
                votes.append(((ORGANISATION, rules.weights["cue"]), "cue"))
            elif _unit_after(doc, after.i + 1, rules):
                # "Harbour Lane's employment team": a part of an organisation
                votes.append(((ORGANISATION, rules.weights["cue"]), "cue"))
    listed = _class_of_list(doc, cand.start, rules)
    if listed is not None and not (listed == ORGANISATION and any(t == PERSON and w != rules.weights["ner"]
                                                                  for t, w in cand.votes)):
        # "charities (Harbour Aid, Marlowe's and Kestrel)", "councils such as Westby and Eastby":
        # an item of a list a plural class noun introduces is of that class (Hearst 1992)
        votes.append(((listed, rules.weights["cue"]), "cue"))
    if root.dep_ == "nsubj" and root.head.lemma_ == "be":
        # "Harbour is a charity ...", "The Barometer is the only annual survey ...": what the
        # copula says the name is
        attr = next((c for c in children_of(root.head) if c.dep_ == "attr" and c.i > root.i), None)
        if attr is not None and attr.text.islower():
            type_ = rules.cues_after.get(attr.lower_)
            if type_ and type_ != PERSON:
                votes.append(((type_, rules.weights["cue"]), "cue"))
            elif type_ is None and attr.lower_ in rules.role_openers:
                votes.append(((PERSON, rules.weights["cue"]), "cue"))
    pronoun = _next_pronoun(doc, cand) if root.dep_ in ("nsubj", "nsubjpass") else None
    if pronoun in _PERSONAL:
        # "Jane Porter said she ...", "Porter welcomed it and said he ..."
        votes.append(((PERSON, rules.weights["pronoun"]), "pronoun"))
    elif pronoun == "its":
        # "Harbourlight said its staff ...": a body
        votes.append(((ORGANISATION, rules.weights["pronoun"]), "pronoun"))
    if _is_agent(root, rules) and (not cand.votes or any(t == PLACE for t, _ in cand.votes)) \
            and not any(t == PERSON for t, _ in cand.votes) \
            and not any(t == PERSON for (t, _w), _k in votes):
        # "Harbour UK praises the plan", "published by Harbour UK": an actor, not a place
        votes.append(((ORGANISATION, rules.weights["agent"]), "agent"))
    places = places if places is not None else _Places()
    place_start = places.start_inside(cand.start, cand.end)
    if (place_start is not None and toks[cand.start].lower_ not in rules.place_modifiers
            and toks[cand.start].tag_ != "VBG" and is_cap(toks[place_start - 1])
            and not places.starts_between(cand.start, place_start)):
        # "Harbour Care UK", "Harbour England": a body's national branch, not a place
        votes.append(((ORGANISATION, rules.weights["head"]), "head"))
    if _after_a_role_in_apposition(doc, cand.start, cand.end, rules):
        # "Helen Okoro, Partner, Harbour Lane.": the body a person's role is at
        votes.append(((ORGANISATION, rules.weights["cue"]), "cue"))
    if _member_before_seat(doc, cand.end, rules):
        # "Jane Porter (Westby North) (Lab)", a member's name card: the name is the member's
        votes.append(((PERSON, rules.weights["cue"]), "cue"))
    if _seat_before_party(doc, cand.start, cand.end, rules) or seat_after_party(doc, cand.start, cand.end, rules):
        # "Jane Porter (Westby North) (Con)", "Jane Porter (Labour - Westby North)": a member's seat
        votes.append(((PLACE, rules.weights["cue"]), "cue"))
    if before is not None and before.lower_ in rules.place_prepositions and after is not None \
            and after.text == "," and cand.end - cand.start <= 3 and _place_follows(doc, after.i + 1, places):
        # "in Westby, Surrey": a place qualified by its county
        votes.append(((PLACE, rules.weights["cue"]), "cue"))
    words = [t for t in tokens_of(doc)[cand.start : cand.end] if not t.is_punct]
    if (2 <= len(words) <= 4 and words[0].text in rules.first_names and all(is_cap(t) for t in words)
            and head_type(span, rules)[0] in (None, PERSON)):
        # not "Jane Porter Foundation": a head noun names what the name is
        votes.append(((PERSON, rules.weights["first_name"]), "first_name"))
    elif (len(words) == 2 and len(words[0].text.rstrip(".")) == 1 and words[0].text[0] not in "AIX"
          and words[0].text[0].isupper() and words[1].is_alpha and len(words[1].text) > 1 and is_cap(words[1])
          and rules.heads.get(words[1].lower_) is None):
        # "P Quinn", "T. Wright": an initial and a surname, as minutes and lists name people (not
        # "X Close": a page's close button)
        votes.append(((PERSON, rules.weights["first_name"]), "first_name"))
    return votes


_LIST_WORDS = frozenset({",", "and", "or", "&", "the", "'s", "\u2019s", "'", "\u2019"})


def _class_of_list(doc: Doc, start: int, rules: EntityRules) -> str | None:
    """The type of the plural class noun that introduces the list a name at `start` is an item
    of: "<nouns> (A, B and C)", "<nouns> such as A, B and C", "<nouns>, including A and B",
    "<nouns>: A, B and C", walking back over the items before it (capitalised words, commas,
    "and", "the") on its line and in its sentence; None when no such noun opens the list. A
    noun of members ("members", "partners") may list people and types nothing."""
    toks = tokens_of(doc)
    k = start - 1
    sent_start = sent_at(doc, start).start if doc.has_annotation("SENT_START") else 0
    while k >= max(sent_start, start - 40) and not ends_line(toks[k]):
        tok = toks[k]
        if tok.text in ("(", ":") or (tok.lower_ == "as" and k > 0 and toks[k - 1].lower_ == "such") \
                or tok.lower_ == "including":
            if (tok.text == "(" and k + 2 < len(doc) and toks[k + 2].text == ")" and is_acronym(toks[k + 1].text)
                    and _long_form(doc, k, acronym_core(toks[k + 1].text), rules.connectives | {"a", "an", "the"})):
                return None  # "the director of children's services (DCS)": the acronym of the words before
            j = k - 2 if tok.lower_ == "as" else k - 1
            if j >= 0 and toks[j].text == ",":
                j -= 1
            if j < 0:
                return None
            noun = toks[j]
            type_ = rules.list_cues.get(noun.lower_)
            if (type_ is None or not noun.text.islower() or not noun.lower_.endswith("s")
                    or noun.lower_ in rules.staff_roles or noun.lower_.rstrip("s") in ("member", "partner")):
                return None
            return type_
        if not (is_cap(tok) or tok.lower_ in _LIST_WORDS or tok.lower_ in rules.connectives):
            return None
        k -= 1
    return None


def _initiative_after_modifiers(doc: Doc, i: int, rules: EntityRules) -> Token | None:
    """The lower-case initiative noun that ends a noun phrase after one or two lower-case
    modifiers at i ("mentoring scheme", "family support programme"), if any."""
    for k in range(i + 1, min(len(doc), i + 3)):
        tok = doc[k]
        if not all(t.text.islower() and t.is_alpha and not t.is_stop for t in tokens_of(doc)[i:k]):
            return None
        if rules.cues_after.get(tok.lower_) == INITIATIVE and tok.text.islower():
            nxt = doc[k + 1] if k + 1 < len(doc) else None
            if nxt is not None and nxt.text.islower() and nxt.is_alpha and nxt.pos_ == "NOUN":
                return None  # the phrase goes on: "... programme board" names something else
            return tok
    return None


def _after_a_role_in_apposition(doc: Doc, start: int, end: int, rules: EntityRules) -> bool:
    """Does the span close an apposition of a role and a body after a person ("Helen Okoro,
    Partner, Harbour Lane." / "(Chief Executive, Harbour Lane)"): a comma and role words
    before it, a comma or bracket before them, and the apposition's end right after it?"""
    if start < 3 or doc[start - 1].text != ",":
        return False
    k = start - 2
    while k >= 0 and (doc[k].lower_ in rules.role_words or doc[k].lower_ in rules.role_openers):
        k -= 1
    if k == start - 2 or k < 1 or doc[k].text not in (",", "("):
        return False
    if not any(doc[m].lower_ in rules.role_openers for m in range(k + 1, start - 1)):
        return False  # "Portfolio Holder for Children, Education, Skills": a remit's items, no job
    return end >= len(doc) or doc[end].text in (".", ",", ")", ";") or ends_line(doc[end - 1])


def _member_before_seat(doc: Doc, end: int, rules: EntityRules) -> bool:
    """Does a bracketed seat and a bracketed party tag follow a name ending at `end`, as a
    parliamentary record's name card prints a member ("Jane Porter (Westby North) (Lab)")?"""
    if end + 3 >= len(doc) or doc[end].text != "(" or ends_line(doc[end - 1]):
        return False
    close = next((k for k in range(end + 2, min(len(doc), end + 9)) if doc[k].text == ")"), None)
    return close is not None and all(is_cap(t) or t.lower_ in rules.connectives or t.text in ("-", ",")
                                     for t in doc[end + 1 : close]) and _seat_before_party(doc, end + 1, close, rules)


def _seat_before_party(doc: Doc, start: int, end: int, rules: EntityRules) -> bool:
    """Is the span bracketed after a name and followed by a bracketed party tag, as parliamentary
    records name a member ("Jane Porter (Westby North) (Con)")?"""
    if start < 2 or end + 2 >= len(doc) or doc[start - 1].text != "(" or not is_cap(doc[start - 2]):
        return False
    if doc[end].text == ")" and doc[end + 1].text == "(":
        party = end + 2    # "(Westby North) (Con)"
    elif doc[end].text == ",":
        party = end + 1    # "(Westby North, Liberal Democrat)"
    else:
        return False
    close = next((k for k in range(party, min(len(doc), party + 7)) if doc[k].text == ")"), None)
    return close is not None and doc[party:close].text.lower() in rules.party_tags


def _unit_after(doc: Doc, i: int, rules: EntityRules) -> bool:
    """Do one or two lower-case modifiers at i, no function words, end in a noun for a part of
    an organisation ("employment team", "public law practice")? A bare "team" may be a person's
    ("Jane Porter's team"), and so may "her own team" or "the plan for the team"."""
    for k in range(i + 1, min(len(doc), i + 4)):
        tok = doc[k]
        if tok.lower_ in rules.unit_nouns and tok.text.islower():
            return all(t.text.islower() and t.is_alpha and not t.is_stop for t in doc[i:k])
        if not (tok.text.islower() and tok.is_alpha):
            return False
    return False


_PERSONAL = frozenset({"he", "she", "his", "him", "himself", "herself"})
_OTHER = frozenset({"it", "its", "they", "their", "them", "we", "our", "i", "my", "her", "hers"})


def _next_pronoun(doc: Doc, cand: Candidate) -> str | None:
    """The first pronoun after a subject name, in its sentence or the next and before any other
    name, if it is a third-person one ("he", "its"...); None otherwise."""
    span = span_of(doc, cand.start, cand.end)
    limit = span_sent(span).end
    if limit < len(doc):
        limit = sent_at(doc, limit).end
    for tok in tokens_of(doc)[cand.end : limit]:
        if tok.pos_ == "PROPN" or (is_cap(tok) and not tok.is_sent_start and tok.is_alpha and tok.lower_ != "i"):
            return None
        if tok.pos_ == "PRON" or tok.tag_ == "PRP$":
            if tok.lower_ == "its" and any(t.tag_ == "NN" for t in doc[cand.end : tok.i]):
                return None  # "X considers the report's findings and its ...": a thing nearer may own it
            if tok.lower_ in _PERSONAL or tok.lower_ in _OTHER:
                return tok.lower_
    return None


_PARTICIPLE_LEAD = frozenset({"to", "be", "been", "being", "which", "that", "was", "is", "will", "has",
                              "recently", "first", "newly", "just", "soon"})


def _participle_after(doc: Doc, i: int, rules: EntityRules) -> Token | None:
    """A participle of a publishing or launching verb opening the clause at i ("..., to be
    published in June", "..., which was launched in May")."""
    for tok in tokens_of(doc)[i : i + 4]:
        if tok.tag_ == "VBN" and tok.lemma_.lower() in rules.object_cues:
            return tok
        if tok.lower_ not in _PARTICIPLE_LEAD:
            return None
    return None


def _in_a_statement(doc: Doc, i: int) -> bool:
    """Do the words at i read "in a statement" / "in a press release"?"""
    words = [t.lower_ for t in doc[i : i + 4]]
    return len(words) >= 3 and words[0] == "in" and words[1] in ("a", "its", "their", "the") \
        and words[2] in ("statement", "press", "release", "briefing")


def _is_agent(root: Token, rules: EntityRules) -> bool:
    """Is the name the actor of a verb of speaking, stance or making ("X praises", "X has
    welcomed", "published by X")?"""
    if root.dep_ == "nsubj":
        return root.head.lemma_.lower() in rules.agent_verbs
    if root.dep_ == "pobj" and root.head.dep_ == "agent":
        verb = root.head.head
        return verb.lemma_.lower() in rules.agent_verbs or verb.lemma_.lower() in rules.object_cues
    return False


def _place_follows(doc: Doc, i: int, places: _Places) -> bool:
    """Does a place name (by the gazetteer or NER), and nothing more, stand at token i
    ("..., Surrey, in ...")?"""
    end = places.end_from(i)
    if end is None or not is_cap(doc[i]):
        return False
    return end == len(doc) or doc[end].is_punct or ends_line(doc[end - 1])


def _apposition_head(doc: Doc, i: int, cand: Candidate) -> Token | None:
    """The head noun of an apposition starting at token i ("the leading family charity"):
    the first token within five that the parse attaches to the name as `appos`."""
    for k in range(i, min(len(doc), i + 5)):
        tok = doc[k]
        if tok.is_punct or ends_line(tok):
            return None
        if tok.dep_ == "appos" and cand.start <= tok.head.i < cand.end:
            return tok
    return None


def _is_role_phrase(doc: Doc, i: int, rules: EntityRules) -> bool:
    """"... chief executive at X", "director of X": a role word just before the preposition, or
    a post with a remit of one word ("chair of trustees at X", "head of policy at X")."""
    if i > 0 and (doc[i - 1].lower_ in rules.role_words or doc[i - 1].lemma_.lower() in rules.role_words):
        return True
    return (i > 2 and doc[i].lower_ == "at" and doc[i - 2].lower_ == "of" and doc[i - 1].is_lower
            and doc[i - 3].lower_ in rules.role_words)


def _next_word(doc: Doc, i: int) -> Token | None:
    """The next word after quotes and spaces, in the same paragraph (no blank line between)."""
    toks = tokens_of(doc)
    breaks = toks[i - 1].whitespace_.count("\n") if i > 0 else 0
    while i < len(doc) and (toks[i].text in QUOTES or toks[i].is_space):
        breaks += toks[i].text.count("\n") + toks[i].whitespace_.count("\n")
        i += 1
    return toks[i] if i < len(doc) and breaks < 2 else None


def _web_address(text: str, rules: EntityRules) -> bool:
    """A name written as a web address: its last label one of the schema's web_domains
    ("Westshire.gov.uk", "HARBOUR.ORG")."""
    head, dot, last = text.rpartition(".")
    return bool(dot and head) and last.lower() in rules.web_domains


def _prev_word(doc: Doc, i: int) -> Token | None:
    """The word before quotes, commas and spaces, in the same paragraph: a cue above a blank line
    ("... helped by the pilot" / "Author: Jane Doe") is another paragraph's."""
    toks = tokens_of(doc)
    i -= 1
    breaks = 0
    while i >= 0 and (toks[i].text in QUOTES or toks[i].text == "," or toks[i].is_space):
        breaks += toks[i].text.count("\n") + toks[i].whitespace_.count("\n")
        i -= 1
    if i >= 0:
        breaks += toks[i].whitespace_.count("\n")
    return toks[i] if i >= 0 and breaks < 2 else None
