"""A common noun with a passive participle clause and its "by" agent on it names what it is, not
its agent: "X is part of a regional network run by Y" makes X part of the network (unnamed), not
of Y. Invented sentences through the trained pipeline, with near misses that must still fire."""

from __future__ import annotations

from helpers import text_relations as relations


def bodies(extractor, text: str) -> set[str]:  # type: ignore[no-untyped-def]
    """The organisations the text names."""
    return {e.label for e in extractor.process_text(text, doc_id="t").entities if e.type == "Organisation"}


def test_the_agent_of_a_clause_on_a_common_noun_is_not_the_noun(extractor) -> None:  # type: ignore[no-untyped-def]
    text = "The Westby Trust is part of a regional network run by Eastborough Council."
    assert ("Westby Trust", "PART_OF", "Eastborough Council") not in relations(extractor, text)
    assert bodies(extractor, text) >= {"Westby Trust", "Eastborough Council"}   # both still named


def test_the_agent_after_a_comma_is_not_the_noun_either(extractor) -> None:  # type: ignore[no-untyped-def]
    text = ("Since 2020 the Westby Trust has formed part of a coastal steering group, chaired by the Harbour "
            "Council, which meets every month.")
    assert ("Westby Trust", "PART_OF", "Harbour Council") not in relations(extractor, text)
    assert bodies(extractor, text) >= {"Westby Trust", "Harbour Council"}   # both still named


def test_a_named_object_is_still_the_object(extractor) -> None:  # type: ignore[no-untyped-def]
    rels = relations(extractor, "The Westby Trust is part of the Northern Alliance, which is led by Eastborough Council.")
    assert ("Westby Trust", "PART_OF", "Northern Alliance") in rels
