"""Support in reported speech (session 11): said to someone ("X told the Westshire Post that Y was a
step in the right direction", "X told MPs: '...'": "tell" is a verb of saying, relations.yaml
speech_verbs), with the attribution after the words and no quotation marks ("Y is a landmark, says
X"), and the near miss of an object-controlled verb: "X told councils to welcome Y" is no welcome by
X (those told would do it, if anyone does). Invented sentences and names: the speech tests use the
trained pipeline, the control tests parses built by hand."""

from __future__ import annotations

import pytest

from helpers import hand_parse as parse
from helpers import relations_found as found
from helpers import text_relations as relations

_OPENING = "News from the sector\n\nThe Westshire Families Strategy was published on Monday by the Department for Coastal Affairs.\n\n"
_SPEAKER = "Jane Porter, chief executive of the Harbour Trust,"


@pytest.mark.model
@pytest.mark.parametrize(
    "sentence",
    [
        f"{_SPEAKER} told the Westshire Post that the Westshire Families Strategy was a step in the right direction.",
        f"{_SPEAKER} told the Westshire Post: \u201cWe welcome the Westshire Families Strategy and its focus on kinship "
        "carers.\u201d",
    ],
)
def test_a_welcome_told_to_someone_is_the_speakers_support(extractor, sentence):
    assert ("Jane Porter", "SUPPORTS", "Westshire Families Strategy") in relations(extractor, _OPENING + sentence)


@pytest.mark.model
@pytest.mark.parametrize(
    "sentence",
    [
        f"{_SPEAKER} told the Westshire Post that she had not read the Westshire Families Strategy.",
        f"{_SPEAKER} told councils to welcome the Westshire Families Strategy.",
        f"{_SPEAKER} told the Westshire Post that councils were pleased with the Westshire Families Strategy.",
        f"{_SPEAKER} told MPs that the Westshire Families Strategy was not a landmark.",
        f"{_SPEAKER} told the Westshire Post that the Westshire Families Strategy would be a landmark if it were funded.",
    ],
)
def test_no_support_told_where_the_words_are_no_welcome_of_the_speakers(extractor, sentence):
    found_ = relations(extractor, _OPENING + sentence)
    assert ("Jane Porter", "SUPPORTS", "Westshire Families Strategy") not in found_
    assert ("Harbour Trust", "SUPPORTS", "Westshire Families Strategy") not in found_


def _control_doc(vocab, verb: str, lemma: str):
    # "Jane Porter told councils to welcome the Westshire Strategy."
    return parse(vocab, [
        ("Jane", 1, "compound", "PROPN", "NNP", "Jane"),
        ("Porter", 2, "nsubj", "PROPN", "NNP", "Porter"),
        (verb, 2, "ROOT", "VERB", "VBD", lemma),
        ("councils", 2, "dobj", "NOUN", "NNS", "council"),
        ("to", 5, "aux", "PART", "TO", "to"),
        ("welcome", 2, "xcomp", "VERB", "VB", "welcome"),
        ("the", 8, "det", "DET", "DT", "the"),
        ("Westshire", 8, "compound", "PROPN", "NNP", "Westshire"),
        ("Strategy", 5, "dobj", "PROPN", "NNP", "Strategy"),
        (".", 2, "punct", "PUNCT", ".", "."),
    ])


_NAMES = [(0, 2, "Person"), (7, 9, "Publication")]


@pytest.mark.parametrize(("verb", "lemma"), [("told", "tell"), ("asked", "ask"), ("encouraged", "encourage"),
                                             ("urged", "urge")])
def test_whoever_tells_or_asks_others_to_welcome_a_text_does_not_welcome_it(vocab, schema, verb, lemma):
    assert ("Jane Porter", "SUPPORTS", "Westshire Strategy") not in found(_control_doc(vocab, verb, lemma), _NAMES, schema)


def test_a_welcome_of_the_speakers_own_is_still_found_in_the_same_shape(vocab, schema):
    # "Jane Porter rushed to welcome the Westshire Strategy": no one told, the subject acts
    doc = parse(vocab, [
        ("Jane", 1, "compound", "PROPN", "NNP", "Jane"),
        ("Porter", 2, "nsubj", "PROPN", "NNP", "Porter"),
        ("rushed", 2, "ROOT", "VERB", "VBD", "rush"),
        ("to", 4, "aux", "PART", "TO", "to"),
        ("welcome", 2, "xcomp", "VERB", "VB", "welcome"),
        ("the", 7, "det", "DET", "DT", "the"),
        ("Westshire", 7, "compound", "PROPN", "NNP", "Westshire"),
        ("Strategy", 4, "dobj", "PROPN", "NNP", "Strategy"),
        (".", 2, "punct", "PUNCT", ".", "."),
    ])
    assert ("Jane Porter", "SUPPORTS", "Westshire Strategy") in found(doc, [(0, 2, "Person"), (6, 8, "Publication")], schema)


# --- the attribution after the words, without quotation marks


@pytest.mark.model
@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (f"The Westshire Families Strategy is a landmark for kinship carers, says {_SPEAKER[:-1]}.", "Jane Porter"),
        (f"The Westshire Families Strategy is a step in the right direction, {_SPEAKER} said.", "Jane Porter"),
        ("The Westshire Families Strategy is welcome and offers an excellent opportunity to reset failings, says the "
         "Harbour Trust.", "Harbour Trust"),
    ],
)
def test_unquoted_words_before_their_attribution_are_the_speakers(extractor, sentence, speaker):
    assert (speaker, "SUPPORTS", "Westshire Families Strategy") in relations(extractor, _OPENING + sentence)


@pytest.mark.model
@pytest.mark.parametrize(
    "sentence",
    [
        f"The Westshire Families Strategy is not a landmark, says {_SPEAKER[:-1]}.",
        f"The Westshire Families Strategy would be a landmark if funded, says {_SPEAKER[:-1]}.",
        f"Councils are pleased with the Westshire Families Strategy, says {_SPEAKER[:-1]}.",
    ],
)
def test_no_support_from_unquoted_words_before_an_attribution_that_are_no_welcome(extractor, sentence):
    assert ("Jane Porter", "SUPPORTS", "Westshire Families Strategy") not in relations(extractor, _OPENING + sentence)


# --- words of praise predicated of the text in reported speech (the quote kind)


@pytest.mark.model
def test_praise_predicated_of_the_text_in_reported_speech_is_support(extractor):
    sentence = f"{_SPEAKER} said the Westshire Families Strategy was excellent."
    assert ("Jane Porter", "SUPPORTS", "Westshire Families Strategy") in relations(extractor, _OPENING + sentence)


@pytest.mark.model
@pytest.mark.parametrize(
    "sentence",
    [
        # a demand, a hope, a forecast
        f"{_SPEAKER} said the Westshire Families Strategy must be good for families.",
        f"{_SPEAKER} said the Westshire Families Strategy could be excellent.",
        f"{_SPEAKER} said the Westshire Families Strategy will be positive for carers.",
        # an appearance
        f"{_SPEAKER} said the Westshire Families Strategy looks good on paper.",
        # someone else's view reported by the speaker
        f"{_SPEAKER} said families had told her the Westshire Families Strategy was good.",
        f"{_SPEAKER} said critics believe the Westshire Families Strategy is positive.",
    ],
)
def test_no_support_from_praise_that_is_demanded_hoped_forecast_apparent_or_someone_elses(extractor, sentence):
    assert ("Jane Porter", "SUPPORTS", "Westshire Families Strategy") not in relations(extractor, _OPENING + sentence)
