"""Relation rule kinds on parses built by hand (no trained model): each kind finds exactly
the relation its shape says, and a near miss finds none."""

from __future__ import annotations

from collections.abc import Sequence

import pytest
from spacy.tokens import Doc

from caregraph.core.ontology import INITIATIVE, ORGANISATION, PERSON, PLACE, PUBLICATION
from caregraph.core.records import Entity, Mention
from caregraph.extract.relations import find_relations
from caregraph.extract.relations.context import Context
from caregraph.extract.relations.registry import KINDS, RuleMatch
from helpers import hand_parse as parse


def annotate(doc: Doc, names: Sequence[tuple[int, int, str]]) -> tuple[list[Mention], list[str], list[Entity]]:
    """Mentions and local entities for token spans (start, end, type), one entity each."""
    mentions, keys, entities = [], [], []
    for start, end, type_ in names:
        span = doc[start:end]
        key = f"{type_}:{span.text}"
        mentions.append(Mention("t", span.start_char, span.end_char, span.text, span.text,
                                ((type_, 1.0),), "test"))
        keys.append(key)
        entities.append(Entity(key, span.text, type_, (), 1, ("t",), span.sent.text))
    return mentions, keys, entities


def found(doc: Doc, names: Sequence[tuple[int, int, str]], schema) -> set[tuple[str, str, str, str | None]]:  # type: ignore[no-untyped-def]
    mentions, keys, entities = annotate(doc, names)
    relations = find_relations(doc, mentions, keys, entities, schema, doc_id="t",
                               evidence_of=lambda start, end: doc.text[start:end])
    label = {e.key: e.label for e in entities}
    return {(label[r.source], r.relation, label[r.target], r.role) for r in relations}


# "Helen Marsh leads the Harbour Review ."
LEADS_ROWS = [
    ("Helen", 1, "compound", "PROPN", "Helen"),
    ("Marsh", 2, "nsubj", "PROPN", "Marsh"),
    ("leads", 2, "ROOT", "VERB", "lead"),
    ("the", 5, "det", "DET", "the"),
    ("Harbour", 5, "compound", "PROPN", "Harbour"),
    ("Review", 2, "dobj", "PROPN", "Review"),
    (".", 2, "punct", "PUNCT", "."),
]
LEADS_NAMES = [(0, 2, PERSON), (4, 6, PUBLICATION)]


def test_a_verb_with_its_subject_and_object_leads(vocab, schema) -> None:  # type: ignore[no-untyped-def]
    doc = parse(vocab, LEADS_ROWS)
    assert found(doc, LEADS_NAMES, schema) == {("Helen Marsh", "LEADS", "Harbour Review", None)}


def test_a_negated_verb_relates_nothing(vocab, schema) -> None:  # type: ignore[no-untyped-def]
    # "Helen Marsh does not lead the Harbour Review ."
    doc = parse(vocab, [
        ("Helen", 1, "compound", "PROPN", "Helen"),
        ("Marsh", 4, "nsubj", "PROPN", "Marsh"),
        ("does", 4, "aux", "AUX", "do"),
        ("not", 4, "neg", "PART", "not"),
        ("lead", 4, "ROOT", "VERB", "lead"),
        ("the", 7, "det", "DET", "the"),
        ("Harbour", 7, "compound", "PROPN", "Harbour"),
        ("Review", 4, "dobj", "PROPN", "Review"),
        (".", 4, "punct", "PUNCT", "."),
    ])
    assert found(doc, [(0, 2, PERSON), (6, 8, PUBLICATION)], schema) == set()


