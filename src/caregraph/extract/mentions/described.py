"""Publications named by description: an author's name, then a lower-case noun of a document
with a modifier or a complement ("Harbour Trust's 2019 manifesto", "the Westshire Panel
report on neglect in care", "the Harbour Authority (HA) market study of care homes").

No title is written, so no capitalised-name voter sees the publication; the description is
its name. The author keeps its own mention inside it (a layer, as proposals are), and the
publication's mention runs from the author's first word to the end of the noun phrase. A
description by the known author of a gazetteer title that shares words with it is that title.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc, Span, Token

from ...core.ontology import ORGANISATION, PUBLICATION
from ...core.records import Mention
from ...core.schema import EntityRules
from ...core.text import canonical_name, is_acronym
from ..syntax import ends_line, span_sent
from .voters import head_type

_POSSESSIVE = frozenset({"'s", "\u2019s", "'", "\u2019"})
# words that end a complement: a clause or a second conjunct starts there
_STOPS = frozenset({"and", "or", "but", "which", "that", "who", "whose", "to", "as", "than", "because"})
_OPENING_QUOTES = frozenset({"'", '"', "\u2018", "\u201c"})
_MAX_MODIFIERS = 4
_MAX_COMPLEMENT = 10


def described_publications(doc: Doc, mentions: Sequence[Mention], rules: EntityRules, *, doc_id: str,
                           sent_index: dict[int, int]) -> list[Mention]:
    """Publication mentions for the descriptions that follow the document's organisation and
    person mentions; none where the noun has neither a modifier nor a complement ("Harbour's
    report" may be any of its reports)."""
    found: list[Mention] = []
    seen: set[tuple[int, int]] = set()
    publications = [m for m in mentions if leading_type(m.votes) == PUBLICATION]
    titles = {m.start for m in publications}
    known = [m for m in publications if m.rule == "gazetteer"]
    signs: dict[str, bool] = {}  # by title: does the page hold a word of its subject (read when first asked)
    for m in mentions:
        if leading_type(m.votes) != ORGANISATION:
            continue  # a person's "review of X" is the review she leads, named elsewhere by its title
        owner = doc.char_span(m.start, m.end, alignment_mode="expand")
        if owner is None or head_type(owner, rules)[0] == PUBLICATION:
            continue  # "the Harbour Review report": a publication's own report is another matter
        sole = _sole_title(m, doc, rules, signs)
        if sole is not None:
            found.extend(_sole_title_mentions(doc, owner, sole, rules, doc_id=doc_id, sent_index=sent_index, seen=seen))
        end = _description_end(doc, owner, rules)
        if end is None or (owner.start, end) in seen or _title_follows(doc, end, titles):
            continue
        seen.add((owner.start, end))
        span = doc[owner.start : end]
        # a description holding a known title ("the Harbour Authority's market study of care
        # homes provision" holding the gazetteer's "market study of care homes") describes that
        # publication: its name (not any publication's: "the Harbour Party 2019 General Election
        # manifesto" is no election)
        held = next((p for p in known if p.start >= owner.end_char and p.end <= span.end_char), None)
        name = held.name if held is not None else _known_authors_title(m, doc[owner.end : end], rules)
        if name is None and sole is not None and _no_words_of_its_own(doc[owner.end : end], rules):
            name = sole  # "a 2019 Harbour Authority report": the author's one known publication
        sent = sent_index.get(span_sent(span).start, 0) if sent_index else 0
        found.append(Mention(doc_id=doc_id, start=span.start_char, end=span.end_char, text=span.text,
                             name=name if name is not None else canonical_name(_without_acronyms(span), rules),
                             votes=((PUBLICATION, rules.weights["cue"]),),
                             rule="described", sent=sent))
    return found


def answer_descriptions(doc: Doc, mentions: Sequence[Mention], rules: EntityRules, *, doc_id: str,
                        sent_index: dict[int, int]) -> list[Mention]:
    """Known answers named by whom and to what ("the Harbour Office's response to the Westshire
    Review", "Harbour Office response to the Review"): a mention of the answer (relations.yaml
    known_relations, RESPONDED_TO with `answered_by`) from the answering body's first word to the
    end of the answered text's mention; the text keeps its own mention inside it."""
    if not rules.answer_titles:
        return []
    found: list[Mention] = []
    for m in mentions:
        answers = [(bodies, answer) for bodies, answered, answer in rules.answer_titles if m.name == answered]
        if not answers:
            continue
        inner = doc.char_span(m.start, m.end, alignment_mode="expand")
        if inner is None:
            continue
        k = inner.start - 1
        if k >= 0 and doc[k].lower_ == "the":
            k -= 1
        if k < 1 or doc[k].lower_ != "to" or doc[k - 1].lower_ not in rules.reply_heads:
            continue
        k -= 2   # the word before the reply's head noun ("response")
        if k >= 0 and doc[k].lower_ in _POSSESSIVE:
            k -= 1
        for bodies, answer in answers:
            start = _body_start(doc, k, bodies)
            if start is None:
                continue
            if start >= 1 and doc[start - 1].lower_ in ("the", "a"):
                start -= 1
            span = doc[start : inner.end]
            if any(ends_line(t) for t in span[:-1]):
                break
            sent = sent_index.get(span_sent(span).start, 0) if sent_index else 0
            found.append(Mention(doc_id=doc_id, start=span.start_char, end=span.end_char, text=span.text, name=answer,
                                 votes=((PUBLICATION, rules.weights["cue"]),), rule="described", sent=sent))
            break
    return found


def subject_descriptions(doc: Doc, mentions: Sequence[Mention], rules: EntityRules, *, doc_id: str,
                         sent_index: dict[int, int]) -> list[Mention]:
    """Known publications named by their subject, with no author and no title: a lower-case noun
    of a document and its "of/on/into" complement that writes, capitalised, two distinctive words
    of one gazetteer publication's forms ("a review into the deaths of Ann Westby and Tom Eastby"
    is the known "National review into the deaths of Ann Westby and Tom Eastby"; "the national
    practice review into the murders of Ann Westby, 6, and ..." too). The words counted are the
    title's distinctive ones, as for a known author's description (not stop words, generic words,
    document nouns, qualifiers), written with a capital on the page as proper nouns: names, not a
    field ("a review of children's social care" names no one review). Not where the complement
    quotes a title ("a report on progress in implementing 'Harbour Safety'"), nor names the
    title or another ("a report on the Harbour Bill" is another text, about the Bill), nor where a
    publication's mention already covers the noun."""
    forms = _subject_forms(rules)
    if not forms:
        return []
    covered = [(m.start, m.end) for m in mentions if leading_type(m.votes) == PUBLICATION]
    found: list[Mention] = []
    n = len(doc)
    for tok in doc:
        k = tok.i
        if not (tok.lower_ in rules.described_nouns and tok.text.islower() and k + 2 < n
                and doc[k + 1].lower_ in ("of", "on", "into") and not ends_line(tok)):
            continue
        if any(a <= tok.idx < b for a, b in covered):
            continue
        end = _complement_end(doc, k, rules)
        if end is None:
            continue
        complement = doc[k + 2 : end]
        if any(t.text in _QUOTES for t in complement):
            continue  # "a report on its progress in implementing 'The Harbour Plan'": a text about a title
        written = {t.lower_ for t in complement if t.is_alpha and t.text[0].isupper() and t.pos_ == "PROPN"
                   and not (t.is_sent_start or ends_line(doc[t.i - 1]))}
        titles = {name for name, distinct in forms if len(written & distinct) >= _SHARED_WORDS}
        if len(titles) != 1:
            continue
        name = next(iter(titles))
        if any(complement.start_char <= m.start < complement.end_char and leading_type(m.votes) == PUBLICATION
               for m in mentions):
            continue  # the complement names a title: a text about it
        span = doc[k:end]
        sent = sent_index.get(span_sent(span).start, 0) if sent_index else 0
        found.append(Mention(doc_id=doc_id, start=span.start_char, end=span.end_char, text=span.text, name=name,
                             votes=((PUBLICATION, rules.weights["cue"]),), rule="described", sent=sent))
    return found


_QUOTES = frozenset({"'", '"', "\u2018", "\u2019", "\u201c", "\u201d"})
_SUBJECT_FORMS: dict[tuple[tuple[str, str, str], ...], tuple[tuple[str, frozenset[str]], ...]] = {}


def _subject_forms(rules: EntityRules) -> tuple[tuple[str, frozenset[str]], ...]:
    """(name, distinctive words) of each form of the gazetteer's publications with two such
    words or more (made once per gazetteer)."""
    found = _SUBJECT_FORMS.get(rules.gazetteer_titles)
    if found is None:
        out = []
        for form, name, type_ in rules.gazetteer_titles:
            if type_ != PUBLICATION:
                continue
            words = frozenset(w for w in form.lower().replace("-", " ").split()
                              if w.isalpha() and len(w) > 1 and w not in STOP_WORDS and w not in rules.generic_words
                              and w not in rules.described_nouns and w not in rules.title_qualifiers)
            if len(words) >= _SHARED_WORDS:
                out.append((name, words))
        found = _SUBJECT_FORMS[rules.gazetteer_titles] = tuple(out)
    return found


def _body_start(doc: Doc, last: int, bodies: frozenset[str]) -> int | None:
    """The first token of one of the bodies' names ending at token `last` (lower case), or None;
    the longest name first, ties alphabetical ("uk government" before "government"), so that the
    span does not hang on the set's order."""
    for body in sorted(bodies, key=lambda b: (-len(b.split()), b)):
        n = len(body.split())
        first = last - n + 1
        if first >= 0 and " ".join(t.lower_ for t in doc[first : last + 1]) == body:
            return first
    return None


def _sole_title(owner: Mention, doc: Doc, rules: EntityRules, signs: dict[str, bool]) -> str | None:
    """The one known publication of the author `owner` names (relations.yaml), where the schema
    gives that title the words of its subject and the page holds one of them ("the Harbour
    Authority" with its one known "Harbour Moorings Study", on a page about moorings); else None."""
    if not rules.sole_title_signs:
        return None
    forms = {owner.name.lower(), owner.text.lower()}
    titles = {title for authors, title, _words in rules.authored_titles if forms & authors}
    if len(titles) != 1:
        return None
    title = next(iter(titles))
    words = next((w for t, w in rules.sole_title_signs if t == title), None)
    if not words:
        return None
    if title not in signs:
        text = doc.text.lower().replace("\u2019", "'")
        signs[title] = any(w in text for w in words)
    return title if signs[title] else None


def _no_words_of_its_own(described: Span, rules: EntityRules) -> bool:
    """Does a description after its author hold only a year, possessives and the nouns by which an
    author names its one known publication ("'s 2019 market study"; not "report on pay")?"""
    return all(_year(t) or t.lower_ in _POSSESSIVE or t.lower_ in rules.sole_title_nouns or t.text in "()"
               or is_acronym(t.text) for t in described)


def _sole_title_mentions(doc: Doc, owner: Span, title: str, rules: EntityRules, *, doc_id: str,
                         sent_index: dict[int, int], seen: set[tuple[int, int]]) -> list[Mention]:
    """The author's one known publication, named by its author and a noun alone: "the Harbour
    Authority report", "the Harbour Authority's review" (from the author's first word to the
    noun), or "a report by the Harbour Authority", "this 2019 report, from the Harbour Authority"
    (the noun alone, before the author's own mention)."""
    n = len(doc)
    spans: list[Span] = []
    k = owner.end
    if _acronym_at(doc, k):
        k += 3
    if k < n and doc[k].lower_ in _POSSESSIVE:
        k += 1
    if (k < n and not ends_line(doc[k - 1]) and doc[k].lower_ in rules.sole_title_nouns and doc[k].lower_ in rules.described_nouns
            and doc[k].text.islower() and not (k + 1 < n and doc[k + 1].lower_ in ("of", "on", "into") and not ends_line(doc[k]))
            and not (k + 1 < n and doc[k + 1].is_alpha and doc[k + 1].text.islower() and doc[k + 1].pos_ in ("NOUN", "PROPN"))):
        spans.append(doc[owner.start : k + 1])
    j = owner.start - 1
    if j >= 0 and doc[j].lower_ == "the":
        j -= 1
    if j >= 1 and doc[j].lower_ in ("by", "from") and not ends_line(doc[j - 1]):
        j -= 1
        if doc[j].text == "," and j >= 1 and not ends_line(doc[j - 1]):
            j -= 1
        noun = doc[j]
        if noun.lower_ in rules.sole_title_nouns and noun.lower_ in rules.described_nouns and noun.text.islower() \
                and j >= 1 and (doc[j - 1].pos_ == "DET" or _year(doc[j - 1])):
            spans.append(doc[j : j + 1])
    out = []
    for span in spans:
        if (span.start, span.end) in seen:
            continue
        seen.add((span.start, span.end))
        sent = sent_index.get(span_sent(span).start, 0) if sent_index else 0
        out.append(Mention(doc_id=doc_id, start=span.start_char, end=span.end_char, text=span.text, name=title,
                           votes=((PUBLICATION, rules.weights["cue"]),), rule="described", sent=sent))
    return out


def _known_authors_title(owner: Mention, described: Span, rules: EntityRules) -> str | None:
    """The title a description names when its owner is the title's known author and the words
    of the description (not the noun of the document) are words of the title's forms ("the
    Harbour Panel report on harbour safety in Westshire" -> the Panel's known "Harbour Safety in
    Westshire"), for one known title only. The words counted are the title's distinctive ones:
    not stop words, the schema's generic words ("social", "care", "children"), document nouns
    or the author's own name's words (over the title's forms); the description shares two of
    them (or the one the title has), or shares two words of any kind and has no word of its own
    but generic ones ("the Harbour Authority's children's social care report" is its known
    "market study of children's social care"; "the Harbour Authority report on the social care
    workforce for children" is not)."""
    forms = {owner.name.lower(), owner.text.lower()}
    words = {t.lower_ for t in described if (t.is_alpha or t.like_num) and not t.is_stop
             and t.lower_ not in rules.described_nouns}
    titles = set()
    for authors, title, title_words in rules.authored_titles:
        if not forms & authors:
            continue
        own = {w for a in authors for w in a.split()}
        distinct = {w for w in title_words if len(w) > 1 and w not in STOP_WORDS and w not in rules.generic_words
                    and w not in rules.described_nouns and w not in own}
        shared = len(words & distinct) >= min(_SHARED_WORDS, len(distinct)) if distinct else False
        # or no word of its own: "the Harbour Authority's children's social care report"
        none_of_its_own = len(words & title_words) >= _SHARED_WORDS and not (
            words - title_words - rules.generic_words - own)
        if shared or none_of_its_own:
            titles.add(title)
    return next(iter(titles)) if len(titles) == 1 else None


_SHARED_WORDS = 2


def _description_end(doc: Doc, owner: Span, rules: EntityRules) -> int | None:
    """The end of a description of a document after its author's name, or None."""
    n = len(doc)
    k = owner.end
    if ends_line(doc[k - 1]):
        return None
    if _acronym_at(doc, k):
        k += 3  # "the Harbour Authority (HA) market study"
    if k < n and doc[k].lower_ in _POSSESSIVE:
        k += 1
        if _acronym_at(doc, k):
            k += 3  # "the Harbour Authority's (HA) market study"
    # a year before the author dates the document as a modifier after it would ("a 2022 Harbour
    # Authority (HA) report", as "the Harbour Authority 2022 report")
    dated = owner.start >= 2 and _year(doc[owner.start - 1]) and doc[owner.start - 2].lower_ in ("a", "an", "the", "this", "its")
    modifiers = 0
    while k < n and not ends_line(doc[k - 1]) and modifiers <= _MAX_MODIFIERS:
        tok = doc[k]
        if tok.lower_ in rules.described_nouns and tok.text.islower():
            break
        if modifiers and tok.lower_ in _POSSESSIVE and _modifier(doc[k - 1]) and k + 1 < n and not ends_line(tok):
            k += 1  # a noun modifier's own possessive: "the Harbour Authority's children's care report"
            continue
        if not (_modifier(tok) or _adjective_of_a_modifier(doc, k, rules)):
            return None
        modifiers += 1
        k += 1
    if k >= n or modifiers > _MAX_MODIFIERS or doc[k].lower_ not in rules.described_nouns \
            or not doc[k].text.islower() or ends_line(doc[k - 1]):
        return None
    noun = doc[k]
    nxt = doc[k + 1] if k + 1 < n and not ends_line(noun) else None
    if nxt is not None and nxt.text.islower() and nxt.is_alpha and nxt.pos_ in ("NOUN", "PROPN"):
        return None  # "the Harbour review meeting": the noun modifies another
    end = _complement_end(doc, k, rules) if nxt is not None and nxt.lower_ in ("of", "on", "into") else None
    if end is None:
        return k + 1 if modifiers or dated else None
    return end


def _without_acronyms(span: Span) -> str:
    """The span's text without its bracketed acronyms ("Harbour Authority (HA) report" ->
    "Harbour Authority report"): the name the description gives, as its other mentions write it."""
    doc = span.doc
    skip = {j for k in range(span.start, span.end) if _acronym_at(doc, k) and k + 2 < span.end for j in (k, k + 1, k + 2)}
    return "".join(t.text_with_ws for t in span if t.i not in skip).strip()


def _acronym_at(doc: Doc, k: int) -> bool:
    """Is a bracketed acronym at `k` ("(HA)")?"""
    return k + 2 < len(doc) and doc[k].text == "(" and doc[k + 2].text == ")" and is_acronym(doc[k + 1].text)


def _year(tok: Token) -> bool:
    return len(tok.text) == 4 and tok.text.isdigit() and tok.text[:2] in ("19", "20")


def _title_follows(doc: Doc, end: int, titles: set[int]) -> bool:
    """Does a publication's title stand right after the description ending at `end` ("the
    Harbour Authority policy paper, Caring Well, Living Well", "its 2019 report 'Left Behind'")?
    The title names the publication; the description only says whose and what kind it is."""
    k = end
    if k < len(doc) and doc[k].text == "," and not ends_line(doc[k - 1]):
        k += 1
    if k < len(doc) and doc[k].text in _OPENING_QUOTES:
        k += 1
    return k < len(doc) and not ends_line(doc[k - 1]) and doc[k].idx in titles


def leading_type(votes: Sequence[tuple[str, float]]) -> str | None:
    """The type with the most weight among a mention's votes (None with no vote)."""
    totals: dict[str, float] = {}
    for type_, weight in votes:
        totals[type_] = totals.get(type_, 0.0) + weight
    return max(totals, key=lambda t: totals[t]) if totals else None


def _modifier(tok: Token) -> bool:
    """A word that may stand between an author and the noun: a year or a noun ("2019",
    "market", "General Election"); no adjective ("its recent report", "the final report"
    refer to a publication named elsewhere), determiner, verb or punctuation."""
    if tok.like_num:
        return _year(tok)
    return tok.is_alpha and not tok.is_stop and tok.pos_ in ("NOUN", "PROPN")


def _adjective_of_a_modifier(doc: Doc, k: int, rules: EntityRules) -> bool:
    """An adjective that qualifies the noun modifier after it, not the document noun ("2019
    general election manifesto"; not "recent report")."""
    tok = doc[k]
    nxt = doc[k + 1] if k + 1 < len(doc) else None
    return (tok.is_alpha and not tok.is_stop and tok.pos_ == "ADJ" and nxt is not None and _modifier(nxt)
            and nxt.lower_ not in rules.described_nouns)


def _complement_end(doc: Doc, noun: int, rules: EntityRules) -> int | None:
    """The end of the "of/on/into" phrase after the noun at `noun`: up to a punctuation mark,
    a conjunction, a relative word or a verb that is no participle, at most ten words; None
    when it is empty."""
    start = noun + 2
    j = start
    while j < len(doc) and j - start < _MAX_COMPLEMENT and not (j > start and ends_line(doc[j - 1])):
        tok = doc[j]
        if tok.is_punct and tok.text not in ("-", "'", "\u2019"):
            break
        if tok.lower_ in _STOPS or (tok.pos_ in ("VERB", "AUX") and tok.tag_ not in ("VBG", "VBN")):
            break  # a clause starts ("... found that"); a participle may qualify the subject
        j += 1
    while j > start and (doc[j - 1].lower_ in rules.connectives or doc[j - 1].lower_ in ("a", "an", "the")
                         or doc[j - 1].is_punct):
        j -= 1
    return j if j > start else None
