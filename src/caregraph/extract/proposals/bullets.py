"""Bulleted lists whose introducing line proposes ("X is urging the Government to:", "The
review recommends:", "Its recommendations include:", "The Bill will:", "The strategy sets out
six pillars:") or asks ("We are asking the government to:", "Our asks:"): each item is a
proposal."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Token

from ...core.schema import EntityRules
from ..syntax import children_of, negated, spaces
from ..syntax import lines as lines_of
from .items import RecommendationItem, word_class
from .phrases import SUBORDINATORS, clause_cut, given_thing, noun_phrase, proposal_phrase
from .recommenders import about_recommender, find_recommender, is_publication, noun_owner
from .triggers import about_publication, calling_entry, coordinated_gerunds


def bullet_items(doc: Doc, rules: EntityRules) -> Iterator[RecommendationItem]:
    """Items of a bulleted list whose introducing line (ending with a colon) holds a
    recommending or calling verb with its recommender ("X is urging ministers to:", "The
    review recommends:") or a recommending noun ("Its recommendations include:")."""
    space = spaces(doc)
    intro: tuple[int, int | None, bool] | None = None   # trigger, recommender, calls
    bare = False   # whether a line without a marker may still be an item (see _unmarked_item)
    in_list = False   # whether the line before was an item of the list
    rows = _line_bounds(doc, space)
    for n, (first, last) in enumerate(rows):
        # a line's first and last words decide what it is: its words are listed only for a
        # list's introduction and its items
        bullet = _is_bullet(doc[first])
        listed = bullet or (intro is not None and bare) or doc[last].text == ":"
        words = [doc[k] for k in range(first, last + 1) if not space[k]] if listed else []
        if doc[last].text == ":":
            # (a marked line may introduce the items after it: "- The Panel makes recommendations
            # as follows:" over "- A new model for X"; a marked line that introduces nothing is an item)
            opened = _list_intro(words, rules)
            if not bullet or opened is not None:
                intro = opened
                bare = intro is not None and not bullet
                in_list = False
                continue
        if not bullet and not (intro is not None and bare and _unmarked_item(words, rules) and (
                in_list or _item_follows(doc, space, rows, n, rules))):
            intro = None
            continue
        if intro is None:
            continue
        bare = bare and not bullet   # (a list that has used markers ends at a line without one)
        in_list = True
        if _heads_sublist(doc, rows, n):
            continue  # "1. Family Support" over "- a register of carers": a heading, its items follow
        body = words[1:] if words[0].text in _BULLETS or words[0].like_num else words
        if words[0].like_num and body and body[0].text in (".", ")"):
            body = body[1:]  # "1. A national register ..."
        if not body:
            continue
        item_end = body[-1].i + 1
        for t in body[1:]:
            if t.is_sent_start or t.text in (".", ";", ":") or (
                t.text == "," and t.i + 1 < len(doc) and doc[t.i + 1].lower_ in _ITEM_CUTS
            ):
                item_end = t.i  # ("• A headline, before ...: its explanation": the headline is the item)
                break
        if _cut_off(doc, body[0].i, item_end):
            continue  # "• Give every island a ferry by buying new" (the line broke the item): no whole phrase
        if body[0].lower_ in word_class(rules, "procedural_verbs"):
            continue  # "• note the report", "• approve funding of X" (often tagged a noun)
        if body[0].lower_ in word_class(rules, "helping_verbs"):
            continue  # "• Help more children stay with their families": an aim, the measures follow it
        lead = body[0]
        enabled = _enabled_measure(body, rules)
        if enabled is not None:
            # "• Enable the introduction of a national register": the register is the proposal
            body = [doc[k] for k in range(enabled, item_end)]
        given = given_thing(body[0], [c for c in children_of(body[0]) if c.i < item_end], rules) if body[0].lower_ in word_class(
            rules, "light_verbs") else None
        if given is not None and given.i < item_end:
            # "• Give carers the right to X", "• Provide families with X": the thing given
            body = [doc[k] for k in range(noun_phrase(given)[0], item_end)]
        elif body[0].lower_ in word_class(rules, "light_verbs") and len(body) > 2 and body[1].pos_ in ("DET", "ADJ", "NOUN", "NUM", "SYM"):
            body = body[1:]  # "• introduce a carers' allowance": the parser may take the verb for a noun
        span = _bullet_phrase(doc, body[0].i, item_end)
        if span is None:
            continue
        item = proposal_phrase(doc, span[0], span[1], rules, headline=_headline(doc[span[0] : span[1]].root))
        if item:
            yield RecommendationItem(item[0], item[1], intro[0], intro[1], intro[2])
        for verb in _coordinated_measures(lead, item_end, rules):
            # "• Create a register of X, and require Y": each verb's clause is a measure
            a, b = clause_cut(verb)
            item = proposal_phrase(doc, a, min(b, item_end), rules)
            if item:
                yield RecommendationItem(item[0], item[1], intro[0], intro[1], intro[2])


_ITEM_CUTS = SUBORDINATORS | {"before", "after", "once", "which", "who"}
_BULLETS = ("\u2022", "-", "*", "\u2023", "\u00b7", "\u25aa", "\u25cf")


def _is_bullet(tok: Token) -> bool:
    if tok.text in _BULLETS or tok.text.startswith("\u2022"):
        return True
    return tok.like_num and tok.i + 1 < len(tok.doc) and tok.nbor(1).text in (".", ")")


def _heads_sublist(doc: Doc, rows: list[tuple[int, int]], n: int) -> bool:
    """A numbered line followed by a line of another marker ("1. Family Support" over "- a
    register of carers"): the heading of the items under it."""
    if not doc[rows[n][0]].like_num or n + 1 >= len(rows):
        return False
    nxt = doc[rows[n + 1][0]]
    return _is_bullet(nxt) and not nxt.like_num


def _cut_off(doc: Doc, start: int, end: int) -> bool:
    """A list item that a line break cut off mid-phrase: its last word is one that needs a word
    after it (a determiner, preposition or conjunction, or an adjective with no noun to modify:
    "• Give every island family a home by building new"). Not an item closed by its own
    punctuation ("• A register of carers; and"), a predicate adjective ("• Keep children safe"),
    a verb's particle ("• Help young carers catch up") nor the preposition a relative or
    infinitive clause leaves at its end ("• Give every child a mentor to talk to", "• Fund the
    ferries islanders depend on")."""
    words = [t for t in doc[start:end] if not t.is_space]
    if len(words) < 2 or end < len(doc) and doc[end].is_punct and doc[end].text != "•":
        return False
    last = words[-1]
    if last.pos_ == "ADP" and (last.tag_ == "RP" or last.dep_ == "prt" or _stranded(last)):
        return False
    return last.pos_ in ("DET", "ADP", "CCONJ", "SCONJ") or (last.tag_ == "JJ" and last.dep_ in ("amod", "advmod"))


def _stranded(prep: Token) -> bool:
    """A preposition with no object of its own at the end of a relative or infinitive clause
    ("someone to talk to", "the ferries islanders depend on")."""
    if any(c.dep_ in ("pobj", "pcomp") for c in children_of(prep)):
        return False
    verb = prep.head
    return verb.pos_ in ("VERB", "AUX") and verb.i < prep.i and (
        verb.dep_ in ("relcl", "acl") or any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(verb)))


