"""Relation recall of session 8 (issue 15): classes of construction that state a relation between
two entities the graph already has, found among the misses of the readable sets and counted on the
raw pools, each with invented sentences (hand-built parses where the shape is structural) and near
misses that must not change."""

from __future__ import annotations

from dataclasses import replace

import pytest

from caregraph.core.ontology import PUBLICATION
from caregraph.core.schema import load_schema
from caregraph.errors import SchemaError
from helpers import hand_parse as parse
from helpers import relations_found as found
from helpers import two_named_sentences, with_known_fact

# --- a relation between two gazetteer entries by what they are (relations.yaml known_relations)


def _with_fact(schema, subject: str = "Harbour Plan", obj: str = "Westshire Review"):  # type: ignore[no-untyped-def]
    return with_known_fact(schema, subject, "RESPONDED_TO", obj)


def _two_sentences():  # type: ignore[no-untyped-def]
    """"Harbour Plan was published . Westshire Review was welcomed ."""
    return two_named_sentences("Harbour Plan", "Westshire Review")


def test_a_known_relation_holds_in_a_document_that_names_both_entries(vocab, schema) -> None:  # type: ignore[no-untyped-def]
    doc = parse(vocab, _two_sentences())
    names = [(0, 2, PUBLICATION), (5, 7, PUBLICATION)]
    assert ("Harbour Plan", "RESPONDED_TO", "Westshire Review") in found(doc, names, _with_fact(schema))
    # without the fact, nothing in the text says so
    assert ("Harbour Plan", "RESPONDED_TO", "Westshire Review") not in found(doc, names, schema)


@pytest.mark.parametrize(
    "names",
    [
        [(0, 2, PUBLICATION)],                          # the object is not named
        [(5, 7, PUBLICATION)],                          # the subject is not named
        [(0, 1, PUBLICATION), (5, 7, PUBLICATION)],     # "Harbour": a name that is not the entry's
    ],
)
def test_no_known_relation_without_both_entries_named(vocab, schema, names) -> None:  # type: ignore[no-untyped-def]
    doc = parse(vocab, _two_sentences())
    assert not any(r == "RESPONDED_TO" for _, r, _ in found(doc, names, _with_fact(schema)))


def test_a_known_relation_is_anchored_on_the_sentence_naming_both(vocab, schema) -> None:  # type: ignore[no-untyped-def]
    from caregraph.core.records import Entity, Mention
    from caregraph.extract.relations import find_relations

    # "Harbour Plan was published . Harbour Plan answers Westshire Review ."
    rows = [*_two_sentences()[:5],
            ("Harbour", 6, "compound", "PROPN", "NNP", "Harbour"),
            ("Plan", 7, "nsubj", "PROPN", "NNP", "Plan"),
            ("answers", 7, "ROOT", "VERB", "VBZ", "answer"),
            ("Westshire", 9, "compound", "PROPN", "NNP", "Westshire"),
            ("Review", 7, "dobj", "PROPN", "NNP", "Review"),
            (".", 7, "punct", "PUNCT", ".", ".")]
    doc = parse(vocab, rows)
    spans = [(doc[0:2], "a"), (doc[5:7], "a"), (doc[8:10], "b")]
    label = {"a": "Harbour Plan", "b": "Westshire Review"}
    mentions = [Mention("t", s.start_char, s.end_char, s.text, s.text, ((PUBLICATION, 1.0),), "test") for s, _ in spans]
    entities = [Entity(k, label[k], PUBLICATION, (), 1, ("t",), "") for k in ("a", "b")]
    relations = find_relations(doc, mentions, [k for _, k in spans], entities, _with_fact(schema), doc_id="t",
                               evidence_of=lambda start, end: doc.text[start:end])
    known = [r for r in relations if r.rule == "responded-known"]
    assert [(r.source, r.target) for r in known] == [("a", "b")]
    assert known[0].evidence.startswith("Harbour Plan answers")


