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
