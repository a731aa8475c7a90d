"""The document's own voice (extract/relations/voice.py): "we / us / our" outside quotations
stands for the one organisation a page identifies as itself, and for nobody on a news report
of several voices, a debate, or a page naming two such organisations. Invented pages, parsed
by the trained pipeline."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

pytestmark = pytest.mark.model

STATEMENT = """Harbour Trust responds to the Westshire Review

Harbour Trust is a charity that supports kinship carers across Westshire.

We welcome the Westshire Review. We have long called for the Family Bridges programme to be extended, \
and we run the Kinship Circle scheme in three counties.
"""

COUNCIL = """Family support in Westshire

Westshire County Council is the local authority for Westshire.

We run the Family Bridges programme with local schools. We welcome the Westshire Review.

\u00a9 Westshire County Council 2024
"""

# a news report: the opening names Harbour Trust, but a quoted speaker speaks for another body
NEWS = """Harbour Trust welcomes Westshire Review

Harbour Trust has welcomed the Westshire Review, published on Monday.

Jane Porter, chief executive of Northgate Foundation, said: "The review is a start."

We run the Family Bridges programme, and we welcome the Westshire Review.
"""

# a transcript: speaker turns; "we" there is each speaker's side, never the page's
DEBATE = """Westshire Review: debate

Harbour Trust is a charity that supports kinship carers.

Jane Porter: We welcome the Westshire Review and we run the Family Bridges programme.

Mark Ellis: We support the Westshire Review.

We run the Kinship Circle scheme.
"""

# two organisations describe themselves: whose "we" it is stays open
TWO_BODIES = """Harbour Trust is a charity that supports kinship carers.

Northgate Foundation is a charity that funds family support.

We welcome the Westshire Review and we run the Family Bridges programme.
"""

# only proximity: the last organisation named before "we" is no evidence
PROXIMITY = """Family support in Westshire

Harbour Trust works with Northgate Foundation on family support.

We run the Family Bridges programme with local schools.
"""


# a report about the body: the text tells what it said, in the past
REPORTED = """Harbour Trust backs Westshire Review

Harbour Trust said the review was overdue.

We run the Family Bridges programme.
"""

# another body takes a stance in the page's own words
RIVAL = """Children's Wellbeing and Schools Bill: second reading

This briefing sets out the Bill. Harbour Trust welcomes the Bill and the Northgate Foundation welcomes the Westshire Review.

We run the Family Bridges programme.
"""

# speech set out without quotation marks after "said:" is the speaker's, not the page's
UNMARKED = """Harbour Trust responds to the Westshire Review

Jane Porter, chief executive of Northgate Foundation, said:

We run the Family Bridges programme and we welcome the Westshire Review.
"""


def edges(extractor, text: str) -> set[tuple[str, str, str]]:
    result = extractor.process_text(text, doc_id="t")
    label = {e.key: e.label for e in result.entities}
    return {(label[r.source], r.relation, label[r.target]) for r in result.relations}


def we_edges(extractor, text: str, sentence: str) -> list[tuple[str, str, str]]:
    """The edges whose evidence is the sentence containing `sentence`."""
    result = extractor.process_text(text, doc_id="t")
    label = {e.key: e.label for e in result.entities}
    return [(label[r.source], r.relation, label[r.target]) for r in result.relations if sentence in r.evidence]


def test_a_charity_statement_speaks_as_the_charity(extractor):
    found = edges(extractor, STATEMENT)
    assert ("Harbour Trust", "SUPPORTS", "Westshire Review") in found
    assert ("Harbour Trust", "SUPPORTS", "Family Bridges") in found
    assert ("Harbour Trust", "RUNS", "Kinship Circle") in found


def test_edges_through_the_voice_are_marked_as_references(extractor):
    result = extractor.process_text(STATEMENT, doc_id="t")
    label = {e.key: e.label for e in result.entities}
    runs = [r for r in result.relations if r.relation == "RUNS" and label[r.source] == "Harbour Trust"]
    assert runs
    pattern = {p.id: p.confidence for p in extractor.schema.relations.patterns}
    # via_reference lowers a pattern's confidence by 0.1 (relations/__init__.py)
    assert all(r.confidence == pytest.approx(pattern[r.rule] - 0.1) for r in runs)


def test_a_council_page_with_its_footer_speaks_as_the_council(extractor):
    found = edges(extractor, COUNCIL)
    assert ("Westshire County Council", "RUNS", "Family Bridges") in found
    assert ("Westshire County Council", "SUPPORTS", "Westshire Review") in found


@pytest.mark.parametrize(
    ("opening", "body"),
    [
        ("We are Harbour Trust, a charity for kinship carers.", "Harbour Trust"),
        ("At Harbour Trust, we believe every child deserves a family.", "Harbour Trust"),
        ("Posted by Harbour Trust", "Harbour Trust"),
        ("From: Westshire County Council", "Westshire County Council"),
        ("This briefing is published by Westshire Law LLP (\u201cwe\u201d).", "Westshire Law LLP"),
        ("From Jane Porter, chief executive at Harbour Trust", "Harbour Trust"),
    ],
)
def test_a_page_that_names_itself(extractor, opening, body):
    text = f"Family support in Westshire\n\n{opening}\n\nWe run the Family Bridges programme with local schools.\n"
    assert (body, "RUNS", "Family Bridges") in edges(extractor, text)


def test_a_site_header_naming_one_body(extractor):
    text = "Westshire County Council\n\nFamily support\n\nWe run the Family Bridges programme with local schools.\n"
    assert ("Westshire County Council", "RUNS", "Family Bridges") in edges(extractor, text)


def test_a_title_naming_the_bodys_statement(extractor):
    text = "Harbour Trust statement on the Westshire Review\n\nWe welcome the Westshire Review.\n"
    assert ("Harbour Trust", "SUPPORTS", "Westshire Review") in edges(extractor, text)


def test_our_report_and_our_programme_are_the_voices(extractor):
    text = ("Family support in Westshire\n\nAt Harbour Trust, we believe every child deserves a family.\n\n"
            "Our Westshire Review consultation response is published today. Our Family Bridges programme helps "
            "carers. Our new report, Families Together, sets out the evidence.\n")
    found = edges(extractor, text)
    assert ("Harbour Trust", "AUTHORED", "Families Together") in found
    assert ("Harbour Trust", "RUNS", "Family Bridges") in found
    # "our X response" is about X: no authorship of X
    assert ("Harbour Trust", "AUTHORED", "Westshire Review") not in found


@pytest.mark.parametrize("text", [NEWS, DEBATE, TWO_BODIES, PROXIMITY, UNMARKED, REPORTED, RIVAL],
                         ids=["news", "debate", "two-bodies", "proximity", "unmarked-speech", "reported", "rival"])
def test_no_voice_no_first_person_edge(extractor, text):
    """Near misses: nothing that "we" outside a quotation says is credited to an organisation."""
    for sentence in ("We run the Family Bridges", "we welcome the Westshire Review", "We run the Kinship Circle",
                     "We welcome the Westshire Review and we run"):
        assert not [e for e in we_edges(extractor, text, sentence) if e[0] in (
            "Harbour Trust", "Northgate Foundation", "Trust")], (sentence, text)


def test_we_inside_an_unattributed_quotation_is_not_the_voice(extractor):
    text = ("Harbour Trust responds to the Westshire Review\n\n"
            "Harbour Trust is a charity that supports kinship carers.\n\n"
            "Foster carers wrote to the council: \u201cWe run the Family Bridges programme in our town.\u201d\n")
    assert ("Harbour Trust", "RUNS", "Family Bridges") not in edges(extractor, text)


def test_the_publisher_in_the_files_metadata_names_the_voice(extractor):
    from caregraph.core.records import DocMetadata
    from caregraph.extract.ingest import parse_source

    text = ("Family support in Westshire\n\nThe Harbour Trust and the Northgate Foundation support families.\n\n"
            "We run the Family Bridges programme.\n")

    def run(publisher: str | None) -> set[tuple[str, str, str]]:
        source = parse_source(text.encode(), path=Path("t.txt"), rules=extractor.schema.ingest)
        source = replace(source, metadata=DocMetadata(publisher=publisher))
        result = next(extractor.process_sources([source]))
        label = {e.key: e.label for e in result.entities}
        return {(label[r.source], r.relation, label[r.target]) for r in result.relations}

    assert ("Harbour Trust", "RUNS", "Family Bridges") in run("Harbour Trust")
    assert ("Northgate Foundation", "RUNS", "Family Bridges") in run("The Northgate Foundation")
    # a publisher the page does not name, or none: no voice
    assert not {e for e in run("Westshire Gazette") if e[1] == "RUNS"}
    assert not {e for e in run(None) if e[1] == "RUNS"}


# --- what the voice (or any body) welcomes: a counted few of a publication's parts are not it


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Harbour Trust welcomed three proposals from the Westshire Review.", False),
        ("Harbour Trust welcomed two recommendations of the Westshire Review.", False),
        # near misses that still credit the publication: no count, a year, the publication itself
        ("Harbour Trust welcomed the proposals in the Westshire Review.", True),
        ("Harbour Trust welcomed the 2024 edition of the Westshire Review.", True),
        ("Harbour Trust welcomed the Westshire Review.", True),
    ],
)
def test_a_counted_few_parts_of_a_publication_are_not_the_publication(extractor, text, expected):
    assert (("Harbour Trust", "SUPPORTS", "Westshire Review") in edges(extractor, text)) is expected


# --- a page in its own voice that tells what another body did, in the past, and answers it

COMMENTARY = """The Westshire Office has released its response to the Westshire Review consultation. \
The response claims that the plan is "bold and ambitious".