def _line_bounds(doc: Doc, space: list[bool]) -> list[tuple[int, int]]:
    """The first and last words of each line that has any."""
    rows = []
    for line in lines_of(doc):
        first = next((k for k in range(line.start, line.end) if not space[k]), None)
        if first is not None:
            rows.append((first, next(k for k in range(line.end - 1, first - 1, -1) if not space[k])))
    return rows


def _unmarked_item(words: list[Token], rules: EntityRules) -> bool:
    """A list item written without a marker under a proposing line, before any marked item
    ("The harbour plan's proposals are:" / "Provide every island with X" / "Widening Y through
    Z"): a line that opens with a verb in its base form or a gerund which heads its sentence
    with no subject of its own, and that speaks to no one (not "Commenting on the plan, Jane
    Doe said ...", nor "Read our response to the plan here") nor asks the reader to act (the
    schema's `call_to_action_verbs`: "Sign the petition to save the ferry")."""
    tok = words[0]
    return (tok.pos_ == "VERB" and tok.tag_ in ("VB", "VBG") and tok.dep_ == "ROOT" and tok.is_title
            and tok.lower_ not in word_class(rules, "call_to_action_verbs")
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in children_of(tok))
            and not any(t.lower_ in _PERSONAL for t in words))


def _item_follows(doc: Doc, space: list[bool], rows: list[tuple[int, int]], n: int, rules: EntityRules) -> bool:
    """Whether the line after line `n` looks like another item: a marked one, or one opened by
    a verb in its base form or a gerund (also when the parser reads "Create" as in "they
    create", or takes the gerund for a subject) that asks the reader for nothing and speaks to
    no one. A single unmarked line followed by running text is no list."""
    if n + 1 >= len(rows):
        return False
    first, last = rows[n + 1]
    if _is_bullet(doc[first]):
        return True
    tok = doc[first]
    return (doc[last].text != ":" and tok.pos_ == "VERB" and tok.tag_ in ("VB", "VBP", "VBG") and tok.is_title
            and tok.lower_ not in word_class(rules, "call_to_action_verbs")
            and not any(doc[k].lower_ in _PERSONAL for k in range(first, last + 1)))


