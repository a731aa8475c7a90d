"""Duplicates and places by name (issue 15, session 13), from failure classes on unseen pages: a
Bill and the Act it became, a name after a body's acronym without a possessive ("the WCC Harbour
Review"), a title's opening words that NER typed a body ("Harbour Together"), a misspelt surname
that NER typed a body, a post closing in "Lead", and bodies and programmes named after a place.
Names and sentences are invented; document-level rules run on mentions marked in a text with
[brackets] (type after a bar: [Harbour Trust|Organisation])."""

from __future__ import annotations

import pytest

from caregraph.core.records import DocResult, Entity
from caregraph.graph.assemble import assemble
from helpers import document_entity, marked_document, marked_entities, merged_groups

_document = marked_document
_entity = document_entity


_groups = merged_groups  # the labels merged, as sets (scope "" unless a test gives one)


# --------------------------------------------------------------------- a Bill and the Act it became


def test_a_bill_and_the_act_of_its_words_and_the_pages_latest_year_are_one(schema):
    groups = _document(schema, "The [Westshire Children Bill|Publication] was introduced in December 2024. "
                               "The [Westshire Children Act 2025|Publication] received Royal Assent in April 2025.")
    assert groups == [{"Westshire Children Bill", "Westshire Children Act 2025"}]


def test_a_bill_and_an_older_act_of_its_words_that_it_amends_stay_apart(schema):
    groups = _document(schema, "The [Harbour Health Bill|Publication], published in 2025, amends the "
                               "[Harbour Health Act 1983|Publication].")
    assert len(groups) == 2


def test_a_bill_and_two_acts_of_its_words_stay_apart(schema):
    groups = _document(schema, "The [Harbour Care Bill|Publication] follows the [Harbour Care Act 2024|Publication] "
                               "and the [Harbour Care Act 2025|Publication], in 2025.")
    assert len(groups) == 3


@pytest.mark.parametrize("marked", [
    # one content word before "Bill": no sure sign
    "The [Harbour Bill|Publication] and the [Harbour Act 2025|Publication] of 2025.",
    # an Act without its year
    "The [Harbour Care Bill|Publication] and the [Harbour Care Act|Publication] of 2025.",
    # an amending Act has words of its own
    "The [Harbour Care Bill|Publication] and the [Harbour Care (Amendment) Act 2025|Publication].",
])
def test_a_bill_and_an_act_without_the_signs_stay_apart(schema, marked):
    assert len(_document(schema, marked)) == 2


# --------------------------------------------------------------------- a name after a body's acronym


def test_a_name_after_a_bodys_acronym_is_the_one_name_of_those_words(schema):
    groups = _document(schema, "The [Independent Review of Harbour Care|Publication] (the [Harbour Review|Publication]) "
                               "reported. The [DfH Harbour Review|Publication] said more.")
    assert groups == [{"Independent Review of Harbour Care", "Harbour Review", "DfH Harbour Review"}]


def test_the_same_name_after_two_bodies_acronyms_joins_neither(schema):
    groups = _document(schema, "The [Annual Harbour Conference|Initiative] met. The [WCC Annual Harbour "
                               "Conference|Initiative] and the [EBC Annual Harbour Conference|Initiative] follow.")
    assert len(groups) == 3


def test_an_acronym_that_spells_the_name_is_no_owner(schema):
    from caregraph.extract.resolve import _acronym_owned_targets, _cluster_view, _UnionFind

    ents = [_entity("d#0", "Harbour Steps Programme", "Initiative"), _entity("d#1", "HSP Harbour Steps Programme", "Initiative")]
    uf = _UnionFind(len(ents))
    clusters = _cluster_view(ents, uf, schema.entities)
    assert _acronym_owned_targets(1, clusters[1], clusters, schema.entities) == []


# --------------------------------------------------------------------- a title's opening words typed a body


def test_a_titles_opening_words_typed_a_body_are_the_title_in_one_document(schema):
    ents = [_entity("d#0", "Harbour Together to Keep Children Safe 2023", "Publication"),
            _entity("d#1", "Harbour Together", "Organisation")]
    assert _groups(schema, ents, scope="d") == [{"Harbour Together to Keep Children Safe 2023", "Harbour Together"}]


def test_a_body_and_a_paper_of_its_own_stay_apart(schema):
    ents = [_entity("d#0", "Harbour Trust Annual Report", "Publication"), _entity("d#1", "Harbour Trust", "Organisation")]
    assert len(_groups(schema, ents, scope="d")) == 2
    ents = [_entity("d#0", "Harbour Together Fostering Review", "Publication"),
            _entity("d#1", "Harbour Together", "Organisation")]
    assert len(_groups(schema, ents, scope="d")) == 2


