"""Entities of parliamentary records and of described documents (session 12): a member's seat
after the party in the record's brackets, the seat after "Friend the Member for", the
Parliament's forms of address, the programmes' sourced lower-case forms, and a document named by
its author with a bracketed acronym or a year. Sentences and names invented for these tests."""

from __future__ import annotations

import pytest

from caregraph.extract.mentions.voters import party_dash, seat_after_party


def entities(extractor, text: str) -> dict[str, object]:
    result = extractor.process_text(text, doc_id="t")
    return {e.label: e for e in result.entities}


# ------------------------------------------------------------------ seats in members' records


@pytest.mark.model
@pytest.mark.parametrize(("record", "seat"), [
    ("Asked by: Jane Porter (Labour - Westby Central)", "Westby Central"),
    ("Asked by: Jane Porter (Labour (Co-op) - Westby Central)", "Westby Central"),
    ("Main Page: Amir Khan (Conservative - Eastby)", "Eastby"),
    ("Asked by: Tom Reed (Conservative - Harbury and Westcombe)", "Harbury and Westcombe"),
])
def test_the_seat_after_a_party_and_a_dash_is_one_place(extractor, record, seat):
    found = entities(extractor, record + "\n\nWhat steps is the Department taking on kinship care?")
    assert found[seat].type == "Place"
    assert not any(label != seat and label in seat for label in found)  # not split at "and"


@pytest.mark.model
@pytest.mark.parametrize("record", [
    "Asked by: Lord Porter of Westby (Crossbench - Life peer)",
    "Asked by: Lord Porter of Westby (Conservative - Excepted Hereditary)",
])
def test_a_peers_standing_is_no_place(extractor, record):
    found = entities(extractor, record + "\n\nWhat steps is the Department taking on kinship care?")
    assert not any(e.type == "Place" for e in found.values())


def test_the_party_dash_needs_a_party_and_spaces(vocab, schema):
    from spacy.tokens import Doc

    rules = schema.entities
    words = ["(", "Labour", "-", "Westby", ")", "(", "Harbour", "-", "Westby", ")", "(", "Co", "-", "op", ")"]
    spaces = [False, True, True, False, True, False, True, True, False, True, False, False, False, False, False]
    doc = Doc(vocab, words=words, spaces=spaces)
    assert party_dash(doc, 2, rules)           # "(Labour - Westby)"
    assert not party_dash(doc, 7, rules)       # "(Harbour - Westby)": no party
    assert not party_dash(doc, 12, rules)      # "Co-op": no spaces round the dash
    assert seat_after_party(doc, 3, 4, rules)
    assert not seat_after_party(doc, 8, 9, rules)


@pytest.mark.model
def test_the_seat_after_friend_the_member_for_is_a_place(extractor):
    found = entities(extractor, "I thank my hon. Friend the Member for Westby and East Harbury (Helen Hayes) "
                                "for securing this debate.")
    assert found["Westby and East Harbury"].type == "Place"
    assert found["Helen Hayes"].type == "Person"
    assert not any(label.startswith("Friend") for label in found)


@pytest.mark.model
def test_a_member_for_a_portfolio_is_still_no_seat(extractor):
    # near miss: "Cabinet Member for Children" holds a remit, not a constituency
    found = entities(extractor, "Councillor Jane Porter, Cabinet Member for Children, opened the Harbour Hub.")
    assert not any(e.type == "Place" for e in found.values())


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "My Lords, I rise to support Amendment 2 in the name of Lady Porter.",
    "As noble Lords will know, the Harbour Trust has said so.",
    "I commend the amendment to your Lordships.",
])
def test_the_lords_forms_of_address_are_no_names(extractor, text):
    found = entities(extractor, text)
    assert not any(label in ("Lords", "Lordships", "My Lords") for label in found)


# ----------------------------------------------------------- sourced lower-case programme forms


@pytest.mark.model
def test_practice_models_written_in_lower_case_are_found(extractor):
    found = entities(extractor, "Westby Council offers a family group conference to every family, and the "
                                "Bill requires family group decision-making before proceedings.")
    assert found["Family Group Conferences"].type == "Initiative"
    assert found["Family Group Decision Making"].type == "Recommendation"   # the Bill's measure


@pytest.mark.model
def test_a_generic_lower_case_phrase_is_still_no_programme(extractor):
    # near miss: "family support" and "early help" are no entry's form
    found = entities(extractor, "Westby Council gives family support and early help to families.")
    assert not any(e.type == "Initiative" for e in found.values())


# ------------------------------------------------------------------- documents by description


