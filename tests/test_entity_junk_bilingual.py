"""Junk names from how real pages are printed (issue 15, session 7), on sentences and names
invented for these tests: the other language of a bilingual (Welsh and English) page, whose
record formulae, titles and bodies were read as names of this one, and whose titles, printed
after a name on an attendance list's line, were read as part of the person's name."""

from __future__ import annotations

import pytest

from caregraph.extract.mentions.choose import _before_other_language, _other_language


def entities(extractor, text: str) -> dict[str, object]:
    result = extractor.process_text(text, doc_id="t")
    return {e.label: e for e in result.entities}


def _tail(nlp, schema, text: str) -> str:
    doc = nlp.make_doc(text)
    return doc[0:_before_other_language(doc, 0, len(doc), schema.entities)].text


# --------------------------------------------------------------------- a name made of the other language


def test_a_name_of_the_other_language_only_is_none(schema):
    rules = schema.entities
    assert _other_language("Croeso", rules)
    assert _other_language("Pwyllgor Busnes", rules)
    assert _other_language("Ddeddf Addysg 1996", rules)      # numbers aside
    assert _other_language("Yr Alban", rules)


def test_a_name_with_a_word_of_its_own_or_an_acronym_is_kept(schema):
    rules = schema.entities
    # near misses: an English body's Welsh branch, a Welsh given name, an acronym that spells a
    # Welsh word, an English surname that is a Welsh word the list leaves out
    assert not _other_language("Voices from Westby Cymru", rules)
    assert not _other_language("Heledd Porter", rules)
    assert not _other_language("EU", rules)
    assert not _other_language("Robert Plant", rules)
    assert not _other_language("Westby", rules)


# --------------------------------------------------------------------- a title after a name on its line


def test_a_person_name_stops_before_a_tail_of_the_other_language(blank_nlp, schema):
    assert _tail(blank_nlp, schema, "Jane Porter Clerc") == "Jane Porter"
    assert _tail(blank_nlp, schema, "Tom Hale Cyfarwyddwr Strategol") == "Tom Hale"
    assert _tail(blank_nlp, schema, "Jane Porter MS Cadeirydd") == "Jane Porter MS"
    assert _tail(blank_nlp, schema, "Tom Hale Ail Glerc") == "Tom Hale"
    assert _tail(blank_nlp, schema, "Jane Porter Cyngor Dinas") == "Jane Porter"


def test_a_name_without_such_a_tail_is_whole(blank_nlp, schema):
    # near misses: no Welsh word; a Welsh word inside, not ending, the name; a name all of whose
    # words are Welsh (left to the junk filter, not emptied here)
    assert _tail(blank_nlp, schema, "Jane Porter") == "Jane Porter"
    assert _tail(blank_nlp, schema, "Jane Cyngor Porter") == "Jane Cyngor Porter"
    assert _tail(blank_nlp, schema, "Dirprwy Glerc") == "Dirprwy Glerc"
    assert _tail(blank_nlp, schema, "Robert Plant") == "Robert Plant"


@pytest.mark.model
def test_a_bilingual_attendance_list_gives_the_people_and_no_welsh_phrases(extractor):
    text = ("Y Pwyllgor Busnes\n\nBusiness Committee\n\n"
            "Aelodau'r Pwyllgor a oedd yn bresennol\n\nCommittee Members in Attendance\n\n"
            "Jane Porter Cadeirydd y Pwyllgor\nCommittee Chair\n"
            "Tom Hale Cyfarwyddwr Strategol, Cyngor Westby\nStrategic Director, Westby Council\n"
            "Ann Porter Clerc\nClerk\n\n"
            "Croeso i gyfarfod y Pwyllgor heddiw.\n\nWelcome to this meeting of the committee. "
            "Tom Hale said the Harbour Trust had written to the committee about foster care in Westby.")
    found = entities(extractor, text)
    assert {"Jane Porter", "Tom Hale", "Ann Porter"} <= set(found)
    assert not any(word in label for label in found
                   for word in ("Cadeirydd", "Cyfarwyddwr", "Clerc", "Croeso", "Pwyllgor"))


# --------------------------------------------------------------------- a portfolio after "Member for"


def test_a_member_word_after_a_role_word_holds_a_portfolio_not_a_seat(blank_nlp, schema):
    from caregraph.extract.mentions.voters import _portfolio_holder

    rules = schema.entities
    for text in ("Cabinet Member for Women", "the Executive Member for Adults", "Lead Member for Schools",
                 "Harbour Councils' Executive member for Schools", "Cabinet member for Children"):
        doc = blank_nlp.make_doc(text)
        member = next(t.i for t in doc if t.lower_ == "member")
        assert _portfolio_holder(doc, member, rules), text
    # near misses: a party's member and an honourable member hold seats, in either case
    for text in ("the Labour Member for Westby", "the hon. Member for Westby", "the Member for Westby",
                 "the Labour member for Westby", "the member for Westby"):
        doc = blank_nlp.make_doc(text)
        member = next(t.i for t in doc if t.lower_ == "member")
        assert not _portfolio_holder(doc, member, rules), text


