"""Entity rules on short sentences written for these tests (not taken from the corpus).

These use the trained pipeline: the rules read its tags, parse and NER."""

from __future__ import annotations

import pytest

from helpers import text_relations

pytestmark = pytest.mark.model


def entities(extractor, text: str) -> dict[str, object]:
    result = extractor.process_text(text, doc_id="t")
    return {e.label: e for e in result.entities}


def test_cue_noun_after_a_name_makes_an_initiative(extractor):
    found = entities(extractor, "Last spring the council launched the Bright Futures programme for young carers.")
    assert found["Bright Futures"].type == "Initiative"


def test_titled_list_items_take_the_type_of_their_introduction(extractor):
    text = (
        "Schemes run by the council include:\n"
        "\u2022 Open Doors. This scheme helps families find a home.\n"
        "\u2022 Safe Steps. This project supports new carers.\n"
    )
    found = entities(extractor, text)
    assert found["Open Doors"].type == "Initiative"
    assert found["Safe Steps"].type == "Initiative"


@pytest.mark.parametrize(
    ("sentence", "label", "type_"),
    [
        ("Members of the Westshire Youth Panel met on Tuesday.", "Westshire Youth Panel", "Organisation"),
        ("Ministers published the Fair Futures Strategy on Monday.", "Fair Futures Strategy", "Publication"),
        ("Ministers relied on the Children Act 1989 when they drafted the plan.", "Children Act 1989", "Publication"),
        ("Volunteers from Cumbria joined the event.", "Cumbria", "Place"),
    ],
)
def test_head_nouns_and_gazetteer_type_names(extractor, sentence, label, type_):
    assert entities(extractor, sentence)[label].type == type_


def test_honorific_and_surname_mentions_merge_into_the_full_name(extractor):
    found = entities(
        extractor,
        "Cllr Maria Lopez said the plan was sound. Lopez added that more money was needed. "
        "Ms Lopez will report back in June.",
    )
    persons = [e for e in found.values() if e.type == "Person"]
    assert [p.label for p in persons] == ["Maria Lopez"]
    assert persons[0].mentions == 3
    assert "Lopez" in persons[0].aliases


@pytest.mark.parametrize("honorific", ["Cllr", "Coun", "Councillor"])
def test_a_councillors_honorific_is_no_part_of_the_name_and_leaves_the_post(extractor, honorific):
    # "Coun" is the local press's abbreviation of Councillor, as "Cllr" is the councils' own
    text = f"Leader of Westshire Council, {honorific} Jane Porter, says she will work with the government.\n"
    found = entities(extractor, text)
    assert found["Jane Porter"].type == "Person"
    assert not any(label.startswith(honorific) for label in found)
    assert ("Jane Porter", "ROLE_AT", "Westshire Council") in text_relations(extractor, text)


def test_leading_article_and_possessive_are_not_part_of_the_name(extractor):
    found = entities(extractor, "The Riverside Foundation's latest report was welcomed by parents.")
    assert "Riverside Foundation" in found


def test_acronym_defined_in_brackets_is_an_alias(extractor):
    found = entities(
        extractor,
        "The Office for Family Standards (OFS) inspected the home. The OFS said it was safe.",
    )
    entity = found["Office for Family Standards"]
    assert "OFS" in entity.aliases
    assert "OFS" not in found


def test_acronym_spelling_the_initials_of_a_name_merges_without_a_definition(extractor):
    found = entities(
        extractor,
        "The National Carers Network welcomed the plan. Later the NCN asked for more detail.",
    )
    assert "NCN" in found["National Carers Network"].aliases


def test_short_form_of_a_publication_merges_into_its_full_title(extractor):
    found = entities(
        extractor,
        "The Independent Review of Adult Services reported in May. "
        "Critics said the Adult Services Review ignored carers.",
    )
    publications = [e for e in found.values() if e.type == "Publication"]
    assert [p.label for p in publications] == ["Independent Review of Adult Services"]


def test_two_people_sharing_a_surname_are_not_merged(extractor):
    found = entities(
        extractor,
        "Thomas Baker and Anna Baker both spoke at the meeting. Baker said the vote was close.",
    )
    assert "Thomas Baker" in found and "Anna Baker" in found
    assert "Baker" not in found["Thomas Baker"].aliases
    assert "Baker" not in found["Anna Baker"].aliases


def test_role_before_a_name_is_not_part_of_the_person(extractor):
    found = entities(extractor, "Education Secretary Laura Finch visited the school on Friday.")
    assert "Laura Finch" in found
    assert found["Laura Finch"].type == "Person"


@pytest.mark.parametrize(
    "text",
    [
        "Local Authorities must publish their plans by March.",
        "The Board met on Thursday 4 May 2023 and agreed the budget of \u00a32 million.",
        "Read more: Jubilee street parties planned across the county\n\nThe school reopened.",
        "Subscribe\n\nFrom \u00a315 / month\n\nThe school reopened.",
    ],
)
def test_generic_nouns_dates_amounts_and_page_furniture_are_not_entities(extractor, text):
    found = entities(extractor, text)
    assert not found, found