def test_the_verb_kind_yields_a_typed_match_with_the_trigger_as_anchor(vocab, schema) -> None:  # type: ignore[no-untyped-def]
    doc = parse(vocab, LEADS_ROWS)
    mentions, keys, entities = annotate(doc, LEADS_NAMES)
    ctx = Context(doc, mentions, keys, entities, schema, lambda s, e: doc.text[s:e])
    pattern = next(p for p in schema.relations.patterns if p.id == "leads-verb")
    matches = list(KINDS["verb"](ctx, pattern))
    assert len(matches) == 1
    match = matches[0]
    assert isinstance(match, RuleMatch)
    assert [a.key for a in match.subjects] == ["Person:Helen Marsh"]
    assert [a.key for a in match.objects] == ["Publication:Harbour Review"]
    assert match.anchor.text == "leads" and match.role is None and match.predicate is None


# "Jane Porter , chief executive of Harbour Trust , said hello ."
ROLE_ROWS = [
    ("Jane", 1, "compound", "PROPN", "Jane"),
    ("Porter", 9, "nsubj", "PROPN", "Porter"),
    (",", 1, "punct", "PUNCT", ","),
    ("chief", 4, "amod", "ADJ", "chief"),
    ("executive", 1, "appos", "NOUN", "executive"),
    ("of", 4, "prep", "ADP", "of"),
    ("Harbour", 7, "compound", "PROPN", "Harbour"),
    ("Trust", 5, "pobj", "PROPN", "Trust"),
    (",", 1, "punct", "PUNCT", ","),
    ("said", 9, "ROOT", "VERB", "say"),
    ("hello", 9, "intj", "INTJ", "hello"),
    (".", 9, "punct", "PUNCT", "."),
]


def test_a_role_phrase_after_a_person_is_a_role_at_with_the_role(vocab, schema) -> None:  # type: ignore[no-untyped-def]
    doc = parse(vocab, ROLE_ROWS)
    names = [(0, 2, PERSON), (6, 8, ORGANISATION)]
    assert found(doc, names, schema) == {("Jane Porter", "ROLE_AT", "Harbour Trust", "chief executive")}


def test_a_phrase_without_a_role_word_is_no_role(vocab, schema) -> None:  # type: ignore[no-untyped-def]
    rows = list(ROLE_ROWS)
    rows[3] = ("a", 4, "det", "DET", "a")
    rows[4] = ("friend", 1, "appos", "NOUN", "friend")
    doc = parse(vocab, rows)
    assert found(doc, [(0, 2, PERSON), (6, 8, ORGANISATION)], schema) == set()


@pytest.mark.parametrize("kind", ["verb", "role", "possessive_owner", "possessive_owned", "list", "phrase",
                                  "setting", "speech", "recommend", "svo"])
def test_every_kind_named_by_the_schema_is_registered(kind: str, schema) -> None:  # type: ignore[no-untyped-def]
    assert kind in KINDS
    assert kind in {p.kind for p in schema.relations.patterns}


# --------------------------------------------------------------------------- issue 15 shapes


def test_it_opening_a_sentence_continues_the_last_subject(vocab, schema) -> None:  # type: ignore[no-untyped-def]
    from caregraph.core.ontology import INITIATIVE

    # "The Harbour Pathfinder started . It builds on the Fair Strategy ."
    rows = [
        ("The", 2, "det", "DET", "the"),
        ("Harbour", 2, "compound", "PROPN", "Harbour"),
        ("Pathfinder", 3, "nsubj", "PROPN", "Pathfinder"),
        ("started", 3, "ROOT", "VERB", "start"),
        (".", 3, "punct", "PUNCT", "."),
        ("It", 6, "nsubj", "PRON", "it"),
        ("builds", 6, "ROOT", "VERB", "build"),
        ("on", 6, "prep", "ADP", "on"),
        ("the", 10, "det", "DET", "the"),
        ("Fair", 10, "compound", "PROPN", "Fair"),
        ("Strategy", 7, "pobj", "PROPN", "Strategy"),
        (".", 6, "punct", "PUNCT", "."),
    ]
    names = [(1, 3, INITIATIVE), (9, 11, PUBLICATION)]
    assert ("Harbour Pathfinder", "ALIGNS_WITH", "Fair Strategy", None) in found(parse(vocab, rows), names, schema)
    # a dummy "it is": no reference
    rows[6] = ("is", 6, "ROOT", "AUX", "be")
    assert not {r for r in found(parse(vocab, rows), names, schema) if r[1] == "ALIGNS_WITH"}


