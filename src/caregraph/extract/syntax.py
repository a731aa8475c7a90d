"""Small readings of a dependency parse shared by the stages that read it."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


def ends_line(tok: Token) -> bool:
    """Whether a token closes its line: a line break follows it, or it is whitespace holding one."""
    return "\n" in tok.whitespace_ or (tok.is_space and "\n" in tok.text)


# the last document whose text was asked for, and that text: Doc.text joins every token's
# text, and the worker, the mention senses and the relation context each need it (held
# strongly, so the identity test is sound; a parse never changes its text)
_LAST_TEXT: list[tuple[Doc, str]] = []


def text_of(doc: Doc) -> str:
    """The document's text (Doc.text), joined once per document."""
    if _LAST_TEXT and _LAST_TEXT[0][0] is doc:
        return _LAST_TEXT[0][1]
    text = doc.text
    _LAST_TEXT[:] = [(doc, text)]
    return text


def parsed_text(doc: Doc, text: str) -> str:
    """The document's text, given the string it was parsed from: that string itself when the
    parse spans exactly as many characters (a parse keeps its text verbatim, and the chunks of a
    long text joined again add only whitespace between them: equal lengths, equal texts), so
    Doc.text need not join every token again; remembered for `text_of`."""
    if not (_LAST_TEXT and _LAST_TEXT[0][0] is doc):
        if len(doc) and doc[-1].idx + len(doc[-1].text_with_ws) == len(text):
            _LAST_TEXT[:] = [(doc, text)]
    return text_of(doc)


def token_flags(doc: Doc, attr: int, test: Callable[[str], bool]) -> Any:
    """A boolean array over the tokens: `test` of each token's string of `attr` (LEMMA, LOWER,
    DEP, ...), from the token array, each distinct string tested once (no Token is made, and
    no Python step per token). The document must have tokens."""
    import numpy

    distinct, inverse = _distinct(doc, attr)
    tested = numpy.fromiter(map(test, distinct), dtype=bool, count=len(distinct))
    return tested[inverse]


# the string of each hash read from a StringStore: a hash names one string whichever store holds
# it (spaCy's hashes are of the strings themselves), and each store look-up decodes it again
_STRINGS: dict[int, str] = {}


def _distinct(doc: Doc, attr: int) -> tuple[list[str], Any]:
    """The distinct strings of a token attribute in the document and, for each token, the
    position of its own among them: made once per document and attribute."""
    memo = _memo(doc)
    found: tuple[list[str], Any] | None = memo.get(("distinct", attr))
    if found is None:
        import numpy

        ids, inverse = numpy.unique(doc.to_array(attr), return_inverse=True)
        strings = doc.vocab.strings
        known = _STRINGS.get
        texts = []
        for i in ids.tolist():
            text = known(i)
            if text is None:
                text = _STRINGS[i] = strings[i]
            texts.append(text)
        found = memo[("distinct", attr)] = (texts, inverse.reshape(-1))
    return found


class StringIndex:
    """Where each string of a token attribute (LEMMA, LOWER, ...) stands in a document, folded
    by `fold` (str.lower: "The" and "the" are one key), as token indexes in text order. Made
    from the token array (each distinct string read once, the tokens grouped by a sort), and
    a key's list cut out only when it is asked for; do not change the lists."""

    __slots__ = ("_positions", "_bounds", "_member", "_members", "_cut")

    def __init__(self, doc: Doc, attr: int, fold: Callable[[str], str] | None = None) -> None:
        import numpy

        self._cut: dict[str, list[int]] = {}
        if not len(doc):
            self._positions: list[int] = []
            self._bounds: list[int] = [0]
            self._member: dict[str, int] = {}
            self._members: dict[str, list[int]] = {}
            return
        distinct, inverse = _distinct(doc, attr)
        keys = distinct if fold is None else list(map(fold, distinct))
        self._positions = numpy.argsort(inverse, kind="stable").tolist()   # grouped, each group in text order
        self._bounds = [0, *numpy.cumsum(numpy.bincount(inverse, minlength=len(distinct))).tolist()]
        self._member = dict(zip(keys, range(len(keys)), strict=True))
        self._members = {}   # keys that two distinct strings fold into
        if len(self._member) < len(keys):
            for n, key in enumerate(keys):
                self._members.setdefault(key, []).append(n)
            self._members = {k: v for k, v in self._members.items() if len(v) > 1}

    def get(self, key: str, default: Sequence[int] = ()) -> Sequence[int]:
        found = self._cut.get(key)
        if found is None:
            n = self._member.get(key)
            if n is None:
                return default
            bounds, positions = self._bounds, self._positions
            if key in self._members:
                found = sorted(i for m in self._members[key] for i in positions[bounds[m] : bounds[m + 1]])
            else:
                found = positions[bounds[n] : bounds[n + 1]]
            self._cut[key] = found
        return found

    def __contains__(self, key: object) -> bool:
        return key in self._member