_PERSONAL = frozenset({"i", "me", "my", "we", "us", "our", "you", "your", "here"})


def _list_intro(words: list[Token], rules: EntityRules) -> tuple[int, int | None, bool] | None:
    plain = [t for t in words if not t.is_punct]
    if not plain:
        return None  # a line of punctuation only (":") introduces nothing
    if plain[-1].lower_ in ("by", "from"):
        return None  # "It responds to the recommendations made by:": the items are who made them
    if len(plain) <= 4 and plain[0].lower_ in _FIRST_PERSON and plain[-1].lower_ in word_class(rules, "asking_nouns"):
        # "Our asks:", "Our key demands:" (read by the words: the parser often takes "asks" for
        # a verb): the page's voice calls for each item
        return (plain[-1].i, plain[0].i, True)
    committed = _publication_intro(words, rules) or _recommended_things(words, plain, rules)
    if committed is not None:
        return committed
    modals = rules.recommendation_modals
    for tok in words:
        if tok.pos_ == "VERB" and tok.lemma_.lower() in word_class(rules, "saying_verbs") and not negated(tok) and any(
            t.i > tok.i and t.lower_ in modals and not negated(t.head) for t in words
        ):
            # "X believes (that) there are areas where the Bill should be amended:": the speaker's calls
            recommender = find_recommender(tok, rules, passive=False, calling=True)
            return None if recommender is None else (tok.i, recommender, True)
        calling = calling_entry(tok, rules) if tok.pos_ == "VERB" else None
        if calling is None and tok.pos_ == "VERB" and _asks_to(tok, words, rules):
            calling = tok.lemma_.lower()
        if tok.pos_ == "VERB" and (tok.lemma_.lower() in rules.recommendation_triggers or calling):
            if negated(tok):
                return None
            passive = any(c.dep_ == "auxpass" for c in children_of(tok))
            # ("The Committee is recommended to:": the subject is who is to act)
            if passive and plain[-1].lower_ != "to" and _names_its_proposal(tok, rules):
                return None
            recommender = find_recommender(tok, rules, passive=passive, calling=calling is not None)
            if recommender is None and not passive:
                return None
            return (tok.i, recommender, calling is not None)
        first_person = next((c for c in children_of(tok) if c.dep_ == "poss" and c.lower_ in _FIRST_PERSON), None)
        if tok.pos_ == "NOUN" and tok.tag_ == "NNS" and (
            tok.lower_ in rules.recommendation_nominals or tok.lemma_.lower() in rules.recommendation_nominals
        ):
            if first_person is not None:
                # "Our key recommendations are:": the page's own voice, not a publication it names
                return (tok.i, first_person.i, True)
            owner = noun_owner(tok, rules)
            pronoun = any(c.dep_ == "poss" and c.pos_ == "PRON" for c in children_of(tok))
            if owner is None and not pronoun and not about_recommender(tok, rules) and not (
                    not any(c.dep_ == "poss" for c in children_of(tok)) and about_publication(tok, rules)):
                # ("The recommendations include:", "X is making recommendations as follows:" in
                # a passage about a publication or its proposals: those recommendations; not
                # another's, "The Government's other proposals include:")
                return None
            return (tok.i, owner, tok.lemma_.lower() == "call")
        if _umbrella_relative(tok, plain, rules):
            # "We welcome measures that will:", "The Bill contains provisions which will:" on a
            # page about a publication: its measures (the owner's, when the noun names one)
            owner = noun_owner(tok, rules)
            return None if owner is None and not about_publication(tok, rules) else (tok.i, owner, False)
        if _umbrella_subject(tok, plain, rules):
            # "Measures include:", "Children's social care measures in the Bill include:" on a page
            # about a publication: its measures (the owner's, when the noun names one)
            owner = noun_owner(tok, rules)
            return None if owner is None and not about_publication(tok, rules) else (tok.i, owner, False)
    return None