def _schema_with(tmp_path, schema_copy, fact: str):  # type: ignore[no-untyped-def]
    path = schema_copy / "relations.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace(
        "known_relations:\n", f"known_relations:\n  - {fact}\n", 1), encoding="utf-8")
    return load_schema(schema_copy)


def test_a_known_relation_must_name_gazetteer_entries(tmp_path, schema_copy) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(SchemaError, match=r"relations\.yaml: known_relations\[0\]\.object: 'Westshire Review' is no "
                                          r"gazetteer entry's name"):
        _schema_with(tmp_path, schema_copy, "{subject: Department for Education, relation: AUTHORED, "
                                            "object: Westshire Review, source: invented}")


def test_a_known_relation_keeps_its_relation_s_types(tmp_path, schema_copy) -> None:  # type: ignore[no-untyped-def]
    # a place never responds to anything
    with pytest.raises(SchemaError, match=r"known_relations\[0\]\.subject: 'England' is a Place, which RESPONDED_TO"):
        _schema_with(tmp_path, schema_copy, "{subject: England, relation: RESPONDED_TO, "
                                            "object: Independent Review of Children's Social Care, source: invented}")


def test_a_known_relation_of_no_relation_is_a_schema_error(tmp_path, schema_copy) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(SchemaError, match=r"known_relations\[0\]\.relation: unknown relation 'ANSWERS'"):
        _schema_with(tmp_path, schema_copy, "{subject: Department for Education, relation: ANSWERS, "
                                            "object: England, source: invented}")


# --- a body named after the place it serves: its name ends with the place after a word of its own


def _graph_edges(extractor, schema, text: str) -> set[tuple[str, str, str]]:  # type: ignore[no-untyped-def]
    from caregraph.graph.assemble import build_graph

    graph = build_graph([extractor.process_text(text, doc_id="t")], schema)
    return {(graph.nodes[u]["label"], d["relation"], graph.nodes[v]["label"])
            for u, v, d in graph.edges(data=True) if d["relation"] != "MENTIONS"}


@pytest.mark.model
def test_a_body_whose_name_ends_with_a_place_is_located_there(extractor, schema) -> None:  # type: ignore[no-untyped-def]
    found = _graph_edges(extractor, schema, "Staff from Wales and Scotland met on Monday. Harbour Care Wales signed "
                                            "the plan. Kestrel Adoption Scotland agreed with it.")
    assert ("Harbour Care Wales", "LOCATED_IN", "Wales") in found
    assert ("Kestrel Adoption Scotland", "LOCATED_IN", "Scotland") in found


@pytest.mark.model
def test_a_place_after_a_preposition_or_in_a_heading_in_capitals_locates_no_body(extractor, schema) -> None:  # type: ignore[no-untyped-def]
    found = _graph_edges(extractor, schema, "Staff from Wales and Scotland met on Monday. The Harbour Commissioner for "
                                            "Wales signed the plan. The Kestrel Society of Scotland agreed with it. "
                                            "HARBOUR HOUSE TRUST WALES")
    labels = {s for s, r, _ in found if r == "LOCATED_IN"}
    assert not labels & {"Harbour Commissioner for Wales", "Kestrel Society of Scotland", "HARBOUR HOUSE TRUST WALES"}


# --- a title that opens with a body's whole name ("the Westby Authority's study of carers")


def _flat(words: list[str], root: int):  # type: ignore[no-untyped-def]
    """A hand-built parse whose every word hangs on one root (the kind reads the words of names only)."""
    rows = []
    for i, w in enumerate(words):
        pos = "VERB" if i == root else ("PUNCT" if w in (".", "(", ")") else "PROPN" if w[:1].isupper() else "NOUN")
        rows.append((w, root, "ROOT" if i == root else "dep", pos, w.lower()))
    return rows


