"""Guards against wrong edges: shapes where a rule's argument is a nearer name than the one the
trigger governs. Each guard has a sentence that must not relate and one that still must
(invented names, hand-built parses)."""

from __future__ import annotations

from caregraph.core.ontology import INITIATIVE, ORGANISATION, PERSON, PLACE, PUBLICATION
from helpers import hand_parse as parse
from helpers import relations_found


def _of(relations: set[tuple[str, str, str]], relation: str) -> set[tuple[str, str, str]]:
    return {r for r in relations if r[1] == relation}


# -- a place modifying a common noun is not the phrase's referent: "UK government launched Y"


def _launch_doc(vocab, with_noun: bool):  # type: ignore[no-untyped-def]
    # "Westshire (government) launched its Harbour Programme ."
    rows = [("Westshire", 1, "compound", "PROPN", "Westshire"), ("government", 2, "nsubj", "NOUN", "government")]
    if not with_noun:
        rows = [("Westshire", 1, "nsubj", "PROPN", "Westshire")]
    at = len(rows)
    rows += [
        ("launched", at, "ROOT", "VERB", "launch"),
        ("its", at + 3, "poss", "PRON", "its"),
        ("Harbour", at + 3, "compound", "PROPN", "Harbour"),
        ("Programme", at, "dobj", "PROPN", "Programme"),
        (".", at, "punct", "PUNCT", "."),
    ]
    return parse(vocab, rows), [(0, 1, PLACE), (at + 2, at + 4, INITIATIVE)]


def test_a_place_modifying_a_common_noun_subject_runs_nothing(vocab, schema) -> None:  # type: ignore[no-untyped-def]
    doc, names = _launch_doc(vocab, with_noun=True)
    assert _of(relations_found(doc, names, schema), "RUNS") == set()


def test_a_place_that_is_the_subject_still_runs_it(vocab, schema) -> None:  # type: ignore[no-untyped-def]
    doc, names = _launch_doc(vocab, with_noun=False)
    assert _of(relations_found(doc, names, schema), "RUNS") == {("Westshire", "RUNS", "Harbour Programme")}


# -- a role phrase between two people of a list is the first one's: "X, chief executive of Y, Z"


def _list_doc(vocab, first_person: bool):  # type: ignore[no-untyped-def]
    # "Jane Porter , chief executive of Harbour Trust , Tom Reed and Sam Hill spoke ." or, without
    # the first person, "Chief executive of Harbour Trust , Tom Reed and Sam Hill spoke ."
    tail = [  # token n + k
        ("of", 1, "prep", "ADP", "of"),                  # 2
        ("Harbour", 4, "compound", "PROPN", "Harbour"),  # 3
        ("Trust", 2, "pobj", "PROPN", "Trust"),          # 4
        (",", 1, "punct", "PUNCT", ","),                 # 5
        ("Tom", 7, "compound", "PROPN", "Tom"),          # 6
        ("Reed", 1, "appos", "PROPN", "Reed"),           # 7
        ("and", 7, "cc", "CCONJ", "and"),                # 8
        ("Sam", 10, "compound", "PROPN", "Sam"),         # 9
        ("Hill", 7, "conj", "PROPN", "Hill"),            # 10
        ("spoke", 11, "ROOT", "VERB", "speak"),          # 11
        (".", 11, "punct", "PUNCT", "."),                # 12
    ]
    if first_person:
        n = 3
        rows = [("Jane", 1, "compound", "PROPN", "Jane"), ("Porter", n + 11, "nsubj", "PROPN", "Porter"),
                (",", 1, "punct", "PUNCT", ","), ("chief", n + 1, "amod", "ADJ", "chief"),
                ("executive", 1, "appos", "NOUN", "executive")]
    else:
        n = 0
        rows = [("Chief", 1, "amod", "ADJ", "chief"), ("executive", 11, "nsubj", "NOUN", "executive")]
    rows += [(w, n + h, d, p, lem) for w, h, d, p, lem in tail]
    names = [(n + 3, n + 5, ORGANISATION), (n + 6, n + 8, PERSON), (n + 9, n + 11, PERSON)]
    if first_person:
        names.append((0, 2, PERSON))
    return parse(vocab, rows), names