def test_a_name_never_spans_a_line_break(extractor):
    found = entities(extractor, "The Youth Justice Board\n\nPresentation to members followed.")
    assert all("\n" not in label for label in found)
    assert "Youth Justice Board" in found


def test_objects_of_recommending_verbs_are_recommendations(extractor):
    found = entities(
        extractor,
        "The Fair Futures Review recommends a national register of foster carers "
        "and the creation of Regional Family Hubs.",
    )
    recommendations = sorted(e.label for e in found.values() if e.type == "Recommendation")
    assert recommendations == ["Regional Family Hubs", "national register of foster carers"]


def test_negated_recommendation_is_not_a_recommendation(extractor):
    found = entities(extractor, "The Fair Futures Review did not recommend a national register of foster carers.")
    assert not [e for e in found.values() if e.type == "Recommendation"]


def test_items_after_such_as_in_a_recommendations_sentence(extractor):
    found = entities(
        extractor,
        "The Fair Futures Review makes recommendations such as; a national pay scale for carers, "
        "free legal advice and regional training hubs.",
    )
    recommendations = sorted(e.label for e in found.values() if e.type == "Recommendation")
    assert recommendations == ["free legal advice", "national pay scale for carers", "regional training hubs"]


def test_every_entity_keeps_its_first_evidence_sentence(extractor):
    text = "The weather was fine. Maria Lopez opened the \u201cnew\u201d centre. Lopez thanked staff."
    person = entities(extractor, text)["Maria Lopez"]
    assert person.evidence == "Maria Lopez opened the \u201cnew\u201d centre."


def test_a_name_confirmed_once_is_a_name_wherever_it_is_capitalised(extractor):
    found = entities(
        extractor,
        "Rita Moss, chief executive at Hearth, spoke first. Later, Hearth's volunteers served tea. "
        "Many hearth fires were lit.",
    )
    assert found["Hearth"].type == "Organisation"
    assert found["Hearth"].mentions == 2


def test_an_acronym_proposed_on_its_own_is_a_recommendation(extractor):
    found = entities(extractor, "The Fair Futures Review recommends that RFHs should be created. RFHs were proposed by the review.")
    assert found["RFHs"].type == "Recommendation"


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Dear Secretary of State for Education, we write about the Fair Futures Review.", "Fair Futures Review"),
        ("Minutes of the Westshire Scrutiny Committee, held on Monday.", "Westshire Scrutiny Committee"),
    ],
)
def test_letter_and_minutes_furniture_is_not_part_of_a_name(extractor, text, label):
    found = entities(extractor, text)
    assert label in found
    assert not any(name.lower().startswith(("dear", "minutes", "state for")) for name in found)


def test_an_apposition_says_what_a_name_is(extractor):
    found = entities(extractor, "Hearthstone, the charity for young carers, welcomed the plan.")
    assert found["Hearthstone"].type == "Organisation"


def test_a_sentence_case_title_quoted_right_after_a_cue_is_a_publication(extractor):
    found = entities(extractor, "As I wrote in my report 'Children missing from school' last year, numbers are rising.")
    assert found["Children missing from school"].type == "Publication"


def test_a_quoted_phrase_without_a_cue_is_not_a_title(extractor):
    found = entities(extractor, "She called it 'a shocking failure' in her speech.")
    assert not found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Tavo Di\u2019Ranu, General Secretary of the Harbour Teachers Union, responds to a report by Westshire"
         " Committee, which makes several recommendations.", "Tavo Di'Ranu"),
        ("Pavo Da\u2019Rinu, General Secretary of the Association of Harbour and Westshire Leaders, responds to a"
         " report by Westshire Committee.", "Pavo Da'Rinu"),
        ("Quill Ab\u2019Nasse, National Director for Harbour Schools, warned the panel.", "Quill Ab'Nasse"),
    ],
)
def test_a_capitalised_post_in_apposition_makes_a_person(extractor, text, name):
    # a name no first-name list knows, then a post whose head ("Secretary", "Director") follows
    # a word of its own, then "of" or "for" and the body
    assert entities(extractor, text)[name].type == "Person"


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        ("The charity said it would work with the Westshire Association of Foster Carers, BookHarbour, Jane Doe,"
         " Home4Good and Kinship Friends England to deliver the programme.", "Home4Good", "Kinship Friends England"),
        ("The charity said it would work with the Westshire Association of Foster Carers, BookHarbour, Anna Kestrel,"
         " Care2Share and Carers Link England to deliver the programme.", "Care2Share", "Carers Link England"),
    ],
)
def test_and_between_the_last_two_names_of_a_list_joins_two_names(extractor, text, first, second):
    # the run after the list's comma is two names, the second a body named after its place
    found = entities(extractor, text)
    assert f"{first} and {second}" not in found
    assert found[second].type == "Organisation"


def test_a_place_named_with_and_inside_a_list_of_places_stays_whole(extractor):
    # the first word is a place: "and" joins the parts of one place's name, not two list items
    found = entities(extractor, "Areas include Blackpool, Brighton and Hove, Bristol and Bournemouth, Christchurch and Poole.")
    assert "Brighton and Hove" in found
