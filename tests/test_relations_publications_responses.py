"""Authorship and responses around publications (session 14): a quotation whose attribution answers
a publication it also names by reference is one reaction to it (not two rival targets); a verb of
speaking inside a quotation already found attributes nothing; "the Office's plan, called Y" and "the
Office's publication of Y" are the Office's; a description with a common noun of its own ("the agency
workforce consultation") is not the page's one publication of that kind; a time word before "the"
opens no name; a quoted title "A response to Y" is a text answering Y. Invented pages through the
trained pipeline, hand-built parses, and near misses that must not change."""

from __future__ import annotations

import pytest

from caregraph.core.ontology import ORGANISATION, PUBLICATION
from helpers import hand_parse as parse
from helpers import relations_found, text_relations

_RESPONSE_PAGE = (
    "Comment on the Westshire Care Strategy\n\n"
    "Responding to the Westshire Office\u2019s response to the consultation on the Westshire Care Strategy, "
    "Harbour Trust President Jane Porter said:\n"
    "\u201cHarbour Trust is pleased that the Westshire Office has responded to its consultation, however, "
    "we still await a lot of detail on funding.\n"
    "\u201cIt is frustrating that the Office\u2019s response to the agency workforce consultation is delayed.\u201d\n"
)


@pytest.mark.model
def test_a_reaction_to_the_publication_its_attribution_answers_is_the_speakers_response(extractor) -> None:  # type: ignore[no-untyped-def]
    found = text_relations(extractor, _RESPONSE_PAGE)
    assert ("Jane Porter", "RESPONDED_TO", "Westshire Care Strategy") in found


