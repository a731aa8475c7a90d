"""Posts given by the page and names that are no entity (session 13): a body's name opening a
sentence that the page writes inside a sentence elsewhere ("Harbour UK praises ..." and "by
Harbour UK"), a caption word between a name and its post ("Jane Doe (pictured), director of
..."), a post in lower case after a speaker on a body's own page, the holder after a post's
remit ("Cabinet Member for Children, Jane Doe"), a post or a step of a bill's passage named
alone ("Practice Lead", "Report Stage", "Royal Assent"), a peer known by title and surname
("Lord Bach"). Whole invented pages through the trained pipeline, with near misses."""

from __future__ import annotations

import pytest

from helpers import text_entities as _entities
from helpers import text_relations


def _roles(extractor, text: str) -> set[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return {(s, t) for s, r, t in text_relations(extractor, text) if r == "ROLE_AT"}


# --------------------------------------------------------------------- a name opening a sentence


@pytest.mark.model
def test_a_name_opening_a_sentence_is_the_name_the_page_writes_inside_one(extractor) -> None:
    text = ("Harbour UK praises the bold ambition of the Kestrel Review, published today.\n\n"
            "Director of Policy Jane Doe said: \u201cWe welcome the call for reform.\u201d\n\n"
            "The next survey will be published by Harbour UK in June.\n")
    found = _entities(extractor, text)
    assert found.get("Harbour UK") == "Organisation"
    assert "United Kingdom" not in found
    assert ("Jane Doe", "Harbour UK") in _roles(extractor, text)


@pytest.mark.model
def test_a_sentence_opening_name_the_page_never_writes_inside_a_sentence_is_left_as_read(extractor) -> None:
    # the body's name only ever opens a sentence: no evidence that its first capital is the name's
    found = _entities(extractor, "Harbour UK praises the bold ambition of the Kestrel Review.\n")
    assert "Harbour UK" not in found


# --------------------------------------------------------------------- posts given by the page


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a caption word between the name and its post, the body in the post
        ("Westshire Council has launched a new fostering hub.\n\n"
         "Jane Doe (pictured), director of children's services at Westshire Council, said: "
         "\u201cThis is good news.\u201d\n",
         {("Jane Doe", "Westshire Council")}),
        # a caption word, and the post in lower case naming no body: the page's own body
        ("Westshire Council has launched a new fostering hub.\n\n"
         "Jane Doe (pictured), director of children's services, said: \u201cThis is good news.\u201d\n",
         {("Jane Doe", "Westshire Council")}),
        # a post in lower case after a speaker, no caption
        ("Westshire Council has launched a new fostering hub.\n\n"
         "Jane Doe, chief executive, said: \u201cThis is good news.\u201d\n",
         {("Jane Doe", "Westshire Council")}),
    ],
)
def test_a_speakers_post_without_a_body_is_held_at_the_pages_body(extractor, text, expected) -> None:  # type: ignore[no-untyped-def]
    assert _roles(extractor, text) == expected


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        # a description in lower case that is no post
        ("Westshire Council has launched a new fostering hub.\n\n"
         "Jane Doe, a member of the public, said: \u201cThis is good news.\u201d\n"),
        # a long aside with a verb is no caption
        ("Westshire Council has launched a new fostering hub.\n\n"
         "Jane Doe (who was pictured with carers), director of children's services, said: "
         "\u201cThis is good news.\u201d\n"),
    ],
)
def test_page_post_near_misses(extractor, text) -> None:  # type: ignore[no-untyped-def]
    assert _roles(extractor, text) == set()


@pytest.mark.model
def test_a_team_pages_names_and_posts_are_held_at_the_pages_body(extractor) -> None:
    text = ("Harbour Trust is a charity that supports carers.\n\nOur team\n\nJane Doe\nChief Executive\n"
            "Jane has worked with carers for 20 years.\n\nTom Reed\nBoard Chair\nTom grew up in a family who "
            "fostered.\n\nAnn Lee\nTrustee, Westshire College\n")
    # a post line that names its own body is held there, not at the page's
    assert _roles(extractor, text) == {("Jane Doe", "Harbour Trust"), ("Tom Reed", "Harbour Trust"),
                                       ("Ann Lee", "Westshire College")}


@pytest.mark.model
def test_a_name_line_without_a_post_line_holds_no_post(extractor) -> None:
    text = ("Harbour Trust is a charity that supports carers.\n\nOur team\n\nJane Doe\n"
            "Jane has worked with carers for 20 years and now leads our work in Westby.\n")
    assert _roles(extractor, text) == set()


# --------------------------------------------------------------------- a post's remit and its holder


