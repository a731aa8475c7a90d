"""Issue 16, costs: the indexed look-ups that make extraction linear in a document's length
(whatever its line structure) give what the plain scans they replace gave. Each test compares
the indexed code with a plain reference written here (the scans as they were), on hand-made
texts with and without line breaks; no timing is asserted (`make bench` measures speed)."""

from __future__ import annotations

import copy

import pytest
from hypothesis import given
from hypothesis import strategies as st
from spacy.tokens import Doc

from caregraph.extract.mentions import choose
from caregraph.extract.mentions.choose import _Places
from caregraph.extract.mentions.voters import (
    gazetteer_candidates,
    name_candidates,
    ner_candidates,
    non_entity_tokens,
    quoted_candidates,
)
from caregraph.extract.relations import quotes as quotes_module
from caregraph.extract.relations.context import Quote
from caregraph.extract.relations.quotes import MAX_QUOTE_SENTENCES, _Marks
from helpers import RAW

# --- quotations ---------------------------------------------------------------------------

_OPEN = frozenset({"\u201c", "\u2018", '"', "'"})
_CLOSE = frozenset({"\u201d", "\u2019", '"', "'"})


def _opening(tok) -> bool:
    return tok.text in _OPEN or tok.text[:1] in _OPEN


def _opens_with_quote(doc, start: int, end: int) -> bool:
    first = next((t for t in doc[start:end] if not t.is_space), None)
    return first is not None and _opening(first)


def _plain_quotes(ctx) -> list[Quote]:
    """quotes.find_quotes as it was before its indexes: every look-up a scan of the paragraph,
    and a quotation running to its paragraph's end however long that is."""
    doc = ctx.doc
    speech = ctx.rules.speech_verbs
    if not speech:
        return []
    paragraphs = quotes_module._paragraphs(doc)
    para_of = {i: n for n, (a, b) in enumerate(paragraphs) for i in range(a, b)}
    out = quotes_module._transcript_turns(ctx, paragraphs)
    turns = len(out)
    for verb in doc:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in speech or verb.i not in para_of:
            continue
        if quotes_module.negated(verb):
            continue
        if any(q.start <= verb.i < q.end and not q.reported for q in out[turns:]):
            continue  # the speaker's own words, no attribution
        speakers = tuple(quotes_module.speakers_of(ctx, verb, ("Person", "Organisation")))
        if not speakers:
            continue
        topic = quotes_module._topic(ctx, verb)
        for comp in verb.children:
            if comp.dep_ == "ccomp" and comp.i > verb.i:
                span = [t.i for t in comp.subtree]
                out.append(Quote(min(span), max(span) + 1, speakers, verb.i, topic, reported=True))
        n = para_of[verb.i]
        p_start, p_end = paragraphs[n]
        before = [t for t in doc[p_start : verb.i] if t.text in _CLOSE or t.text[-1:] in _CLOSE]
        # (the mark that opens the paragraph closes nothing)
        opener = next((t.i for t in doc[p_start:p_end] if not t.is_space), p_end)
        before = [t for t in before if t.i > opener]
        if before and _opens_with_quote(doc, p_start, p_end):
            out.append(Quote(p_start, before[-1].i + 1, speakers, verb.i, topic))
            resumed = next((t.i for t in doc[verb.sent.end : p_end] if _opening(t)), None)
            if resumed is not None and verb.sent.end < p_end:
                out.append(Quote(resumed, p_end, speakers, verb.i, topic))
            continue
        # a quotation opening the verb's own sentence inside a paragraph that opened otherwise
        s_start = verb.sent.start
        closed = [t for t in doc[s_start : verb.i] if t.text in _CLOSE or t.text[-1:] in _CLOSE]
        if closed and s_start > p_start and _opens_with_quote(doc, s_start, verb.i):
            first = next(t.i for t in doc[s_start : verb.i] if not t.is_space)
            out.append(Quote(first, closed[-1].i + 1, speakers, verb.i, topic))
            continue
        rest = [t for t in doc[verb.i + 1 : p_end] if not t.is_space]
        start = None
        if len(rest) >= 2 and rest[0].text == ":" and _opening(rest[1]):
            start = rest[1].i
        elif rest and not (rest[-1].text == ":" or verb.sent.end >= p_end or rest[-1].i < verb.sent.end):
            continue
        end = p_end if start is not None else None
        k = n + 1
        while k < len(paragraphs) and _opens_with_quote(doc, *paragraphs[k]):
            if start is None:
                start = paragraphs[k][0]
            end = paragraphs[k][1]
            k += 1
        if start is not None and end is not None and end > start:
            out.append(Quote(start, end, speakers, verb.i, topic))
    return out