def test_a_name_hyphenated_to_commissioned_commissions_the_next_publication(vocab, schema) -> None:  # type: ignore[no-untyped-def]
    # "the Westshire Council - commissioned Harbour Review reported ."
    rows = [
        ("the", 6, "det", "DET", "the"),
        ("Westshire", 2, "compound", "PROPN", "Westshire"),
        ("Council", 4, "npadvmod", "PROPN", "Council"),
        ("-", 4, "punct", "PUNCT", "-"),
        ("commissioned", 6, "amod", "VERB", "commission"),
        ("Harbour", 6, "compound", "PROPN", "Harbour"),
        ("Review", 7, "nsubj", "PROPN", "Review"),
        ("reported", 7, "ROOT", "VERB", "report"),
        (".", 7, "punct", "PUNCT", "."),
    ]
    doc = parse(vocab, rows)
    for tok in doc:
        tok.tag_ = "VBN" if tok.text == "commissioned" else tok.tag_
    names = [(1, 3, ORGANISATION), (5, 7, PUBLICATION)]
    assert ("Westshire Council", "COMMISSIONED", "Harbour Review", None) in found(doc, names, schema)
    # no hyphen: "Westshire Council commissioned" is the verb kind's, with no object here
    rows[3] = (",", 4, "punct", "PUNCT", ",")
    doc = parse(vocab, rows)
    for tok in doc:
        tok.tag_ = "VBN" if tok.text == "commissioned" else tok.tag_
    assert not {r for r in found(doc, names, schema) if r[1] == "COMMISSIONED"}


def test_a_class_noun_in_apposition_with_in_locates_the_name(vocab, schema) -> None:  # type: ignore[no-untyped-def]
    from caregraph.core.ontology import PLACE

    # "Harbour Trust , a charity in Cumbria , spoke ."
    rows = [
        ("Harbour", 1, "compound", "PROPN", "Harbour"),
        ("Trust", 8, "nsubj", "PROPN", "Trust"),
        (",", 1, "punct", "PUNCT", ","),
        ("a", 4, "det", "DET", "a"),
        ("charity", 1, "appos", "NOUN", "charity"),
        ("in", 4, "prep", "ADP", "in"),
        ("Cumbria", 5, "pobj", "PROPN", "Cumbria"),
        (",", 1, "punct", "PUNCT", ","),
        ("spoke", 8, "ROOT", "VERB", "speak"),
        (".", 8, "punct", "PUNCT", "."),
    ]
    names = [(0, 2, ORGANISATION), (6, 7, PLACE)]
    assert ("Harbour Trust", "LOCATED_IN", "Cumbria", None) in found(parse(vocab, rows), names, schema)
    # "a friend in Cumbria": not a class noun of a body
    rows[4] = ("friend", 1, "appos", "NOUN", "friend")
    assert not {r for r in found(parse(vocab, rows), names, schema) if r[1] == "LOCATED_IN"}


def _turn(speaker: list[str]) -> list[tuple[str, int, str, str, str]]:
    """"<speaker> : I worked for the Harbour Trust ." with the name hanging on the verb."""
    n = len(speaker)
    verb = n + 2
    name = [(word, n - 1, "compound", "PROPN", word) for word in speaker[:-1]]
    name.append((speaker[-1], verb, "dep", "PROPN", speaker[-1]))
    return name + [
        (":", verb, "punct", "PUNCT", ":"),
        ("I", verb, "nsubj", "PRON", "I"),
        ("worked", verb, "ROOT", "VERB", "work"),
        ("for", verb, "prep", "ADP", "for"),
        ("the", n + 6, "det", "DET", "the"),
        ("Harbour", n + 6, "compound", "PROPN", "Harbour"),
        ("Trust", n + 3, "pobj", "PROPN", "Trust"),
        (".", verb, "punct", "PUNCT", "."),
    ]