# --------------------------------------------------------------------- a misspelt surname typed a body


def test_a_misspelt_surname_that_ner_typed_a_body_is_the_person(schema):
    ents = [_entity("d#0", "Jane MacAlister", "Person"), _entity("d#1", "MacAllister", "Organisation")]
    assert _groups(schema, ents, scope="d") == [{"Jane MacAlister", "MacAllister"}]


@pytest.mark.parametrize("label", [
    "Porterhouse",      # more than one letter off "Porterfield"
    "PORTERFELD",       # capitals throughout: an acronym or a heading
])
def test_a_body_far_from_a_surname_or_in_capitals_is_no_misspelling(schema, label):
    ents = [_entity("d#0", "Jane Porterfield", "Person"), _entity("d#1", label, "Organisation")]
    assert len(_groups(schema, ents, scope="d")) == 2


def test_a_short_body_name_one_letter_from_a_surname_stays_apart(schema):
    ents = [_entity("d#0", "Jane Portman", "Person"), _entity("d#1", "Postman", "Organisation")]
    assert len(_groups(schema, ents, scope="d")) == 2


# --------------------------------------------------------------------- a post closing in "Lead"


def test_a_post_closing_in_lead_is_a_role(schema):
    import spacy
    from spacy.tokens import Doc

    from caregraph.extract.mentions.choose import _a_role_or_order

    vocab = spacy.blank("en").vocab
    assert _a_role_or_order(Doc(vocab, words=["Designated", "Safeguarding", "Lead"])[0:3], schema.entities)
    assert _a_role_or_order(Doc(vocab, words=["Ex", "-", "Harbour", "Review", "Lead"])[0:5], schema.entities)
    assert not _a_role_or_order(Doc(vocab, words=["Harbour", "Lead", "Trust"])[0:3], schema.entities)


# --------------------------------------------------------------------- named after a place


def _result(doc_id: str, entities: list[Entity]) -> DocResult:
    return DocResult(doc_id=doc_id, path=f"in/{doc_id}.txt", sha256="0" * 64, length=10, entities=tuple(entities))


def _entity_in(doc_id: str, n: int, label: str, type_: str) -> Entity:
    return Entity(key=f"{doc_id}#{n}", label=label, type=type_, aliases=(), mentions=1, documents=(doc_id,),
                  evidence=f"{label} in {doc_id}.", votes=((type_, 1.0),))


def _located(schema, labels: list[tuple[str, str]]) -> set[tuple[str, str]]:
    graph = assemble([_result("a", [_entity_in("a", i, label, type_) for i, (label, type_) in enumerate(labels)])],
                     schema).to_networkx()
    return {(graph.nodes[u]["label"], graph.nodes[v]["label"])
            for u, v, d in graph.edges(data=True) if d["relation"] == "LOCATED_IN"}


def test_a_programme_opening_with_a_places_name_is_located_there(schema):
    found = _located(schema, [("Eastborough", "Place"), ("Eastborough Family Hubs", "Initiative"),
                              ("Eastborough Safeguarding Children Partnership", "Organisation")])
    assert found == {("Eastborough Family Hubs", "Eastborough"),
                     ("Eastborough Safeguarding Children Partnership", "Eastborough")}


def test_a_programme_opening_with_a_longer_places_name_without_a_programmes_head_is_located_there(schema):
    # the gold conventions locate a programme by its name as a body ("North Westshire Steps Together")
    found = _located(schema, [("North Eastborough", "Place"), ("North Eastborough Families First", "Initiative"),
                              ("North Eastborough Steps Together", "Initiative")])
    assert found == {("North Eastborough Families First", "North Eastborough"),
                     ("North Eastborough Steps Together", "North Eastborough")}


def test_a_one_word_place_opens_a_programme_without_a_head_only_as_a_local_authority(schema):
    # one capitalised word before a name is too often the name's own first word, or a word NER took
    # for a place ("Eastby Recovery" where "Eastby" is no authority): a programme's head noun or the
    # area of a local authority (the gazetteer's groups) is needed
    assert _located(schema, [("Eastborough", "Place"), ("Eastborough Steps Together", "Initiative"),
                             ("Eastborough Recovery", "Initiative")]) == set()
    from caregraph.graph.assemble import _located_by_name

    entities = [_entity_in("a", 0, "Eastborough", "Place"), _entity_in("a", 1, "Eastborough Steps Together", "Initiative")]
    for local, expected in ((frozenset({"eastborough"}), 1), (frozenset(), 0)):
        edges: dict[tuple[str, str, str], object] = {}
        _located_by_name(edges, entities, {e.key: e.key for e in entities}, frozenset(),
                         initiative_heads=frozenset({"hubs"}), local_places=local)
        assert len(edges) == expected, local