def test_a_role_between_two_listed_people_is_not_the_second_ones(vocab, schema) -> None:  # type: ignore[no-untyped-def]
    doc, names = _list_doc(vocab, first_person=True)
    assert _of(relations_found(doc, names, schema), "ROLE_AT") == {("Jane Porter", "ROLE_AT", "Harbour Trust")}


def test_a_role_opening_the_sentence_is_still_the_next_persons(vocab, schema) -> None:  # type: ignore[no-untyped-def]
    doc, names = _list_doc(vocab, first_person=False)
    assert _of(relations_found(doc, names, schema), "ROLE_AT") == {("Tom Reed", "ROLE_AT", "Harbour Trust")}


# -- a place and the council named after it doing the same thing in one document: each is said to
# do it (the gold sets annotate both: "Westshire" and "Westshire Council" RUN the pathfinder)


def _joining_doc(vocab, council_joins: str):  # type: ignore[no-untyped-def]
    # "Westshire joined the Harbour Pathfinder . Westshire County Council joined the <X> Pathfinder ."
    doc = parse(vocab, [
        ("Westshire", 1, "nsubj", "PROPN", "Westshire"),
        ("joined", 1, "ROOT", "VERB", "join"),
        ("the", 4, "det", "DET", "the"),
        ("Harbour", 4, "compound", "PROPN", "Harbour"),
        ("Pathfinder", 1, "dobj", "PROPN", "Pathfinder"),
        (".", 1, "punct", "PUNCT", "."),
        ("Westshire", 8, "compound", "PROPN", "Westshire"),
        ("County", 8, "compound", "PROPN", "County"),
        ("Council", 9, "nsubj", "PROPN", "Council"),
        ("joined", 9, "ROOT", "VERB", "join"),
        ("the", 12, "det", "DET", "the"),
        (council_joins, 12, "compound", "PROPN", council_joins),
        ("Pathfinder", 9, "dobj", "PROPN", "Pathfinder"),
        (".", 9, "punct", "PUNCT", "."),
    ])
    names = [(0, 1, PLACE), (3, 5, INITIATIVE), (6, 9, ORGANISATION), (11, 13, INITIATIVE)]
    return doc, names


def test_a_place_joining_what_its_named_council_joins_runs_it_too(vocab, schema) -> None:  # type: ignore[no-untyped-def]
    doc, names = _joining_doc(vocab, "Harbour")
    assert _of(relations_found(doc, names, schema), "RUNS") == {
        ("Westshire", "RUNS", "Harbour Pathfinder"), ("Westshire County Council", "RUNS", "Harbour Pathfinder")}


def test_a_place_joining_something_else_than_its_council_still_runs_it(vocab, schema) -> None:  # type: ignore[no-untyped-def]
    doc, names = _joining_doc(vocab, "Oak")
    assert _of(relations_found(doc, names, schema), "RUNS") == {
        ("Westshire", "RUNS", "Harbour Pathfinder"), ("Westshire County Council", "RUNS", "Oak Pathfinder")}


# -- the complement of a verb of not doing did not happen: "declined to back Y"


def _declined_doc(vocab, verb: str):  # type: ignore[no-untyped-def]
    # "Harbour Trust <verb> to back the Westshire Review ."
    return parse(vocab, [
        ("Harbour", 1, "compound", "PROPN", "Harbour"),
        ("Trust", 2, "nsubj", "PROPN", "Trust"),
        (verb + "d", 2, "ROOT", "VERB", verb),
        ("to", 4, "aux", "PART", "to"),
        ("back", 2, "xcomp", "VERB", "back"),
        ("the", 7, "det", "DET", "the"),
        ("Westshire", 7, "compound", "PROPN", "Westshire"),
        ("Review", 4, "dobj", "PROPN", "Review"),
        (".", 2, "punct", "PUNCT", "."),
    ]), [(0, 2, ORGANISATION), (6, 8, PUBLICATION)]