@pytest.mark.parametrize(("speaker", "expected"), [(["Tom", "Reed"], True), (["Chancellor"], False)])
def test_a_transcript_turn_speaks_for_a_full_name_not_for_a_post(vocab, schema, speaker, expected) -> None:  # type: ignore[no-untyped-def]
    n = len(speaker)
    names = [(0, n, PERSON), (n + 5, n + 7, ORGANISATION)]
    edges = found(parse(vocab, _turn(speaker)), names, schema)
    assert ((" ".join(speaker), "ROLE_AT", "Harbour Trust", None) in edges) is expected


# "Three areas – Dorset , Kent and Leeds – deliver the Harbour Pilot ."
LISTED_ROWS = [
    ("Three", 1, "nummod", "NUM", "three"),
    ("areas", 9, "nsubj", "NOUN", "area"),
    ("–", 1, "punct", "PUNCT", "–"),
    ("Dorset", 1, "appos", "PROPN", "Dorset"),
    (",", 3, "punct", "PUNCT", ","),
    ("Kent", 3, "conj", "PROPN", "Kent"),
    ("and", 5, "cc", "CCONJ", "and"),
    ("Leeds", 5, "conj", "PROPN", "Leeds"),
    ("–", 1, "punct", "PUNCT", "–"),
    ("deliver", 9, "ROOT", "VERB", "deliver"),
    ("the", 12, "det", "DET", "the"),
    ("Harbour", 12, "compound", "PROPN", "Harbour"),
    ("Pilot", 9, "dobj", "PROPN", "Pilot"),
    (".", 9, "punct", "PUNCT", "."),
]


def test_every_name_listed_in_apposition_to_a_class_noun_is_a_subject(vocab, schema) -> None:  # type: ignore[no-untyped-def]
    doc = parse(vocab, LISTED_ROWS)
    names = [(3, 4, PLACE), (5, 6, PLACE), (7, 8, PLACE), (11, 13, INITIATIVE)]
    runs = {(s, t) for s, rel, t, _ in found(doc, names, schema) if rel == "RUNS"}
    assert runs == {("Dorset", "Harbour Pilot"), ("Kent", "Harbour Pilot"), ("Leeds", "Harbour Pilot")}


def _join_doc(vocab, with_action: bool) -> Doc:  # type: ignore[no-untyped-def]
    # "Harbour Trust joined Bright Start [in calling for reform] ."
    rows = [
        ("Harbour", 1, "compound", "PROPN", "Harbour"),
        ("Trust", 2, "nsubj", "PROPN", "Trust"),
        ("joined", 2, "ROOT", "VERB", "join"),
        ("Bright", 4, "compound", "PROPN", "Bright"),
        ("Start", 2, "dobj", "PROPN", "Start"),
    ]
    if with_action:
        rows += [
            ("in", 2, "prep", "ADP", "in"),
            ("calling", 5, "pcomp", "VERB", "call"),
            ("for", 6, "prep", "ADP", "for"),
            ("reform", 7, "pobj", "NOUN", "reform"),
        ]
    rows.append((".", 2, "punct", "PUNCT", "."))
    doc = parse(vocab, rows)
    if with_action:
        doc[6].tag_ = "VBG"
    return doc


@pytest.mark.parametrize(("with_action", "expected"), [(False, True), (True, False)])
def test_joining_a_body_is_part_of_it_unless_joining_it_in_an_action(vocab, schema, with_action, expected) -> None:  # type: ignore[no-untyped-def]
    doc = _join_doc(vocab, with_action)
    edges = found(doc, [(0, 2, ORGANISATION), (3, 5, ORGANISATION)], schema)
    assert (("Harbour Trust", "PART_OF", "Bright Start", None) in edges) is expected


