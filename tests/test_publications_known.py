"""Publications and their makers (session 9): relations between two gazetteer entries by what
they are (relations.yaml `known_relations`) beyond RESPONDED_TO, and the national documents of
the reform in the gazetteer. The first group uses invented entries and hand-built parses; the
second reads the repository's own entries with invented sentences, and near misses that must
not change."""

from __future__ import annotations

import pytest

from caregraph.core.ontology import PUBLICATION
from helpers import hand_parse as parse
from helpers import relations_found as found
from helpers import two_named_sentences, with_known_fact


def _with_fact(schema, relation: str, subject: str = "Harbour Summary", obj: str = "Westshire Review"):  # type: ignore[no-untyped-def]
    return with_known_fact(schema, subject, relation, obj)


def _two_sentences():  # type: ignore[no-untyped-def]
    """"Harbour Summary was published . Westshire Review was welcomed ."""
    return two_named_sentences("Harbour Summary", "Westshire Review")


NAMES = [(0, 2, PUBLICATION), (5, 7, PUBLICATION)]


def test_a_known_part_of_a_publication_holds_where_both_are_named(vocab, schema) -> None:  # type: ignore[no-untyped-def]
    doc = parse(vocab, _two_sentences())
    edges = found(doc, NAMES, _with_fact(schema, "PART_OF"))
    assert ("Harbour Summary", "PART_OF", "Westshire Review") in edges
    # the fact is of its own relation only: no response, and nothing without the fact
    assert ("Harbour Summary", "RESPONDED_TO", "Westshire Review") not in edges
    assert ("Harbour Summary", "PART_OF", "Westshire Review") not in found(doc, NAMES, schema)


@pytest.mark.parametrize("names", [
    [(0, 2, PUBLICATION)],                        # the whole is not named
    [(5, 7, PUBLICATION)],                        # the part is not named
    [(1, 2, PUBLICATION), (5, 7, PUBLICATION)],   # "Summary": a name that is not the entry's
])
def test_no_known_part_without_both_entries_named(vocab, schema, names) -> None:  # type: ignore[no-untyped-def]
    doc = parse(vocab, _two_sentences())
    assert not any(r == "PART_OF" for _, r, _ in found(doc, names, _with_fact(schema, "PART_OF")))


def test_the_repository_s_known_relations_name_their_sources(schema) -> None:  # type: ignore[no-untyped-def]
    facts = schema.relations.known_relations
    assert {f.relation for f in facts} >= {"RESPONDED_TO", "PART_OF"}
    assert all(f.source.strip() for f in facts)


# ------------------------------------------------------------------ the repository's own entries

def _result(extractor, text: str):  # type: ignore[no-untyped-def]
    result = extractor.process_text(text, doc_id="t")
    label = {e.key: e.label for e in result.entities}
    nodes = {(e.type, e.label) for e in result.entities}
    edges = {(label[r.source], r.relation, label[r.target]) for r in result.relations if r.relation != "MENTIONS"}
    return nodes, edges


CASE = ("A Case for Change", "PART_OF", "Independent Review of Children's Social Care")


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Harbour Trust read the Case for Change closely. The Independent Review of Children's Social Care "
    "will report next year.",
    "Independent Review of Children's Social Care\n\nCase for Change\n\nExecutive Summary\n\nFamilies in "
    "Westshire told us what help they need.",
])
def test_the_review_s_first_report_is_part_of_it_where_a_page_names_both(extractor, text) -> None:  # type: ignore[no-untyped-def]
    _nodes, edges = _result(extractor, text)
    assert CASE in edges


@pytest.mark.model
@pytest.mark.parametrize("text", [
    # the review is not named: nothing to be part of
    "Harbour Trust read the Case for Change closely and wrote to the minister.",
    # Scotland's review, which the page's context words choose: not the review the report is part of
    "Harbour Trust read the Case for Change closely. Fiona Duncan chaired the Independent Care Review "
    "for the Scottish Government in Scotland.",
])
def test_no_part_of_the_review_without_both_named(extractor, text) -> None:  # type: ignore[no-untyped-def]
    _nodes, edges = _result(extractor, text)
    assert CASE not in edges


@pytest.mark.model
@pytest.mark.parametrize(("text", "label"), [
    ("Harbour Trust welcomed the national kinship care strategy published in December.", "Championing Kinship Care"),
    ("Harbour Trust welcomed Championing Kinship Care when it was published.", "Championing Kinship Care"),
    # the title in sentence case, as the policy paper writes it
    ("The council will follow Keeping children safe, helping families thrive in its plans.",
     "Keeping Children Safe, Helping Families Thrive"),
    ("Westshire Council noted the expectations of the Families First Partnership Programme Guide.",
     "Families First Partnership Programme Guide"),
    ("Practice in Westshire follows the Children's Social Care National Framework.",
     "Children's Social Care National Framework"),
])
def test_the_national_documents_of_the_reform_are_publications(extractor, text, label) -> None:  # type: ignore[no-untyped-def]
    nodes, _edges = _result(extractor, text)
    assert (PUBLICATION, label) in nodes


@pytest.mark.model
@pytest.mark.parametrize(("text", "label"), [
    # a council's own strategy is not the national one
    ("Westshire Council adopted a new kinship care strategy in May.", "Championing Kinship Care"),
    # the programme is an initiative; only its guide is a publication
    ("Westshire Council joined the Families First Partnership Programme in April.",
     "Families First Partnership Programme Guide"),
])
def test_near_misses_of_the_national_documents(extractor, text, label) -> None:  # type: ignore[no-untyped-def]
    nodes, _edges = _result(extractor, text)
    assert (PUBLICATION, label) not in nodes