@pytest.mark.model
def test_a_cabinet_members_remit_is_no_place_and_a_members_seat_still_is(extractor):
    found = entities(extractor, "Portfolio Holder: The Executive Member for Adults & Children's Social Care and "
                                "Health Partnerships\n\nThe Cabinet agreed, in consultation with the Cabinet Member "
                                "for Women, Families and Homes, to open the home.\n\nTom Hale, the Labour Member for "
                                "Harbourside North, agreed. The hon. Member for Kestrel Vale disagreed.")
    places = {label for label, e in found.items() if e.type == "Place"}
    assert "Women" not in found and not any("Partnerships" in label for label in found)
    assert {"Harbourside North", "Kestrel Vale"} <= places


# --------------------------------------------------------------------- a peer's title and the page words after it


@pytest.mark.model
def test_a_peers_title_ends_at_its_place_before_a_post_or_a_name_cards_word(extractor):
    found = entities(extractor, "Baroness Porter of Westby Portrait The Minister of State (Baroness Porter of "
                                "Westby) (Lab)\n\nMy Lords, I thank the noble Lord for his question.\n\n"
                                "Lord Hale of Eastby Excerpts\nThursday 8th December 2022\n\n"
                                "Ministers: Lord Tate of Kestrel Vale Minister of State, Department for Westby\n")
    persons = {label for label, e in found.items() if e.type == "Person"}
    assert {"Baroness Porter of Westby", "Lord Hale of Eastby", "Lord Tate of Kestrel Vale"} <= persons
    assert not any(word in label for label in found for word in ("Portrait", "Excerpts", "Minister of State"))


@pytest.mark.model
def test_a_peers_place_and_a_gallery_keep_their_words(extractor):
    # near misses: a place of several words, one of them a party's; a caption word inside a body's name
    found = entities(extractor, "Lord Hunt of Kings Heath and Lord Hale of Bethnal Green spoke about the "
                                "report.\n\nThe Westby Portrait Gallery opened its children's wing.")
    assert {"Lord Hunt of Kings Heath", "Lord Hale of Bethnal Green", "Westby Portrait Gallery"} <= set(found)


# --------------------------------------------------------------------- lines run together


def test_a_word_run_into_the_next_capitalised_word_is_told_from_a_surname_prefix():
    from caregraph.extract.mentions.choose import _run_together

    for word in ("DebateJane", "HallWestminster", "ProgrammeSeptember", "ChamberMy"):
        assert _run_together(word), word
    # near misses: a surname's short prefix, an acronym after a word, a plain word
    for word in ("McDonald", "MacKinnon", "HarbourBAAF", "Westminster", "O'Brien"):
        assert not _run_together(word), word


@pytest.mark.model
def test_two_lines_run_together_make_no_name_but_a_brand_keeps_its_first_word(extractor):
    found = entities(extractor, "Full Debate: Read Full DebateJane Porter\n\nMain Page: Jane Porter (Labour - "
                                "Westby)\n\nPublic Bill CommitteesBroadly, the Liberal Democrats welcome the new "
                                "duty.\n\nLords ChamberMy Lords, I beg to move.\n\nJane Porter spoke about the "
                                "Harbour Trust. Tom McDonald and the LocalGov Awards panel praised WiredGov Newswire.")
    assert not any("CommitteesBroadly" in label for label in found)
    assert "Jane Porter" in found and "Tom McDonald" in found
    assert any(label.startswith("LocalGov") for label in found) and any("WiredGov" in label for label in found)


# --------------------------------------------------------------------- a post printed before its body


def test_a_body_after_a_post_starts_after_the_posts_head_noun(blank_nlp, schema):
    from caregraph.extract.mentions.voters import _after_post

    def cut(text: str) -> str:
        doc = blank_nlp.make_doc(text)
        return doc[_after_post(doc, 0, len(doc), schema.entities):].text

    assert cut("Former Chief Executive Westby City Council") == "Westby City Council"
    assert cut("Senior Inspection Manager Harbour Trust") == "Harbour Trust"
    # near misses: a person before the post, a body named by a post word and a generic word, a
    # field after the post (no body's head, no entity), a post at the end
    assert cut("Jane Porter Manager Harbour Trust") == "Jane Porter Manager Harbour Trust"
    assert cut("Executive Board") == "Executive Board"
    assert cut("Service Director Legal") == "Service Director Legal"
    assert cut("Harbour Trust Chief Executive") == "Harbour Trust Chief Executive"


@pytest.mark.model
def test_a_post_in_brackets_after_a_person_leaves_the_body_it_is_held_at(extractor):
    found = entities(extractor, "The committee welcomed Jane Porter (Senior HMI Westby Inspectorate) and Tom Hale (Regulatory "
                                "Inspection Manager Westby Inspectorate) to the meeting.\n\nAnn Wood - Former Chief Executive "
                                "Westby City Council & Care Leaver Champion\n\nThe Executive Board agreed the plan.")
    assert found["Westby Inspectorate"].type == "Organisation" and "Westby City Council" in found
    assert not any("Manager" in label or "HMI" in label or "Former" in label for label in found)
    assert {"Jane Porter", "Tom Hale", "Ann Wood"} <= set(found)