def _recommended_things(words: list[Token], plain: list[Token], rules: EntityRules) -> tuple[int, int | None, bool] | None:
    """"the report details eight sets of recommended actions, including:": the proposed things
    the line names are listed; the verb's subject, a publication, makes them."""
    cues = {cue.split()[-1] for cue in rules.recommendation_list_cues}
    if plain[-1].lower_ not in cues:
        return None
    for tok in words:
        if (tok.pos_ == "NOUN" and tok.tag_ in ("NNS", "NNPS") and not negated(tok.head)
                and any(c.dep_ == "amod" and c.lower_ in word_class(rules, "proposal_modifiers") for c in children_of(tok))):
            verb = tok
            while verb.dep_ in ("pobj", "prep", "dobj") and verb.head.i != verb.i and verb.pos_ != "VERB":
                verb = verb.head
            subj = next((c for c in children_of(verb) if c.dep_ == "nsubj"), None) if verb.pos_ == "VERB" else None
            return (tok.i, subj.i if subj is not None and is_publication(subj, rules) else None, False)
    return None


def _umbrella_subject(tok: Token, plain: list[Token], rules: EntityRules) -> bool:
    """A plural noun of measures (the schema's `umbrella_nouns`) as the subject of a list verb
    that closes the line ("Measures include:")."""
    verb = tok.head
    return (tok.pos_ == "NOUN" and tok.tag_ == "NNS" and tok.dep_ == "nsubj" and tok.lower_ in word_class(rules, "umbrella_nouns")
            and verb.i == plain[-1].i and verb.lemma_.lower() in word_class(rules, "list_verbs") and not negated(verb))


_FIRST_PERSON = frozenset({"our", "my"})


def _umbrella_relative(tok: Token, plain: list[Token], rules: EntityRules) -> bool:
    """A plural noun of measures whose relative clause is a modal of commitment closing the line
    ("measures that will:"): the bullets complete the clause. Only a publication's measures or
    the measures someone welcomes ("We welcome measures that will:"), not the speaker's own ("We
    have introduced measures that will:", "our measures that will:")."""
    if not (tok.pos_ == "NOUN" and tok.tag_ == "NNS" and tok.lower_ in word_class(rules, "umbrella_nouns")):
        return False
    last = plain[-1]
    if not (last.tag_ == "MD" and last.lower_ in word_class(rules, "commitment_modals") and last.dep_ == "relcl"
            and last.head.i == tok.i and not negated(last)):
        return False
    if any(c.dep_ == "poss" and c.lower_ in _FIRST_PERSON for c in children_of(tok)):
        return False
    if tok.dep_ == "dobj" and tok.head.pos_ == "VERB" and noun_owner(tok, rules) is None:
        # ("We welcome measures that will:"; not "The Trust has introduced measures that will:")
        return tok.head.lemma_.lower() in word_class(rules, "approving_verbs") and not negated(tok.head)
    return tok.dep_ in ("dobj", "nsubj", "ROOT", "attr")


