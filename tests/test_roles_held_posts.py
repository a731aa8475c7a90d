"""A post named by a plain noun that its holder owns (the `held_post` kind): "her role at Y",
"her position with Y", "her Y role", "X's post at Y" place the holder at the organisation. "His"
and "her" stand for the subject of their own clause, never for a person only named before; a
negated clause, or a role in a body's work ("her role in Y's work"), holds no post. Invented
names, whole pages through the trained pipeline."""

from __future__ import annotations

import pytest

from helpers import role_pairs

_OPENING = "Jane Doe will lead the Westshire Review of foster care. "


@pytest.mark.model
@pytest.mark.parametrize(
    "sentence",
    [
        "She will be stepping down from her role at the Harbour Trust to lead the review.",
        "We are told that she will step down from her position with the Harbour Trust to take up this new role.",
        "Doe said she would be standing down from her Harbour Trust role, as well as from two charity boards.",
        "Her deputy said that Jane Doe's job at the Harbour Trust will end in May.",
    ],
)
def test_an_owned_post_places_its_holder_at_the_body(extractor, sentence) -> None:  # type: ignore[no-untyped-def]
    assert ("Jane Doe", "Harbour Trust") in role_pairs(extractor, _OPENING + sentence + "\n")


@pytest.mark.model
@pytest.mark.parametrize(
    "sentence",
    [
        # "her" here is no subject's: the clause's subject is the role itself
        "Tom Roe met her last week. He said that her role at the Harbour Trust was vital.",
        "She did not take up her role at the Harbour Trust.",
        "She described her role in the Harbour Trust's work on foster care.",
    ],
)
def test_no_post_where_the_owner_is_unbound_or_the_clause_denies_it(extractor, sentence) -> None:  # type: ignore[no-untyped-def]
    roles = role_pairs(extractor, _OPENING + sentence + "\n")
    assert ("Jane Doe", "Harbour Trust") not in roles
    assert ("Tom Roe", "Harbour Trust") not in roles
