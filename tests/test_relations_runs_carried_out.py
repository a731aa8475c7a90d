"""RUNS by the places a programme is carried out in: "the roll-out of the Y model in A and B"
(kind carried_out_in) and the areas a copula lists, "The Y pilot areas are A, B and C", or
"The local authorities analysed are A, B and C" after "the roll-out of Y in five local
authorities" (kind members). Hand-built parses for the shapes, invented sentences through
the trained pipeline, each with near misses that must not fire."""

from __future__ import annotations

import pytest

from caregraph.core.ontology import INITIATIVE, ORGANISATION, PLACE
from helpers import hand_parse as parse
from helpers import relations_found as found
from helpers import text_relations as relations


def _carried_rows(noun: tuple[str, ...], *, agent: bool = False):  # type: ignore[no-untyped-def]
    """"the {noun} of Kinship Link [by Harbour Trust] in Westshire and Eastmoor ."; `noun` is
    one word or the three tokens the parser makes of a hyphenated one ("roll", "-", "out")."""
    rows = [("the", len(noun), "det", "DET", "DT", "the")]
    if len(noun) == 3:
        rows += [(noun[0], 3, "compound", "NOUN", "NN", noun[0]), (noun[1], 3, "punct", "PUNCT", "HYPH", "-")]
    head = len(rows)
    rows.append((noun[-1], head, "ROOT", "NOUN", "NN", noun[-1]))
    of = len(rows)
    rows += [("of", head, "prep", "ADP", "IN", "of"), ("Kinship", of + 2, "compound", "PROPN", "NNP", "Kinship"),
             ("Link", of, "pobj", "PROPN", "NNP", "Link")]
    if agent:
        by = len(rows)
        rows += [("by", head, "agent", "ADP", "IN", "by"), ("Harbour", by + 2, "compound", "PROPN", "NNP", "Harbour"),
                 ("Trust", by, "pobj", "PROPN", "NNP", "Trust")]
    in_ = len(rows)
    rows += [("in", of + 2, "prep", "ADP", "IN", "in"), ("Westshire", in_, "pobj", "PROPN", "NNP", "Westshire"),
             ("and", in_ + 1, "cc", "CCONJ", "CC", "and"), ("Eastmoor", in_ + 1, "conj", "PROPN", "NNP", "Eastmoor"),
             (".", head, "punct", "PUNCT", ".", ".")]
    return rows


def _carried_names(rows):  # type: ignore[no-untyped-def]
    words = [r[0] for r in rows]
    k, w, e = words.index("Kinship"), words.index("Westshire"), words.index("Eastmoor")
    names = [(k, k + 2, INITIATIVE), (w, w + 1, PLACE), (e, e + 1, PLACE)]
    if "Harbour" in words:
        h = words.index("Harbour")
        names.append((h, h + 2, ORGANISATION))
    return sorted(names)


@pytest.mark.parametrize("noun", [("roll", "-", "out"), ("rollout",), ("introduction",), ("implementation",)])
def test_the_places_a_programme_is_rolled_out_in_run_it(vocab, schema, noun) -> None:  # type: ignore[no-untyped-def]
    rows = _carried_rows(noun)
    assert found(parse(vocab, rows), _carried_names(rows), schema) == {
        ("Westshire", "RUNS", "Kinship Link"), ("Eastmoor", "RUNS", "Kinship Link")}


@pytest.mark.parametrize("noun", [("evaluation",), ("funding",), ("criticism",)])
def test_a_text_or_money_for_a_programme_in_a_place_is_no_running(vocab, schema, noun) -> None:  # type: ignore[no-untyped-def]
    # "the evaluation of Kinship Link in Westshire": merely a place the programme is named with
    rows = _carried_rows(noun)
    assert found(parse(vocab, rows), _carried_names(rows), schema) == set()


def test_a_roll_out_by_a_named_body_is_not_the_places(vocab, schema) -> None:  # type: ignore[no-untyped-def]
    # "the roll-out of Kinship Link by Harbour Trust in Westshire": Harbour Trust's, not the place's
    rows = _carried_rows(("roll", "-", "out"), agent=True)
    assert not any(rel == "RUNS" and src in ("Westshire", "Eastmoor")
                   for src, rel, _ in found(parse(vocab, rows), _carried_names(rows), schema))