def _report_doc(vocab, schema, det: str, first: str):  # type: ignore[no-untyped-def]
    """"Harbour Review came . {det} report said so . Westshire Plan came ." with the first
    name typed `first`."""
    doc = parse(vocab, [
        ("Harbour", 1, "compound", "PROPN", "Harbour"),
        ("Review", 2, "nsubj", "PROPN", "Review"),
        ("came", 2, "ROOT", "VERB", "come"),
        (".", 2, "punct", "PUNCT", "."),
        (det, 5, "det" if det == "The" else "poss", "DET" if det == "The" else "PRON", det.lower()),
        ("report", 6, "nsubj", "NOUN", "report"),
        ("said", 6, "ROOT", "VERB", "say"),
        ("so", 6, "advmod", "ADV", "so"),
        (".", 6, "punct", "PUNCT", "."),
        ("Westshire", 10, "compound", "PROPN", "Westshire"),
        ("Plan", 11, "nsubj", "PROPN", "Plan"),
        ("came", 11, "ROOT", "VERB", "come"),
        (".", 11, "punct", "PUNCT", "."),
    ])
    mentions, keys, entities = annotate(doc, [(0, 2, first), (9, 11, PUBLICATION)])
    return doc, Context(doc, mentions, keys, entities, schema, lambda s, e: doc.text[s:e])


def test_the_report_is_the_one_publication_named_before_it(vocab, schema) -> None:  # type: ignore[no-untyped-def]
    doc, ctx = _report_doc(vocab, schema, "The", PUBLICATION)
    # two publications, neither headed "report": ambiguous by head, one named before it
    assert ctx.salient(PUBLICATION, heads=("report",)) is None
    arg = ctx.salient(PUBLICATION, heads=("report",), description=doc[5])
    assert arg is not None and arg.key == "Publication:Harbour Review" and arg.via_reference


def test_a_possessive_report_is_not_the_publication_named_before_it(vocab, schema) -> None:  # type: ignore[no-untyped-def]
    doc, ctx = _report_doc(vocab, schema, "Their", PUBLICATION)
    assert ctx.salient(PUBLICATION, heads=("report",), description=doc[5]) is None  # another body's, maybe
    doc, ctx = _report_doc(vocab, schema, "The", ORGANISATION)
    # no publication before it: the document's only one all the same
    arg = ctx.salient(PUBLICATION, heads=("report",), description=doc[5])
    assert arg is not None and arg.key == "Publication:Westshire Plan"


# "At Harbour Trust , we run the Kinship Circle ." ("we" outside quotations: the page's voice)
VOICE_ROWS = [
    ("At", 5, "prep", "ADP", "at"),
    ("Harbour", 2, "compound", "PROPN", "Harbour"),
    ("Trust", 0, "pobj", "PROPN", "Trust"),
    (",", 5, "punct", "PUNCT", ","),
    ("we", 5, "nsubj", "PRON", "we"),
    ("run", 5, "ROOT", "VERB", "run"),
    ("the", 8, "det", "DET", "the"),
    ("Kinship", 8, "compound", "PROPN", "Kinship"),
    ("Circle", 5, "dobj", "PROPN", "Circle"),
    (".", 5, "punct", "PUNCT", "."),
]
VOICE_NAMES = [(1, 3, ORGANISATION), (7, 9, INITIATIVE)]


def test_we_outside_quotations_is_the_body_the_page_names_itself(vocab, schema) -> None:  # type: ignore[no-untyped-def]
    assert ("Harbour Trust", "RUNS", "Kinship Circle", None) in found(parse(vocab, VOICE_ROWS), VOICE_NAMES, schema)
    # "Near Harbour Trust, we run ...": a name near "we" is no evidence of whose "we" it is
    rows = [("Near", 5, "prep", "ADP", "near"), *VOICE_ROWS[1:]]
    assert not {r for r in found(parse(vocab, rows), VOICE_NAMES, schema) if r[1] == "RUNS"}