@pytest.mark.model
def test_the_holder_after_a_posts_remit_is_a_person(extractor) -> None:
    text = "Westshire Council's Cabinet Member for Children, Jane Doe, said the scheme had helped.\n"
    assert _entities(extractor, text).get("Jane Doe") == "Person"
    assert ("Jane Doe", "Westshire Council") in _roles(extractor, text)


@pytest.mark.model
def test_a_remit_after_a_post_in_sentence_case_is_no_place(extractor) -> None:
    text = ("The funding has been welcomed by Cllr Jane Doe, Executive member for Children and Family "
            "Wellbeing at Westshire Council.\n")
    found = _entities(extractor, text)
    assert "Children and Family Wellbeing" not in found
    assert ("Jane Doe", "Westshire Council") in _roles(extractor, text)


# --------------------------------------------------------------------- names that are no entity


@pytest.mark.model
def test_a_post_named_alone_is_no_organisation(extractor) -> None:
    text = "The Harbour Trust's Practice Lead, Jane Doe, said the scheme had helped families.\n"
    found = _entities(extractor, text)
    assert "Practice Lead" not in found
    assert _roles(extractor, text) == {("Jane Doe", "Harbour Trust")}


@pytest.mark.model
def test_the_steps_of_a_bills_passage_are_no_entities(extractor) -> None:
    found = _entities(extractor, "The Westshire Schools Bill completed its Report Stage and received Royal Assent "
                                 "after the Second Reading and Committee Stage.\n")
    assert not {"Report Stage", "Royal Assent", "Second Reading", "Committee Stage",
                "Second Reading and Committee Stage"} & set(found)
    assert found.get("Westshire Schools Bill") == "Publication"


@pytest.mark.model
def test_a_place_named_like_a_step_keeps_its_name(extractor) -> None:
    # a body whose head noun types it, though a word of proceedings opens it
    found = _entities(extractor, "Reading Borough Council welcomed the plan.\n")
    assert found.get("Reading Borough Council") == "Organisation"


# --------------------------------------------------------------------- bodies by their head noun


@pytest.mark.model
def test_a_cooperative_is_an_organisation_and_speaks_for_its_page(extractor) -> None:
    text = ("Harbour Home is the Eastborough Regional Care Cooperative, a not-for-profit social enterprise "
            "funded by local authorities.\n\nJane Doe, chief executive, said: \u201cWe are ready.\u201d\n")
    found = _entities(extractor, text)
    assert found.get("Eastborough Regional Care Cooperative") == "Organisation"


# --------------------------------------------------------------------- peers


@pytest.mark.model
def test_a_peer_known_by_title_and_surname_keeps_the_title(extractor) -> None:
    found = _entities(extractor, "Members present: Baroness Porter of Westby (The Chair); Lord Bach; "
                                 "Baroness Keel.\n\nLord Bach said the strategy was late.\n")
    people = {label for label, type_ in found.items() if type_ == "Person"}
    assert {"Lord Bach", "Baroness Keel"} <= people
    assert not {"Bach", "Keel"} & people


@pytest.mark.model
def test_a_peers_title_and_surname_joins_the_one_full_name(extractor) -> None:
    found = _entities(extractor, "Lord Westby said it was late. Andrew Westby is a former minister.\n")
    people = {label for label, type_ in found.items() if type_ == "Person"}
    assert people == {"Andrew Westby"}


def test_a_peers_title_is_kept_before_a_lone_surname_only(schema) -> None:
    from caregraph.core.text import canonical_name

    rules = schema.entities
    assert canonical_name("Lord Bach", rules, person=True) == "Lord Bach"
    assert canonical_name("Baroness Keel", rules, person=True) == "Baroness Keel"
    # a courtesy honorific, a peer's full name and a post keep their usual forms
    assert canonical_name("Mr Porter", rules, person=True) == "Porter"
    assert canonical_name("Lord Tom Reed", rules, person=True) == "Tom Reed"
    assert canonical_name("Lord Chancellor", rules, person=True) != "Lord Chancellor"
    # whatever NER typed it, a peer's style stays whole (the person's votes type it)
    assert canonical_name("Lord Bach", rules, person=False) == "Lord Bach"


# --------------------------------------------------------------------- a body's members in a list


_MEMBERS = ("The Department has finalised the Harbour Implementation Board, which will oversee the reforms.\n\n"
            "{intro}\n\n"
            "  \u2022 Jane Doe, president of the Westshire Carers Association\n"
            "  \u2022 Tom Reed, chief executive of Eastborough Council\n"
            "  \u2022 Westby College\n\n"
            "The board will meet monthly.\n")