def _copula_rows(subject: list[tuple[str, int, str, str, str, str]], *, negated: bool = False):  # type: ignore[no-untyped-def]
    """"{subject} are [not] Westshire , Eastmoor and Northby .": `subject` rows hang on the
    copula at index len(subject)."""
    be = len(subject)
    rows = [*subject, ("are", be, "ROOT", "AUX", "VBP", "be")]
    if negated:
        rows.append(("not", be, "neg", "PART", "RB", "not"))
    w = len(rows)
    rows += [("Westshire", be, "attr", "PROPN", "NNP", "Westshire"), (",", w, "punct", "PUNCT", ",", ","),
             ("Eastmoor", w, "conj", "PROPN", "NNP", "Eastmoor"), ("and", w + 2, "cc", "CCONJ", "CC", "and"),
             ("Northby", w + 2, "conj", "PROPN", "NNP", "Northby"), (".", be, "punct", "PUNCT", ".", ".")]
    return rows


_PILOT_AREAS = [("The", 4, "det", "DET", "DT", "the"), ("Kinship", 2, "compound", "PROPN", "NNP", "Kinship"),
                ("Link", 4, "compound", "PROPN", "NNP", "Link"), ("pilot", 4, "compound", "NOUN", "NN", "pilot"),
                ("areas", 5, "nsubj", "NOUN", "NNS", "area")]


def _copula_names(rows):  # type: ignore[no-untyped-def]
    words = [r[0] for r in rows]
    names = [(words.index(p), words.index(p) + 1, PLACE) for p in ("Westshire", "Eastmoor", "Northby")]
    if "Kinship" in words:
        names.append((words.index("Kinship"), words.index("Kinship") + 2, INITIATIVE))
    return sorted(names)


def test_the_areas_a_copula_lists_for_a_named_pilot_run_it(vocab, schema) -> None:  # type: ignore[no-untyped-def]
    rows = _copula_rows(_PILOT_AREAS)
    assert found(parse(vocab, rows), _copula_names(rows), schema) == {
        (p, "RUNS", "Kinship Link") for p in ("Westshire", "Eastmoor", "Northby")}


def test_the_areas_a_negated_copula_lists_run_nothing(vocab, schema) -> None:  # type: ignore[no-untyped-def]
    rows = _copula_rows(_PILOT_AREAS, negated=True)
    assert not any(rel == "RUNS" for _, rel, _ in found(parse(vocab, rows), _copula_names(rows), schema))


def test_areas_of_another_kind_name_no_programme(vocab, schema) -> None:  # type: ignore[no-untyped-def]
    # "The areas of concern are Westshire, Eastmoor and Northby": no programme anywhere
    subject = [("The", 1, "det", "DET", "DT", "the"), ("areas", 4, "nsubj", "NOUN", "NNS", "area"),
               ("of", 1, "prep", "ADP", "IN", "of"), ("concern", 2, "pobj", "NOUN", "NN", "concern")]
    rows = _copula_rows(subject)
    assert found(parse(vocab, rows), _copula_names(rows), schema) == set()


# --------------------------------------------------------------------------- with the model


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The evaluation looks at the roll-out of the Kinship Link model in Dorset and Kent.",
        "The introduction of the Kinship Link programme in Dorset and Kent has been a success.",
        "The Kinship Link pilot areas are Dorset, Kent and Essex.",
        "This project evaluates the rollout of the Kinship Link model in five local authorities, as part of the "
        "Harbour Trust's Bright Futures programme. The local authorities analysed are Dorset, Kent and Essex.",
    ],
)
def test_places_a_programme_is_carried_out_in_run_it(extractor, text) -> None:  # type: ignore[no-untyped-def]
    found_ = relations(extractor, text)
    assert ("Dorset", "RUNS", "Kinship Link") in found_
    assert ("Kent", "RUNS", "Kinship Link") in found_
    # the other programme of the sentence is no one's in these places
    assert ("Dorset", "RUNS", "Bright Futures") not in found_


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The evaluation of the Kinship Link model in Dorset and Kent has been published.",
        "The roll-out of the Kinship Link programme by Harbour Trust in Dorset and Kent is welcome.",
        "The councils that criticised the Kinship Link programme are Dorset, Kent and Essex.",
        "The areas of concern are Dorset, Kent and Essex.",
        "The Kinship Link pilot areas are not Dorset, Kent and Essex.",
        "Funding for the Kinship Link programme in Dorset and Kent will rise.",
    ],
)
def test_a_programme_merely_named_beside_places_is_not_theirs(extractor, text) -> None:  # type: ignore[no-untyped-def]
    found_ = relations(extractor, text)
    assert not any(src in ("Dorset", "Kent", "Essex") and rel == "RUNS" for src, rel, _ in found_)


