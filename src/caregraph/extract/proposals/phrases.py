"""Cutting a proposal phrase out of the parse: a noun's phrase, a clause up to its first
subordinate clause, the items of an inline list, and the trimming that makes a name of it
(a light verb gives way to its object, leading function words go, a long phrase is
shortened, vague and generic heads are no proposal)."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Span, Token

from ...core.schema import EntityRules
from ...core.text import is_acronym
from ..syntax import children_of, conjuncts, ends_line, negated, sent_at
from .items import word_class

_COPULAR_INFINITIVE = (("to", "become"), ("to", "be", "made"), ("to", "be", "treated", "as"),
                       ("to", "be", "recognised", "as"), ("to", "be", "recognized", "as"))


def copular_infinitive_end(doc: Doc, i: int) -> int | None:
    """The last token of "to become Y" / "to be made Y" read off the words right after a
    proposal's object, where the parser attached the infinitive elsewhere ("a call for X to be
    made a Y is ..." parsed with "made" as the root): Y is the noun phrase that follows."""
    for words in _COPULAR_INFINITIVE:
        if i + len(words) > len(doc) or tuple(t.lower_ for t in doc[i : i + len(words)]) != words:
            continue
        k = i + len(words)
        last = None
        while k < len(doc) and (doc[k].pos_ in ("DET", "ADJ", "NOUN", "PROPN") or doc[k].tag_ in ("VBN", "HYPH")) \
                and not (doc[k].pos_ == "DET" and last is not None) and not ends_line(doc[k - 1]):
            if doc[k].pos_ in ("NOUN", "PROPN"):
                last = k
            k += 1
        return last
    return None