def test_declining_to_back_a_publication_supports_nothing(vocab, schema) -> None:  # type: ignore[no-untyped-def]
    doc, names = _declined_doc(vocab, "decline")
    assert _of(relations_found(doc, names, schema), "SUPPORTS") == set()


def test_agreeing_to_back_a_publication_still_supports_it(vocab, schema) -> None:  # type: ignore[no-untyped-def]
    doc, names = _declined_doc(vocab, "agree")
    assert _of(relations_found(doc, names, schema), "SUPPORTS") == {("Harbour Trust", "SUPPORTS", "Westshire Review")}


# -- a verb of making or running acts on the text or inquiry it names, not on that text's topic


def _acted_on_doc(vocab, verb: str, lemma: str, noun: str, prep: str, name_type: str):  # type: ignore[no-untyped-def]
    # "Westshire County Council <verb> a <noun> <prep> the Oak Programme ."
    doc = parse(vocab, [
        ("Westshire", 2, "compound", "PROPN", "Westshire"),
        ("County", 2, "compound", "PROPN", "County"),
        ("Council", 3, "nsubj", "PROPN", "Council"),
        (verb, 3, "ROOT", "VERB", lemma),
        ("a", 5, "det", "DET", "a"),
        (noun, 3, "dobj", "NOUN", noun),
        (prep, 5, "prep", "ADP", prep),
        ("the", 9, "det", "DET", "the"),
        ("Oak", 9, "compound", "PROPN", "Oak"),
        ("Programme" if name_type == INITIATIVE else "Report", 6, "pobj", "PROPN", "Programme"),
        (".", 3, "punct", "PUNCT", "."),
    ])
    return doc, [(0, 3, ORGANISATION), (8, 10, name_type)]


def test_launching_a_consultation_on_a_programme_runs_nothing(vocab, schema) -> None:  # type: ignore[no-untyped-def]
    doc, names = _acted_on_doc(vocab, "launched", "launch", "consultation", "on", INITIATIVE)
    assert _of(relations_found(doc, names, schema), "RUNS") == set()


def test_commissioning_an_evaluation_of_a_report_commissions_no_report(vocab, schema) -> None:  # type: ignore[no-untyped-def]
    doc, names = _acted_on_doc(vocab, "commissioned", "commission", "evaluation", "of", PUBLICATION)
    assert _of(relations_found(doc, names, schema), "COMMISSIONED") == set()


def test_launching_a_phase_of_a_programme_still_runs_it(vocab, schema) -> None:  # type: ignore[no-untyped-def]
    doc, names = _acted_on_doc(vocab, "launched", "launch", "phase", "of", INITIATIVE)
    assert _of(relations_found(doc, names, schema), "RUNS") == {("Westshire County Council", "RUNS", "Oak Programme")}


def test_backing_the_aims_of_a_report_still_supports_it(vocab, schema) -> None:  # type: ignore[no-untyped-def]
    doc, names = _acted_on_doc(vocab, "backed", "back", "aim", "of", PUBLICATION)
    assert _of(relations_found(doc, names, schema), "SUPPORTS") == {("Westshire County Council", "SUPPORTS", "Oak Report")}


# -- a name inside a participle clause on the object is not the object: "a paper reviewing Y"


def _paper_doc(vocab, naming: bool):  # type: ignore[no-untyped-def]
    # "Oak Families published a paper reviewing the Tern Strategy ." / "... a paper entitled Tern Strategy ."
    participle = ("entitled", "entitle") if naming else ("reviewing", "review")
    rows = [
        ("Oak", 1, "compound", "PROPN", "Oak"),
        ("Families", 2, "nsubj", "PROPN", "Families"),
        ("published", 2, "ROOT", "VERB", "publish"),
        ("a", 4, "det", "DET", "a"),
        ("paper", 2, "dobj", "NOUN", "paper"),
        (participle[0], 4, "acl", "VERB", participle[1]),
        ("the", 8, "det", "DET", "the"),
        ("Tern", 8, "compound", "PROPN", "Tern"),
        ("Strategy", 5, "oprd" if naming else "dobj", "PROPN", "Strategy"),
        (".", 2, "punct", "PUNCT", "."),
    ]
    return parse(vocab, rows), [(0, 2, ORGANISATION), (7, 9, PUBLICATION)]