def text_flags(doc: Doc, test: Callable[[str], bool]) -> list[bool]:
    """For each token, `test` of its text (Token.text), each distinct form tested once (from
    the token array, as token_flags): a loop can skip the words it has no use for without
    making a Token of each. Read once per document and test (pass the same function, not a
    new lambda, to share it); do not change the list."""
    from spacy.attrs import ORTH

    memo = _memo(doc)
    found: list[bool] | None = memo.get(("text", test))
    if found is None:
        found = memo[("text", test)] = token_flags(doc, ORTH, test).tolist() if len(doc) else []
    return found


# the last document read and its lines: every stage asks for the lines of the document in
# hand, and reading them costs a pass over its tokens (held strongly, so the identity test is sound)
_LAST_LINES: list[tuple[Doc, list[Span]]] = []


def lines(doc: Doc) -> list[Span]:
    """The document's lines in order, as spans (each with the token that closes it; a text
    without line breaks is one line). Read once per document; do not change the list."""
    if _LAST_LINES and _LAST_LINES[0][0] is doc:
        return _LAST_LINES[0][1]
    out = _read_lines(doc)
    _LAST_LINES[:] = [(doc, out)]
    return out


def _read_lines(doc: Doc) -> list[Span]:
    out: list[Span] = []
    start = 0
    for end in line_ends(doc):
        out.append(span_of(doc, start, end + 1))
        start = end + 1
    if start < len(doc):
        out.append(doc[start:])
    return out


# the last document indexed and its indexes of the token array, by name (held strongly, so
# the identity test is sound; a parse never changes the words, tags or heads these read)
_LAST_INDEX: list[tuple[Doc, dict[Any, Any]]] = []


def memo_of(doc: Doc) -> dict[Any, Any]:
    """The store of a document's readings made once per document (keyed by a name of the
    reading), emptied for each new document."""
    return _memo(doc)


def _memo(doc: Doc) -> dict[Any, Any]:
    """The store of the document's indexes below, emptied for each new document."""
    if not (_LAST_INDEX and _LAST_INDEX[0][0] is doc):
        _LAST_INDEX[:] = [(doc, {})]
    return _LAST_INDEX[0][1]


def line_ends(doc: Doc) -> list[int]:
    """The indexes of the tokens that close a line (`ends_line`), in order: from the token
    array (whitespace tokens holding a line break; a token's own trailing whitespace is one
    space or none), not a Token made per word. Read once per document; do not change the list."""
    memo = _memo(doc)
    found: list[int] | None = memo.get("line_ends")
    if found is None:
        import numpy
        from spacy.attrs import IS_SPACE, ORTH

        if len(doc):
            breaks = token_flags(doc, ORTH, lambda s: "\n" in s) & doc.to_array(IS_SPACE).astype(bool)
            found = numpy.flatnonzero(breaks).tolist()
        else:
            found = []
        memo["line_ends"] = found
    return found


def sentences(doc: Doc) -> list[Span]:
    """The document's sentences (Doc.sents: it raises the same error on a document without
    sentence boundaries), made once per document and shared: do not change the list."""
    memo = _memo(doc)
    found: list[Span] | None = memo.get("sents")
    if found is None:
        found = memo["sents"] = list(doc.sents)
    return found


def tokens_of(doc: Doc) -> list[Token]:
    """The document's tokens as a list, made once per document: `doc[i]` makes a new Token on
    every look-up, and the stages look up each word many times. Do not change the list."""
    if _LAST_TOKENS and _LAST_TOKENS[0] is doc:
        return _LAST_TOKENS[1]  # type: ignore[no-any-return]
    memo = _memo(doc)
    found: list[Token] | None = memo.get("tokens")
    if found is None:
        found = memo["tokens"] = list(doc)
    _LAST_TOKENS[:] = [doc, found]
    return found