@pytest.mark.model
def test_a_possessive_author_with_its_acronym_names_a_study(extractor):
    found = entities(extractor, "The panel wrote to the Harbour Markets Authority's (HMA) market study of "
                                "foster care.")
    assert found["Harbour Markets Authority"].type == "Organisation"
    studies = [label for label, e in found.items() if e.type == "Publication"]
    assert studies == ["Harbour Markets Authority's market study of foster care"]


@pytest.mark.model
def test_a_dated_report_by_an_author_is_a_publication(extractor):
    found = entities(extractor, "A 2022 Harbour Markets Authority (HMA) report found high profits.")
    assert found["Harbour Markets Authority report"].type == "Publication"


@pytest.mark.model
def test_an_undated_bare_report_is_still_none(extractor):
    # near miss: "the Harbour Markets Authority report" may be any of its reports
    found = entities(extractor, "The Harbour Markets Authority (HMA) report found high profits.")
    assert not any(e.type == "Publication" for e in found.values())


# ------------------------------------------------------------------------ forms of known names


def test_a_known_form_without_the_plurals_apostrophe_is_a_form(schema):
    from caregraph.extract.mentions.voters import _forms

    entry = next(e for e in schema.gazetteer if "Children's Commissioner" in e.aliases)
    forms = _forms(entry, schema.entities.possessive_name_words)
    assert "Childrens Commissioner" in forms
    assert "Children's Commissioner" in forms


def test_a_names_own_possessive_keeps_its_apostrophe():
    from caregraph.core.schema import GazetteerEntry
    from caregraph.extract.mentions.voters import _forms

    entry = GazetteerEntry(name="Harbour's Children's Fund", type="Initiative", aliases=(), source="test")
    assert _forms(entry, frozenset({"children"})) == ("Harbour's Children's Fund", "Harbour's Childrens Fund")


@pytest.mark.model
def test_a_former_office_holder_names_the_office(extractor):
    found = entities(extractor, "Panel: Anne Porter, Former Childrens Commissioner; Tom Reed, Harbour Trust.")
    assert "Children's Commissioner for England" in found
    assert not any(label.startswith("Former") for label in found)
    assert found["Anne Porter"].type == "Person"


@pytest.mark.model
def test_a_generic_long_form_of_an_acronym_is_no_name(extractor):
    found = entities(extractor, "Our findings do not show that local authorities (LAs) fail. LAs must act, "
                                "the Harbour Trust said.")
    assert not any(label.lower() in ("local authorities", "las") for label in found)
    assert "Harbour Trust" in found


@pytest.mark.model
def test_a_long_form_with_a_head_noun_is_still_a_name(extractor):
    # near miss: "family support hubs" has a programme's head noun
    found = entities(extractor, "The family support hubs (FSHs) opened in Westby last year.")
    assert found["family support hubs"].type == "Initiative"


@pytest.mark.model
def test_zones_name_a_programme(extractor):
    found = entities(extractor, "The pilot will begin in areas known as Harbour Zones. The Harbour Zones "
                                "will lead the way.")
    assert found["Harbour Zones"].type == "Initiative"


def test_an_acronym_is_no_alias_of_a_person(schema):
    from caregraph.core.records import Entity
    from caregraph.extract.resolve import merge_entities

    def ent(key: str, label: str, type_: str) -> Entity:
        return Entity(key=key, label=label, type=type_, aliases=(), mentions=1, documents=("d",), evidence="",
                      votes=((type_, 1.0),))

    ents = [ent("d#0", "Lara Adams", "Person"), ent("d#1", "LAs", "Organisation"),
            ent("d#2", "Harbour Steps Programme", "Initiative"), ent("d#3", "HSP", "Initiative")]
    _merged, mapping = merge_entities(ents, schema.entities, scope="d")
    assert mapping["d#1"] != mapping["d#0"]   # "LAs" is no alias of "Lara Adams"
    assert mapping["d#3"] == mapping["d#2"]   # the acronym of a programme still joins it


@pytest.mark.model
def test_the_name_on_a_members_card_is_a_person(extractor):
    found = entities(extractor, "Rhodri Pennant Portrait Rhodri Pennant (Westkirk and Eastby) (Con)\n"
                                "I rise to speak about care leavers.")
    assert found["Rhodri Pennant"].type == "Person"
    assert found["Westkirk and Eastby"].type == "Place"


@pytest.mark.model
def test_a_body_before_a_bracketed_place_keeps_its_head(extractor):
    # near miss: a body's head noun outweighs the card's vote
    found = entities(extractor, "The Harbour Trust (Westby) (Lab) spoke.")
    assert found["Harbour Trust"].type == "Organisation"