def test_publishing_a_paper_reviewing_a_strategy_authors_no_strategy(vocab, schema) -> None:  # type: ignore[no-untyped-def]
    doc, names = _paper_doc(vocab, naming=False)
    assert _of(relations_found(doc, names, schema), "AUTHORED") == set()


def test_publishing_a_paper_entitled_by_a_name_still_authors_it(vocab, schema) -> None:  # type: ignore[no-untyped-def]
    doc, names = _paper_doc(vocab, naming=True)
    assert _of(relations_found(doc, names, schema), "AUTHORED") == {("Oak Families", "AUTHORED", "Tern Strategy")}


# -- a name behind the verb's adverbial clause is the clause's: "published its report, responding to Y, 'Z'"


def _responding_doc(vocab, named_report: bool):  # type: ignore[no-untyped-def]
    # "Oak Families published its report , responding to the Tern Strategy , ' Kestrel Plan ' ." or, with
    # the report named before the clause, "Oak Families published its Heron Report , responding to the Tern Strategy ."
    report = [("its", 4, "poss", "PRON", "its")]
    report += [("Heron", 4, "compound", "PROPN", "Heron"), ("Report", 2, "dobj", "PROPN", "Report")] if named_report \
        else [("report", 2, "dobj", "NOUN", "report")]
    n = len(report) + 3
    rows = [
        ("Oak", 1, "compound", "PROPN", "Oak"),
        ("Families", 2, "nsubj", "PROPN", "Families"),
        ("published", 2, "ROOT", "VERB", "publish"),
        *[(w, h if h != 4 else n - 1, d, p, lem) for w, h, d, p, lem in report],
        (",", 2, "punct", "PUNCT", ","),
        ("responding", 2, "advcl", "VERB", "respond"),
        ("to", n + 1, "prep", "ADP", "to"),
        ("the", n + 5, "det", "DET", "the"),
        ("Tern", n + 5, "compound", "PROPN", "Tern"),
        ("Strategy", n + 2, "pobj", "PROPN", "Strategy"),
    ]
    names = [(0, 2, ORGANISATION), (n + 4, n + 6, PUBLICATION)]
    if named_report:
        names.append((4, 6, PUBLICATION))
        rows.append((".", 2, "punct", "PUNCT", "."))
    else:
        at = len(rows)
        rows += [(",", 2, "punct", "PUNCT", ","), ("'", 2, "punct", "PUNCT", "'"),
                 ("Kestrel", at + 3, "compound", "PROPN", "Kestrel"), ("Plan", 2, "dobj", "PROPN", "Plan"),
                 ("'", 2, "punct", "PUNCT", "'"), (".", 2, "punct", "PUNCT", ".")]
        names.append((at + 2, at + 4, PUBLICATION))
    return parse(vocab, rows), names


def test_a_title_behind_an_adverbial_clause_is_not_the_publishing_verbs_object(vocab, schema) -> None:  # type: ignore[no-untyped-def]
    doc, names = _responding_doc(vocab, named_report=False)
    authored = _of(relations_found(doc, names, schema), "AUTHORED")
    assert ("Oak Families", "AUTHORED", "Kestrel Plan") not in authored
    assert ("Oak Families", "AUTHORED", "Tern Strategy") not in authored


def test_an_object_before_the_adverbial_clause_is_still_authored(vocab, schema) -> None:  # type: ignore[no-untyped-def]
    doc, names = _responding_doc(vocab, named_report=True)
    assert ("Oak Families", "AUTHORED", "Heron Report") in _of(relations_found(doc, names, schema), "AUTHORED")


# -- a capitalised name that no mention covers is another entity, not a description of one