# the last document asked for its tokens and their list (held strongly: the identity test is sound)
_LAST_TOKENS: list[Any] = []


def children_of(tok: Token) -> list[Token]:
    """The token's syntactic children (Token.children: the tokens whose head it is, in text
    order), from an index of the document's heads made once per document: Token.children
    scans the token's whole subtree and makes a Token per child on every call. Do not change
    the list."""
    doc = tok.doc
    if _LAST_CHILDREN and _LAST_CHILDREN[0] is doc:
        return _LAST_CHILDREN[1][tok.i]  # type: ignore[no-any-return]
    memo = _memo(doc)
    index: list[list[Token]] | None = memo.get("children")
    if index is None:
        import numpy
        from spacy.attrs import HEAD

        toks = tokens_of(doc)
        index = [[] for _ in toks]
        # (the token array holds each head as an offset from its token)
        heads = (doc.to_array(HEAD).astype(numpy.int64) + numpy.arange(len(toks))).tolist() if toks else []
        for i, head in enumerate(heads):
            if head != i:
                index[head].append(toks[i])
        memo["children"] = index
    _LAST_CHILDREN[:] = [doc, index]
    return index[tok.i]


# the last document asked for children and its index (held strongly: the identity test is sound)
_LAST_CHILDREN: list[Any] = []


def span_tokens(span: Span) -> list[Token]:
    """The span's tokens (iterating a Span makes a Token per word each time), from
    `tokens_of`: a new list, which the caller may keep."""
    return tokens_of(span.doc)[span.start : span.end]


def span_of(doc: Doc, start: int, end: int) -> Span:
    """`doc[start:end]`, without the slice's bounds normalised by a Python step of spaCy's when
    they are already in range (0 <= start <= end <= len(doc): the same Span); a slice out of
    range is still read as one."""
    try:
        return _span_type()(doc, start, end)
    except IndexError:
        return doc[start:end]


_SPAN: list[Any] = []


def _span_type() -> Any:
    # spaCy's Span, imported on first use (this module is read by stages that load no model)
    if not _SPAN:
        from spacy.tokens import Span

        _SPAN.append(Span)
    return _SPAN[0]


def _has_sentence_hooks(doc: Doc) -> bool:
    return "sent" in doc.user_token_hooks or "sent" in doc.user_span_hooks or "sents" in doc.user_hooks


def sent_of(tok: Token) -> Span:
    """The token's sentence (Token.sent): `sent_at` of its document and index."""
    return sent_at(tok.doc, tok.i)


def sent_at(doc: Doc, i: int) -> Span:
    """The sentence of token i (`doc[i].sent`), looked up in the document's sentences
    (`sentences`, numbered once per document): Token.sent walks the sentence both ways and
    slices the document twice on every call. A document whose sentences come from a user
    hook is asked through Token.sent."""
    if _LAST_SENT_NUMBERS and _LAST_SENT_NUMBERS[0] is doc:
        found: Span = _LAST_SENT_NUMBERS[2][_LAST_SENT_NUMBERS[1][i]]
        return found
    memo = _memo(doc)
    numbers: list[int] | None = memo.get("sent_numbers")
    if numbers is None:
        if _has_sentence_hooks(doc):
            return doc[i].sent
        numbers = []
        for n, sent in enumerate(sentences(doc)):
            numbers += [n] * len(sent)
        memo["sent_numbers"] = numbers
    _LAST_SENT_NUMBERS[:] = [doc, numbers, memo["sents"]]
    found = memo["sents"][numbers[i]]
    return found


# the last document asked for a sentence, its sentence numbers and sentences (held strongly)
_LAST_SENT_NUMBERS: list[Any] = []


def span_sent(span: Span) -> Span:
    """The sentence of a span within one sentence (Span.sent), as `sent_at`; a span across
    sentences, or empty, is asked through Span.sent itself (spaCy gives the first)."""
    if span.start < span.end:
        first = sent_at(span.doc, span.start)
        if span.end <= first.end:
            return first
    return span.sent


def ents_of(doc: Doc) -> tuple[Span, ...]:
    """The document's named entities (Doc.ents), made once per document and shared."""
    memo = _memo(doc)
    found: tuple[Span, ...] | None = memo.get("ents")
    if found is None:
        found = memo["ents"] = doc.ents
    return found