@pytest.mark.parametrize(
    ("words", "title"),
    [
        # "Westby Authority 's study of carers appeared ."
        (["Westby", "Authority", "'s", "study", "of", "carers", "appeared", "."], (0, 6)),
        # "Westby Authority report into carers appeared ."
        (["Westby", "Authority", "report", "into", "carers", "appeared", "."], (0, 5)),
        # "Westby Authority ( WA ) review of carers appeared ."
        (["Westby", "Authority", "(", "WA", ")", "review", "of", "carers", "appeared", "."], (0, 8)),
    ],
)
def test_a_title_opening_with_a_body_s_name_is_the_body_s(vocab, schema, words, title) -> None:  # type: ignore[no-untyped-def]
    from caregraph.core.ontology import ORGANISATION

    doc = parse(vocab, _flat(words, len(words) - 2))
    names = [(0, 2, ORGANISATION), (*title, PUBLICATION)]
    assert ("Westby Authority", "AUTHORED", doc[title[0]:title[1]].text) in found(doc, names, schema)


@pytest.mark.parametrize(
    ("words", "org", "title"),
    [
        # a word after the body's name that is no title's head: "Westby Authority Safeguarding Conference"
        (["Westby", "Authority", "Safeguarding", "Conference", "appeared", "."], (0, 2), (0, 4)),
        # a one-word name the text also writes as a common word: "Kinship report ... kinship carers"
        (["Kinship", "report", "on", "kinship", "carers", "appeared", "."], (0, 1), (0, 5)),
        # the body's name inside the title, not opening it: "Report of Westby Authority"
        (["Report", "of", "Westby", "Authority", "appeared", "."], (2, 4), (0, 4)),
    ],
)
def test_no_authorship_from_a_title_that_does_not_open_with_a_body_s_name(vocab, schema, words, org, title) -> None:  # type: ignore[no-untyped-def]
    from caregraph.core.ontology import ORGANISATION

    doc = parse(vocab, _flat(words, len(words) - 2))
    names = [(*org, ORGANISATION), (*title, PUBLICATION)]
    assert not any(r == "AUTHORED" for _, r, _ in found(doc, names, schema))


def test_a_one_word_gazetteer_name_never_written_in_lower_case_opens_its_title(vocab, schema) -> None:  # type: ignore[no-untyped-def]
    from caregraph.core.ontology import ORGANISATION
    from caregraph.core.schema import GazetteerEntry

    doc = parse(vocab, _flat(["Westby", "report", "on", "carers", "appeared", "."], 4))
    names = [(0, 1, ORGANISATION), (0, 4, PUBLICATION)]
    # a one-word name is a body's when the gazetteer knows it, not by its shape
    assert not any(r == "AUTHORED" for _, r, _ in found(doc, names, schema))
    known = replace(schema, gazetteer=(*schema.gazetteer, GazetteerEntry("Westby", ORGANISATION, (), "invented")))
    assert ("Westby", "AUTHORED", "Westby report on carers") in found(doc, names, known)


def test_a_name_cut_from_a_headline_is_no_body_s(vocab, schema) -> None:  # type: ignore[no-untyped-def]
    from caregraph.core.ontology import ORGANISATION

    # "Implementation of Carers 's social care plan ...": no head word of a body's name
    doc = parse(vocab, _flat(["Implementation", "of", "Carers", "'s", "social", "care", "review", "failed", "."], 7))
    names = [(0, 3, ORGANISATION), (0, 7, PUBLICATION)]
    assert not any(r == "AUTHORED" for _, r, _ in found(doc, names, schema))

# --- a stance on a noun of proposing is a stance on each proposal its clause names


@pytest.mark.model
def test_endorsing_recommendations_for_several_proposals_supports_each(extractor) -> None:  # type: ignore[no-untyped-def]
    from helpers import text_relations

    found = text_relations(extractor, (
        "Harbour Trust today welcomed the Westby Review. The charity endorses recommendations for substantial "
        "investment in early help for families, in financially assisting children to live within their wider "
        "kinship network, and in strengthening the lasting relationships of children in care."))
    for proposal in ("substantial investment in early help for families",
                     "financially assisting children to live within their wider kinship network",
                     "strengthening the lasting relationships of children in care"):
        assert ("Harbour Trust", "SUPPORTS", proposal) in found