@pytest.mark.model
def test_a_speech_verb_inside_the_quotation_attributes_no_quotation_of_its_own(extractor) -> None:  # type: ignore[no-untyped-def]
    # "the Westshire Office has responded" is Jane Porter's words: the next quoted paragraph is hers
    result = extractor.process_text(_RESPONSE_PAGE, doc_id="t")
    label = {e.key: e.label for e in result.entities}
    reactions = {(label[r.source], r.relation) for r in result.relations if r.rule == "responded-reaction"}
    assert ("Westshire Office", "RESPONDED_TO") not in reactions


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("The Harbour Office\u2019s plan, called the Westshire Care Strategy, makes no guarantee of reform, say peers.\n",
     ("Harbour Office", "AUTHORED", "Westshire Care Strategy")),
    ("The pathfinder follows the Harbour Office\u2019s publication in February 2023, of the Westshire Care Strategy, "
     "which set out a vision.\n",
     ("Harbour Office", "AUTHORED", "Westshire Care Strategy")),
    ("We welcome the Harbour Trust\u2019s publication of the Westshire Care Strategy today.\n",
     ("Harbour Trust", "AUTHORED", "Westshire Care Strategy")),
])
def test_a_text_named_as_the_owners_plan_or_publication_is_its_authors(extractor, text, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in text_relations(extractor, text)


def _act_noun_doc(vocab, noun: str):  # type: ignore[no-untyped-def]
    # "the Harbour Office 's <noun> of the Westshire Strategy ."
    rows = [
        ("the", 2, "det", "DET", "the"),
        ("Harbour", 2, "compound", "PROPN", "Harbour"),
        ("Office", 4, "poss", "PROPN", "Office"),
        ("'s", 2, "case", "PART", "'s"),
        (noun, 4, "ROOT", "NOUN", noun),
        ("of", 4, "prep", "ADP", "of"),
        ("the", 8, "det", "DET", "the"),
        ("Westshire", 8, "compound", "PROPN", "Westshire"),
        ("Strategy", 5, "pobj", "PROPN", "Strategy"),
        (".", 4, "punct", "PUNCT", "."),
    ]
    return parse(vocab, rows), [(1, 3, ORGANISATION), (7, 9, PUBLICATION)]


def test_the_owners_publication_of_a_text_is_its_authorship(vocab, schema) -> None:  # type: ignore[no-untyped-def]
    doc, names = _act_noun_doc(vocab, "publication")
    assert ("Harbour Office", "AUTHORED", "Westshire Strategy") in relations_found(doc, names, schema)


def test_the_owners_review_of_a_text_is_no_authorship_of_it(vocab, schema) -> None:  # type: ignore[no-untyped-def]
    doc, names = _act_noun_doc(vocab, "review")
    assert ("Harbour Office", "AUTHORED", "Westshire Strategy") not in relations_found(doc, names, schema)


@pytest.mark.model
def test_a_description_with_a_noun_of_its_own_is_not_the_pages_one_text(extractor) -> None:  # type: ignore[no-untyped-def]
    text = ("The Westshire Office published the Westshire Care Consultation in May.\n\n"
            "Harbour Trust responded to the agency workforce consultation in June.\n")
    assert ("Harbour Trust", "RESPONDED_TO", "Westshire Care Consultation") not in text_relations(extractor, text)
    plain = ("The Westshire Office published the Westshire Care Consultation in May.\n\n"
             "Harbour Trust responded to the consultation in June.\n")
    assert ("Harbour Trust", "RESPONDED_TO", "Westshire Care Consultation") in text_relations(extractor, plain)


@pytest.mark.model
def test_a_time_word_before_the_opens_no_title(extractor) -> None:  # type: ignore[no-untyped-def]
    result = extractor.process_text("Today the Westshire Care Review has been published.\n", doc_id="t")
    labels = {e.label for e in result.entities}
    assert "Westshire Care Review" in labels
    assert not any(label.startswith("Today") for label in labels)


@pytest.mark.model
def test_a_quoted_title_opening_with_a_reply_noun_is_a_text_answering_the_one_it_names(extractor) -> None:  # type: ignore[no-untyped-def]
    text = ("The Westshire Office published the Westshire Care Strategy in May.\n\n"
            "This briefing was prepared ahead of the debate on 'A response to the Westshire Care Strategy'.\n")
    result = extractor.process_text(text, doc_id="t")
    types = {e.label: e.type for e in result.entities}
    assert types.get("A response to the Westshire Care Strategy") == PUBLICATION
    assert ("A response to the Westshire Care Strategy", "RESPONDED_TO", "Westshire Care Strategy") in text_relations(
        extractor, text)


_LETTER = ("{title}\n"
           "Letter to the Westshire Office (by email)\n"
           "11 May 2023\n"
           "Dear Sir or Madam,\n"
           "We welcome the opportunity to comment on the proposals in the strategy.\n"
           "{valediction}\n"
           "Jane Porter\n"
           "Chief Executive\n"
           "Consultation feedback\n"
           "We are not providing answers to the consultation questions.\n")


@pytest.mark.model
@pytest.mark.parametrize(("title", "valediction", "responds"), [
    ("Response to the Westshire Office consultation - Westshire Care Strategy", "Yours sincerely", True),
    ("Our response to the Westshire Care Strategy", "Kind regards", True),
    # not signed: a name after a line that is no valediction
    ("Response to the Westshire Office consultation - Westshire Care Strategy", "With thanks for reading", False),
    # a title that answers nothing
    ("Notes on the Westshire Care Strategy", "Yours sincerely", False),
])
def test_a_signed_reply_is_its_signatorys_response_to_the_text_its_title_answers(
        extractor, title, valediction, responds) -> None:  # type: ignore[no-untyped-def]
    found = text_relations(extractor, _LETTER.format(title=title, valediction=valediction))
    assert (("Jane Porter", "RESPONDED_TO", "Westshire Care Strategy") in found) == responds


@pytest.mark.model
@pytest.mark.parametrize(("text", "authored"), [
    ("We were delighted that the Harbour Party 2019 general election manifesto committed to review the care system.\n",
     True),
    # a body's name and a common noun of no text
    ("We were delighted that the Harbour Party 2019 general election campaign committed to review the care system.\n",
     False),
])
def test_a_title_opening_with_a_bodys_name_then_a_described_text_is_its(extractor, text, authored) -> None:  # type: ignore[no-untyped-def]
    found = text_relations(extractor, text)
    assert any(s == "Harbour Party" and r == "AUTHORED" for s, r, _ in found) == authored


@pytest.mark.model
def test_a_descriptions_modifier_is_matched_as_a_whole_word_of_the_candidates_names(extractor) -> None:  # type: ignore[no-untyped-def]
    # "care" is inside "Childcare" but is no word of it: the description names another text
    text = ("The Westshire Office published the Westshire Childcare Consultation in May.\n\n"
            "Harbour Trust responded to the agency care consultation in June.\n")
    assert ("Harbour Trust", "RESPONDED_TO", "Westshire Childcare Consultation") not in text_relations(extractor, text)


@pytest.mark.model
def test_a_title_in_apposition_is_the_referent_of_its_document_noun(extractor) -> None:  # type: ignore[no-untyped-def]
    # "its new report, Fair Futures": the title in apposition is what was published, not the
    # page's other text of the same head noun ("the Harbour Matters Report")
    text = ("Westshire news\n\n"
            "The Harbour Trust published its new report, Fair Futures, in May.\n\n"
            "Jane Doe published her final report, Bright Paths, in June.\n\n"
            "Commenting on the Harbour Matters Report, Mary Jones said: \"This report shows the scale of the problem.\"\n")
    found = text_relations(extractor, text)
    assert ("Harbour Trust", "AUTHORED", "Fair Futures") in found
    assert ("Jane Doe", "AUTHORED", "Bright Paths") in found
    assert not {(s, r, o) for s, r, o in found if r == "AUTHORED" and o == "Harbour Matters Report"}
