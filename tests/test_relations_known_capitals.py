"""A known relation marked `capitals` (relations.yaml known_relations) is stated only by a page that
writes each end with a capital at least once: "Bright Steps" is the named strand of the Westby
Links programme, "bright steps" alone the practice it is named after. Hand-built parses, with an
invented fact in place of the real ones."""

from __future__ import annotations

import pytest

from caregraph.core.ontology import INITIATIVE
from helpers import hand_parse as parse
from helpers import relations_found as found
from helpers import with_known_fact


def _rows(strand: str) -> list[tuple[str, int, str, str, str, str]]:
    # "Westby Links funds <strand> ." with the strand "Bright Steps" or "bright steps"
    first, second = strand.split()
    tag, pos = ("NNP", "PROPN") if strand[0].isupper() else ("NN", "NOUN")
    return [
        ("Westby", 1, "compound", "PROPN", "NNP", "Westby"),
        ("Links", 2, "nsubj", "PROPN", "NNP", "Links"),
        ("funds", 2, "ROOT", "VERB", "VBZ", "fund"),
        (first, 4, "compound", pos, tag, first.lower()),
        (second, 2, "dobj", pos, tag + "S", second.lower()),
        (".", 2, "punct", "PUNCT", ".", "."),
    ]


@pytest.mark.parametrize(("strand", "capitals", "expected"), [
    ("Bright Steps", True, True),     # the named strand, with its capitals
    ("bright steps", True, False),    # only the common phrase: the practice, not the strand
    ("bright steps", False, True),    # a fact not so marked: any page naming both states it
])
def test_a_capitals_fact_needs_a_page_that_writes_its_ends_as_names(vocab, schema, strand, capitals, expected) -> None:  # type: ignore[no-untyped-def]
    doc = parse(vocab, _rows(strand))
    facts = with_known_fact(schema, "Bright Steps", "PART_OF", "Westby Links", capitals=capitals)
    relations_ = found(doc, [(0, 2, INITIATIVE), (3, 5, INITIATIVE)], facts)
    assert ((strand, "PART_OF", "Westby Links") in relations_) is expected


def test_capitals_is_true_or_false(schema_copy) -> None:  # type: ignore[no-untyped-def]
    from caregraph.core.schema import load_schema
    from caregraph.errors import SchemaError

    path = schema_copy / "relations.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace(
        "capitals: true,", "capitals: often,", 1), encoding="utf-8")
    with pytest.raises(SchemaError, match=r"capitals: expected true or false"):
        load_schema(schema_copy)