def test_a_programme_with_a_preposition_after_its_place_is_not_located_there(schema):
    # near miss: "for", "with", "on", "at" after the place say what the programme is for or with
    found = _located(schema, [("Eastborough", "Place"), ("Eastborough for Families", "Initiative"),
                              ("Eastborough with Families Hubs", "Initiative"),
                              ("North Eastborough", "Place"), ("North Eastborough for Families", "Initiative"),
                              ("North Eastborough with Families", "Initiative"),
                              ("North Eastborough on Track", "Initiative"), ("North Eastborough at Home", "Initiative")])
    assert found == set()


def test_a_programme_about_a_place_or_in_capitals_or_of_two_places_is_not(schema):
    found = _located(schema, [("Eastborough", "Place"), ("Families for Eastborough Programme", "Initiative"),
                              ("EASTBOROUGH FAMILY HUBS", "Initiative"), ("Eastborough and Westby Hubs", "Initiative")])
    assert found == set()


def test_a_body_of_another_place_that_ends_in_a_places_name_is_not_located_there(schema):
    found = _located(schema, [("Westshire", "Place"), ("Bath and North East Westshire Council", "Organisation"),
                              ("Greater Westshire Combined Authority", "Organisation"),
                              ("Eastby and Westshire Care Board", "Organisation"), ("City of Westshire Council", "Organisation")])
    assert found == {("Eastby and Westshire Care Board", "Westshire"), ("City of Westshire Council", "Westshire")}


# --------------------------------------------------------------------- a gazetteer title in other small words


def test_a_gazetteer_title_in_other_prepositions_and_qualifiers_is_the_entry(schema):
    from caregraph.extract.resolve import _known_title

    rules = schema.entities
    # the review's gazetteer name is "Independent Review of Children's Social Care"
    for label, type_ in [("Review of the Children's Social Care", "Publication"),
                         ("Independent National Review to Children's Social Care", "Publication"),
                         ("Independent National Review to Children's Social Care", "Organisation")]:
        found = _known_title(_entity("d#0", label, type_), rules)
        assert (found.label, found.type) == ("Independent Review of Children's Social Care", "Publication")
        assert label in found.aliases


@pytest.mark.parametrize("label,type_", [
    ("Westshire Review of Children's Social Care", "Publication"),   # a word of its own
    ("Independent Review", "Publication"),                           # one word once qualifiers go
    ("Implementation Board", "Organisation"),                        # two words name too many things
    ("Care Review Social Children", "Publication"),                  # the words in another order
    ("Care Review", "Publication"),                                  # a form two entries share
])
def test_a_name_with_words_of_its_own_or_a_shared_form_keeps_its_label(schema, label, type_):
    from caregraph.extract.resolve import _known_title

    assert _known_title(_entity("d#0", label, type_), schema.entities).label == label


def test_two_pages_forms_of_a_gazetteer_title_are_one_node(schema):
    from caregraph.extract.resolve import merge_entities

    groups = [_document(schema, "The [Review of the Children's Social Care|Publication] in 2022."),
              _document(schema, "An [Independent National Review to Children's Social Care|Organisation] in 2021.")]
    assert groups[0] == [{"Independent Review of Children's Social Care", "Review of the Children's Social Care"}]
    del merge_entities


# --------------------------------------------------------------------- an inner "and", a kind word after a name


def test_a_short_name_with_words_on_both_sides_of_an_inner_and_is_the_longer_name(schema):
    ents = [_entity("a#0", "Harbour Fostering Recruitment and Retention Hub", "Initiative"),
            _entity("b#0", "Harbour Fostering Hub", "Initiative")]
    assert _groups(schema, ents) == [{"Harbour Fostering Recruitment and Retention Hub", "Harbour Fostering Hub"}]
    # the words of one side only: another name joined to it by "and"
    ents = [_entity("a#0", "Home for Harbours and Safe Families", "Organisation"),
            _entity("b#0", "Home for Harbours", "Organisation")]
    assert len(_groups(schema, ents)) == 2