# ------------------------------------------------------------------ a title cut at its first word

@pytest.mark.model
def test_the_first_word_of_a_title_in_sentence_case_is_no_publication(extractor) -> None:  # type: ignore[no-untyped-def]
    nodes, _edges = _result(extractor, "We produced an analysis in 2014 called Mending a history of neglect.")
    assert not [label for type_, label in nodes if type_ == PUBLICATION]


@pytest.mark.model
@pytest.mark.parametrize(("text", "label"), [
    ("Our recent Forgotten report revealed gaps in support for carers.", "Forgotten"),    # its head noun
    ("She said she had read a memoir called Unfollow.", "Unfollow"),                      # the sentence ends
    ("Westshire Council noted the report Overlooked, which Harbour Trust wrote.", "Overlooked"),  # punctuation
])
def test_a_title_of_one_word_stays_a_publication(extractor, text, label) -> None:  # type: ignore[no-untyped-def]
    nodes, _edges = _result(extractor, text)
    assert (PUBLICATION, label) in nodes


# ------------------------------------------------------------------ a publication answering a list of others

def _listed(extractor, text: str) -> set[tuple[str, str]]:  # type: ignore[no-untyped-def]
    result = extractor.process_text(text, doc_id="t")
    label = {e.key: e.label for e in result.entities}
    return {(label[r.source], label[r.target]) for r in result.relations
            if r.relation == "RESPONDED_TO" and "responded-list" in r.rule.split("|")}


LIST = ("The Harbour Homes Strategy was published in March. The strategy responds to recommendations from the "
        "Kestrel Review, the Westby Panel Report on child protection in Westshire and the Marlowe Authority's "
        "market study of care provision.")


@pytest.mark.model
def test_a_capitalised_plural_of_answering_reads_the_list(extractor) -> None:  # type: ignore[no-untyped-def]
    """"the Recommendations from": the tagger's proper plural (NNPS), left unlemmatised."""
    listed = _listed(extractor, LIST.replace("responds to recommendations", "responds to the Recommendations"))
    assert ("Harbour Homes Strategy", "Westby Panel Report") in listed


@pytest.mark.model
def test_a_strategy_responds_to_each_publication_it_lists(extractor) -> None:  # type: ignore[no-untyped-def]
    listed = _listed(extractor, LIST)
    assert ("Harbour Homes Strategy", "Westby Panel Report") in listed
    assert any(s == "Harbour Homes Strategy" and o.startswith("Marlowe Authority's market study") for s, o in listed)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    # not stated: negated
    LIST.replace("The strategy responds to", "The strategy does not respond to"),
    # a body, not a publication, answers: the stance rules' business
    "Harbour Trust responds to recommendations from the Kestrel Review, the Westby Panel Report on child "
    "protection and the Marlowe Review of care provision.",
    # one publication only: the verb rule's
    "The Harbour Homes Strategy was published in March. The strategy responds to recommendations from the "
    "Kestrel Review. The Westby Panel Report was published in May.",
])
def test_no_list_response_in_near_misses(extractor, text) -> None:  # type: ignore[no-untyped-def]
    assert _listed(extractor, text) == set()


# a noun of answering ("is a considered response to findings from three reviews:") and the reviews
# themselves as the answered texts ("responded to reviews ..., among them A and B")
LISTED_BY_NOUN = ("The Harbour Homes Strategy was published in March.\n\n"
                  "The Harbour Homes Strategy is a considered response to findings from three earlier reviews:\n\n"
                  " \u2022 The Kestrel Review 2022;\n"
                  " \u2022 The Westby Panel Report on child protection in Westshire 2022;\n"
                  " \u2022 and a market study of care provision.\n\n"
                  "These reviews showed that the system is failing.")
PUBLISHED = "The Harbour Homes Strategy was published in March. "
TWO = "the Kestrel Review and the Westby Panel Report on child protection in Westshire"


@pytest.mark.model
@pytest.mark.parametrize("text", [
    LISTED_BY_NOUN,
    PUBLISHED + f"The Harbour Homes Strategy arrives in response to recommendations set out by {TWO}.",
    PUBLISHED + f"It was launched as a response to the recommendations in {TWO}.",
    PUBLISHED + f"The strategy responded to reviews that called for reform, among them {TWO}.",
])
def test_a_strategy_answers_each_review_a_noun_of_answering_lists(extractor, text) -> None:  # type: ignore[no-untyped-def]
    listed = _listed(extractor, text)
    assert ("Harbour Homes Strategy", "Westby Panel Report") in listed
    assert any(s == "Harbour Homes Strategy" and o.startswith("Kestrel Review") for s, o in listed)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    # the response is a scheme's, a common noun naming nothing, not the strategy inside its phrase
    PUBLISHED + f"The scheme, announced as part of the Harbour Homes Strategy, is a response to the recommendations of {TWO}.",
    # another's response
    PUBLISHED + f"Harbour Trust welcomed the government's response to the recommendations of {TWO}.",
    # negated
    PUBLISHED + f"The Harbour Homes Strategy is not a response to the recommendations of {TWO}.",
    # one review answered ("the review"), the others only named after it
    PUBLISHED + f"The strategy responded to the review that set out a vision, and {TWO} were discussed.",
])
def test_no_list_response_by_a_noun_in_near_misses(extractor, text) -> None:  # type: ignore[no-untyped-def]
    assert _listed(extractor, text) == set()