def line_end_flags(doc: Doc) -> list[bool]:
    """For each token, whether it closes its line (`ends_line`), from `line_ends`: a look-up,
    not a Token made per question. Read once per document; do not change the list."""
    memo = _memo(doc)
    found: list[bool] | None = memo.get("line_end_flags")
    if found is None:
        found = [False] * len(doc)
        for i in line_ends(doc):
            found[i] = True
        memo["line_end_flags"] = found
    return found


def sent_start_flags(doc: Doc) -> list[bool]:
    """For each token, whether it opens a sentence (`bool(Token.is_sent_start)`: the token
    array's SENT_START is 1), from the token array. Read once per document; do not change the list."""
    memo = _memo(doc)
    found: list[bool] | None = memo.get("sent_start_flags")
    if found is None:
        from spacy.attrs import SENT_START

        found = memo["sent_start_flags"] = (doc.to_array(SENT_START) == 1).tolist() if len(doc) else []
    return found


def line_start(doc: Doc, i: int) -> int:
    """The index of the first token (whitespace included) of the line of token i."""
    ends = line_ends(doc)
    k = bisect_left(ends, i)   # the line ends before i
    return ends[k - 1] + 1 if k else 0


def line_opening(doc: Doc, i: int, *, max_words: int | None = None) -> int | None:
    """The first token of the line of token i, its whitespace skipped; None where only
    whitespace stands there up to i, or past `max_words` words before i (a walk back over a
    document without line breaks would cost its whole length)."""
    j = line_start(doc, i)   # (per-document indexes of line ends and words: no walk back)
    if max_words is not None and words_before(doc, i) - words_before(doc, j) > max_words:
        return None
    space = spaces(doc)
    while j < len(doc) and space[j]:
        j += 1
    return j if j <= i else None


def spaces(doc: Doc) -> list[bool]:
    """For each token, whether it is whitespace (Token.is_space), from the token array. Read
    once per document; do not change the list."""
    memo = _memo(doc)
    found: list[bool] | None = memo.get("spaces")
    if found is None:
        from spacy.attrs import IS_SPACE

        found = memo["spaces"] = doc.to_array(IS_SPACE).astype(bool).tolist() if len(doc) else []
    return found


def words_before(doc: Doc, i: int) -> int:
    """How many tokens before token i are not whitespace (a running count made once per
    document: the words between two tokens are the difference of their counts)."""
    memo = _memo(doc)
    counts: list[int] | None = memo.get("words_before")
    if counts is None:
        counts = [0]
        for space in spaces(doc):
            counts.append(counts[-1] + (not space))
        memo["words_before"] = counts
    return counts[i]


def pos_indexes(doc: Doc, *tags: str) -> list[int]:
    """The indexes of the tokens whose coarse part of speech (Token.pos_) is one of `tags`, in
    order, from the token array. Read once per document and set of tags; do not change the list."""
    memo = _memo(doc)
    key = ("pos", tags)
    found: list[int] | None = memo.get(key)
    if found is None:
        import numpy
        from spacy.attrs import POS
        from spacy.parts_of_speech import IDS

        if len(doc):
            found = numpy.flatnonzero(numpy.isin(doc.to_array(POS), [IDS[t] for t in tags])).tolist()
        else:
            found = []
        memo[key] = found
    return found


# the last document whose word forms were asked for, and those forms
_LAST_FORMS: list[tuple[Doc, frozenset[str]]] = []


def word_forms(doc: Doc) -> frozenset[str]:
    """The document's word forms as written (each token's text), read once per document: from
    the token array, each distinct form looked up once, not a Token made per word."""
    if _LAST_FORMS and _LAST_FORMS[0][0] is doc:
        return _LAST_FORMS[0][1]
    import numpy
    from spacy.attrs import ORTH

    strings = doc.vocab.strings
    hashes = numpy.unique(doc.to_array(ORTH)) if len(doc) else ()
    forms = frozenset(strings[int(h)] for h in hashes)
    _LAST_FORMS[:] = [(doc, forms)]
    return forms


def word_index(doc: Doc) -> StringIndex:
    """Where each word form (Token.text, case kept) stands in the document, built once per
    document."""
    memo = _memo(doc)
    where: StringIndex | None = memo.get("words")
    if where is None:
        from spacy.attrs import ORTH

        where = memo["words"] = StringIndex(doc, ORTH)
    return where


