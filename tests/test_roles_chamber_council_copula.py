"""Posts of session 14: a peer listed with a party tag holds no post at the House of Lords the page
names (the shared gold's convention: a peer's chamber is no workplace of the peer); a
councillor's honorific is the council's even where the sentence names a local party, and a body
named in a councillor's quotation blocks nothing; a post coordinated after a seat the copula
states ("is on the board of Y and trustee of Z"); the relative pronoun of a first participle
("which was funded by Y and led by Z") stands for the noun it describes; and words that are no
person ("Mr Speaker", a close button "X Close", a plural capitalised by its sentence). Whole
invented pages through the trained pipeline, with near misses."""

from __future__ import annotations

import pytest

from helpers import text_entities as _entities
from helpers import text_relations


def _roles(extractor, text: str) -> set[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return {(s, t) for s, r, t in text_relations(extractor, text) if r == "ROLE_AT"}


# --------------------------------------------------------------------- a peer and the chamber

_DEBATE = ("On Thursday, members of the House of Lords debated the number of children in care.\n\n"
           "Lord Hale (Crossbench), former director of social services at Westshire County Council, "
           "put forward the debate.\n\n"
           "Contributing members included:\n"
           "- Baroness Porter of Westby (Labour), president of the Harbour Trust\n")


@pytest.mark.model
def test_a_peer_listed_with_a_party_tag_keeps_the_post_of_its_description_and_no_seat(extractor) -> None:
    roles = _roles(extractor, _DEBATE)
    assert ("Baroness Porter of Westby", "Harbour Trust") in roles
    assert not {p for p, o in roles if o == "House of Lords"}


# --------------------------------------------------------------------- a councillor's honorific

_PARTY = ("Westshire Labour group calls on council to back kinship carers\n\n"
          "Hundreds of children live with kinship carers in Westshire. "
          "At the recent meeting, Cllrs Doe and Roe called on Westshire County Council to back a kinship plan.\n\n"
          "Cllr Doe was supported by her colleague, Cllr Mary Roe, who is the Chair of Westby and Eastby Labour. "
          "Cllr Roe added, \u201cKinship carers save the Harbour Trust an awful lot of money.\u201d\n")


@pytest.mark.model
def test_a_councillors_honorific_is_the_councils_beside_a_local_party(extractor) -> None:
    assert _entities(extractor, _PARTY).get("Westby and Eastby Labour") == "Organisation"
    roles = _roles(extractor, _PARTY)
    assert ("Mary Roe", "Westshire County Council") in roles
    assert ("Mary Roe", "Westby and Eastby Labour") in roles
    # the body named in her quotation is no post of hers
    assert ("Mary Roe", "Harbour Trust") not in roles


@pytest.mark.model
def test_another_council_in_the_sentence_still_blocks_the_pages_council(extractor) -> None:
    text = _PARTY.replace("who is the Chair of Westby and Eastby Labour", "who chairs Eastborough City Council's forum")
    text = text.replace("Cllr Roe added, \u201cKinship carers save the Harbour Trust an awful lot of money.\u201d\n", "")
    roles = _roles(extractor, text)
    assert ("Mary Roe", "Westshire County Council") not in roles


# --------------------------------------------------------------------- a post after a seat

@pytest.mark.model
def test_a_post_coordinated_after_a_seat_the_copula_states(extractor) -> None:
    text = ("Jane Doe will lead the Kestrel Review.\n\n"
            "She is currently on the advisory board for the Harbour Trust and trustee of Kestrel Aid, a charity "
            "that supports young people.\n")
    roles = _roles(extractor, text)
    assert ("Jane Doe", "Harbour Trust") in roles
    assert ("Jane Doe", "Kestrel Aid") in roles


@pytest.mark.model
def test_no_seat_without_a_body_noun_after_on(extractor) -> None:
    text = ("Jane Doe will lead the Kestrel Review.\n\n"
            "She is currently on leave from the Harbour Trust.\n")
    assert ("Jane Doe", "Harbour Trust") not in _roles(extractor, text)


# --------------------------------------------------------------------- a relative pronoun

@pytest.mark.model
def test_the_pronoun_of_a_first_participle_stands_for_the_noun_it_describes(extractor) -> None:
    text = ("The Harbour Study project, which was funded by the Kestrel Foundation and led by Professor "
            "Jane Doe, began in 2018.\n")
    roles = _roles(extractor, text)
    assert ("Jane Doe", "Kestrel Foundation") not in roles


# --------------------------------------------------------------------- no person

@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("With permission, Mr Speaker, I will make a statement on the Kestrel Review.\n", "Speaker"),
        ("X Close\n\nJane Doe leads the Harbour Trust.\n", "X Close"),
    ],
)
def test_words_that_are_no_person(extractor, text: str, word: str) -> None:
    assert _entities(extractor, text).get(word) != "Person"


def test_a_county_council_abbreviated_cc_is_an_organisation(schema, blank_nlp) -> None:
    from caregraph.core.ontology import ORGANISATION
    from caregraph.extract.mentions.voters import head_type

    doc = blank_nlp("Westshire CC")
    assert head_type(doc[0:2], schema.entities)[0] == ORGANISATION


@pytest.mark.model
def test_a_plural_the_page_writes_in_lower_case_is_no_name_where_its_sentence_opens(nlp, schema) -> None:
    from caregraph.extract.mentions.choose import _keep

    text = ("Jane Doe said the review would be bold.\n\n'Radical' intentions\n\n"
            "Reviews were often prompted by \"a particular case where a child has died\", he said.\n")
    doc = nlp(text)
    lower = {t.lower_ for t in doc if t.text.islower()}
    opening = next(t for t in doc if t.text == "Reviews")
    assert not _keep(doc[opening.i : opening.i + 1], "Reviews", {"name"}, False, schema.entities, lower)
    # a name the page never writes in lower case is kept
    doc = nlp(text.replace("Reviews", "Harbours"))
    lower = {t.lower_ for t in doc if t.text.islower()}
    opening = next(t for t in doc if t.text == "Harbours")
    assert _keep(doc[opening.i : opening.i + 1], "Harbours", {"name"}, False, schema.entities, lower)


# --------------------------------------------------------------------- a career's posts

@pytest.mark.model
def test_a_career_begun_at_a_body_and_a_post_at_bodies_hung_on_the_copula(extractor) -> None:
    text = ("Jane Doe\nBoard Chair\n\n"
            "Jane grew up in a family who fostered. She began her career in the Harbour Education Authority, "
            "and went on to be a Director of Children's Services for 18 years at Westshire County Council.\n")
    roles = _roles(extractor, text)
    assert ("Jane Doe", "Harbour Education Authority") in roles
    assert ("Jane Doe", "Westshire County Council") in roles


@pytest.mark.model
def test_a_career_verb_without_a_career_gives_no_post(extractor) -> None:
    text = ("Jane Doe\nBoard Chair\n\n"
            "Jane grew up in a family who fostered. She began her speech at the Harbour Education Authority.\n")
    assert ("Jane Doe", "Harbour Education Authority") not in _roles(extractor, text)


@pytest.mark.model
def test_a_verbs_particle_inside_a_title_is_no_name_alone(nlp, schema) -> None:
    from caregraph.extract.mentions.choose import _keep

    doc = nlp("The findings from the Westshire Children Grown Up project played a role.\n")
    particle = next(t for t in doc if t.text == "Up")
    assert particle.dep_ == "prt"
    assert not _keep(doc[particle.i : particle.i + 1], "Up", {"name", "cue"}, False, schema.entities, set())
