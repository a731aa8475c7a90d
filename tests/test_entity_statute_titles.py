"""Enactments' titles read whole from their head and year (issue 15, session 23): a bracketed
jurisdiction after a hyphened word, a list of the title's subjects with commas, a two-word
bracket; the capitalised-name voter had cut each into pieces ("Act 2030", "Regulations 2031",
a Place for the bracketed jurisdiction). Names are invented."""

from __future__ import annotations

import pytest

from helpers import text_entities as entities


@pytest.mark.model
@pytest.mark.parametrize(("text", "title"), [
    ("It applies under the Carers and Well-being (Wales) Act 2030 (anaw 4).",
     "Carers and Well-being (Wales) Act 2030"),
    ("The duty stands in the Harbour Planning, Placement and Review (England) Regulations 2031 already.",
     "Harbour Planning, Placement and Review (England) Regulations 2031"),
    ("It is looked after for the purposes of the Harbours (Northern Ireland) Order 2029.",
     "Harbours (Northern Ireland) Order 2029"),
    ("The 2032 Act means the Legal Harbours, Tides and Punishment of Pirates Act 2032.",
     "Legal Harbours, Tides and Punishment of Pirates Act 2032"),
])
def test_an_enactment_title_is_read_whole(extractor, text, title):
    found = entities(extractor, text)
    assert found.get(title) == "Publication"
    assert not any(label != title and title.endswith(label) for label in found)   # no "Act 2030" left
    assert "Wales" not in found and "Northern Ireland" not in found and "England" not in found


@pytest.mark.model
def test_a_list_of_names_before_a_title_is_no_part_of_it(extractor):
    found = entities(extractor, "Westby, Eastby and Harbours (Leaving Care) Act 2030 were all cited.")
    assert not any("," in label for label in found)   # commas join a title's subjects only after "the"