def phrase_count(doc: Doc, words: Sequence[str]) -> int:
    """How often the document writes these words one after another, as tokens, case kept: an
    index of where each word stands, built once per document, instead of a scan of its text
    per question."""
    if not words:
        return 0
    where = word_index(doc)
    n = len(words)
    return sum(1 for i in where.get(words[0], ())
               if i + n <= len(doc) and all(doc[i + k].text == words[k] for k in range(1, n)))


def first_conjunct(tok: Token) -> Token:
    """The first conjunct of a coordination a token is in ("welcome" in "welcome and support")."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return tok


def opens_clause(tok: Token) -> bool:
    """Whether a word opens a clause (or, "despite", a phrase of contrast): the sentence's first
    word, or a conjunction or adverb of a verb ("..., but Y is late", "although Y is late",
    "however, Y ..."). Not "yet" as "still" ("Y has yet to be funded"), nor "while" as "during":
    after its verb's head with no comma before it ("we will work with them while it is rolled out")."""
    if tok.is_sent_start:
        return True
    if tok.dep_ not in ("cc", "mark", "advmod") and not (tok.dep_ == "prep" and tok.lower_ == "despite"):
        return False
    if tok.head.pos_ not in ("VERB", "AUX"):
        return False
    doc = tok.doc
    if tok.lower_ == "yet" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to":
        return False  # "Y has yet to be funded"
    if tok.lower_ in ("while", "whilst") and tok.head.head.i < tok.i and tok.head.head.i != tok.head.i \
            and (tok.i == 0 or doc[tok.i - 1].text not in (",", ";", "–", "—", "-")):
        return False  # "we will work with them while it is rolled out": a time, not a contrast
    return True


def contrast_opens(tokens: Iterable[Token]) -> bool:
    """Whether a contrast word (CONTRAST_WORDS) opens a clause among some tokens."""
    return any(t.lower_ in CONTRAST_WORDS and opens_clause(t) for t in tokens)


def conjuncts(tok: Token) -> list[Token]:
    out = []
    for child in children_of(tok):
        if child.dep_ == "conj":
            out.append(child)
            out.extend(conjuncts(child))
    return out


# words that set a clause of contrast or reservation against another ("X welcomes Y; however, ...",
# "X welcomes Y but is concerned ...", "While X welcomes Y, it regrets ...", "much to welcome in Y,
# but ..."; English grammar, not a domain's words)
CONTRAST_WORDS = frozenset({"however", "but", "although", "though", "yet", "while", "whilst", "nevertheless",
                            "nonetheless", "despite"})


# verbs whose complement did not happen: "X declined to back Y", "X refused to endorse Y",
# "X failed to implement Y", "X avoided endorsing Y" (English grammar, not a domain's words)
NEGATIVE_IMPLICATIVES = frozenset({"decline", "refuse", "fail", "neglect", "avoid"})


def negated(tok: Token) -> bool:
    """Whether a verb is negated: by its own "not" ("no longer", "neither X nor Z" as its
    subject or object), by that of the verb it complements or is joined to ("did not lead or fund Y"), or
    as the complement of a verb of not doing ("declined to back Y"); not a conjunct clause with
    a subject of its own ("X did not back Y, but Z runs W").

    Read once per token of a document (the same verb is asked about by every rule and pattern
    that reads it); the answer depends only on the parse."""
    known: dict[int, bool] = _memo(tok.doc).setdefault("negated", {})
    found = known.get(tok.i)
    if found is None:
        found = known[tok.i] = _negated(tok)
    return found


def _negated(tok: Token) -> bool:
    if any(c.dep_ == "neg" for c in children_of(tok)):
        return True
    if any(c.dep_ == "advmod" and any(g.dep_ == "neg" for g in children_of(c)) for c in children_of(tok)):
        return True  # "X no longer runs Y"
    if any(c.dep_ in ("nsubj", "nsubjpass", "dobj") and any(g.dep_ == "preconj" and g.lower_ == "neither"
                                                            for g in children_of(c)) for c in children_of(tok)):
        return True  # "neither X nor Z backs Y", "X backs neither Y nor W"
    if tok.dep_ == "xcomp" and tok.head.lemma_.lower() in NEGATIVE_IMPLICATIVES:
        return True
    if tok.dep_ == "conj" and any(c.dep_ in ("nsubj", "nsubjpass") for c in children_of(tok)):
        return False  # a clause of its own: "X did not back Y, but Z runs W"
    return tok.dep_ in ("xcomp", "conj") and any(c.dep_ == "neg" for c in children_of(tok.head))