def copular_complement(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    """The status a proposal phrase confers: Y of "X to become Y" / "X to be made Y", as a
    token range, or None."""
    for k in range(start + 1, end):
        if doc[k].lower_ == "to":
            last = copular_infinitive_end(doc, k)
            if last is not None and last < end:
                words = next(w for w in _COPULAR_INFINITIVE if tuple(t.lower_ for t in doc[k : k + len(w)]) == w)
                return (k + len(words), last + 1)
    return None


def split_list(doc: Doc, start: int, end: int) -> Iterator[tuple[int, int]]:
    """The items of an inline list "A, B, C, and D": split at commas and semicolons, and at
    a conjunction that joins whole items (its head is an item's head, or a determiner
    follows it), not one inside an item ("reforms to training and practice")."""
    end = min(end, sent_at(doc, start).end)
    pieces: list[tuple[int, int]] = []
    a = start
    for k in range(start, end):
        if doc[k].text in (",", ";"):
            if k > a:
                pieces.append((a, k))
            a = k + 1
    if end > a:
        pieces.append((a, end))
    # "A, B for C and D on E": a list of commas whose last item has not yet been joined by a
    # conjunction closes with one; the parser often hangs "D" inside B's complement
    unclosed = len(pieces) >= 2 and not any(doc[a].lower_ in ("and", "or") for a, _ in pieces[1:])
    for n, (a, b) in enumerate(pieces):
        while a < b and (doc[a].lower_ in ("and", "or") or doc[a].is_punct or doc[a].is_space):
            a += 1
        if a >= b:
            continue
        root = doc[a:b].root
        cut = next((t.i for t in doc[a:b] if t.dep_ == "cc" and t.lower_ in ("and", "or") and t.i + 1 < b
                    and (t.head.i == root.i or doc[t.i + 1].dep_ in ("det", "poss"))), None)
        if cut is None and unclosed and n == len(pieces) - 1:
            cut = next((t.i for t in doc[a:b] if t.dep_ == "cc" and t.lower_ in ("and", "or")
                        and _closing_item(t, b)), None)
        if cut is not None:
            yield (a, cut)
            yield (cut + 1, b)
        else:
            yield (a, b)


def _closing_item(cc: Token, end: int) -> bool:
    """Does a conjunction inside the last piece of an unclosed list ("B for C and D on E")
    join a whole item: a noun coordinated with a noun, with a complement of its own ("D on E")
    or a comparative ("better D"), or a gerund with its object ("and expanding D"); not a bare
    noun ("training and development")."""
    head = cc.head
    if head.pos_ not in ("NOUN", "PROPN"):
        return False
    conj = next((c for c in children_of(head) if c.dep_ == "conj" and cc.i < c.i < end), None)
    if conj is not None and conj.tag_ == "VBG":
        # "B for C and addressing D": a gerund with its own object
        return any(c.dep_ == "dobj" for c in children_of(conj))
    return conj is not None and conj.pos_ in ("NOUN", "PROPN") and any(
        (c.dep_ == "prep" and c.i > conj.i) or (c.dep_ == "amod" and c.tag_ in ("JJR", "RBR"))
        for c in children_of(conj))


def passive_infinitive(noun: Token) -> Token | None:
    """The passive infinitive right after a noun's phrase that has the noun as its subject
    ("calls for the cap to be scrapped", "recommended regional hubs to be set up", "X to be
    fully funded"), wherever the parser hung it: on the noun, on the verb before it, or with
    the noun as its subject. Not after a named thing ("the Family Bridges programme to be
    extended"): the programme is what is called for."""
    doc = noun.doc
    start, end = noun_phrase(noun)
    if end + 2 >= len(doc) or doc[end].lower_ != "to" or doc[end + 1].lower_ != "be":
        return None
    if any(t.pos_ == "PROPN" for t in doc[start:end]):
        # "called for the Family Bridges programme to be extended": a named programme or body, which
        # is what is supported; its own readings stand
        return None
    k = end + 2
    while k < len(doc) - 1 and doc[k].pos_ == "ADV":
        k += 1
    verb = doc[k]
    if verb.pos_ != "VERB" or verb.tag_ != "VBN" or verb.dep_ == "ROOT":
        # (a root: "a call for X to be made a Y is ...", the parser's misreading of the sentence)
        return None
    if not (any(c.i == end and c.dep_ == "aux" for c in children_of(verb))
            and any(c.i == end + 1 and c.dep_ == "auxpass" for c in children_of(verb))):
        return None
    return verb


def passive_infinitive_span(noun: Token, verb: Token, rules: EntityRules) -> tuple[int, int]:
    """What "X to be Y-ed" proposes: X itself when the verb is light ("hubs to be set up" ->
    the hubs), else the whole clause ("the cap to be scrapped"), as "that X be Y-ed" reads;
    what people are to be given when the light verb has a second object ("carers to be given
    respite breaks" -> the breaks)."""
    start, end = noun_phrase(noun)
    given = next((c for c in children_of(verb) if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN")), None)
    if given is not None and verb.lemma_.lower() in word_class(rules, "light_verbs") and _beneficiary(verb, "nsubjpass", rules, noun):
        return noun_phrase(given)
    if verb.lemma_.lower() in word_class(rules, "light_verbs"):
        return start, end
    return start, clause_cut(verb)[1]


def _beneficiary(verb: Token, dep: str, rules: EntityRules, subject: Token | None = None) -> bool:
    """Whether the subject of a verb (its `dep` child, or the given noun the parser hung
    elsewhere) names people (the schema's `people_heads`: "carers", "families"), who are to
    receive what the clause names; not a body or a meeting ("the committee receives the report")."""
    subj = subject if subject is not None else next((c for c in children_of(verb) if c.dep_ == dep), None)
    if subj is None:
        return False
    people = word_class(rules, "people_heads")
    # ("special guardians and foster carers": one of the coordinated heads names people)
    return any(t.lower_ in people or t.lemma_.lower() in people
               for t in (subj, *(c for c in subj.subtree if c.dep_ == "conj" and c.head.i == subj.i)))


def _recipient(tok: Token, rules: EntityRules) -> bool:
    """A noun or pronoun of people who receive what a verb gives ("carers", "friends and
    relatives", "them"), one of its coordinated heads enough."""
    if tok.pos_ == "PRON":
        return tok.lower_ in ("them", "us", "you", "him", "her", "everyone")
    people = word_class(rules, "people_heads") | word_class(rules, "kin_heads")
    return any(t.lower_ in people or t.lemma_.lower() in people
               for t in (tok, *(c for c in tok.subtree if c.dep_ == "conj" and c.head.i == tok.i)))


def given_thing(verb: Token, inside: list[Token], rules: EntityRules) -> Token | None:
    """What a light verb gives when its first object is the recipient: "give carers the right
    to X" (the parser's second object), "provide grandparents who look after a child with an
    allowance" (the object of the last "with" in the recipient's phrase or on the verb, when it
    names no people). None when the object is the thing itself ("provide an allowance")."""
    objs = [c for c in inside if c.dep_ in ("dobj", "dative")]
    if not objs or not _recipient(objs[0], rules):
        return None
    things = [c for c in objs[1:] if c.dep_ == "dobj"]
    if things:
        # ("give carers the right to X": the recipient as a dative or a first object)
        return things[-1] if things[-1].pos_ == "NOUN" else None
    if verb.lemma_.lower() not in word_class(rules, "furnishing_verbs"):
        return None
    withs = [t for t in (*objs[0].subtree, *children_of(verb)) if t.lower_ == "with" and t.dep_ == "prep"
             and t.i > objs[0].i and (t.head.i == verb.i or t.head.i != objs[0].i)]
    if not withs:
        return None
    thing = next((c for c in children_of(max(withs, key=lambda t: t.i)) if c.dep_ == "pobj"), None)
    if thing is None or thing.pos_ != "NOUN" or _recipient(thing, rules):
        return None
    return thing


def list_items(doc: Doc, start: int, end: int) -> Iterator[tuple[int, int]]:
    k = start
    while k < end and (doc[k].is_punct or doc[k].is_space):
        k += 1
    item_start = k
    while k < end:
        tok = doc[k]
        if tok.text in (",", ";") or (tok.lower_ == "and" and tok.dep_ == "cc") or tok.text == ".":
            if k > item_start:
                yield (item_start, k)
            item_start = k + 1
            if tok.text == ".":
                return
        k += 1
    if end > item_start:
        yield (item_start, end)


def noun_phrases(noun: Token, *, inner: bool = True) -> Iterator[tuple[int, int]]:
    """A noun's phrase without relative clauses or coordination, then each coordinated
    phrase: the noun's own conjuncts, and conjuncts inside its phrase that carry their own
    determiner ("standards for all homes and the creation of X": the parser often hangs
    "the creation" on "homes")."""
    seen = set()
    for tok in [noun, *conjuncts(noun), *(_inner_coordinates(noun) if inner else ())]:
        if tok.i not in seen:
            seen.add(tok.i)
            yield noun_phrase(tok)


def repeated_complements(noun: Token) -> list[tuple[int, int]]:
    """The items of a list of complements that repeat one preposition and leave out the noun
    they complement ("investment in youth clubs, in training mentors and in free bus passes"):
    the noun's phrase with its first complement, then what each later preposition governs (a
    gerund's clause or a noun's phrase). The parser hangs such complements anywhere; they are
    read by the words: the preposition right after the noun's phrase, again after a comma or a
    conjunction. None repeated: no list."""
    doc = noun.doc
    start, end = noun_phrase(noun)
    own = next((c for c in noun.rights if c.dep_ == "prep" and c.i < end), None)
    if own is not None:
        first = own.i   # "investment in A" parsed as one phrase
    elif end < len(doc) and doc[end].pos_ == "ADP" and doc[end].sent.start == noun.sent.start:
        first = end     # "investment | in A": the parser hung the complement on the verb
    else:
        return []
    prep = doc[first].lower_
    starts = [first]
    for k in range(max(end, first + 1), noun.sent.end):
        before = doc[k - 1]
        if doc[k].lower_ == prep and (before.text in (",", ";") or before.lower_ in ("and", "or")):
            starts.append(k)
    if len(starts) < 2 or not any(doc[k - 1].lower_ in ("and", "or") for k in starts[1:]):
        # ("an increase in X, in an open letter to Y": without a conjunction the second
        # phrase is an adjunct of the clause, not the list's next item)
        return []
    out: list[tuple[int, int]] = []
    for n, p in enumerate(starts):
        limit = starts[n + 1] if n + 1 < len(starts) else noun.sent.end
        while limit > p + 1 and (doc[limit - 1].text in (",", ";") or doc[limit - 1].lower_ in ("and", "or")):
            limit -= 1
        objects = [c for c in children_of(doc[p]) if c.dep_ in ("pobj", "pcomp")]
        if not objects:
            return []
        obj = objects[0]
        a, b = clause_cut(obj) if obj.pos_ in ("VERB", "AUX") else noun_phrase(obj)
        b = min(max(b, obj.i + 1), limit)
        if n == 0:
            out.append((start, max(b, end) if own is not None else b))   # the noun with its first complement
        elif a > p:
            out.append((a, b))
    return out


def _inner_coordinates(noun: Token) -> list[Token]:
    out = []
    for tok in noun.subtree:
        if tok.i != noun.i and tok.dep_ == "conj" and tok.head.i != noun.i and tok.pos_ == "NOUN" and any(
            c.dep_ == "det" for c in children_of(tok)
        ):
            out.append(tok)
    return out


def noun_phrase(noun: Token) -> tuple[int, int]:
    """The contiguous phrase of a noun, up to its first relative clause, apposition or
    subordinate clause at any depth, or its own coordination; a coordination deeper inside
    stays ("reforms to training and practice") unless the coordinated noun has its own
    determiner ("standards for all homes and the creation of X": another item)."""
    cut = set()
    closing = _closing_quotes(noun)
    for d in noun.subtree:
        if d.i <= noun.i:
            continue
        own = d.head.i == noun.i
        if (_subordinate(d) or d.dep_ in ("appos", "prep_drop")
                or (d.dep_ in ("punct", "cc", "conj") and own and d.i not in closing)
                or (d.dep_ in ("cc", "conj") and d.head.pos_ in ("VERB", "AUX"))
                or (d.dep_ == "conj" and any(c.dep_ == "det" for c in children_of(d)))
                or (d.dep_ == "punct" and d.text in (";", "(", "\u2014", "\u2013"))):
            cut.update(t.i for t in d.subtree)
    start = noun.left_edge.i
    end = noun.i + 1
    for k in range(noun.i + 1, noun.right_edge.i + 1):
        if k in cut:
            break
        end = k + 1
    while end - 1 > noun.i and (noun.doc[end - 1].is_punct or noun.doc[end - 1].dep_ == "cc"):
        end -= 1
    return (start, _negated_modifier_end(noun, end))


def _negated_modifier_end(noun: Token, end: int) -> int:
    """"registers of children not in school": a negated prepositional phrase right after a
    noun's phrase, which the parser hangs on the verb, modifies the noun ("X not in Y" is no
    adverbial); the phrase goes on to its end, before any comma or clause."""
    doc = noun.doc
    if end + 1 >= len(doc) or doc[end].lower_ != "not" or doc[end].dep_ != "neg":
        return end
    prep = doc[end + 1]
    if (prep.dep_ != "prep" or doc[end].head.i != prep.i or prep.head.i != noun.head.i
            or noun.dep_ not in ("dobj", "pobj", "nsubj", "nsubjpass")):
        return end
    pobj = next((c for c in children_of(prep) if c.dep_ == "pobj"), None)
    if pobj is None:
        return end
    return pobj.i + 1


_QUOTES = {"'": "'", '"': '"', "\u2018": "\u2019", "\u201c": "\u201d"}


def _closing_quotes(noun: Token) -> set[int]:
    """The quotation marks right after a noun that close one opened inside its phrase ("a
    'revolution' in family help"): the phrase goes on past them."""
    out = set()
    doc = noun.doc
    k = noun.i + 1
    while k < len(doc) and doc[k].is_quote and doc[k].head.i == noun.i:
        opening = [t.text for t in doc[noun.left_edge.i : noun.i] if t.is_quote]
        if any(_QUOTES.get(o) == doc[k].text for o in opening):
            out.add(k)
        k += 1
    return out


def clause_span(head: Token) -> tuple[int, int]:
    return clause_cut(head)


def proposal_phrase(doc: Doc, start: int, end: int, rules: EntityRules, *,
                    headline: bool = False) -> tuple[int, int] | None:
    """Trim a proposal phrase: it stops at a line break; a light verb gives way to its object
    ("provide X" -> X) and "ensure" to its clause; leading function words go; a phrase longer
    than max_words is cut down to its last verb phrase; a nominal "creation of X" becomes X.
    A phrase whose head names no proposal (generic or vague nouns, a publication) is none.
    `headline`: a list item that states its proposal as a gerund or a statement ("• Putting
    love at the heart of care", "• Family help provides the right support"): the author
    bounded it, so its verb stays and it may run a few words over max_words."""
    for k in range(start, end - 1):
        if ends_line(doc[k]):
            end = k + 1
            break
    end = _aside_cut(doc, start, end)
    limit = rules.recommendation_max_words + (_HEADLINE_EXTRA if headline else 0)
    if not headline:
        start, end = _reduce(doc, start, end, rules)
    start, end = _trim(doc, start, end, rules)
    if headline and end - start > limit:
        # a headline too long for a name is read as any phrase: "Establishing a 'X regime' to
        # increase transparency of ..." names X, not its last verb phrase
        start, end = _trim(doc, *_reduce(doc, start, end, rules), rules)
        limit = rules.recommendation_max_words
        if end - start > limit:   # (trimmed again: a quotation mark it cut off goes back in)
            start, end = _trim(doc, *_shorten(doc, start, end, limit), rules)
    end = _purpose_of_bare_noun(doc, start, end, limit, rules)
    if end - start > limit and doc[start:end].root.lemma_.lower() != "be":
        # (a copular clause's proposal is in its predicate: the last verb phrase below)
        start, end = _shorten(doc, start, end, limit)
    if end - start > limit:
        shorter = _last_verb_phrase(doc[start:end], rules)
        if shorter is None:
            return None
        start, end = _trim(doc, *shorter, rules)
    if start >= end:
        return None
    span = doc[start:end]
    if not any(t.pos_ in ("NOUN", "PROPN") for t in span):
        return None
    # one word is no name of a proposal, a hyphenated compound ("whole-system") included
    if len(span.text.split()) < 2 and span[0].pos_ != "PROPN" and not is_acronym(span[0].text):
        return None
    if not names_a_proposal(span, rules) or unbalanced_quote(span) or subject_of_next_clause(span):
        return None
    if points_elsewhere(span, rules):
        return None
    if _cut_after_its_verb(span):
        return None
    if _capitalised_gerund_name(span, rules):
        return None
    return (start, end)


def _capitalised_gerund_name(span: Span, rules: EntityRules) -> bool:
    """A phrase the parser read as a gerund and its object that is a capitalised name inside a
    sentence ("recommendations for both Government and Safeguarding Partners", "funding for
    Supporting Harbours"): every word capitalised but connectives, the last a proper noun, and the
    first, a gerund by its ending, neither opening a sentence or a line nor after a marker; a
    body or a programme named so is no proposal (one written so at a list item's start is:
    "• Establishing National Harbour Standards")."""
    first = span[0]
    if not (first.text.endswith("ing") and first.text[:1].isupper() and span[-1].pos_ == "PROPN" and len(span) >= 2):
        return False
    doc = span.doc
    if first.is_sent_start or first.i == 0 or ends_line(doc[first.i - 1]) or not doc[first.i - 1].is_alpha:
        return False
    return all(t.text[:1].isupper() or t.lower_ in rules.connectives for t in span if t.is_alpha)


_BARE_DEPS = frozenset({"det", "poss", "nummod", "punct"})
_CLAUSE_STOPS = frozenset({",", ";", ":", ".", "(", "\u2013", "\u2014"})


def _purpose_of_bare_noun(doc: Doc, start: int, end: int, limit: int, rules: EntityRules) -> int:
    """A phrase that is a bare noun ("new hubs", "more mentors": only determiners and words of
    degree before it, nothing after) names its proposal with the infinitive of purpose right
    after it ("new hubs to support families in crisis"), hung on the noun or on the verb whose
    object it is: the phrase goes on to the end of that clause (before a comma), or to its first
    subordinate clause when the whole is too long for a name."""
    if start >= end:
        return end
    head = doc[start:end].root
    if head.pos_ != "NOUN" or head.i != end - 1 or end + 1 >= len(doc) or doc[end].lower_ != "to":
        return end
    degree = word_class(rules, "degree_modifiers")
    if any(c.i < head.i and c.dep_ not in _BARE_DEPS and c.lower_ not in degree for c in head.children):
        return end   # ("regional hubs to support X": a kind of hub already names it)
    verb = doc[end + 1]
    if (verb.tag_ != "VB" or verb.head.i not in (head.i, head.head.i) or verb.dep_ not in ("acl", "relcl", "advcl", "xcomp")
            or not any(c.i == end and c.dep_ == "aux" for c in verb.children)):
        return end
    whole = next((t.i for t in doc[end : verb.right_edge.i + 1] if t.text in _CLAUSE_STOPS), verb.right_edge.i + 1)
    for b in (whole, min(whole, clause_cut(verb)[1])):
        if b - start <= limit:
            return b
    return end


_DASHES = frozenset({"\u2013", "\u2014", "-", "--"})


def _aside_cut(doc: Doc, start: int, end: int) -> int:
    """A phrase stops at a spaced dash after its first words: what follows is an aside or a
    gloss ("a shared number for every pupil \u2013 as every adult has a tax code \u2013 to link
    records" -> "a shared number for every pupil"; "the Harbour allowance - a weekly payment"
    -> "the Harbour allowance"), not more of the name. A dash inside a word or a range
    ("5\u201311", "non-statutory") has no space beside it and stays."""
    for k in range(start + 2, end):
        tok = doc[k]
        if tok.text in _DASHES and doc[k - 1].whitespace_ and tok.whitespace_:
            return k
    return end


def _cut_after_its_verb(span: Span) -> bool:
    """A phrase that ends on the verb of a clause with its own subject, whose object, complement
    or coordinated verb lies past its end ("Ensure every Harbour worker will hold | or be working
    towards X"): cut inside a clause (not an infinitive of purpose: "X to fund | and support Y")."""
    last = span[-1]
    if last.pos_ != "VERB" or last.tag_ not in ("VB", "VBP", "VBZ") or not last.is_lower:
        return False   # (a capitalised word the parser took for a verb ends a name: "Harbour Support Plans")
    if not any(c.dep_ in ("nsubj", "nsubjpass") and span.start <= c.i < span.end for c in children_of(last)):
        return False
    return any(c.i >= span.end and c.dep_ in ("dobj", "conj", "ccomp", "xcomp", "attr", "prep")
               for c in children_of(last))


def subject_of_next_clause(span: Span) -> bool:
    """A noun phrase that a finite verb right after it has as its subject in the text, though
    the parser hung it elsewhere ("called for a new hub and directors of services are ready for
    change", "to ensure young carers' interests are not lost"): the start of another clause, no
    proposal. One inside that verb's own subject, through nouns and prepositions only, stays
    ("the call for a national register is welcome")."""
    doc = span.doc
    root = span.root
    if root.pos_ not in ("NOUN", "PROPN") or span.end >= len(doc):
        return False
    nxt = doc[span.end]
    if nxt.tag_ not in ("VBP", "VBZ", "VBD", "MD") or nxt.sent.start != span.sent.start:
        return False
    clause = nxt.head if nxt.dep_ in ("aux", "auxpass") else nxt
    subjects = {c.i for c in children_of(clause) if c.dep_ in ("nsubj", "nsubjpass", "csubj", "csubjpass", "expl")}
    tok = root
    while tok.i not in subjects:
        if tok.head.i == tok.i or tok.head.pos_ in ("VERB", "AUX"):
            return True
        tok = tok.head
    return False


_HEADLINE_EXTRA = 5


def unbalanced_quote(span: Span) -> bool:
    """A phrase that opens a quotation it does not close, or closes one it did not open
    ('a break to the "cycle of need'), was cut inside a quotation: no name."""
    text = span.text
    if text.count("\u201c") != text.count("\u201d") or text.count('"') % 2 == 1:
        return True
    # a phrase that opens right after a quotation mark but stops before the quotation closes
    # ('calls for "stable homes for children where they cannot ..."' -> "stable homes for
    # children"): cut inside the quotation too
    doc = span.doc
    if span.start == 0 or doc[span.start - 1].text not in ("\u201c", '"'):
        return False
    closing = "\u201d" if doc[span.start - 1].text == "\u201c" else '"'
    sent_end = sent_at(doc, span.start).end
    close = next((t.i for t in doc[span.end : sent_end] if t.text == closing), None)
    return close is not None and not all(t.is_punct for t in doc[span.end : close])


def _shorten(doc: Doc, start: int, end: int, limit: int) -> tuple[int, int]:
    """A phrase too long for a name loses its last modifiers: a noun phrase its trailing
    prepositional phrases ("response for teenagers at risk of abuse by predators outside their
    families" -> "... by predators"), a clause its trailing infinitive or prepositional phrase
    ("X should be imposed on Y to fund Z" -> "X should be imposed on Y")."""
    head = doc[start:end].root
    while end - start > limit:
        if head.pos_ in ("NOUN", "PROPN"):
            # its prepositional phrases, and a clause of its own ("a pilot of X to provide Y")
            cuts = [t.i for t in doc[head.i + 1 : end] if t.dep_ == "prep"] + [
                t.left_edge.i for t in head.rights if t.i < end and t.dep_ in ("acl", "relcl", "xcomp", "advcl")]
            cuts.sort()
        else:
            cuts = [t.left_edge.i for t in head.rights
                    if t.i < end and t.dep_ in ("prep", "advcl", "npadvmod", "xcomp", "acl")]
        cuts = [c for c in cuts if c - start >= 2]
        if not cuts:
            break
        end = cuts[-1]
    return start, end


def _reduce(doc: Doc, start: int, end: int, rules: EntityRules) -> tuple[int, int]:
    """A clause whose verb is light names its proposal by its object ("introduce an ECF",
    "provide sustainable funding"); "ensure X happens" by its clause."""
    for _ in range(3):
        span = doc[start:end]
        if not len(span):
            break
        root = span.root
        lemma = root.lemma_.lower()
        if root.pos_ == "NOUN" and (root.lower_ in word_class(rules, "generic_heads") or lemma in word_class(rules, "generic_heads")):
            # "plans to introduce a harbour carers strategy": a generic head whose purpose is to bring in
            # a thing (a light verb's object) is named by the thing
            light = next((c for c in children_of(root) if c.dep_ in ("acl", "relcl") and c.tag_ == "VB" and start <= c.i < end
                          and c.lemma_.lower() in word_class(rules, "light_verbs")
                          and any(a.dep_ == "aux" and a.lower_ == "to" for a in children_of(c))), None)
            obj = None if light is None else next(
                (c for c in children_of(light) if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN") and c.i < end), None)
            if obj is None:
                break
            a, b = _trim(doc, *noun_phrase(obj), rules)
            if b - a < 2 or not names_a_proposal(doc[a : min(b, end)], rules):
                break   # ("plans to introduce a strategy": the plans are the proposal)
            start, end = a, min(b, end)
            continue
        if root.pos_ not in ("VERB", "AUX"):
            break
        if sum(1 for t in span if not (start <= t.head.i < end) or t.head.i == t.i) > 1:
            break  # "support to develop the skills of X" (a noun and its purpose clause): no one clause
        inside = [c for c in children_of(root) if start <= c.i < end]
        if lemma in word_class(rules, "light_verbs"):
            # "provide X" -> X; "X should be introduced" -> X
            given = given_thing(root, inside, rules)
            obj = given or next((c for c in inside if c.dep_ == "dobj"), None)
            subj = next((c for c in inside if c.dep_ == "nsubjpass" and c.pos_ in ("NOUN", "PROPN")), None)
            if obj is not None:
                a, b = noun_phrase(obj)
                # (the thing given after the recipient's relative clause lies past a cut made there)
                start, end = a, (b if given is not None and a >= end else min(b, end))
            elif subj is not None:
                a, b = noun_phrase(subj)
                a, b = _trim(doc, a, min(b, end), rules)
                if b - a < 2:
                    break  # "a levy should be imposed": one word alone says less than the clause
                start, end = a, b
            else:
                break
        elif lemma in word_class(rules, "investing_verbs") and (
                made := _instrument_invested_in(root, start, end, rules)) is not None:
            # "invest in a regional harbour carers strategy to support carers": an instrument to be
            # funded into being is the proposal, without the verb or its purpose clause
            a, b = noun_phrase(made)
            start, end = a, min(b, end)
        elif (lemma in word_class(rules, "making_verbs") and end - start > rules.recommendation_max_words
              and not any(c.dep_ in ("ccomp", "xcomp", "oprd", "attr", "dative") for c in inside)):
            # "councils should make a financial allowance paid at the rate of X available to Y",
            # too long to name: what is to be made ("make X a Y" keeps its clause)
            obj = next((c for c in inside if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN")), None)
            if obj is None:
                break
            a, b = noun_phrase(obj)
            start, end = a, min(b, end)
        elif lemma in word_class(rules, "receiving_verbs") and _beneficiary(root, "nsubj", rules):
            # "carers should receive regular respite breaks": what the people are to receive
            obj = next((c for c in inside if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN")), None)
            if obj is None:
                break
            a, b = noun_phrase(obj)
            start, end = a, min(b, end)
        elif lemma in word_class(rules, "replacing_verbs"):
            # "X be replaced by Y", "replace X with Y": Y is the proposal
            preps = [c for c in inside if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ in ("with", "by"))]
            pobj = next((p for c in preps for p in children_of(c) if p.dep_ == "pobj"), None)
            if pobj is None:
                break
            a, b = noun_phrase(pobj)
            start, end = a, min(b, end)
        elif lemma in word_class(rules, "exploring_verbs") and (gerund := _explored(root, start, end)) is not None:
            # "look at making X a Y", "consider introducing X": what is to be explored is the proposal
            a, b = clause_cut(gerund)
            start, end = a, min(b, end)
        elif (purpose := _acting_purpose(root, inside, rules)) is not None:
            # "the Office should act quickly to fund X", "go further to extend Y": a verb of acting
            # names no measure; its purpose clause does
            a, b = clause_cut(purpose)
            start, end = a, min(b, end)
        elif lemma in word_class(rules, "clause_verbs"):
            clause = next((c for c in inside if c.dep_ in ("ccomp", "xcomp")), None)
            if clause is None:
                break
            a, b = clause_cut(clause)
            start, end = a, min(b, end)
        else:
            break
    return start, end


def _acting_purpose(verb: Token, inside: list[Token], rules: EntityRules) -> Token | None:
    """The purpose infinitive of a verb of acting (the schema's `acting_verbs`, with the word
    that completes one: "act", "go further", "do more"), after the verb: "act now to fund X"
    -> "fund X"."""
    lemma = verb.lemma_.lower()
    entry = False
    for words in rules.acting_phrases:
        if words[0] == lemma and (len(words) == 1 or any(
                c.lower_ == words[1] and c.dep_ in ("advmod", "dobj", "prt", "acomp") for c in inside)):
            entry = True
            break
    if not entry or negated(verb):
        return None
    return next((c for c in inside if c.i > verb.i and c.dep_ in ("xcomp", "advcl", "dep") and c.tag_ == "VB"
                 and any(a.dep_ == "aux" and a.lower_ == "to" for a in children_of(c))), None)


def _instrument_invested_in(verb: Token, start: int, end: int, rules: EntityRules) -> Token | None:
    """The object of "in" after a verb of investing when it is an instrument ("invest in a
    harbour carers strategy", "in a new framework"), not a field or people ("invest in early help")."""
    instruments = word_class(rules, "instrument_heads")
    for prep in children_of(verb):
        if prep.dep_ == "prep" and prep.lower_ == "in" and start <= prep.i < end:
            for obj in children_of(prep):
                if (obj.dep_ == "pobj" and obj.pos_ == "NOUN" and obj.i < end
                        and (obj.lower_ in instruments or obj.lemma_.lower() in instruments)
                        and any(c.dep_ in ("compound", "amod") for c in obj.lefts)):
                    return obj
    return None


def _explored(verb: Token, start: int, end: int) -> Token | None:
    """The gerund a verb of exploring takes ("look at making X", "consider introducing Y",
    "explore extending Z"), inside the phrase."""
    for c in children_of(verb):
        if not start <= c.i < end:
            continue
        if c.dep_ in ("xcomp", "dobj", "ccomp") and c.tag_ == "VBG":
            return c
        if c.dep_ == "prep" and c.lower_ in ("at", "into"):
            gerund = next((g for g in children_of(c) if g.dep_ == "pcomp" and g.tag_ == "VBG"), None)
            if gerund is not None:
                return gerund
    return None


_CUT_PUNCT = frozenset({",", ";", ":", "(", "\u2014", "\u2013", "--"})
SUBORDINATORS = frozenset({"so", "that", "because", "although", "though", "while", "whilst", "when",
                            "whenever", "if", "unless", "whereas", "since", "until", "where", "before",
                            "after", "once"})


def clause_cut(head: Token) -> tuple[int, int]:
    """A clause up to its first subordinate clause ("so that ...", "which ..."), apposition,
    comma or coordinated verb ("reforms reach all carers, including ..." -> "reforms reach
    all carers"); an infinitive stays ("the first country to recognise X")."""
    cut = set()
    for d in head.subtree:
        if d.i <= head.i:
            continue
        if d.dep_ in ("conj", "cc") and d.i == d.head.i + (2 if d.dep_ == "conj" else 1) and shares_object(d.head):
            continue  # "draft and publish the rules": one measure, the object shared
        if (_subordinate(d)
                or d.dep_ in ("appos", "parataxis")
                or (d.dep_ in ("conj", "cc") and d.head.pos_ in ("VERB", "AUX"))
                or (d.dep_ == "punct" and d.text in _CUT_PUNCT and not _list_comma(d))):
            cut.update(t.i for t in d.subtree)
    end = head.i + 1
    for k in range(head.i + 1, head.right_edge.i + 1):
        if k in cut:
            break
        end = k + 1
    return (head.left_edge.i, end)


def shares_object(head: Token) -> bool:
    """Whether the verb right after "and"/"or" shares its object with this verb, which has none
    ("to review and publish the harbour rules", "scope and fund a register"): the two verbs are
    one measure."""
    doc = head.doc
    if head.pos_ != "VERB" or head.i + 2 >= len(doc) or doc[head.i + 1].lower_ not in ("and", "or"):
        return False
    if any(c.dep_ in ("dobj", "prep", "xcomp", "ccomp", "dative", "prt") for c in children_of(head)):
        return False
    conj = doc[head.i + 2]
    return (conj.dep_ == "conj" and conj.head.i == head.i and conj.pos_ == "VERB" and conj.tag_ == head.tag_
            and any(c.dep_ == "dobj" for c in children_of(conj)))


def _list_comma(tok: Token) -> bool:
    """A comma between the items of a coordinated noun phrase ("putting love, relationships and
    a stable home at the heart of care"): the clause goes on past it."""
    head = tok.head
    return tok.text == "," and head.pos_ in ("NOUN", "PROPN") and head.i < tok.i and any(
        c.dep_ == "conj" and c.i > tok.i and c.pos_ in ("NOUN", "PROPN") for c in children_of(head))


def _subordinate(tok: Token) -> bool:
    if tok.dep_ not in ("relcl", "advcl"):
        return False
    marks = [c.lower_ for c in children_of(tok) if c.dep_ == "mark"]
    if marks[:2] in (["as", "if"], ["as", "though"]):
        return False  # "treat X as if it were Y": the manner is part of the clause
    first = tok.left_edge
    if first.i > 0 and first.nbor(-1).text in _CUT_PUNCT:
        return True
    if first.tag_ in ("WDT", "WP", "WP$", "WRB"):
        return True
    return any(c.dep_ in ("mark", "advmod") and c.lower_ in SUBORDINATORS and c.i < tok.i for c in children_of(tok))


# prepositions whose object does not make a generic head specific: a list, or a source or
# agent ("reforms from individuals, organisations and councils")
_LIST_PREPS = frozenset({"such", "as", "like", "including", "from", "by"})


def names_a_proposal(span: Span, rules: EntityRules) -> bool:
    """A vague head ("level", "number", "months") never names a proposal; a generic one
    ("reforms", "a step change", "a reset") only with a complement that is not itself generic
    ("reforms to social work training", not "a rethink of the system"); a publication ("the
    review") is no proposal."""
    head = span.root
    first = span[0]
    if first.tag_ in ("VB", "VBP") and first.lemma_.lower() in word_class(rules, "procedural_verbs"):
        return False  # "approve funding of X" in a committee's list, whatever the parse made of it
    if first.pos_ == "ADP" and first.lower_ not in _OPENING_PREPS and first.text[:1].islower():
        return False  # "through the Harbour Pathfinder": the means a clause names, no measure
    if head.pos_ in ("VERB", "AUX"):
        # "it was recommended that members note the report": procedure, not a proposal
        if head.lemma_.lower() in word_class(rules, "procedural_verbs"):
            return False
        # "a motion to take note": a verb with a bare noun of procedure as its object
        if any(c.dep_ == "dobj" and c.lemma_.lower() in word_class(rules, "procedural_verbs")
               and all(g.dep_ == "det" or g.is_space for g in children_of(c)) for c in children_of(head)):
            return False
        # "it is recommended that members support the programme", "that Cabinet agrees X": what a
        # committee report asks its own meeting to decide is procedure, whatever the verb
        if any(c.dep_ == "nsubj" and c.lower_ in word_class(rules, "meeting_subjects")
               and all(g.dep_ == "det" and g.lower_ == "the" for g in children_of(c)) for c in children_of(head)):
            return False  # (not "the board of every trust": a body the proposal is for)
        # "the Government acts now": a subject and a bare verb name no proposal; a noun
        # outside the subject does ("X act as corporate parents", however the parser hung it)
        # "to tackle some of our most significant challenges", "meet the needs of X": an aim
        # (a verb of addressing with a problem as its object), not a measure
        if head.lemma_.lower() in word_class(rules, "aim_verbs") and any(
                c.dep_ == "dobj" and c.lemma_.lower() in word_class(rules, "problem_nouns")
                or c.dep_ == "dobj" and any(p.dep_ == "prep" and p.lower_ == "of" and any(
                    o.dep_ == "pobj" and o.lemma_.lower() in word_class(rules, "problem_nouns") for o in children_of(p))
                    for p in children_of(c))
                for c in children_of(head)):
            return False
        if _changes_the_field(head, span, rules):
            return False
        # "to explore options for X", "consider alternatives": a study of choices, no measure yet
        if head.lemma_.lower() in word_class(rules, "exploring_verbs") and any(
                c.dep_ == "dobj" and (c.lower_ in word_class(rules, "generic_heads")
                                      or c.lemma_.lower() in word_class(rules, "generic_heads")) for c in children_of(head)):
            return False
        # ("X must go further and faster with reform": a generic noun names nothing either)
        subject = {t.i for c in children_of(head) if c.dep_ in ("nsubj", "expl") for t in c.subtree}
        generic = word_class(rules, "generic_heads") | word_class(rules, "vague_heads")
        # ("recognise harbour carers", "invest in our children": people alone, under a verb of
        # regard, name no measure; "recruit new youth workers" does, and so does a role they are
        # to take: "value carers as partners")
        regarding = head.lemma_.lower() in word_class(rules, "regarding_verbs")
        people = word_class(rules, "people_heads") if regarding and not subject else frozenset()
        return any(t.pos_ in ("NOUN", "PROPN", "NUM") and t.i not in subject
                   and not (t.pos_ == "NOUN" and (t.lower_ in generic or t.lemma_.lower() in generic))
                   and not (t.pos_ == "NOUN" and _people(t if t.dep_ != "compound" else t.head, people)
                            and t.head.lower_ != "as" and (t.left_edge.i == 0 or t.doc[t.left_edge.i - 1].lower_ != "as"))
                   for t in span)
    if any(t.tag_ in ("VBZ", "VBP", "VBD", "MD") for t in span if t.i < head.i):
        return False  # a finite verb before the head: a misparsed clause ("the system is failing families")
    words = {head.lower_, head.lemma_.lower()}
    if (words & word_class(rules, "vague_heads") and not _identifier(head, rules)) or words & rules.recommendation_nominals:
        return False  # "a call for X" is found through the noun: X is the proposal
    if (any(w in rules.recommendation_recommenders for w in words) and head.pos_ != "PROPN"
            and (head.i == span.start or not words & word_class(rules, "instrument_heads"))):
        return False  # "calls for the review to be set up", "a new strategy"; not "an early career framework"
    enacting = word_class(rules, "enacting_publications")
    if words & enacting and head.pos_ != "PROPN" and (head.i == span.start or not words & word_class(rules, "instrument_heads")):
        return False  # "the proposed legislation in the X Bill": the publication, not a measure of it
    if head.ent_type_ in ("DATE", "TIME", "MONEY", "PERCENT", "CARDINAL", "QUANTITY"):
        return False
    if head.pos_ == "PROPN" and _existing_name(span, rules):
        return False
    if describes_a_problem(head, rules):
        return False
    if words & word_class(rules, "part_heads") and any(
            c.dep_ == "prep" and c.lower_ == "of" and span.start <= c.i < span.end for c in children_of(head)):
        return False  # "the role of harbour wardens": a part they play, not a measure
    if words & word_class(rules, "people_heads") and not any(
            c.dep_ == "prep" and c.lower_ in _BENEFICIARY_PREPS and span.start <= c.i < span.end for c in children_of(head)):
        return False  # "directors of youth services": a post; not "a mentor for every young carer"
    if words & word_class(rules, "resource_heads") and not (_complemented(head, span) or _amount(head)) and all(
            c.dep_ in ("det", "poss", "punct", "cc") or c.lower_ in word_class(rules, "degree_modifiers")
            for c in head.lefts):
        # "substantial investment": an appraisal; not "investment in youth clubs", "a 3bn investment",
        # "long-term funding" (a kind of funding)
        return False
    if not words & word_class(rules, "generic_heads"):
        return True
    # ("changes to the way X works": a vague complement is no more specific than a generic one)
    generic_complements = word_class(rules, "generic_complements") | word_class(rules, "vague_heads")
    for prep in children_of(head):
        if prep.dep_ != "prep" or not (span.start <= prep.i < span.end) or prep.lower_ in _LIST_PREPS:
            continue
        for pobj in children_of(prep):
            if pobj.dep_ in ("pobj", "pcomp") and pobj.i < span.end:
                if pobj.lower_ not in generic_complements and pobj.lemma_.lower() not in generic_complements:
                    return True
    # "urgent measures to strengthen retention": a purpose clause with an object of its own names them
    for clause in children_of(head):
        if (clause.dep_ in ("acl", "relcl") and clause.pos_ == "VERB" and clause.tag_ == "VB" and clause.i < span.end
                and any(a.dep_ == "aux" and a.lower_ == "to" for a in children_of(clause))
                and clause.lemma_.lower() not in word_class(rules, "aim_verbs")):
            for obj in children_of(clause):
                if (obj.dep_ == "dobj" and obj.pos_ == "NOUN" and obj.i < span.end
                        and obj.lower_ not in generic_complements and obj.lemma_.lower() not in generic_complements):
                    return True
    return False


def points_elsewhere(span: Span, rules: EntityRules) -> bool:
    """A phrase whose head noun, its verb's object or a noun of its own complement has a
    determiner that points to something named elsewhere ("expand this part of the scheme",
    "the results of these trials", "adopt her plan") is a pointer to a proposal, not its name.
    Not a determiner deeper in the phrase or of a time ("a new forum by the end of this year"),
    nor a demonstrative pronoun ("help for those in need"); "its/his/her" is generic when its
    owner is in the phrase or is the clause's subject with "every/each/all" ("for every council
    to publish its local offer")."""
    pointing = word_class(rules, "pointing_determiners")
    head = span.root
    verbs = [head] + [c for c in children_of(head) if c.dep_ in ("acl", "relcl") and span.start <= c.i < span.end]
    own = [head] + [c for v in verbs for c in children_of(v) if c.dep_ in ("dobj", "attr") and span.start <= c.i < span.end]
    for noun in list(own):
        for prep in children_of(noun):
            if prep.dep_ == "prep" and span.start <= prep.i < span.end:
                own += [p for p in children_of(prep) if p.dep_ == "pobj" and p.i < span.end]
    for noun in own:
        if noun.ent_type_ in _TIME_ENTS or noun.dep_ == "npadvmod":
            continue  # "this year", "these days": a time, no pointer
        for det in children_of(noun):
            if (det.dep_ in ("det", "poss") and det.lower_ in pointing and span.start <= det.i < span.end
                    and det.ent_type_ not in _TIME_ENTS and not _generic_owner(det, span)):
                return True
    return False


_TIME_ENTS = frozenset({"DATE", "TIME"})
_EVERY = frozenset({"every", "each", "all", "everyone", "everybody"})


def _generic_owner(det: Token, span: Span) -> bool:
    """A possessive "its/his/her" whose owner is any one of many: a noun with "every/each/all"
    inside the phrase before it, or the subject of the nearest clause above it ("every council
    should publish its offer")."""
    if det.dep_ != "poss" or det.lower_ not in ("its", "his", "her"):
        return False
    if any(t.lower_ in _EVERY for t in span if t.i < det.i):
        return True
    verb = det.head
    while verb.head.i != verb.i and verb.pos_ not in ("VERB", "AUX"):
        verb = verb.head
    subj = next((c for c in children_of(verb) if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subj is not None and (subj.lower_ in _EVERY or any(c.lower_ in _EVERY for c in children_of(subj)))


_BENEFICIARY_PREPS = frozenset({"for", "with", "without"})
# prepositions that may open a proposal's phrase ("for every child to have X", "to X")
_OPENING_PREPS = frozenset({"for", "to"})


def _people(tok: Token, people: frozenset[str]) -> bool:
    """A noun of people ("carers"; its modifier too: "harbour" in "harbour carers")."""
    return tok.pos_ == "NOUN" and (tok.lower_ in people or tok.lemma_.lower() in people)


def _identifier(head: Token, rules: EntityRules) -> bool:
    """A counting noun that names a thing, not a quantity (the schema's `counting_heads`): one
    introduced by "a" with a modifier of kind and no "of" ("a unique reference number for each
    child"); not "a number of X", "a higher number", "a significant number"."""
    if head.lower_ not in word_class(rules, "counting_heads") or head.tag_ != "NN":
        return False
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in children_of(head)):
        return False
    if not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in children_of(head)):
        return False
    degree = word_class(rules, "degree_modifiers")
    kinds = [c for c in children_of(head) if c.dep_ in ("amod", "compound") and c.i < head.i]
    return bool(kinds) and all(c.tag_ not in ("JJR", "JJS", "CD") and c.lower_ not in degree for c in kinds)


def _existing_name(span: Span, rules: EntityRules) -> bool:
    """The name of a law in force is no proposal: a proper name holding one of the schema's
    `binding_publications` ("the Harbours Act 1996 will be expanded to include X": what is
    proposed is X, not the Act)."""
    names = [t for t in span if t.pos_ == "PROPN"]
    binding = word_class(rules, "binding_publications")
    return any(t.lower_ in binding for t in names)


def describes_a_problem(head: Token, rules: EntityRules) -> bool:
    """A noun phrase that names a state of affairs: its head is a noun of difficulty, growth,
    dependence or shortage ("a growing reliance on X", "a shortage of Y"), or a modifier of trend
    or deficiency describes its head ("fragmented record keeping", "rising rents")."""
    if head.lower_ in word_class(rules, "problem_heads") or head.lemma_.lower() in word_class(rules, "problem_heads"):
        return True
    trends = word_class(rules, "trend_modifiers")
    return any(c.dep_ in ("amod", "compound") and c.i < head.i and c.lower_ in trends for c in children_of(head))


def _complemented(head: Token, span: Span) -> bool:
    """Whether a noun has a prepositional complement inside the phrase ("investment in X"), or
    one the parser hung outside the phrase that the phrase takes in ("to see investment | in
    X", the preposition on the verb)."""
    return any(c.dep_ == "prep" and span.start <= c.i < span.end and (
        c.head.i == head.i or (c.i > head.i and not span.start <= c.head.i < span.end)) and any(
        p.dep_ in ("pobj", "pcomp") for p in children_of(c)) for c in span)


def _amount(head: Token) -> bool:
    """Whether a sum or number modifies a noun ("a 3bn investment", "an extra 300m of funding")."""
    return any(t.ent_type_ == "MONEY" or t.tag_ in ("$", "CD") for c in head.lefts for t in c.subtree)


def _changes_the_field(verb: Token, span: Span, rules: EntityRules) -> bool:
    """A verb of change whose object is the whole field and which says nothing more ("reform
    local services", "transform the system in the new strategy"): an aim, like "a rethink
    of the system". A complement of manner or place makes it a measure ("reform the care system
    through regional bodies")."""
    if verb.lemma_.lower() not in word_class(rules, "change_verbs"):
        return False
    obj = next((c for c in children_of(verb) if c.dep_ == "dobj" and span.start <= c.i < span.end), None)
    # (or what an aim improves: "improve outcomes for children", "transform young people's lives")
    field = word_class(rules, "generic_complements") | word_class(rules, "aim_objects")
    if obj is None or (obj.lower_ not in field and obj.lemma_.lower() not in field):
        return False
    if any(c.dep_ == "compound" and c.lower_ not in field and c.lemma_.lower() not in field for c in children_of(obj)):
        return False  # "improve youth services": a compound names a part of the field
    locating = _publication_heads(rules)
    aim = obj.lower_ in word_class(rules, "aim_objects") or obj.lemma_.lower() in word_class(rules, "aim_objects")
    for holder in (verb, obj):
        for c in children_of(holder):
            if not (span.start <= c.i < span.end) or c.i == obj.i:
                continue
            if c.dep_ == "prep" and all(p.lemma_.lower() in locating or p.lower_ in locating
                                        for p in children_of(c) if p.dep_ == "pobj"):
                continue  # "in the strategy": where it is proposed
            if c.dep_ == "prep" and c.lower_ == "in" and all(
                    p.ent_type_ in ("GPE", "LOC") for p in children_of(c) if p.dep_ == "pobj") and any(
                    p.dep_ == "pobj" for p in children_of(c)):
                continue  # "the care system in Westshire": the field where it is, still the whole field
            if aim and holder is obj and c.dep_ == "prep" and c.lower_ in ("for", "of"):
                continue  # "outcomes for children", "the lives of young people": whose
            if c.dep_ in ("prep", "advcl", "xcomp", "ccomp", "dative", "agent", "npadvmod"):
                return False
    return True


def _publication_heads(rules: EntityRules) -> frozenset[str]:
    return frozenset(rules.recommendation_recommenders) | word_class(rules, "enacting_publications")


def _trim(doc: Doc, start: int, end: int, rules: EntityRules) -> tuple[int, int]:
    while start < end and (
        doc[start].is_punct or doc[start].is_space or doc[start].lower_ in rules.recommendation_trim
    ):
        start += 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    start = _reopen_quote(doc, start, end)
    # "the creation of X" -> X, when X is a proper name
    if end - start > 3 and doc[start].pos_ == "NOUN" and doc[start + 1].lower_ == "of":
        rest = doc[start + 2 : end]
        if rest and rest[0].pos_ == "PROPN":
            start += 2
    return start, end


def _reopen_quote(doc: Doc, start: int, end: int) -> int:
    """A phrase trimmed of its opening quotation mark that still holds the closing one
    ("'revolution' in family help"): the mark goes back in."""
    if start == 0 or start >= end:
        return start
    opening = doc[start - 1].text
    closing = _QUOTES.get(opening)
    if closing is None or not doc[start - 1].is_quote:
        return start
    inside = [t for t in doc[start:end] if t.text in (opening, closing)]
    return start - 1 if len(inside) == 1 and inside[0].text == closing else start


def _last_verb_phrase(span: Span, rules: EntityRules) -> tuple[int, int] | None:
    for tok in reversed(span):
        if tok.pos_ == "VERB" and tok.right_edge.i + 1 >= span.end - 1:
            start = tok.i
            if start + 1 < span.end and span.end - start <= rules.recommendation_max_words:
                return (start, span.end)
    return None