@pytest.mark.model
@pytest.mark.parametrize("intro", ["Also on the board are:", "Members of the Harbour Implementation Board include:"])
def test_the_people_of_a_list_of_a_bodys_members_hold_a_seat_on_it(extractor, intro) -> None:  # type: ignore[no-untyped-def]
    roles = _roles(extractor, _MEMBERS.format(intro=intro))
    assert {("Jane Doe", "Harbour Implementation Board"), ("Tom Reed", "Harbour Implementation Board"),
            ("Jane Doe", "Westshire Carers Association"), ("Tom Reed", "Eastborough Council")} <= roles


@pytest.mark.model
@pytest.mark.parametrize("intro", ["The board heard from:", "Speakers at the launch were:"])
def test_a_list_of_witnesses_or_speakers_holds_no_seat(extractor, intro) -> None:  # type: ignore[no-untyped-def]
    roles = _roles(extractor, _MEMBERS.format(intro=intro))
    assert not {t for _s, t in roles} & {"Harbour Implementation Board"}


def test_a_posts_head_a_few_words_after_its_opener_is_found(blank_nlp, schema) -> None:
    from caregraph.extract.mentions.choose import _post_head_follows

    rules = schema.entities
    doc = blank_nlp.make_doc("Isobel Penhallow , chief social worker for England")
    assert _post_head_follows(doc, 4, rules)   # "social worker": the head two words on
    # near misses: no post's head within a few lower-case words, or a capital before it
    for text in ("Isobel Penhallow , chief of all the carers", "Isobel Penhallow , chief Harbour worker"):
        doc = blank_nlp.make_doc(text)
        assert not _post_head_follows(doc, 4, rules), text


@pytest.mark.model
def test_a_post_with_a_remit_of_one_word_is_held_at_the_body_after_it(extractor) -> None:
    # the body's name is a word the page also writes in lower case: the post before it says a body
    text = ("The board includes carer Jane Doe, who is also chair of trustees at Kindred. "
            "Support for kindred families is vital.\n")
    assert ("Jane Doe", "Kindred") in _roles(extractor, text)


# --------------------------------------------------------------------- a headline in title case, a motion's councillors


@pytest.mark.model
def test_a_bodys_name_ends_before_its_infinitive_in_a_title_case_headline(extractor) -> None:
    found = _entities(extractor, "Agenda item\n\nWestshire City Council To Treat Care Experience as if it were a "
                                 "Protected Characteristic\n\nThe council agreed the motion.\n")
    assert found.get("Westshire City Council") == "Organisation"
    assert not any(label.startswith("Westshire City Council To") for label in found)


@pytest.mark.model
def test_the_councillors_of_a_motion_hold_their_seats_at_the_one_council_the_page_names(extractor) -> None:
    # the council's place is named only inside its name: the gazetteer knows it is a place
    text = ("Agenda item\n\nPlymouth City Council To Treat Care Experience as if it were a Protected Characteristic\n\n"
            "Minutes:\n\nCouncillor Jane Doe introduced the motion for Plymouth City Council to treat care "
            "experience as if it were a protected characteristic, which was seconded by Councillor Tom Reed.\n")
    assert _roles(extractor, text) == {("Jane Doe", "Plymouth City Council"), ("Tom Reed", "Plymouth City Council")}


@pytest.mark.model
def test_no_councillors_seat_at_a_council_whose_place_is_unknown(extractor) -> None:
    # "Westshire" is no place the gazetteer or the page knows: the council may be another body's name
    text = ("Agenda item\n\nMinutes:\n\nCouncillor Jane Doe introduced the motion for the Westshire Carers "
            "Council to review its plans, which was seconded by Councillor Tom Reed.\n")
    assert _roles(extractor, text) == set()


# --------------------------------------------------------------------- a seat on a body


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Jane Doe serves on the Harbour Panel.\n",
        "The Harbour Panel was set up in May. Jane Doe, a foster carer, will sit on the panel.\n",
    ],
)
def test_sitting_or_serving_on_a_body_is_a_seat_on_it(extractor, text) -> None:  # type: ignore[no-untyped-def]
    assert ("Jane Doe", "Harbour Panel") in _roles(extractor, text)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        # a body the page never names: "the panel" stands for none
        "Jane Doe, a foster carer, will sit on the panel.\n",
        # two panels: which one is not said
        "The Harbour Panel and the Westby Panel met in May. Jane Doe will sit on the panel.\n",
        # sitting somewhere else than on a body
        "The Harbour Panel met in May. Jane Doe sat on the steps outside.\n",
    ],
)
def test_seat_near_misses(extractor, text) -> None:  # type: ignore[no-untyped-def]
    assert _roles(extractor, text) == set()