def _names_its_proposal(verb: Token, rules: EntityRules) -> bool:
    """A passive proposing verb whose subject already names what was proposed ("Regional hubs
    were proposed in the review as a response to challenges, including:"): the list after the
    colon belongs to another noun. An umbrella subject ("The following measures are proposed:",
    "A number of changes were suggested:") is the list's."""
    umbrella = (word_class(rules, "generic_heads") | word_class(rules, "vague_heads")
                | word_class(rules, "collective_heads") | {"following"})
    for subj in children_of(verb):
        if subj.dep_ == "nsubjpass" and subj.pos_ in ("NOUN", "PROPN"):
            return subj.lower_ not in umbrella and subj.lemma_.lower() not in umbrella
    return False


def _asks_to(verb: Token, words: list[Token], rules: EntityRules) -> bool:
    """"We are asking the Government to:": an asking verb with an addressee and a bare "to"
    before the colon (the asked-for clauses are the bullets)."""
    if verb.lemma_.lower() not in word_class(rules, "asking_verbs"):
        return False
    addressee = next((c for c in children_of(verb) if c.dep_ in ("dobj", "dative") and c.i > verb.i), None)
    if addressee is None:
        return False
    rest = [t for t in words if t.i > addressee.right_edge.i and not t.is_space]
    # ("We asked the children what they wanted to:": "to" must follow the addressee at once)
    return [t.text.lower() for t in rest] == ["to", ":"]


def _publication_intro(words: list[Token], rules: EntityRules) -> tuple[int, int | None, bool] | None:
    """"The Bill will:" (a modal of commitment the colon closes), "The strategy sets out six
    pillars:" (a presenting verb whose plural object the colon closes): the subject, a
    publication, proposes each item. An organisation's or person's line ("The Trust will:")
    says what it does itself, no proposal. Verbs of containing ("The strategy includes the
    following commitments:", "The plan introduces several measures:") present only a plural
    noun of proposals or "the following"."""
    words = _without_aside(words)
    last = [t for t in words if not t.is_punct and t.pos_ != "ADV"]
    if not last:
        return None
    head = last[-1]
    if head.tag_ in ("NN", "NNP", "NNS", "NNPS") and head.dep_ in ("pobj", "dobj"):
        # "sets out six pillars of the reform process:", "sets out five missions for young people
        # leaving care:": the colon closes the object's phrase (through prepositions and a
        # participle's object, not a relative clause: "pillars, which will be delivered in two phases:")
        obj = head
        while obj.head.i != obj.i and (
                (obj.dep_ in ("pobj", "prep") and obj.head.pos_ in ("NOUN", "PROPN", "ADP"))
                or (obj.dep_ == "dobj" and obj.head.dep_ == "acl" and obj.head.tag_ in ("VBG", "VBN"))
                or (obj.dep_ == "acl" and obj.tag_ in ("VBG", "VBN") and obj.head.pos_ in ("NOUN", "PROPN"))):
            obj = obj.head
        if obj.tag_ in ("NNS", "NNPS") and obj.dep_ == "dobj":
            head = obj
    if head.tag_ == "MD" and head.lower_ in word_class(rules, "commitment_modals") | word_class(rules, "proposal_modals"):
        verb = head
    elif head.tag_ in ("NNS", "NNPS") and head.dep_ == "dobj" and _presents(head.head, rules):
        if head.lower_ in word_class(rules, "vague_heads"):
            return None
        verb = head.head
    elif head.dep_ == "dobj" and head.head.lemma_.lower() in word_class(rules, "containing_verbs") and (
            head.lower_ == "following"
            or (head.tag_ in ("NNS", "NNPS") and head.lower_ in word_class(rules, "proposal_plurals"))):
        verb = head.head
    else:
        return None
    if negated(verb):
        return None
    subj = next((c for c in children_of(verb) if c.dep_ == "nsubj"), None)
    if subj is None or not is_publication(subj, rules):
        return None
    return (verb.i, subj.i, False)


