"""Publications on pages nobody tuned for (issue 15, session 16): a list of the publications a
text answers that the parser hangs, after the verb, on the subject as an apposition (the later
titles are no subjects of the answer); a publication cue word that ends a heading line is no
cue of the name that opens the next line; a quoted title longer than a dozen words is one when it
holds a subtitle (after a colon or a question mark), and speech otherwise. Names and places are
invented."""

from __future__ import annotations

import pytest


def _entities(result) -> dict[str, str]:  # type: ignore[no-untyped-def]
    return {e.key: e.label for e in result.entities}


def _edges(result) -> set[tuple[str, str, str]]:  # type: ignore[no-untyped-def]
    label = _entities(result)
    return {(label[r.source], r.relation, label[r.target]) for r in result.relations}


@pytest.mark.model
def test_each_listed_publication_a_strategy_answers_is_an_object_not_a_subject(extractor):
    result = extractor.process_text(
        "The Westshire Strategy responds to the recommendations made by the Independent Review of "
        "Harbour Care, the Eastborough Review and the Harbour Market Study.", doc_id="t")
    edges = _edges(result)
    for title in ("Independent Review of Harbour Care", "Eastborough Review", "Harbour Market Study"):
        assert ("Westshire Strategy", "RESPONDED_TO", title) in edges
    assert not any(s != "Westshire Strategy" for s, rel, _o in edges if rel == "RESPONDED_TO")


@pytest.mark.model
def test_a_title_listed_after_a_response_is_not_the_responder(extractor):
    result = extractor.process_text(
        "The Westshire Strategy is a response to the recommendations of the Independent Review of "
        "Harbour Care, the Eastborough Review and the Harbour Market Study.", doc_id="t")
    edges = _edges(result)
    assert ("Westshire Strategy", "RESPONDED_TO", "Independent Review of Harbour Care") in edges
    assert ("Eastborough Review", "RESPONDED_TO", "Independent Review of Harbour Care") not in edges
    assert ("Harbour Market Study", "RESPONDED_TO", "Independent Review of Harbour Care") not in edges


@pytest.mark.model
def test_a_cue_word_ending_a_heading_line_types_no_name_on_the_next(extractor):
    result = extractor.process_text(
        "Westshire's plans for harbour care - report\nMedia Notice: children in Westshire are cold, the "
        "Harbour Commissioner warns.",
        doc_id="t")
    types = {e.label: e.type for e in result.entities}
    assert "Media Notice" in types
    assert types["Media Notice"] != "Publication"


@pytest.mark.model
def test_a_cue_word_on_the_same_line_still_types_the_title(extractor):
    result = extractor.process_text(
        "The Harbour Trust welcomed the report Harbour Homes for All.", doc_id="t")
    types = {e.label: e.type for e in result.entities}
    assert types.get("Harbour Homes for All") == "Publication"


@pytest.mark.model
def test_a_long_quoted_title_with_its_subtitle_after_a_cue_is_a_publication(extractor):
    result = extractor.process_text(
        "Yesterday the council published its reply to the Westshire Committee\u2019s report: \u2018Where next, "
        "Westshire? A plan for the carers of Eastborough and the children they look after\u2019.", doc_id="t")
    types = {e.label: e.type for e in result.entities}
    assert types.get("Where next, Westshire? A plan for the carers of Eastborough and the children they look after") \
        == "Publication"


@pytest.mark.model
def test_a_long_quotation_after_a_cue_is_speech_not_a_title(extractor):
    result = extractor.process_text(
        "The Harbour Trust report said, \u2018We have seen too many children moved far from home and we "
        "must act now to stop it\u2019.", doc_id="t")
    assert not any(e.type == "Publication" for e in result.entities)