def test_a_one_word_body_and_the_name_with_a_kind_word_after_it_are_one_across_pages(schema):
    from caregraph.extract.resolve import merge_entities

    ents = [_entity("a#0", "Harbourside", "Organisation"), _entity("b#0", "Harbourside Charity", "Organisation")]
    assert _groups(schema, ents) == [{"Harbourside", "Harbourside Charity"}]
    assert [e.label for e in merge_entities(ents, schema.entities)[0]] == ["Harbourside"]
    # a head noun that makes a name of its own
    ents = [_entity("a#0", "Harbourside", "Organisation"), _entity("b#0", "Harbourside Trust", "Organisation")]
    assert len(_groups(schema, ents)) == 2


# --------------------------------------------------------------------- "X is the Y"


def test_a_body_that_a_sentence_says_is_another_bodys_name_is_one(schema):
    groups = _document(schema, "About us\n[Harbour Homes|Organisation] is the [North West Regional Care "
                               "Cooperative|Organisation], a not-for-profit body.")
    assert groups == [{"Harbour Homes", "North West Regional Care Cooperative"}]


@pytest.mark.parametrize("marked", [
    "[Harbour Homes|Organisation] is the [Westshire Partnership|Organisation]'s lead member.",
    "[Jane Porter|Person] is the [Harbour Commissioner|Organisation].",
    "He said that [Harbour Homes|Organisation] is the [Westshire Partnership|Organisation].",
])
def test_a_name_with_more_after_it_another_type_or_mid_sentence_stays_apart(schema, marked):
    assert len(_document(schema, marked)) == 2


def test_an_act_of_the_pages_year_is_another_pages_bill_of_its_words(schema):
    from caregraph.extract.resolve import merge_entities

    act = marked_entities(schema, "The [Westshire Children Act 2025|Publication] came into force in 2025.")
    bill = _entity("b#0", "Westshire Children Bill", "Publication")
    merged, _ = merge_entities([*act, bill], schema.entities)
    assert len(merged) == 1
    older = marked_entities(schema, "The [Westshire Children Act 1989|Publication] is amended in 2025.")
    merged, _ = merge_entities([*older, bill], schema.entities)
    assert len(merged) == 2


def test_a_misspelt_full_name_joins_a_gazetteer_persons_name_across_pages(schema):
    import dataclasses

    from caregraph.core.schema import GazetteerEntry

    entry = GazetteerEntry(name="Jane MacAlister", type="Person", aliases=(), source="invented")
    rules = dataclasses.replace(schema.entities, gazetteer_names=schema.entities.gazetteer_names | {entry.name})
    from caregraph.extract.resolve import merge_entities

    ents = [_entity("a#0", "Jane MacAlister", "Person"), _entity("b#0", "Jane MacAllister", "Person")]
    merged, _ = merge_entities(ents, rules)
    assert [e.label for e in merged] == ["Jane MacAlister"]
    # without the entry, two pages' spellings as common as each other: two people, maybe
    merged, _ = merge_entities(ents, schema.entities)
    assert len(merged) == 2


def test_a_council_short_form_that_ner_typed_a_person_is_the_council_in_one_document(schema):
    ents = [_entity("d#0", "Westshire County Council", "Organisation"), _entity("d#1", "Westshire CC", "Person")]
    assert _groups(schema, ents, scope="d") == [{"Westshire County Council", "Westshire CC"}]
    # a person's name with letters after it spells no body of the page
    ents = [_entity("d#0", "Westshire County Council", "Organisation"), _entity("d#1", "Jane Doe CC", "Person")]
    assert len(_groups(schema, ents, scope="d")) == 2


def test_a_body_named_with_an_ampersand_is_in_the_place_named_with_and(schema):
    found = _located(schema, [("Bath and North East Westshire", "Place"),
                              ("Bath & North East Westshire Council", "Organisation")])
    assert found == {("Bath & North East Westshire Council", "Bath and North East Westshire")}


def test_a_name_after_ex_and_a_hyphen_is_the_documents_name_after_it(schema):
    groups = _document(schema, "The [Harbour Care Review|Publication] reported. The [Ex-Harbour Care Review|Publication] "
                               "team met.")
    assert groups == [{"Harbour Care Review", "Ex-Harbour Care Review"}]
    from caregraph.extract.resolve import _after_former

    # a hyphen before a lower-case word makes one word ("Ex-officio"), no post's time
    assert _after_former("Ex-officio Harbour Board", schema.entities) == []
    assert _after_former("Former Harbour Commissioner", schema.entities) == ["harbour", "commissioner"]


def test_a_body_and_a_programme_named_after_it_stay_apart(schema):
    ents = [_entity("d#0", "Harbour Homes Sunday", "Initiative"), _entity("d#1", "Harbour Homes", "Organisation")]
    assert len(_groups(schema, ents, scope="d")) == 2
