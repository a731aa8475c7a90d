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