def _references_doc(vocab, schema, compound: str):  # type: ignore[no-untyped-def]
    """ "The Finch Review was published . Then <the Kestrel Review | the new review> was published ." with
    only "Finch Review" named; the Context and the second sentence's head noun."""
    from caregraph.core.records import Entity, Mention
    from caregraph.extract.relations.context import Context

    if compound[0].isupper():  # "the Kestrel Review": a name
        second = [(compound, 8, "compound", "PROPN", compound), ("Review", 10, "nsubjpass", "PROPN", "Review")]
    else:                      # "the new review": a description
        second = [(compound, 8, "amod", "ADJ", compound), ("review", 10, "nsubjpass", "NOUN", "review")]
    doc = parse(vocab, [
        ("The", 2, "det", "DET", "the"),
        ("Finch", 2, "compound", "PROPN", "Finch"),
        ("Review", 4, "nsubjpass", "PROPN", "Review"),
        ("was", 4, "auxpass", "AUX", "be"),
        ("published", 4, "ROOT", "VERB", "publish"),
        (".", 4, "punct", "PUNCT", "."),
        ("the", 8, "det", "DET", "the"),
        *second,
        ("was", 10, "auxpass", "AUX", "be"),
        ("published", 10, "ROOT", "VERB", "publish"),
        (".", 10, "punct", "PUNCT", "."),
    ])
    span = doc[1:3]
    mention = Mention("t", span.start_char, span.end_char, span.text, span.text, ((PUBLICATION, 1.0),), "test")
    entity = Entity("Publication:Finch Review", span.text, PUBLICATION, (), 1, ("t",), span.sent.text)
    ctx = Context(doc, [mention], [entity.key], [entity], schema, lambda s, e: doc.text[s:e])
    return ctx, doc[8]


def test_an_unrecognised_capitalised_name_refers_to_no_other_publication(vocab, schema) -> None:  # type: ignore[no-untyped-def]
    ctx, head = _references_doc(vocab, schema, "Kestrel")
    assert ctx.resolve(head) is None


def test_a_definite_description_still_refers_to_the_one_publication(vocab, schema) -> None:  # type: ignore[no-untyped-def]
    ctx, head = _references_doc(vocab, schema, "new")
    found = ctx.resolve(head)
    assert found is not None and found.key == "Publication:Finch Review"


# -- a name of another type names no body inside a participle clause on it


def _chaired_doc(vocab, head: str):  # type: ignore[no-untyped-def]
    # "The Finch <head> , set up by Plover Trust , was chaired by Anna Bell ."
    return parse(vocab, [
        ("The", 2, "det", "DET", "the"),
        ("Finch", 2, "compound", "PROPN", "Finch"),
        (head, 11, "nsubjpass", "PROPN", head),
        (",", 2, "punct", "PUNCT", ","),
        ("set", 2, "acl", "VERB", "set"),
        ("up", 4, "prt", "ADP", "up"),
        ("by", 4, "agent", "ADP", "by"),
        ("Plover", 8, "compound", "PROPN", "Plover"),
        ("Trust", 6, "pobj", "PROPN", "Trust"),
        (",", 2, "punct", "PUNCT", ","),
        ("was", 11, "auxpass", "AUX", "be"),
        ("chaired", 11, "ROOT", "VERB", "chair"),
        ("by", 11, "agent", "ADP", "by"),
        ("Anna", 14, "compound", "PROPN", "Anna"),
        ("Bell", 12, "pobj", "PROPN", "Bell"),
        (".", 11, "punct", "PUNCT", "."),
    ])


def test_chairing_a_review_set_up_by_a_body_is_no_post_at_that_body(vocab, schema) -> None:  # type: ignore[no-untyped-def]
    doc = _chaired_doc(vocab, "Review")
    found = relations_found(doc, [(1, 3, PUBLICATION), (7, 9, ORGANISATION), (13, 15, PERSON)], schema)
    assert _of(found, "ROLE_AT") == set()


def test_chairing_a_board_set_up_by_a_body_is_still_a_post_at_the_board(vocab, schema) -> None:  # type: ignore[no-untyped-def]
    doc = _chaired_doc(vocab, "Board")
    found = relations_found(doc, [(1, 3, ORGANISATION), (7, 9, ORGANISATION), (13, 15, PERSON)], schema)
    assert _of(found, "ROLE_AT") == {("Anna Bell", "ROLE_AT", "Finch Board")}


