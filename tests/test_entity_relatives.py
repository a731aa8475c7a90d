"""People by their relatives and given names (issue 15, session 23): "his wife Akshata Murty"
is a person whatever NER guesses (it said a body), and "Sisters Ayat Osama, four, ..." opening a caption
puts the noun in capitals before the name, no word of it; a given name alone that NER took for a
body ("Amanda - I think ...") never retypes the person it is merged into; a form's label
("Report author: X") names a person. Names are invented."""

from __future__ import annotations

import pytest

from helpers import text_entities as entities


@pytest.mark.model
def test_a_name_after_a_relatives_noun_is_a_person(extractor):
    found = entities(extractor, "To promote the news, the Prime Minister Rishi Sunak and his wife Akshata Murty "
                                "visited the Westby Family Hub where they met parents.")
    assert found.get("Akshata Murty") == "Person"


@pytest.mark.model
def test_a_capitalised_relatives_noun_opening_a_caption_is_no_word_of_the_name(extractor):
    found = entities(extractor, "Family hub launch in Westby. Sisters Ayat Osama, four, left, and Amal Osama, two, "
                                "have a go on stilts.")
    assert found.get("Ayat Osama") == "Person"
    assert not any(label.startswith("Sisters") for label in found)


@pytest.mark.model
def test_a_body_after_a_relatives_noun_keeps_its_head(extractor):
    found = entities(extractor, "Her son Westby Harbour Trust volunteers every week.")
    assert not any(t == "Person" and "Trust" in label for label, t in found.items())


@pytest.mark.model
def test_a_given_name_alone_never_retypes_its_person(extractor):
    # an interview's speaker labels: NER takes the lone given name for a body each time
    text = ("Firstly, I spoke with Amanda Tarrant, a qualified social worker, about the review.\n\n"
            "Hal - Hi Amanda, thanks for agreeing to do this interview. Amanda - You're very welcome.\n\n"
            "Amanda - I think there's a danger that it will limit the scope of the review.\n\n"
            "Hal - Such as? Amanda - Past experiences, historical experiences in the care system.")
    assert entities(extractor, text).get("Amanda Tarrant") == "Person"


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Report author: Cathi Tarrant\n\nPublication date: 26/07/2031",
    "Decision status: For Determination\n\nReport author: Cathi Tarrant\n\nLead officer: Westby Council",
])
def test_a_name_a_forms_label_gives_is_a_person(extractor, text):
    assert entities(extractor, text).get("Cathi Tarrant") == "Person"


@pytest.mark.model
def test_a_body_a_forms_label_gives_keeps_its_head(extractor):
    assert entities(extractor, "Report author: Westby Harbour Trust\n").get("Westby Harbour Trust") == "Organisation"