# "Harbour Council 's Forward Plan – May 2019 ." where the whole title, possessive and all, is one
# name: a possessive inside a name owns nothing (a heading's title and its dates are no part of it)
TITLE_POSSESSIVE_ROWS = [
    ("Harbour", 1, "compound", "PROPN", "Harbour"),
    ("Council", 4, "poss", "PROPN", "Council"),
    ("'s", 1, "case", "PART", "'s"),
    ("Forward", 4, "compound", "PROPN", "Forward"),
    ("Plan", 4, "ROOT", "PROPN", "Plan"),
    ("–", 4, "punct", "PUNCT", "–"),
    ("May", 4, "appos", "PROPN", "May"),
    ("2019", 6, "nummod", "NUM", "2019"),
    (".", 4, "punct", "PUNCT", "."),
]


def test_a_possessive_inside_a_name_owns_nothing(vocab, schema) -> None:  # type: ignore[no-untyped-def]
    doc = parse(vocab, TITLE_POSSESSIVE_ROWS)
    assert found(doc, [(0, 5, PUBLICATION), (6, 8, PUBLICATION)], schema) == set()
    # near miss: the same words with the owner named on its own still own what follows
    assert ("May 2019", "PART_OF", "Harbour Council", None) in found(
        doc, [(0, 2, PUBLICATION), (6, 8, PUBLICATION)], schema)


def test_a_possessive_after_a_name_still_owns_the_name_after_it(vocab, schema) -> None:  # type: ignore[no-untyped-def]
    # "the Harbour Review 's Final Report ."
    rows = [
        ("the", 2, "det", "DET", "the"),
        ("Harbour", 2, "compound", "PROPN", "Harbour"),
        ("Review", 5, "poss", "PROPN", "Review"),
        ("'s", 2, "case", "PART", "'s"),
        ("Final", 5, "compound", "PROPN", "Final"),
        ("Report", 5, "ROOT", "PROPN", "Report"),
        (".", 5, "punct", "PUNCT", "."),
    ]
    assert found(parse(vocab, rows), [(1, 3, PUBLICATION), (4, 6, PUBLICATION)], schema) == {
        ("Final Report", "PART_OF", "Harbour Review", None)}


def _control_rows(verb: str, lemma: str, with_object: bool) -> list[tuple[str, int, str, str, str]]:
    # "The Harbour Act requires local councils to publish the Kestrel Plan ." (with_object) or
    # "The Harbour Review decided to publish the Kestrel Plan ."
    head = [("The", 2, "det", "DET", "the"), ("Harbour", 2, "compound", "PROPN", "Harbour"),
            ("Act" if with_object else "Review", 3, "nsubj", "PROPN", "act" if with_object else "review"),
            (verb, 3, "ROOT", "VERB", lemma)]
    obj = [("local", 5, "amod", "ADJ", "local"), ("councils", 3, "dobj", "NOUN", "council")] if with_object else []
    k = len(head) + len(obj)
    return [*head, *obj, ("to", k + 1, "aux", "PART", "to"), ("publish", 3, "xcomp", "VERB", "publish"),
            ("the", k + 4, "det", "DET", "the"), ("Kestrel", k + 4, "compound", "PROPN", "Kestrel"),
            ("Plan", k + 1, "dobj", "PROPN", "Plan"), (".", 3, "punct", "PUNCT", ".")]


def test_what_a_body_requires_of_others_is_not_its_own_deed(vocab, schema) -> None:  # type: ignore[no-untyped-def]
    from caregraph.extract.relations.context import subject_tokens

    doc = parse(vocab, _control_rows("requires", "require", with_object=True))
    assert subject_tokens(doc[7]) == []
    assert found(doc, [(1, 3, PUBLICATION), (9, 11, PUBLICATION)], schema) == set()


def test_what_a_body_decides_to_do_is_its_own_deed(vocab, schema) -> None:  # type: ignore[no-untyped-def]
    doc = parse(vocab, _control_rows("decided", "decide", with_object=False))
    assert ("Kestrel Plan", "PART_OF", "Harbour Review", None) in found(doc, [(1, 3, PUBLICATION), (7, 9, PUBLICATION)], schema)
