"""Session 16 review fixes (quotation): "there is much to welcome" with its "in" phrase before the
verb, and contrast words that count only where they open a clause. Invented names throughout."""

from __future__ import annotations

import pytest

from helpers import text_relations as relations


def _said(quote: str) -> str:
    return f"Jane Porter, director of the Harbour Trust, said:\n\n\u201c{quote}\u201d"


def _answered(quote: str) -> str:
    return ("Responding to the Northshire Care Bill, Jane Porter, director of the Harbour Trust, said:"
            f"\n\n\u201c{quote}\u201d")


@pytest.mark.model
def test_an_in_phrase_before_the_amount_names_what_is_welcomed_not_the_text_answered(extractor):
    rels = relations(extractor, _answered("In the Westshire Harbour Strategy there is much to welcome."))
    assert ("Jane Porter", "SUPPORTS", "Westshire Harbour Strategy") in rels
    assert ("Jane Porter", "SUPPORTS", "Northshire Care Bill") not in rels


@pytest.mark.model
def test_an_in_phrase_before_the_amount_with_no_object_found_is_no_praise_of_the_text_answered(extractor):
    rels = relations(extractor, _answered("In some places there is much to welcome."))
    assert ("Jane Porter", "SUPPORTS", "Northshire Care Bill") not in rels


@pytest.mark.model
def test_plenty_without_an_in_phrase_still_praises_the_text_answered(extractor):
    rels = relations(extractor, _answered("There is a lot to welcome here for island carers."))
    assert ("Jane Porter", "SUPPORTS", "Northshire Care Bill") in rels


@pytest.mark.model
@pytest.mark.parametrize(
    "quote",
    [
        # "while" as "during", and "yet to" as "still not": no clause of contrast
        "There is much to welcome in the Westshire Harbour Strategy and we will work with them while it is rolled out.",
        "There is much to welcome in the Westshire Harbour Strategy, which has yet to be funded.",
    ],
)
def test_a_contrast_word_that_opens_no_clause_leaves_the_support(extractor, quote):
    assert ("Jane Porter", "SUPPORTS", "Westshire Harbour Strategy") in relations(extractor, _said(quote))


@pytest.mark.model
@pytest.mark.parametrize(
    "quote",
    [
        "There is much to welcome in the Westshire Harbour Strategy, although the sums are too small.",
        "There is much to welcome in the Westshire Harbour Strategy, while the funding falls short.",
        "While there is much to welcome in the Westshire Harbour Strategy, the funding falls short.",
        "There is much to welcome in the Westshire Harbour Strategy, yet the funding falls short.",
    ],
)
def test_a_contrast_word_that_opens_a_clause_is_a_mixed_response(extractor, quote):
    assert ("Jane Porter", "SUPPORTS", "Westshire Harbour Strategy") not in relations(extractor, _said(quote))


@pytest.mark.model
def test_a_contrast_word_opens_a_clause_only_as_its_conjunction_or_adverb(nlp):
    from caregraph.extract.syntax import opens_clause

    def word(text: str, form: str) -> bool:
        doc = nlp(text)
        return opens_clause(next(t for t in doc if t.lower_ == form))

    assert word("Harbour Trust welcomes the plan, but the funding falls short.", "but")
    assert word("Harbour Trust welcomes the plan, although the sums are small.", "although")
    assert word("The plan is welcome. However, the sums are small.", "however")
    assert not word("Harbour Trust will work with them while it is rolled out.", "while")
    assert not word("Harbour Trust welcomes the plan, which has yet to be funded.", "yet")


@pytest.mark.model
def test_first_conjunct_walks_up_a_coordination(nlp):
    from caregraph.extract.syntax import first_conjunct

    doc = nlp("We welcome, support and applaud the plan.")
    applaud = next(t for t in doc if t.lower_ == "applaud")
    assert first_conjunct(applaud).lower_ == "welcome"
    plan = next(t for t in doc if t.lower_ == "plan")
    assert first_conjunct(plan) is plan or first_conjunct(plan).i == plan.i