def _quotes_of(extractor, monkeypatch, text: str) -> tuple[list[Quote], list[Quote], Doc]:
    """The quotations find_quotes gives for a text, and the plain scan's of the same context."""
    seen: list[tuple[list[Quote], list[Quote], Doc]] = []
    real = quotes_module.find_quotes

    def spy(ctx):
        found = real(ctx)
        seen.append((found, _plain_quotes(ctx), ctx.doc))
        return found

    monkeypatch.setattr("caregraph.extract.relations.find_quotes", spy)
    extractor.process_text(text, doc_id="t")
    assert len(seen) == 1
    return seen[0]


QUOTE_TEXTS = [
    # an attribution closing its paragraph, then quoted paragraphs
    "In response to the final report of the Independent Review of Adult Services, Jane Porter, "
    "Chief Executive at the Harbour Trust, said:\n\n\u2018Too many families are being failed.\n\n"
    "\u2018I am grateful to Helen Marsh for this important review.\u2019\n",
    # "X said: 'A'" inside one paragraph
    "Omar Farouk said: \u201cWe welcome the Fair Futures Strategy. It is overdue.\u201d The plan was "
    "published in May.\n\nNadia Brook said the plan was late.\n",
    # "'A,' said X. 'B.'": a quotation resumed after its attribution
    "\u201cWe welcome the Fair Futures Strategy,\u201d said Omar Farouk, chair of the Harbour Trust. "
    "\u201cIt will help families across Westshire.\u201d\n\nThe Harbour Trust runs ten homes.\n",
    # a response, then a quoted paragraph
    "Jane Porter, Chief Executive at the Harbour Trust, responded to the Fair Futures Report.\n\n"
    "\u201cWe support the ambition of the Fair Futures Report to keep children safe.\u201d\n",
    # a transcript turn and reported speech
    "Jane Porter: I worked for the Harbour Trust for ten years.\n\nOmar Farouk said that the "
    "review was late and that the Harbour Trust had warned of it.\n",
]


def _flat(text: str) -> str:
    """The text as some PDF and HTML extraction gives it: no line breaks."""
    return " ".join(text.split()) + "\n"


@pytest.mark.parametrize("text", [*QUOTE_TEXTS, *map(_flat, QUOTE_TEXTS), "".join(QUOTE_TEXTS),
                                  _flat("".join(QUOTE_TEXTS))])
def test_quotes_are_those_of_the_plain_scan(extractor, monkeypatch, text):
    found, plain, _doc = _quotes_of(extractor, monkeypatch, text)
    assert found == plain


def test_the_hand_made_texts_have_quotations_of_every_kind(extractor, monkeypatch):
    """(So that the comparison above compares something.)"""
    found, _plain, _doc = _quotes_of(extractor, monkeypatch, "".join(QUOTE_TEXTS))
    assert any(q.reported for q in found)
    assert sum(not q.reported for q in found) >= 5


def _long_quote(sentences: int, *, line_breaks: bool) -> str:
    said = "Jane Porter, chief executive of the Harbour Trust, said: \u201c"
    body = " ".join(f"Point number {k} of the plan matters to families." for k in range(sentences))
    after = "\u201d The Harbour Trust runs ten homes in Westshire."
    return said + body + after + ("\n\nIt opened in 1990.\n" if line_breaks else " It opened in 1990.\n")


def test_a_quotation_in_text_without_line_breaks_stops_after_the_limit(extractor, monkeypatch):
    text = _long_quote(MAX_QUOTE_SENTENCES + 15, line_breaks=False)
    found, plain, doc = _quotes_of(extractor, monkeypatch, text)
    sentences = [s.start for s in doc.sents]
    long = [q for q in found if not q.reported]
    assert len(long) == 1
    quote = long[0]
    # the plain scan ran the quotation to the end of the document (its paragraph)
    assert [(q.start, q.end) for q in plain if not q.reported] == [(quote.start, len(doc))]
    first = max(k for k, s in enumerate(sentences) if s <= quote.start)
    assert quote.end == sentences[first + MAX_QUOTE_SENTENCES]
    assert [q for q in found if q.reported] == [q for q in plain if q.reported]


def test_a_quotation_within_the_limit_runs_to_its_paragraphs_end(extractor, monkeypatch):
    text = _long_quote(MAX_QUOTE_SENTENCES - 8, line_breaks=True)
    found, plain, doc = _quotes_of(extractor, monkeypatch, text)
    assert found == plain
    quote = next(q for q in found if not q.reported)
    assert quote.end in {end for _start, end in quotes_module._paragraphs(doc)}


@given(st.lists(st.sampled_from(["a", "said", ":", "\u201c", "\u201d", "'", "\u2019s", "\n", " ", "x\u201d",
                                 "\u201cy"]), max_size=40))