While the Harbour Trust welcomes some of the proposals, we {view} that the plan is bold {conj} ambitious.

The Westshire Office rejected the call for a new fund for carers. Harbour Trust calls on the Westshire Office \
to think again.
"""


def test_a_past_stance_the_page_comments_on_is_no_rival_voice(extractor):
    """"The Westshire Office rejected ..." is an event the charity's page answers, not a second
    voice: the page still speaks as the Harbour Trust, and "we do not believe that the plan is
    bold" denies the praise (a response, not a welcome)."""
    found = edges(extractor, COMMENTARY.format(view="do not believe", conj="or"))
    assert ("Harbour Trust", "RESPONDED_TO", "Westshire Review") in found
    assert ("Harbour Trust", "SUPPORTS", "Westshire Review") not in found
    # near miss: the same view held, not denied, is a welcome
    found = edges(extractor, COMMENTARY.format(view="believe", conj="and"))
    assert ("Harbour Trust", "SUPPORTS", "Westshire Review") in found
    assert ("Harbour Trust", "RESPONDED_TO", "Westshire Review") not in found


def test_a_present_rival_stance_still_leaves_the_voice_open(extractor):
    """Another body's stance told in the present is a second voice, whatever the tense rule."""
    text = COMMENTARY.format(view="do not believe", conj="or").replace(
        "The Westshire Office rejected", "The Westshire Office rejects")
    assert not {e for e in edges(extractor, text) if e[0] == "Harbour Trust"}


# --- "my" on a body's own page that names no author: the office or body the page speaks as

OWN_PAGE = """Harbour Trust

Family support in Westshire
{byline}
We work with kinship carers across Westshire. {sentence} As I set out in my report \
\u2018The Westshire Kinship Report\u2019 kinship carers need more support.
"""


def test_my_report_on_a_page_with_no_author_is_the_voices(extractor):
    found = edges(extractor, OWN_PAGE.format(byline="", sentence="In my Families Together Review, I heard from many carers."))
    assert ("Harbour Trust", "AUTHORED", "Families Together Review") in found
    # the title after the noun, which the parser hangs elsewhere
    assert ("Harbour Trust", "AUTHORED", "Westshire Kinship Report") in found


@pytest.mark.parametrize(
    ("byline", "sentence"),
    [
        # a byline names the writer: "my" is hers, not the body's
        ("\nBy Jane Porter\n", "In my Families Together Review, I heard from many carers."),
        # a quoted speaker's "my" is the speaker's
        ("", "\u201cIn my Families Together Review, I heard from many carers,\u201d said Jane Porter of Northgate Foundation."),
    ],
    ids=["byline", "quoted"],
)
def test_my_report_of_a_named_writer_is_not_the_voices(extractor, byline, sentence):
    found = edges(extractor, OWN_PAGE.format(byline=byline, sentence=sentence))
    assert ("Harbour Trust", "AUTHORED", "Families Together Review") not in found


def test_i_am_delighted_on_a_page_with_no_author_is_the_voices_welcome(extractor):
    text = OWN_PAGE.format(byline="", sentence="I am delighted to see the publication of the Families Together Review.")
    assert ("Harbour Trust", "SUPPORTS", "Families Together Review") in edges(extractor, text)
    # near miss: a byline names the writer, whose feeling it is, not the body's
    text = OWN_PAGE.format(byline="\nBy Jane Porter\n",
                           sentence="I am delighted to see the publication of the Families Together Review.")
    assert ("Harbour Trust", "SUPPORTS", "Families Together Review") not in edges(extractor, text)


# --- "it" as an object: the one text the sentence before names

LATER = """Harbour Trust

Family support in Westshire

We work with kinship carers across Westshire. Every child deserves a loving home. Families need help early. \
Carers need training.

Our helpline took 4,000 calls last year. Many carers told us they need money and advice.

{before} We welcome it and urge ministers to act.
"""