# --------------------------------------------------------------------------- a group the copula names


def _group_rows(*, among: bool, verb: tuple[str, str] = ("testing", "test"), negated: bool = False):  # type: ignore[no-untyped-def]
    """"Westshire and Eastmoor are [not] among the areas testing Kinship Link ." (among) or
    "Westshire and Eastmoor are [not] the first areas to pilot Kinship Link ."."""
    rows = [("Westshire", 3, "nsubj", "PROPN", "NNP", "Westshire"), ("and", 0, "cc", "CCONJ", "CC", "and"),
            ("Eastmoor", 0, "conj", "PROPN", "NNP", "Eastmoor"), ("are", 3, "ROOT", "AUX", "VBP", "be")]
    if negated:
        rows.append(("not", 3, "neg", "PART", "RB", "not"))
    at = len(rows)
    if among:
        rows += [("among", 3, "prep", "ADP", "IN", "among"), ("the", at + 2, "det", "DET", "DT", "the"),
                 ("areas", at, "pobj", "NOUN", "NNS", "area"), (verb[0], at + 2, "acl", "VERB", "VBG", verb[1])]
        obj = at + 4
    else:
        rows += [("the", at + 2, "det", "DET", "DT", "the"), ("first", at + 2, "amod", "ADJ", "JJ", "first"),
                 ("areas", 3, "attr", "NOUN", "NNS", "area"), ("to", at + 4, "aux", "PART", "TO", "to"),
                 (verb[0], at + 2, "acl", "VERB", "VB", verb[1])]
        obj = at + 5
    rows += [("Kinship", obj + 1, "compound", "PROPN", "NNP", "Kinship"), ("Link", obj - 1, "dobj", "PROPN", "NNP", "Link"),
             (".", 3, "punct", "PUNCT", ".", ".")]
    names = [(0, 1, PLACE), (2, 3, PLACE), (obj, obj + 2, INITIATIVE)]
    return rows, names


@pytest.mark.parametrize(("among", "verb"), [(True, ("testing", "test")), (False, ("pilot", "pilot")),
                                             (True, ("delivering", "deliver")), (False, ("join", "join"))])
def test_places_said_to_be_among_the_areas_running_a_programme_run_it(vocab, schema, among, verb) -> None:  # type: ignore[no-untyped-def]
    rows, names = _group_rows(among=among, verb=verb)
    assert found(parse(vocab, rows), names, schema) == {
        ("Westshire", "RUNS", "Kinship Link"), ("Eastmoor", "RUNS", "Kinship Link")}


@pytest.mark.parametrize(("among", "verb", "negated"), [(True, ("criticising", "criticise"), False),
                                                        (False, ("scrap", "scrap"), False),
                                                        (True, ("testing", "test"), True),
                                                        (False, ("pilot", "pilot"), True)])
def test_a_group_that_criticises_undoes_or_is_denied_runs_nothing(vocab, schema, among, verb, negated) -> None:  # type: ignore[no-untyped-def]
    rows, names = _group_rows(among=among, verb=verb, negated=negated)
    assert not any(rel == "RUNS" for _, rel, _ in found(parse(vocab, rows), names, schema))


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Dorset and Kent are among the areas testing the Kinship Link programme.",
        "Dorset, Kent and Essex are the first areas to pilot the Kinship Link programme.",
        "The Kinship Link programme is operating in Dorset, Kent and Essex.",
        "The Kinship Link programme has been introduced across Dorset and Kent.",
    ],
)
def test_places_among_a_programmes_areas_or_where_it_operates_run_it(extractor, text) -> None:  # type: ignore[no-untyped-def]
    found_ = relations(extractor, text)
    assert ("Dorset", "RUNS", "Kinship Link") in found_
    assert ("Kent", "RUNS", "Kinship Link") in found_


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Dorset and Kent are among the councils that scrapped the Kinship Link programme.",
        "Dorset and Kent are not among the areas testing the Kinship Link programme.",
        "Dorset and Kent are among the areas that criticised the Kinship Link programme.",
        "Dorset and Kent are the areas most worried about the Kinship Link programme.",
        "The Kinship Link programme was praised in Dorset and Kent.",
    ],
)
def test_places_that_oppose_or_only_discuss_a_programme_run_nothing(extractor, text) -> None:  # type: ignore[no-untyped-def]
    assert not any(rel == "RUNS" for _, rel, _ in relations(extractor, text))