# -- a noun of undoing is no support for what it undoes: "welcomed the closure of Y"


def _welcomed_doc(vocab, noun: str):  # type: ignore[no-untyped-def]
    # "Harbour Trust welcomed the <noun> of the Oak Programme ."
    return parse(vocab, [
        ("Harbour", 1, "compound", "PROPN", "Harbour"),
        ("Trust", 2, "nsubj", "PROPN", "Trust"),
        ("welcomed", 2, "ROOT", "VERB", "welcome"),
        ("the", 4, "det", "DET", "the"),
        (noun, 2, "dobj", "NOUN", noun),
        ("of", 4, "prep", "ADP", "of"),
        ("the", 8, "det", "DET", "the"),
        ("Oak", 8, "compound", "PROPN", "Oak"),
        ("Programme", 5, "pobj", "PROPN", "Programme"),
        (".", 2, "punct", "PUNCT", "."),
    ]), [(0, 2, ORGANISATION), (7, 9, INITIATIVE)]


def test_welcoming_the_closure_of_a_programme_supports_no_programme(vocab, schema) -> None:  # type: ignore[no-untyped-def]
    doc, names = _welcomed_doc(vocab, "closure")
    assert _of(relations_found(doc, names, schema), "SUPPORTS") == set()


def test_welcoming_the_expansion_of_a_programme_still_supports_it(vocab, schema) -> None:  # type: ignore[no-untyped-def]
    doc, names = _welcomed_doc(vocab, "expansion")
    assert _of(relations_found(doc, names, schema), "SUPPORTS") == {("Harbour Trust", "SUPPORTS", "Oak Programme")}


# -- a law launched by a body is its own act, no commission: "the Harbour Bill, launched
#    by the Department, ..." (COMMISSIONED is for a review, a study, a guide set up for others)


def _launched_by_doc(vocab, head: str):  # type: ignore[no-untyped-def]
    # "The Harbour <head> , launched by the Department , will change care ."
    doc = parse(vocab, [
        ("The", 2, "det", "DET", "the"),
        ("Harbour", 2, "compound", "PROPN", "Harbour"),
        (head, 10, "nsubj", "PROPN", head),
        (",", 2, "punct", "PUNCT", ","),
        ("launched", 2, "acl", "VERB", "launch"),
        ("by", 4, "agent", "ADP", "by"),
        ("the", 7, "det", "DET", "the"),
        ("Department", 5, "pobj", "PROPN", "Department"),
        (",", 2, "punct", "PUNCT", ","),
        ("will", 10, "aux", "AUX", "will"),
        ("change", 10, "ROOT", "VERB", "change"),
        ("care", 10, "dobj", "NOUN", "care"),
        (".", 10, "punct", "PUNCT", "."),
    ])
    return doc, [(1, 3, PUBLICATION), (7, 8, ORGANISATION)]


def test_a_bill_or_an_act_launched_by_a_body_is_not_commissioned(vocab, schema) -> None:  # type: ignore[no-untyped-def]
    for head in ("Bill", "Act"):
        doc, names = _launched_by_doc(vocab, head)
        assert _of(relations_found(doc, names, schema), "COMMISSIONED") == set(), head


def test_a_review_launched_by_a_body_is_still_commissioned(vocab, schema) -> None:  # type: ignore[no-untyped-def]
    for head in ("Review", "Study"):
        doc, names = _launched_by_doc(vocab, head)
        assert ("Department", "COMMISSIONED", f"Harbour {head}") in relations_found(doc, names, schema), head


def test_the_head_word_of_a_name_is_its_last_word_before_of_or_for() -> None:
    from caregraph.extract.relations.kinds.verb import head_word

    assert head_word("Children Act 1989") == "act"
    assert head_word("Independent Review of Harbour Care") == "review"
    assert head_word("Children's Harbour Bill") == "bill"
    assert head_word("Harbour Legislation for Families") == "legislation"