@pytest.mark.parametrize(
    ("before", "expected"),
    [
        ("The Northgate Office published the Westshire Review on Monday.", True),
        # two things named before: which one "it" is stays open
        ("The Westshire Review proposes the Family Bridges programme.", False),
    ],
)
def test_it_as_an_object_stands_for_the_one_text_named_before(extractor, before, expected):
    found = edges(extractor, LATER.format(before=before))
    assert (("Harbour Trust", "SUPPORTS", "Westshire Review") in found) is expected
    assert ("Harbour Trust", "SUPPORTS", "Family Bridges") not in found


def test_at_two_bodies_we_speaks_for_neither_alone(extractor):
    """"At X and Y, we ..." names two bodies: "we" is both, so neither is the page's voice."""
    one = ("Family support in Westshire\n\nAt the Harbour Trust, we believe every child deserves a family.\n\n"
           "We run the Family Bridges programme with local schools.\n")
    assert ("Harbour Trust", "RUNS", "Family Bridges") in edges(extractor, one)
    two = one.replace("At the Harbour Trust,", "At the Harbour Trust and the Northgate Foundation,")
    assert not {e for e in edges(extractor, two) if e[1] == "RUNS"}


FEELING = ("Family support in Westshire\n\nThe Harbour Trust is very pleased that the Westshire Review has been "
           "published.\n\nWe run the Family Bridges programme with local schools.\n")


def test_a_body_pleased_in_the_present_is_the_voice(extractor):
    """"X is pleased that ..." told in the simple present outside quotations: the page speaks as X."""
    assert ("Harbour Trust", "RUNS", "Family Bridges") in edges(extractor, FEELING)


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("Harbour Trust is very pleased", "Harbour Trust was very pleased"),          # a report, in the past
        ("Harbour Trust is very pleased", "Harbour Trust is not pleased"),            # negated
        ("Harbour Trust is very pleased", "Harbour Trust is very busy"),              # no feeling
        ("Harbour Trust is very pleased that", "Harbour Trust is very pleased and the Northgate Foundation "
                                               "is delighted that"),                  # two bodies
    ],
    ids=["past", "negated", "no-feeling", "two-bodies"],
)
def test_no_voice_from_a_feeling_reported_denied_or_of_two_bodies(extractor, old, new):
    text = FEELING.replace(old, new)
    assert not {e for e in edges(extractor, text) if e[1] == "RUNS"}, text


# a record of a transcript named in running text is an event the page tells; on a heading line it
# marks the page as the transcript itself ("we" there is a witness's side, never the page's)
_RECORD_OPENING = "Harbour Trust responds to the Westshire Review\n\nHarbour Trust welcomes the Westshire Review.\n\n"


@pytest.mark.parametrize(
    ("record", "speaks"),
    [
        ("We gave written and oral evidence to the Westshire Committee during its inquiry into family support "
         "last spring.", True),
        ("Our chief executive was quoted in Hansard after the Westshire Committee debated the review in the "
         "spring of last year.", True),
        ("Oral evidence: Family support in Westshire", False),
        ("Read Hansard text", False),
    ],
    ids=["oral-evidence-told", "hansard-told", "oral-evidence-heading", "hansard-heading"],
)
def test_a_record_marker_marks_a_transcript_only_on_a_heading_line(extractor, record, speaks):
    text = f"{_RECORD_OPENING}{record}\n\nWe run the Family Bridges programme with local schools.\n"
    found = ("Harbour Trust", "RUNS", "Family Bridges") in we_edges(extractor, text, "We run the Family Bridges")
    assert found is speaks


_SPEECH = ("{title}\n\nJane Porter, {posts}, spoke at the Westshire Conference in Eastborough.\n\n"
           "Thank you for having me today. We run the Family Bridges programme with local schools.\n")


@pytest.mark.parametrize(
    ("title", "posts", "speaks"),
    [
        ("Jane Porter's speech at the Westshire Conference", "Harbour Trust's chief executive", True),
        ("Jane Porter speech to the Westshire Conference", "Harbour Trust's chief executive", True),
        # near misses: a title naming no speech, a speaker with posts at two bodies
        ("Family support in Westshire", "Harbour Trust's chief executive", False),
        ("Jane Porter's speech at the Westshire Conference",
         "Harbour Trust's chief executive, spoke at the Westshire Forum last year. Jane Porter, chair of "
         "Northgate Foundation", False),
    ],
    ids=["possessive-title", "speech-to", "no-speech", "two-posts"],
)
def test_a_speech_title_speaks_as_the_speakers_one_body(extractor, title, posts, speaks):
    found = we_edges(extractor, _SPEECH.format(title=title, posts=posts), "We run the Family Bridges")
    assert (("Harbour Trust", "RUNS", "Family Bridges") in found) is speaks
    assert ("Northgate Foundation", "RUNS", "Family Bridges") not in found
