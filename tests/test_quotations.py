"""The words said (issue 19): a speech relation carries its quotation verbatim, the whole of it
across paragraphs, whether the speaker is named before or after it, and only when the speaker
is certain; `caregraph quotes NAME` lists it with its document and date. One quote finder
(extract/relations/quotes.py) serves the speech and quotation kinds."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from caregraph.export.graphml import read_graphml
from caregraph.extract.relations.quotes import _words

pytestmark = pytest.mark.model

# a quotation of two paragraphs (the first reopened, not closed: the British convention) and
# its speaker after it
AFTER = (
    "\u201cWe welcome the Fair Futures Strategy. It is long overdue.\n\n"
    "\u201cFamilies have waited too long for this,\u201d said Jane Porter, chief executive of the Harbour Trust.\n"
)
AFTER_WORDS = ("We welcome the Fair Futures Strategy. It is long overdue.\n\n"
               "Families have waited too long for this,")
BEFORE = (
    "In response to the Fair Futures Report, Jane Porter said:\n\n"
    "\u201cThe Fair Futures Report represents a real chance.\n\n"
    "\u201cIt must not be wasted.\u201d\n"
)


def said(extractor, text: str) -> dict[tuple[str, str, str], str | None]:
    result = extractor.process_text(text, doc_id="t")
    label = {e.key: e.label for e in result.entities}
    return {(label[r.source], r.relation, label[r.target]): r.quote for r in result.relations}


def test_a_quotation_of_several_paragraphs_with_its_speaker_after_it(extractor) -> None:
    found = said(extractor, AFTER)
    assert found[("Jane Porter", "SUPPORTS", "Fair Futures Strategy")] == AFTER_WORDS


def test_a_quotation_of_several_paragraphs_after_its_speaker(extractor) -> None:
    found = said(extractor, BEFORE)
    assert found[("Jane Porter", "RESPONDED_TO", "Fair Futures Report")] == (
        "The Fair Futures Report represents a real chance.\n\nIt must not be wasted.")


def test_a_quotation_resumed_after_its_attribution_is_one_quotation(extractor) -> None:
    text = ("\u201cWe welcome the Fair Futures Strategy,\u201d said Jane Porter. "
            "\u201cFamilies have waited too long.\u201d\n")
    assert said(extractor, text)[("Jane Porter", "SUPPORTS", "Fair Futures Strategy")] == (
        "We welcome the Fair Futures Strategy, \u2026 Families have waited too long.")


@pytest.mark.parametrize("text", [
    # the speaker only through a pronoun
    "Jane Porter chairs the Harbour Trust.\n\nShe said: \u201cWe welcome the Fair Futures Strategy.\u201d\n",
    # two speakers for one quotation
    "Jane Porter and Omar Farouk said: \u201cWe welcome the Fair Futures Strategy.\u201d\n",
])
def test_an_uncertain_attribution_gives_the_relation_but_no_quotation(extractor, text: str) -> None:
    found = said(extractor, text)
    assert ("Jane Porter", "SUPPORTS", "Fair Futures Strategy") in found
    assert found[("Jane Porter", "SUPPORTS", "Fair Futures Strategy")] is None


def test_reported_speech_is_no_quotation(extractor) -> None:
    found = said(extractor, "Jane Porter said the Fair Futures Strategy was welcome, not \u201cbold\u201d.\n")
    assert ("Jane Porter", "RESPONDED_TO", "Fair Futures Strategy") in found
    assert all(quote is None for quote in found.values())


@pytest.mark.parametrize(("text", "words"), [
    ("\u201cA.\n\n\u201cB,\u201d", "A.\n\nB,"),
    ("'A, B.'", "A, B."),
    ("Not marked at all", "Not marked at all"),
    ("\u201cThe parents\u2019 view.\n\n  \n\u201cThe end.\u201d", "The parents\u2019 view.\n\nThe end."),
])
def test_the_words_of_a_quotation_without_its_marks(text: str, words: str) -> None:
    assert _words(text) == words


def test_quotes_lists_an_extracted_quotation_with_document_and_date(extractor, tmp_path: Path, run_cli) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "statement.txt").write_text(AFTER, encoding="utf-8")
    (corpus / "sources.tsv").write_text("file\ttitle\tdate\nstatement.txt\tHarbour Trust statement\t2022-06-01\n",
                                        encoding="utf-8")
    out = tmp_path / "graph.graphml"
    result = run_cli(["extract", corpus, "-o", out, "--no-cache", "--quiet"])
    assert result.exit_code == 0, result.stderr
    edges = [d for *_, d in read_graphml(out).edges(data=True) if d.get("quote")]
    assert [d["quote"] for d in edges] == [AFTER_WORDS]

    listed = run_cli(["quotes", "Jane Porter", "--graph", out, "--json"])
    assert listed.exit_code == 0, listed.stderr
    quotes = json.loads(listed.stdout)["quotes"]
    assert [(q["quote"], q["date"], q["relation"], q["about"]["label"]) for q in quotes] == [
        (AFTER_WORDS, "2022-06-01", "SUPPORTS", "Fair Futures Strategy")]
    assert len(quotes[0]["documents"]) == 1

    text = run_cli(["quotes", "Jane Porter", "--graph", out])
    assert text.exit_code == 0, text.stderr
    assert "2022-06-01" in text.stdout and f"in {quotes[0]['documents'][0]}" in text.stdout
    assert "Families have waited too long for this," in text.stdout
