"""A page's own title under a line naming its publication's kind (issue 15, session 22), on
invented pages: "Policy paper" over "Harbour care: reform statement" makes the title line one
Publication, written in sentence case, with a colon or with common words; a kind line never makes
a programme's name or a reply's title one, and a line that is no kind label makes no title."""

from __future__ import annotations

import pytest

from caregraph.core.ontology import PUBLICATION
from caregraph.extract.mentions.kind_lines import kind_line_titles
from helpers import text_entities as entities

_BODY = "Published 15 December 2023\nApplies to England\nThe Harbour Office wants every child in Westshire to thrive.\n"


@pytest.mark.model
@pytest.mark.parametrize(("kind", "title"), [
    ("Policy paper", "Harbour care: reform statement"),
    ("Research and analysis", "Improving the Westshire offer for kinship carers"),
    ("Correspondence", "The Harbour Panel's comments on the Eastborough consultation"),
    ("GUIDANCE", "Coastal care: harbour school role extension"),
])
def test_a_title_under_a_kind_line_is_a_publication(extractor, kind, title):
    found = entities(extractor, f"{kind}\n{title}\n{_BODY}")
    named = {label: type_ for label, type_ in found.items() if label.lower().endswith(title.lower()[-20:])}
    assert list(named.values()) == [PUBLICATION], found


@pytest.mark.model
@pytest.mark.parametrize(("text", "line"), [
    # a programme's own name under the kind line is the programme's, not a text's
    (f"Policy paper\nHarbour Kestrel Futures pathfinder programme\n{_BODY}", "Harbour Kestrel Futures pathfinder programme"),
    # a reply's title: the relation rules read its words (the body answered the text it names)
    (f"Correspondence\nThe Harbour Panel's response to the Eastborough consultation\n{_BODY}",
     "Harbour Panel's response to the Eastborough consultation"),
    # a news story's headline: no kind of publication above it
    (f"News story\nHarbour care: councils to share new funding\n{_BODY}", "Harbour care: councils to share new funding"),
    # a kind's word inside a sentence, not a line of its own
    (f"The policy paper was read.\nHarbour care: reform statement\n{_BODY}", "Harbour care: reform statement"),
])
def test_no_title_without_a_kind_line_or_for_a_programme(extractor, text, line):
    assert entities(extractor, text).get(line) != PUBLICATION


@pytest.mark.model
@pytest.mark.parametrize("line", [
    "Harbour Kestrel Futures pathfinder programme",
    # a bracketed acronym after the programme's head noun: the label would lose its last bracket
    # ("... carers pilot (HCP"), so the rule itself must make no title of the line
    "Harbour homes (HH) pathfinder programme and carers pilot (HCP)",
])
def test_no_title_under_a_kind_line_for_a_programmes_name(nlp, schema, line):
    from caregraph.extract.mentions import compile_matchers

    rules = compile_matchers(nlp.vocab, schema).rules
    doc = nlp(f"Policy paper\n{line}\n{_BODY}")
    assert list(kind_line_titles(doc, rules)) == []


@pytest.mark.model
def test_the_kind_line_is_read_among_the_first_lines_only(nlp, schema):
    from caregraph.extract.mentions import compile_matchers

    rules = compile_matchers(nlp.vocab, schema).rules
    head = "".join(f"Line {k} of the page.\n" for k in range(10))
    doc = nlp(f"{head}Policy paper\nHarbour care: reform statement\n{_BODY}")
    assert list(kind_line_titles(doc, rules)) == []
    doc = nlp(f"Policy paper\nHarbour care: reform statement.\n{_BODY}")
    (cand,) = kind_line_titles(doc, rules)
    assert doc[cand.start : cand.end].text == "Harbour care: reform statement"
