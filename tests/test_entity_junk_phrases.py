"""Junk names and cut names that recur across genres (issue 15, session 5), on sentences and
names invented for these tests: a gerund before a name, units and reference codes, a role's
remit after "of", capitalised common phrases and heading lines, number words inside a name."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from caregraph.extract.mentions import senses
from caregraph.extract.mentions.voters import Candidate


def entities(extractor, text: str) -> dict[str, object]:
    result = extractor.process_text(text, doc_id="t")
    return {e.label: e for e in result.entities}


# --------------------------------------------------------------------- a gerund before a name


@pytest.mark.model
def test_a_gerund_before_a_name_the_text_also_writes_alone_is_a_verb(extractor):
    found = entities(extractor, "Harbour and Home was set up by six councils in 2023.\n\n"
                                "Jane Porter said: \"Establishing Harbour and Home as an independent charity "
                                "gives us room to grow.\"")
    assert "Harbour and Home" in found
    assert not any(label.startswith("Establishing") for label in found)


@pytest.mark.model
def test_a_service_named_by_a_gerund_and_a_place_keeps_its_gerund(extractor):
    found = entities(extractor, "Carers joined Fostering Westshire last year. Fostering Westshire recruits "
                                "carers across Westshire, and Westshire Council funds it.")
    assert "Fostering Westshire" in found


# --------------------------------------------------------------------- units and reference codes


@pytest.mark.model
def test_a_unit_after_a_count_and_a_bracketed_code_are_no_names(extractor):
    found = entities(extractor, "4 Harbour Care Changes (HCC2) pdf icon PDF 212 KB\n\n"
                                "The cabinet considered the Harbour Care Changes report.")
    assert "KB" not in found
    assert "HCC2" not in found
    assert "Harbour Care Changes" in found


@pytest.mark.model
def test_an_acronym_after_a_year_is_still_a_name(extractor):
    found = entities(extractor, "In 2021 LGA members met in Westby. The LGA said 12 councils took part.")
    assert any(e.type == "Organisation" for e in found.values())


# --------------------------------------------------------------------- a role's remit after "of"


@pytest.mark.model
def test_the_remit_of_a_role_after_of_is_no_body(extractor):
    found = entities(extractor, "To consider a report of the Director of Education, Works and Skills.")
    assert "Works and Skills" not in found


@pytest.mark.model
def test_a_body_after_a_role_its_field_and_a_comma_is_kept(extractor):
    found = entities(extractor, "Witnesses: Jane Porter, Head of Policy, Westshire Council.")
    assert found["Westshire Council"].type == "Organisation"


@pytest.mark.model
def test_a_body_after_a_role_and_of_is_kept(extractor):
    found = entities(extractor, "The Chief Executive of Harbourlight, Westby and Eastby, Jane Porter, said "
                                "the plan was welcome.")
    assert found["Harbourlight"].type == "Organisation"


# --------------------------------------------------------------------- capitalised common phrases


def _doc(vocab, text_lines: list[list[str]]) -> Doc:
    """A Doc of the given lines of words, each line ended by a line break."""
    words, spaces = [], []
    for line in text_lines:
        for k, word in enumerate(line):
            words.append(word)
            spaces.append(k < len(line) - 1 and line[k + 1] not in (".", ","))
        words.append("\n")
        spaces.append(False)
    return Doc(vocab, words=words, spaces=spaces)


def _pending(doc: Doc, spans: list[tuple[int, int, list[tuple[str, float]]]]):  # type: ignore[no-untyped-def]
    out = []
    for start, end, votes in spans:
        kinds = {"name", "ner"} if all(w == 0.9 for _t, w in votes) else {"name", "head"}
        out.append((Candidate(start, end, "name", list(votes), priority=2), doc[start:end], list(votes), kinds))
    return out


def test_a_phrase_ner_alone_calls_a_body_on_a_heading_line_loses_that_vote(vocab, schema):
    doc = _doc(vocab, [["Westshire", "Arrangements", "and", "Partnership", "Reform"],
                       ["The", "board", "met", "on", "Monday", "."]])
    out = senses.without_common_phrases(doc, _pending(doc, [(0, 5, [("Organisation", 0.9)])]), schema.entities)
    assert out[0][2] == []


def test_the_same_phrase_in_running_text_keeps_its_vote(vocab, schema):
    doc = _doc(vocab, [["We", "met", "the", "Westshire", "Arrangements", "and", "Partnership", "Reform", "."]])
    out = senses.without_common_phrases(doc, _pending(doc, [(3, 8, [("Organisation", 0.9)])]), schema.entities)
    assert out[0][2] == [("Organisation", 0.9)]


def test_a_heading_naming_a_body_by_its_head_noun_keeps_its_votes(vocab, schema):
    doc = _doc(vocab, [["Westshire", "Safeguarding", "Partnership"], ["It", "met", "."]])
    out = senses.without_common_phrases(doc, _pending(doc, [(0, 3, [("Organisation", 0.9)])]), schema.entities)
    assert out[0][2] == [("Organisation", 0.9)]


def test_a_capitalised_phrase_the_text_writes_in_lower_case_loses_ner_votes(vocab, schema):
    doc = _doc(vocab, [["They", "treat", "Care", "Experience", "as", "a", "status", "."],
                       ["Adults", "with", "care", "experience", "face", "barriers", "."]])
    out = senses.without_common_phrases(doc, _pending(doc, [(2, 4, [("Organisation", 0.9)])]), schema.entities)
    assert out[0][2] == []


def test_a_phrase_with_evidence_of_its_own_in_one_mention_keeps_every_vote(vocab, schema):
    doc = _doc(vocab, [["They", "treat", "Care", "Experience", "as", "a", "status", "."],
                       ["Care", "Experience", "said", "adults", "with", "care", "experience", "face", "barriers", "."]])
    pending = _pending(doc, [(2, 4, [("Organisation", 0.9)]), (9, 11, [("Organisation", 0.9), ("Person", 1.5)])])
    pending[1] = (pending[1][0], pending[1][1], [("Organisation", 0.9), ("Organisation", 2.5)], {"name", "cue"})
    out = senses.without_common_phrases(doc, pending, schema.entities)
    assert out[0][2] == [("Organisation", 0.9)]


# --------------------------------------------------------------------- a number word inside a name


@pytest.mark.model
def test_a_number_word_inside_a_heading_name_does_not_cut_it(extractor):
    found = entities(extractor, "Parents First for Westby Pathfinder\n\n"
                                "Westby was chosen as a Parents First for Westby Pathfinder in 2024.")
    assert found["Parents First for Westby Pathfinder"].type == "Initiative"
    assert "Westby Pathfinder" not in found


# --------------------------------------------------------------------- two places, one body


@pytest.mark.model
def test_and_inside_a_place_the_gazetteer_names_does_not_cut_a_body(extractor):
    found = entities(extractor, "Brighton and Hove City Council runs the scheme.")
    assert found["Brighton and Hove City Council"].type == "Organisation"
    assert "Brighton" not in found


@pytest.mark.model
def test_a_place_and_a_body_stay_two_names(extractor):
    found = entities(extractor, "Jane Porter and Westshire Council welcomed it. Surrey and Harbour Trust agreed the plan.")
    assert "Westshire Council" in found
    assert "Harbour Trust" in found


# --------------------------------------------------------------------- peers, second posts, fields


@pytest.mark.model
def test_a_peers_territorial_designation_is_part_of_the_name(extractor):
    found = entities(extractor, "Members present: Baroness Porter of Westby Heath (The Chair); Lord Hale; "
                                "Lord Quinn of Eastby; Baroness Obi of Enfield.")
    for name in ("Baroness Porter of Westby Heath", "Lord Hale", "Lord Quinn of Eastby", "Baroness Obi of Enfield"):
        assert found[name].type == "Person"
    assert "Enfield" not in found
    assert "Westby Heath" not in found


@pytest.mark.model
def test_and_before_a_second_post_ends_the_first_body(extractor):
    found = entities(extractor, "Advisers include Jane Porter (Professor of Social Policy at Westby University "
                                "and Director of the Harbour Centre).")
    assert found["Westby University"].type == "Organisation"
    assert found["Harbour Centre"].type == "Organisation"
    assert not any("Director" in label for label in found)


@pytest.mark.model
def test_a_generic_field_after_a_role_is_no_body(extractor):
    found = entities(extractor, "The Cabinet delegated authority to the Director of People and Deputy Chief Executive.")
    assert found == {}


@pytest.mark.model
def test_a_bureau_is_a_body(extractor):
    found = entities(extractor, "The plan was backed by the Harbour Trust and the Westshire Children's Bureau.")
    assert found["Westshire Children's Bureau"].type == "Organisation"
    assert found["Harbour Trust"].type == "Organisation"


# --------------------------------------------------------------------- lists a class noun introduces


@pytest.mark.model
def test_items_of_a_bracketed_list_after_a_plural_class_noun_take_its_type(extractor):
    result = extractor.process_text("The charities (Harbour Aid, Marlowe's, the Westby Trust and Kestrel) "
                                    "commissioned the study.", doc_id="t")
    found = {e.label: e for e in result.entities}
    for name in ("Harbour Aid", "Marlowe", "Westby Trust", "Kestrel"):
        assert found[name].type == "Organisation"
    # a name written with its "'s" in a list owns nothing before it
    assert not [r for r in result.relations if r.relation == "PART_OF"]


@pytest.mark.model
def test_items_after_such_as_and_including_take_the_class_type(extractor):
    found = entities(extractor, "The report was backed by organisations including Harbour Aid and Kestrel.")
    assert found["Harbour Aid"].type == "Organisation"
    assert found["Kestrel"].type == "Organisation"


@pytest.mark.model
def test_a_list_of_members_types_no_one(extractor):
    found = entities(extractor, "The board thanked its members (Jane Porter, Tom Hale and Amara Obi).")
    assert found["Jane Porter"].type == "Person"
    assert found["Tom Hale"].type == "Person"


@pytest.mark.model
def test_a_possessive_outside_a_list_gives_no_body_vote(extractor):
    found = entities(extractor, "We met Jane Porter at Porter's, and then went home.")
    assert found["Jane Porter"].type == "Person"
    assert not any(e.type == "Organisation" for e in found.values())


# --------------------------------------------------------------------- "in" after a head noun


@pytest.mark.model
def test_in_after_a_head_noun_ends_the_name(extractor):
    found = entities(extractor, "The council noted the Harbour Families Programme in Westby and its results.")
    assert found["Harbour Families Programme"].type == "Initiative"
    assert not any(label.endswith("Westby") for label in found)


@pytest.mark.model
def test_in_inside_a_name_without_a_head_noun_before_it_is_kept(extractor):
    found = entities(extractor, "Harbour in Practice published the guide, and Harbour in Practice said it was "
                                "pleased.")
    assert not any(label == "Harbour" for label in found)


# --------------------------------------------------------------------- a one-word name that is also a common word


@pytest.mark.model
def test_a_bare_singular_subject_of_a_stance_verb_is_a_name_though_also_a_common_word(extractor):
    found = entities(extractor, "Harbourlight welcomes the National Strategy. Harbourlight carers have waited for "
                                "years, and harbourlight matters to them.")
    assert found["Harbourlight"].type == "Organisation"
    # the sentence opening "Harbourlight carers" is the common word, not a second mention of the body
    assert found["Harbourlight"].mentions == 1


@pytest.mark.model
def test_a_common_noun_with_a_determiner_or_none_of_a_stance_verb_is_no_name(extractor):
    found = entities(extractor, "The charity welcomes the plan. Research says more is needed. "
                                "Harbourlight carers met, and harbourlight grew.")
    assert found == {}


def test_a_heading_phrase_the_text_also_names_in_a_clause_keeps_its_votes(vocab, schema):
    words = ["Harbour", "and", "Home", "\n", "Harbour", "and", "Home", "said", "it", "was", "ready", "."]
    doc = Doc(vocab, words=words, spaces=[True, True, False, False, True, True, True, True, True, True, False, False],
              tags=["NNP", "CC", "NNP", "_SP", "NNP", "CC", "NNP", "VBD", "PRP", "VBD", "JJ", "."],
              sent_starts=[True, False, False, False, True, False, False, False, False, False, False, False])
    pending = _pending(doc, [(0, 3, [("Organisation", 0.9)]), (4, 7, [("Organisation", 0.9)])])
    out = senses.without_common_phrases(doc, pending, schema.entities)
    assert [votes for _c, _s, votes, _k in out] == [[("Organisation", 0.9)], [("Organisation", 0.9)]]


# --------------------------------------------------------------------- a name opening with "St"


@pytest.mark.parametrize(("words", "span", "votes", "expected"), [
    # "St Anne's" NER takes for a person: an institution named after a saint
    (["St", "Anne", "\u2019s", "runs", "the", "hospice", "."], (0, 2), [("Person", 0.9)],
     [("Organisation", 2.5)]),
    (["Saint", "Anne", "'s", "said", "so", "."], (0, 2), [("Person", 0.9), ("Person", 1.5)],
     [("Organisation", 2.5)]),
    # a place named after a saint keeps its place vote, with no possessive or with one
    (["St", "Westby", "is", "near", "."], (0, 2), [("Person", 0.9), ("Place", 0.9)], [("Place", 0.9)]),
    (["St", "Westby", "'s", "parks", "."], (0, 2), [("Place", 0.9)], [("Place", 0.9)]),
    # a person's name keeps its votes
    (["Jane", "Doe", "'s", "report", "."], (0, 2), [("Person", 0.9)], [("Person", 0.9)]),
])
def test_a_name_opening_with_saint_is_no_person(vocab, schema, words, span, votes, expected):
    doc = Doc(vocab, words=words)
    out = senses.without_doubtful_persons(doc, _pending(doc, [(span[0], span[1], votes)]), schema.entities)
    assert out[0][2] == expected
