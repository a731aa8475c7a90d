"""A definite description stands for the page's one entity of its type only when the entity's
name fits the description's noun (context.py `salient`, `other_kind`, `own_modifiers`):

- "the review" is not the page's one "X Report", nor "the council" its one "Y Department": a
  name whose head word is another kind of the type (entities.yaml heads), or that the page calls
  by one ("a report, 'Safe Harbours'"), than the noun or the kinds the noun may stand for
  (relations.yaml reference_kinds: "the report" may still be the one "X Review", "the charity"
  the one "Y Trust", "the programme" the one "Z Pathfinder");
- a description with a topic of its own ("the review into the deaths of two children") is
  another text than the page's one review named otherwise.

Invented pages through the trained pipeline: each row a text, the edge it must have (or None),
and the edge it must not."""

from __future__ import annotations

import pytest

from helpers import text_relations

_ALLOWANCE = "the Harbour Programme"

CASES = [
    # "the review" and the page's one report: no antecedent
    ("The Harbour Trust published the Westshire Kinship Report in March. The review recommended "
     f"{_ALLOWANCE}.", None, ("Westshire Kinship Report", "RECOMMENDS", "Harbour Programme")),
    # "the report" and the page's one review: the review's report
    ("The Harbour Trust published the Westshire Kinship Review in March. The report recommended "
     f"{_ALLOWANCE}.", ("Westshire Kinship Review", "RECOMMENDS", "Harbour Programme"), None),
    # "the review" and the page's one title it called a report: no antecedent; "the report": that title
    ("The Harbour Trust published a report, 'Safe Harbours', in May. The review recommended "
     f"{_ALLOWANCE}.", None, ("Safe Harbours", "RECOMMENDS", "Harbour Programme")),
    ("The Harbour Trust published a report, 'Safe Harbours', in May. The report recommended "
     f"{_ALLOWANCE}.", ("Safe Harbours", "RECOMMENDS", "Harbour Programme"), None),
    # "the council" and the page's one department: no antecedent
    ("The Harbour Department announced new funding for Westshire. The Council welcomed the Westshire "
     "Kinship Strategy.", None, ("Harbour Department", "SUPPORTS", "Westshire Kinship Strategy")),
    # ... and the page's one council: that council
    ("Westshire County Council announced new funding for Eastborough. The Council welcomed the "
     "Westshire Kinship Strategy.", ("Westshire County Council", "SUPPORTS", "Westshire Kinship Strategy"), None),
    # "the charity": a body of any kind a charity is named by
    ("The Harbour Trust works with families in Westshire. The charity welcomed the Westshire Kinship "
     "Strategy.", ("Harbour Trust", "SUPPORTS", "Westshire Kinship Strategy"), None),
    # "the programme" and the page's one pathfinder: one kind of programme for another
    ("The Harbour Pathfinder supports families in Westshire. The programme is run by the Harbour Trust.",
     ("Harbour Trust", "RUNS", "Harbour Pathfinder"), None),
    # "the inquiry": the page's one inquiry or review; "the commission", "the organisation": its one body
    ("Jane Doe chaired the Westshire Care Inquiry. The inquiry recommended "
     f"{_ALLOWANCE}.", ("Westshire Care Inquiry", "RECOMMENDS", "Harbour Programme"), None),
    ("Jane Doe chaired the Westshire Care Commission last year. The commission welcomed the Westshire "
     "Kinship Strategy.", ("Westshire Care Commission", "SUPPORTS", "Westshire Kinship Strategy"), None),
    ("The Harbour Trust works with families in Westshire. The organisation welcomed the Westshire Kinship "
     "Strategy.", ("Harbour Trust", "SUPPORTS", "Westshire Kinship Strategy"), None),
    # a review with a topic of its own is another review than the one the page names
    ("Jane Doe chaired the Westshire Care Review. The review into the deaths of two children "
     f"recommended {_ALLOWANCE}.", None, ("Westshire Care Review", "RECOMMENDS", "Harbour Programme")),
    # ... a topic its name holds is none of its own
    ("Jane Doe chaired the Westshire Care Review. The review into social care recommended "
     f"{_ALLOWANCE}.", ("Westshire Care Review", "RECOMMENDS", "Harbour Programme"), None),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected", "absent"), CASES)
def test_a_description_stands_for_a_name_of_its_kind(extractor, text, expected, absent) -> None:  # type: ignore[no-untyped-def]
    rels = text_relations(extractor, text)
    if expected is not None:
        assert expected in rels
    if absent is not None:
        assert absent not in rels