def test_the_marks_index_answers_as_a_scan(vocab, words):
    doc = Doc(vocab, words=words, spaces=[False] * len(words))
    marks = _Marks(doc)
    n = len(doc)
    for i in range(n):
        closing = [t.i for t in doc[: i + 1] if t.text in _CLOSE or t.text[-1:] in _CLOSE]
        assert marks.last_closing[i] == (closing[-1] if closing else -1)
        words_before = [t.i for t in doc[: i + 1] if not t.is_space]
        assert marks.last_word[i] == (words_before[-1] if words_before else -1)
    for i in range(n + 1):
        assert marks.next_opening[i] == next((t.i for t in doc[i:] if _opening(t)), n)
        assert marks.next_word[i] == next((t.i for t in doc[i:] if not t.is_space), n)
        for j in range(i, n + 1):
            assert marks.opens_with_quote(i, j) == _opens_with_quote(doc, i, j)


# --- choosing among candidate names -------------------------------------------------------

def _plain_choose(doc, candidates, rules):
    """choose._choose as it was: each candidate compared with every chosen one."""
    pooled = {}
    for cand in candidates:
        key = (cand.start, cand.end)
        have = pooled.get(key)
        if have is None:
            pooled[key] = choose.Candidate(cand.start, cand.end, cand.rule, list(cand.votes), cand.name,
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
    queue = sorted(pooled.values(), key=lambda c: (-choose._rank(c), -(c.end - c.start), c.start))
    chosen = []
    while queue:
        cand = queue.pop(0)
        if all(blocked[k] for k in range(cand.start, cand.end)) and "gazetteer" not in cand.kinds:
            continue
        clashes = [c for c in chosen if c.overlaps(cand)]
        if not clashes:
            chosen.append(cand)
            continue
        holder = next((c for c in clashes if c.covers(cand)), None)
        if holder is not None:
            if holder.end == cand.end and not ("gazetteer" in holder.kinds and "gazetteer" in cand.kinds):
                holder.votes.extend(cand.votes)
                holder.kinds |= cand.kinds - {"name"}
            continue
        if all(cand.covers(c) for c in clashes) and choose._independent(cand, clashes):
            for c in clashes:
                chosen.remove(c)
                if c.end == cand.end and c.start > cand.start and "gazetteer" not in c.kinds:
                    cand.votes.extend(c.votes)
            chosen.append(cand)
            continue
        part = choose._free_part(cand, clashes, doc, rules)
        if part is not None:
            queue.insert(0, part)
    chosen.sort(key=lambda c: c.start)
    return chosen


def _facts(chosen):
    return [(c.start, c.end, c.rule, list(c.votes), c.name, c.priority, sorted(c.kinds), c.head) for c in chosen]


@pytest.mark.parametrize("flat", [False, True])
def test_choose_gives_what_the_plain_comparison_gave(nlp, extractor, flat):
    rules = extractor.matchers.rules
    texts = [p.read_text(encoding="utf-8") for p in sorted(RAW.glob("*.txt"))[:3]]
    for text in texts:
        doc = nlp(_flat(text) if flat else text)
        candidates = [*ner_candidates(doc, rules), *name_candidates(doc, rules), *quoted_candidates(doc, rules),
                      *gazetteer_candidates(doc, extractor.matchers)]
        assert candidates
        ours = choose._choose(doc, copy.deepcopy(candidates), rules)
        plain = _plain_choose(doc, copy.deepcopy(candidates), rules)
        assert _facts(ours) == _facts(plain)


@given(st.lists(st.tuples(st.integers(0, 30), st.integers(1, 6)), max_size=25), st.integers(0, 36),
       st.integers(0, 36))
def test_the_places_index_answers_as_a_scan(spans, start, end):
    places = frozenset((a, a + length) for a, length in spans)
    index = _Places(places)
    assert index.start_inside(start, end) == min((a for a, b in places if b == end and a > start), default=None)
    assert index.starts_between(start, end) == any(start <= a < end for a, _b in places)
    assert index.end_from(start) == max((b for a, b in places if a == start), default=None)


# --- lines and phrase counts, read once per document ------------------------------------------

from caregraph.extract import syntax  # noqa: E402


@given(st.lists(st.sampled_from(["Harbour", "Home", "and", "Homes", "the", "Trust", "\n", "."]), min_size=1, max_size=40),
       st.lists(st.sampled_from(["Harbour", "Home", "and", "Homes"]), min_size=1, max_size=3))
def test_the_phrase_index_counts_as_a_scan_of_the_tokens(vocab, words, phrase):  # type: ignore[no-untyped-def]
    def scan(doc) -> int:  # type: ignore[no-untyped-def]
        return sum(1 for i in range(len(doc) - len(phrase) + 1) if [t.text for t in doc[i:i + len(phrase)]] == phrase)

    doc = Doc(vocab, words=words)
    assert syntax.phrase_count(doc, phrase) == scan(doc)
    other = Doc(vocab, words=[*words, *phrase])  # another document: its own index, not the last one's
    assert syntax.phrase_count(other, phrase) == scan(other) > 0


def test_lines_are_read_again_for_another_document(vocab) -> None:  # type: ignore[no-untyped-def]
    first = Doc(vocab, words=["Title", "\n", "Body", "text", "."], spaces=[False, False, True, False, False])
    second = Doc(vocab, words=["One", "line", "."], spaces=[True, False, False])
    assert [s.text for s in syntax.lines(first)] == ["Title\n", "Body text."]
    assert [s.text for s in syntax.lines(second)] == ["One line."]
    assert [s.text for s in syntax.lines(first)] == ["Title\n", "Body text."]


# --- the page's opening statement: read from the opening words, not the whole first line

def _plain_opening_actor(ctx):
    """voice._opening_actor as it was: every sentence listed, the whole line before and after
    each statement noun read."""
    from caregraph.extract.relations import voice

    rules = ctx.rules.voice
    out = []
    sentences = [s for s in ctx.doc.sents if any(not (t.is_space or t.is_punct) for t in s)]
    if not sentences:
        return out
    first_line = voice._first_line(ctx.doc)
    for tok in first_line if first_line is not None else ():
        if tok.lemma_.lower() not in rules.statement_nouns or tok.pos_ not in ("NOUN", "PROPN"):
            continue
        before = [t for t in ctx.doc[first_line.start : tok.i] if not t.is_space]
        if before and before[-1].lower_ in ("'s", "\u2019s"):
            before = before[:-1]
        if before and (k := voice._org(ctx, before[-1])) is not None:
            out.append(k)
        elif before and ctx.token_mention.get(tok.i) is not None:
            k = voice._named(ctx, " ".join(t.text for t in before))
            if k is not None:
                out.append(k)
        after = [t for t in ctx.doc[tok.i + 1 : first_line.end] if not t.is_space][:2]
        if len(after) == 2 and after[0].lower_ in ("from", "by") and (k := voice._org(ctx, after[1])) is not None:
            out.append(k)
    out += voice._heading_statement(ctx, first_line)
    for sent in sentences[: voice._OPENING_SENTENCES]:
        root = sent.root
        if root.pos_ not in ("VERB", "AUX"):
            continue
        if any(root.lemma_.lower() == v.split()[0] for v in rules.statement_verbs) and not voice.quoted(ctx, root):
            out += [k for s in root.children if s.dep_ == "nsubj" if (k := voice._org(ctx, s)) is not None]
        break
    return out


OPENING_TEXTS = [
    "Harbour Trust statement on the Fair Futures Review\n\nThe review was published today. "
    "Harbour Trust welcomes the review.\n",
    "Response from the Harbour Trust to the Fair Futures Review\n\nWe welcome the review's report.\n",
    "Harbour Trust's response to the Fair Futures Review. Harbour Trust welcomes the review. "
    "The Westshire Foundation statement followed. A response from the Westshire Foundation came later.\n",
    "Harbour Trust welcomes the Fair Futures Review. " + "The review's statement and response were read. " * 30
    + "We welcome it. Jane Porter is our Head of Research.\n",
]


@pytest.mark.parametrize("flat", [False, True])
@pytest.mark.parametrize("text", OPENING_TEXTS)
def test_the_opening_statement_is_what_the_whole_line_scan_gave(extractor, monkeypatch, text, flat):
    from caregraph.extract.relations import voice

    if flat:
        text = _flat(text)
    seen = []
    real = voice._opening_actor

    def spy(ctx):
        found = real(ctx)
        seen.append((found, _plain_opening_actor(ctx)))
        return found

    monkeypatch.setattr(voice, "_opening_actor", spy)
    extractor.process_text(text, doc_id="t")
    assert seen  # the page's voice was decided on
    for found, plain in seen:
        assert found == plain


# --- the line of a token (bylines) ---------------------------------------------------------


class _LineContext:  # what roles._line_of reads of a relation context: its document and cache
    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.cache: dict = {}


@given(words=st.lists(st.sampled_from(["Jane", "Porter", ",", "Harbour", "Trust", "\n", "\n\n", "said"]),
                      min_size=1, max_size=40))
def test_the_line_of_a_token_is_the_line_a_scan_finds(vocab, words) -> None:  # type: ignore[no-untyped-def]
    from caregraph.extract.relations.kinds.roles import _line_of
    from caregraph.extract.syntax import lines

    doc = Doc(vocab, words=words, spaces=[w.strip() != "" for w in words])
    ctx = _LineContext(doc)
    for tok in doc:
        plain = next((ln for ln in lines(doc) if ln.start <= tok.i < ln.end), None)
        found = _line_of(ctx, tok.i)  # type: ignore[arg-type]
        want = None if plain is None else (plain.start, plain.end)
        assert (None if found is None else (found.start, found.end)) == want
