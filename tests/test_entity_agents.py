"""People and bodies on fresh pages (session 23): a post's remit of two fields joined by "and"
after "of" ("Director of Policy and Planning") is no body; a titled holder after a post's remit
("Cabinet Member for Children, Cllr Tom Roe") is a person; a meeting page's label before a name
("Contact: Jane Porter", "Report author: Jane Porter") makes a person of it; a given name alone
("Amanda - ...") votes for no body. Hand-built parses for the structural tests, invented pages
through the trained pipeline, with near misses."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from caregraph.extract.mentions.choose import (
    _bare_given_name,
    _labelled_person,
    _on_a_venue_line,
    _paired_remit,
    _Places,
)


def _entities(extractor, text: str) -> dict[str, str]:  # type: ignore[no-untyped-def]
    return {e.label: e.type for e in extractor.process_text(text, doc_id="t").entities}


# --------------------------------------------------------------------- a remit of two fields after "of"


def test_two_capitalised_fields_joined_by_and_are_a_paired_remit(vocab) -> None:
    doc = Doc(vocab, words=["Director", "of", "Policy", "and", "Planning"])
    assert _paired_remit(doc[2:5])


def test_a_name_without_and_is_no_paired_remit(vocab) -> None:
    # near miss: one body's name after "of" ("Chief Executive of Harbour Lane")
    doc = Doc(vocab, words=["Chief", "Executive", "of", "Harbour", "Lane"])
    assert not _paired_remit(doc[3:5])


def test_a_lower_case_word_beside_and_is_no_paired_remit(vocab) -> None:
    doc = Doc(vocab, words=["Head", "of", "Policy", "and", "public", "affairs"])
    assert not _paired_remit(doc[2:6])


@pytest.mark.model
def test_a_remit_of_two_fields_after_a_post_and_of_is_no_body(extractor) -> None:
    text = ("Dominic Vale - Head of Quality Assurance and Challenge\n\n"
            "The report of the Director of Transformation and Partnerships was noted.\n")
    found = _entities(extractor, text)
    assert "Quality Assurance and Challenge" not in found
    assert "Transformation and Partnerships" not in found


@pytest.mark.model
def test_a_body_with_a_head_noun_after_a_post_and_of_is_kept(extractor) -> None:
    # near miss: the pairing closes with a body's head noun
    text = "Jane Porter, Chair of the Westby Children and Families Board, said the plan was welcome.\n"
    assert _entities(extractor, text).get("Westby Children and Families Board") == "Organisation"


# --------------------------------------------------------------------- a titled holder after a remit


@pytest.mark.model
def test_a_titled_holder_after_a_posts_remit_is_a_person(extractor) -> None:
    text = ("Cabinet spokesperson for Children's Services, Cllr Tobias Quell, said: \"It was a pleasure "
            "to see so many families.\"\n")
    assert _entities(extractor, text).get("Tobias Quell") == "Person"


# --------------------------------------------------------------------- a meeting page's label of a person


def test_a_name_after_a_contact_label_is_labelled_a_person(vocab, schema) -> None:
    doc = Doc(vocab, words=["Contact", ":", "Xara", "Bexley"], spaces=[False, True, True, False])
    assert _labelled_person(doc, 2, 4, schema.entities)


def test_a_name_after_a_report_author_label_is_labelled_a_person(vocab, schema) -> None:
    doc = Doc(vocab, words=["Report", "author", ":", "Cathe", "Holm"], spaces=[True, False, True, True, False])
    assert _labelled_person(doc, 3, 5, schema.entities)


def test_a_team_after_a_contact_label_is_no_person(vocab, schema) -> None:
    # near miss: a body's words after the label
    doc = Doc(vocab, words=["Contact", ":", "Democratic", "Services"], spaces=[False, True, True, False])
    assert not _labelled_person(doc, 2, 4, schema.entities)


def test_a_name_with_a_place_after_a_contact_label_is_not_labelled_a_person(vocab, schema) -> None:
    # "Contact: Healthwatch Kent", "Contact: Adoption Westshire": a local body, named with its place
    doc = Doc(vocab, words=["Contact", ":", "Adoption", "Westshire"], spaces=[False, True, True, False])
    assert not _labelled_person(doc, 2, 4, schema.entities, _Places(frozenset({(3, 4)}), doc))


def test_a_place_named_elsewhere_in_a_name_after_a_contact_label_is_no_person(vocab, schema) -> None:
    doc = Doc(vocab, words=["In", "Westshire", ".", "\n\n", "Contact", ":", "Adoption", "Westshire"])
    assert not _labelled_person(doc, 6, 8, schema.entities, _Places(frozenset({(1, 2)}), doc))


def test_a_given_name_and_a_place_word_after_a_contact_label_is_a_person(vocab, schema) -> None:
    # near miss: a common given name opens it ("Jane Kent")
    doc = Doc(vocab, words=["Contact", ":", "Jane", "Kent"], spaces=[False, True, True, False])
    assert _labelled_person(doc, 2, 4, schema.entities, _Places(frozenset({(3, 4)}), doc))


@pytest.mark.model
def test_a_local_body_named_with_a_place_after_a_contact_label_is_no_person(extractor) -> None:
    text = "Services for children in Westshire.\n\nContact: Adoption Westshire\n\nItems\n"
    assert _entities(extractor, text).get("Adoption Westshire") != "Person"


def test_a_name_after_another_label_is_not_labelled_a_person(vocab, schema) -> None:
    # near miss: a venue's label
    doc = Doc(vocab, words=["Venue", ":", "Harbour", "Hall"], spaces=[False, True, True, False])
    assert not _labelled_person(doc, 2, 4, schema.entities)


@pytest.mark.model
def test_a_report_authors_name_is_a_person(extractor) -> None:
    text = ("Decision details\n\nReason\n\nThis investment will enable improved outcomes for children.\n\n"
            "Report author: Cathe Holmbrook\n\nPublication date: 26/07/2023\n")
    assert _entities(extractor, text).get("Cathe Holmbrook") == "Person"


# --------------------------------------------------------------------- a given name alone


def test_a_given_name_alone_is_a_bare_given_name(vocab, schema) -> None:
    doc = Doc(vocab, words=["Amanda", "-", "Yes"])
    assert _bare_given_name(doc[0:1], schema.entities)


def test_a_given_name_and_a_surname_are_no_bare_given_name(vocab, schema) -> None:
    doc = Doc(vocab, words=["Amanda", "Quell"])
    assert not _bare_given_name(doc[0:2], schema.entities)


@pytest.mark.model
def test_an_interviewee_called_by_her_given_name_stays_a_person(extractor) -> None:
    text = ("Firstly, I spoke with Amanda Quellwood, a qualified social worker, about the care review.\n\n"
            "Ben - Hi Amanda, thanks for agreeing to do this interview. Amanda - You're very welcome.\n\n"
            "Ben - First question. Amanda - I think there's a danger.\n\n"
            "Ben - Such as? Amanda - Past experiences.\n")
    assert _entities(extractor, text).get("Amanda Quellwood") == "Person"


# --------------------------------------------------------------------- a meeting's venue line


def test_a_name_after_a_venue_label_stands_on_a_venue_line(vocab, schema) -> None:
    doc = Doc(vocab, words=["Venue", ":", "Civic", "Centre", ",", "Westby"], spaces=[False, True, True, False, True, False])
    assert _on_a_venue_line(doc, 2, schema.entities)


def test_a_name_after_another_label_is_not_on_a_venue_line(vocab, schema) -> None:
    # near miss: the contact's label
    doc = Doc(vocab, words=["Contact", ":", "Jane", "Porter"], spaces=[False, True, True, False])
    assert not _on_a_venue_line(doc, 2, schema.entities)


def test_a_name_after_by_on_a_venue_line_is_not_on_it(vocab, schema) -> None:
    # "Venue: Westby Carers Centre, run by Harbour Care": who runs it is named there
    doc = Doc(vocab, words=["Venue", ":", "Westby", "Carers", "Centre", ",", "run", "by", "Harbour", "Care"])
    assert _on_a_venue_line(doc, 2, schema.entities)
    assert not _on_a_venue_line(doc, 8, schema.entities)


def test_a_name_after_a_part_in_lower_case_on_a_venue_line_is_not_on_it(vocab, schema) -> None:
    doc = Doc(vocab, words=["Location", ":", "Online", ",", "with", "Jane", "Porter"])
    assert not _on_a_venue_line(doc, 5, schema.entities)


def test_an_address_part_after_a_comma_stays_on_a_venue_line(vocab, schema) -> None:
    # near miss: the address goes on in capitalised parts ("..., County Hall, Maidstone")
    doc = Doc(vocab, words=["Venue", ":", "Darent", "Room", ",", "County", "Hall", ",", "Maidstone"])
    assert _on_a_venue_line(doc, 5, schema.entities)
    assert _on_a_venue_line(doc, 8, schema.entities)


@pytest.mark.model
def test_a_host_named_on_a_venue_line_is_kept(extractor) -> None:
    text = "Agenda\n\nLocation: Online via Teams, hosted by Jane Porter from Barnardo's\n\nItems\n"
    assert _entities(extractor, text).get("Jane Porter") == "Person"


@pytest.mark.model
def test_a_venues_building_and_district_are_no_bodies(extractor) -> None:
    text = ("Agenda and minutes\n\nCabinet Member Signing\n\n"
            "Venue: Civic Centre, High Road, Wood Green, N22 8LE. View directions\n\n"
            "Contact: Democratic Services\n\nItems\n")
    found = _entities(extractor, text)
    assert "Civic Centre" not in found
    assert found.get("Wood Green") != "Organisation"