@pytest.mark.model
def test_a_welcome_of_a_review_s_recommendation_in_a_quotation_supports_it(extractor) -> None:  # type: ignore[no-untyped-def]
    from helpers import text_relations

    found = text_relations(extractor, (
        'Commenting on the Westby Review, Harbour Trust Chief Executive, Jane Porter said: "We very much welcome the '
        "Review's recommendation that families should have a new legal entitlement to a family meeting, so "
        'families can take the lead."'))
    assert ("Jane Porter", "SUPPORTS", "Westby Review") in found
    assert any(s == "Jane Porter" and r == "SUPPORTS" and t.startswith("families should have") for s, r, t in found)


@pytest.mark.model
def test_a_proposal_the_clause_does_not_welcome_gets_no_support(extractor) -> None:  # type: ignore[no-untyped-def]
    from helpers import text_relations

    found = text_relations(extractor, (
        "The Westby Review was published on Monday. Harbour Trust welcomed its recommendations on schools, but "
        "rejected the call for a national register of foster carers.\n\n"
        "Harbour Trust did not endorse the recommendation for a national register of foster carers."))
    assert not any(s == "Harbour Trust" and r == "SUPPORTS" and "register" in t for s, r, t in found)

# --- a post only a local council has, at the page's council


_COUNCIL_PAGE = (
    "Lancashire County Council has called on the government to fund its family hubs in Lancashire.\n\n"
    "Former Labour county council leader Jane Porter said the loss of the centres had hurt families.\n\n"
    'Meanwhile, Labour opposition member Alan Reed branded the new hubs "a pale copy".\n\n'
    "However, Conservative cabinet member for children and families, Mary Stone, said the hubs were better.\n\n"
    'Councillor Tom Baker, portfolio holder for schools, said: "We are proud."\n\n')


@pytest.mark.model
def test_a_councillor_s_post_is_at_the_page_s_one_council(extractor) -> None:  # type: ignore[no-untyped-def]
    from helpers import text_relations

    found = text_relations(extractor, _COUNCIL_PAGE)
    for person in ("Jane Porter", "Alan Reed", "Mary Stone", "Tom Baker"):
        assert (person, "ROLE_AT", "Lancashire County Council") in found


@pytest.mark.model
@pytest.mark.parametrize(
    "extra",
    [
        # the person's sentence names another body: the post may be there
        "Councillor Ann Lee, cabinet member for schools at Harbour Trust, said the hubs were better.",
        # no councillor's post and no post at all: a description that names no office (a chief
        # executive of no named body holds her post at the page's council: kinds/roles.page_role)
        "Ann Lee, a parent of two, said the hubs were better.",
    ],
)
def test_no_council_post_from_another_body_or_another_post(extractor, extra) -> None:  # type: ignore[no-untyped-def]
    from helpers import text_relations

    found = text_relations(extractor, _COUNCIL_PAGE + extra)
    assert ("Ann Lee", "ROLE_AT", "Lancashire County Council") not in found


@pytest.mark.model
def test_no_council_post_where_the_page_names_two_councils_and_opens_with_neither(extractor) -> None:  # type: ignore[no-untyped-def]
    from helpers import text_relations

    text = ("Families in Lancashire and Cumbria will get new hubs, the government said.\n\n"
            "Lancashire County Council and Cumbria County Council will share the funding.\n\n"
            'Councillor Tom Baker, portfolio holder for schools, said: "We are proud."\n\n')
    found = text_relations(extractor, text)
    assert not any(s == "Tom Baker" and r == "ROLE_AT" for s, r, _ in found)