# --------------------------------------------------------------------- a pairing that is one name


_TEAM = ("About Us\nHarbour and Home is the Eastborough Regional Care Cooperative, a not-for-profit social "
         "enterprise funded by local authorities across the region.\n\nOur Team\nLed by experienced leaders "
         "and a diverse board Harbour and Home brings together decades of expertise.\nJane Doe\nBoard Chair\n"
         "Jane grew up in a family who fostered.\n\nTom Reed\nChief Executive\nTom is an experienced director.\n")


@pytest.mark.model
def test_a_pairing_with_a_singular_verb_is_one_name_also_where_it_opens_a_sentence(extractor) -> None:
    result = extractor.process_text(_TEAM, doc_id="t")
    # one body, whether "X is the Y" also joins it to the description's name or not
    body = next(e for e in result.entities if e.type == "Organisation"
                and "Harbour and Home" in (e.label, *e.aliases))
    # the page that describes itself as a social enterprise is that body's: its team's posts are there
    assert {("Jane Doe", body.label), ("Tom Reed", body.label)} <= _roles(extractor, _TEAM)


@pytest.mark.model
def test_a_pairing_with_a_plural_verb_is_two_things(extractor) -> None:
    found = _entities(extractor, "The report covers two areas. Housing and Education are the council's priorities.\n")
    assert "Housing and Education" not in found


def test_a_singular_verb_after_a_pairing_is_read_from_its_tag(blank_nlp) -> None:
    from caregraph.extract.mentions.choose import _singular_subject

    doc = blank_nlp.make_doc("Harbour and Home brings carers together")
    doc[3].tag_, doc[3].pos_ = "VBZ", "VERB"
    assert _singular_subject(doc[0:3])
    doc = blank_nlp.make_doc("Harbour and Home bring carers together")
    doc[3].tag_, doc[3].pos_ = "VBP", "VERB"
    assert not _singular_subject(doc[0:3])


# --------------------------------------------------------------------- a university's name with a comma


@pytest.mark.model
def test_a_member_institution_named_with_a_comma_is_one_body(extractor) -> None:
    text = "Jane Doe, emeritus professor of social work at Birkbeck, University of London, said it was late.\n"
    found = _entities(extractor, text)
    assert found.get("Birkbeck, University of London") == "Organisation"
    assert "University of London" not in found
    assert _roles(extractor, text) == {("Jane Doe", "Birkbeck, University of London")}


# --------------------------------------------------------------------- two people from one body


@pytest.mark.model
def test_two_people_before_one_body_and_their_verb_are_both_from_it(extractor) -> None:
    text = "Jane Doe and Tom Reed from the Harbour Trust said the plan was late.\n"
    assert _roles(extractor, text) == {("Jane Doe", "Harbour Trust"), ("Tom Reed", "Harbour Trust")}


@pytest.mark.model
def test_a_person_who_meets_someone_from_a_body_is_not_from_it(extractor) -> None:
    text = "Jane Doe met Tom Reed from the Harbour Trust on Monday.\n"
    assert ("Jane Doe", "Harbour Trust") not in _roles(extractor, text)


# --------------------------------------------------------------------- what a participle clause describes


@pytest.mark.model
def test_a_common_noun_a_participle_describes_takes_no_name_from_inside_the_clause(extractor) -> None:
    # what Tom Reed chaired is the event: no post at the body named after him
    text = "At an event chaired by Sir Tom Reed, Jane Doe from the Harbour Trust presented a report.\n"
    assert ("Tom Reed", "Harbour Trust") not in _roles(extractor, text)


@pytest.mark.model
def test_a_name_before_the_participle_in_the_nouns_phrase_is_what_it_describes(extractor) -> None:
    text = ("Contact is a key area of focus for this year's Harbour Barometer, to be published by the "
            "Harbour Trust in June.\n")
    assert ("Harbour Trust", "AUTHORED", "Harbour Barometer") in text_relations(extractor, text)


# --------------------------------------------------------------------- "its" after a nearer thing


@pytest.mark.model
def test_its_after_a_nearer_thing_casts_no_body_vote_for_the_subject(extractor) -> None:
    found = _entities(extractor, "Education journalist Isolde Penhallow attended the event and considers the "
                                 "report's findings and reflections from its participants.\n")
    assert found.get("Isolde Penhallow") != "Organisation"


@pytest.mark.model
def test_its_right_after_a_subject_still_votes_for_a_body(extractor) -> None:
    assert _entities(extractor, "Harbourlight said its staff were ready.\n").get("Harbourlight") == "Organisation"