# --------------------------------------------------------------------------- "one of three pathfinder areas"


def _pathfinder_areas_rows(*, negated: bool = False):  # type: ignore[no-untyped-def]
    """"Westshire is [not] one of three Kinship Link pathfinder areas .": the place in a
    programme modifies the group noun."""
    rows = [("Westshire", 1, "nsubj", "PROPN", "NNP", "Westshire"), ("is", 1, "ROOT", "AUX", "VBZ", "be")]
    if negated:
        rows.append(("not", 1, "neg", "PART", "RB", "not"))
    o = len(rows)
    rows += [("one", 1, "attr", "NUM", "CD", "one"), ("of", o, "prep", "ADP", "IN", "of"),
             ("three", o + 6, "nummod", "NUM", "CD", "three"), ("Kinship", o + 4, "compound", "PROPN", "NNP", "Kinship"),
             ("Link", o + 5, "compound", "PROPN", "NNP", "Link"), ("pathfinder", o + 6, "compound", "NOUN", "NN", "pathfinder"),
             ("areas", o + 1, "pobj", "NOUN", "NNS", "area"), (".", 1, "punct", "PUNCT", ".", ".")]
    return rows, [(0, 1, PLACE), (o + 3, o + 5, INITIATIVE)]


def test_one_of_a_programmes_pathfinder_areas_runs_it(vocab, schema) -> None:  # type: ignore[no-untyped-def]
    rows, names = _pathfinder_areas_rows()
    assert found(parse(vocab, rows), names, schema) == {("Westshire", "RUNS", "Kinship Link")}


def test_not_one_of_a_programmes_pathfinder_areas_runs_nothing(vocab, schema) -> None:  # type: ignore[no-untyped-def]
    rows, names = _pathfinder_areas_rows(negated=True)
    assert found(parse(vocab, rows), names, schema) == set()


@pytest.mark.model
def test_a_council_chosen_as_one_of_the_pathfinder_organisations_runs_the_pathfinder(extractor) -> None:  # type: ignore[no-untyped-def]
    text = ("Council implements reforms as part of the Kinship Link Pathfinder. Westshire County Council has announced "
            "new reforms. The council was selected last year by the Government to be one of three pathfinder "
            "organisations to design major reforms.")
    assert ("Westshire County Council", "RUNS", "Kinship Link Pathfinder") in relations(extractor, text)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Eastmoor Council runs the Kinship Link Pathfinder. Westshire County Council criticised the pathfinder councils.",
        "Eastmoor Council runs the Kinship Link Pathfinder. Westshire County Council received pathfinder funding.",
        "Eastmoor Council runs the Kinship Link Pathfinder. Westshire County Council is not one of the pathfinder councils.",
        "Eastmoor Council runs the Kinship Link Pathfinder. Westshire County Council is a trailblazer council.",
    ],
)
def test_a_council_beside_pathfinder_words_it_is_not_said_to_be_runs_nothing(extractor, text) -> None:  # type: ignore[no-untyped-def]
    assert ("Westshire County Council", "RUNS", "Kinship Link Pathfinder") not in relations(extractor, text)


@pytest.mark.model
def test_areas_urged_to_apply_to_become_pilot_areas_run_nothing(extractor) -> None:  # type: ignore[no-untyped-def]
    text = ("Eastmoor Council runs the Kinship Link Pilot. We encourage local authorities to apply to become one of "
            "the 10 pilot areas. Westshire County Council hopes to become one of the 10 pilot areas.")
    assert not any(rel == "RUNS" and src != "Eastmoor Council" for src, rel, _ in relations(extractor, text))