def _without_aside(words: list[Token]) -> list[Token]:
    """The line before an aside a comma sets off at its end ("The plan sets out new measures,
    among others:"): a phrase of a preposition hanging on the verb, with nothing after it."""
    for k, tok in enumerate(words):
        if tok.text != "," or k + 1 >= len(words):
            continue
        prep = words[k + 1]
        rest = [t for t in words[k + 1:] if not t.is_punct]
        if (prep.dep_ == "prep" and prep.head.pos_ in ("VERB", "AUX")
                and all(prep.left_edge.i <= t.i <= prep.right_edge.i for t in rest)):
            return words[:k]
    return words


def _presents(verb: Token, rules: EntityRules) -> bool:
    lemma = verb.lemma_.lower()
    for entry in word_class(rules, "presenting_verbs"):
        words = entry.split()
        if words[0] == lemma and (len(words) == 1 or any(
                c.dep_ in ("prt", "prep") and c.lower_ == words[1] for c in children_of(verb))):
            return True
    return False


def _coordinated_measures(lead: Token, end: int, rules: EntityRules) -> list[Token]:
    """The bare verbs coordinated with a list item's first verb inside the item ("• Create A,
    and require B"), with no subject or modal of their own: only verbs that bring in or mandate
    a measure (light, enacting, mandating verbs), not "• provide X, and match the level of Y";
    and the gerunds with an object coordinated with a gerund that opens it ("• Raising A, and
    raising B")."""
    if lead.pos_ == "VERB" and lead.tag_ == "VBG":
        # "• Raising A to 25, and raising B to C": each gerund with its object is a measure
        return [g for g in coordinated_gerunds(lead, lead)[1:]
                if g.i < end and any(c.dep_ == "dobj" for c in children_of(g)) and not negated(g)]
    if lead.pos_ != "VERB" or lead.tag_ != "VB":
        return []
    keep = (word_class(rules, "light_verbs") | word_class(rules, "mandating_verbs")
            | {e.split()[0] for e in word_class(rules, "enacting_verbs")})
    return [c for c in children_of(lead)
            if c.dep_ == "conj" and c.pos_ == "VERB" and c.tag_ == "VB" and c.i < end and c.lemma_.lower() in keep
            and not negated(c) and not any(g.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for g in children_of(c))]


def _enabled_measure(body: list[Token], rules: EntityRules) -> int | None:
    """Where a list item's verb of enabling takes a noun of bringing in ("• Enable the
    introduction of X", "• allow the creation of Y"), the first token of X: the measure."""
    verb = body[0]
    if verb.lower_ not in word_class(rules, "enabling_verbs") or len(body) < 4:
        return None
    k = 1
    if body[k].pos_ == "DET":
        k += 1
    noun, of = body[k], body[k + 1] if k + 1 < len(body) else None
    if of is None or of.lower_ != "of" or noun.lemma_.lower() not in word_class(rules, "introducing_nouns"):
        return None
    return of.i + 1 if of.i + 1 <= body[-1].i else None


def _headline(root: Token) -> bool:
    """A list item that states its proposal as a gerund ("• Putting love at the heart of
    care") or a statement with a subject ("• Family help provides the right support"), not an
    imperative ("• provide funding")."""
    if root.pos_ not in ("VERB", "AUX"):
        return False
    return root.tag_ == "VBG" or any(c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN") for c in children_of(root))


def _bullet_phrase(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    """The phrase of one list item: its head noun's phrase, or its verb's clause."""
    roots = [t for t in doc[start:end] if not (start <= t.head.i < end) or t.head.i == t.i]
    for root in roots:
        if root.pos_ in ("NOUN", "PROPN"):
            a, b = noun_phrase(root)
            return (max(a, start), min(b, end))
        if root.pos_ in ("VERB", "AUX"):
            a, b = clause_cut(root)
            return (max(a, start), min(b, end))
    # a line the parser broke up ("a" taken for the root, the noun for a conjunction): an item
    # with a noun and no finite verb is a noun phrase whole
    words = [t for t in doc[start:end] if not t.is_space]
    if words and any(t.pos_ in ("NOUN", "PROPN") for t in words) and not any(
            t.tag_ in ("VBZ", "VBP", "VBD", "MD") for t in words):
        return (words[0].i, words[-1].i + 1)
    return None
