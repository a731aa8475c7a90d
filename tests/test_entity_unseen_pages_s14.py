"""Entity boundaries and types on pages nobody tuned for (issue 15, session 14): two bodies
joined by "and" when the first has a remit of its own, a name's closing particle, a phrase with
"of" that only NER calls a person, forms of address, a place's branch of a party and a post's
holders in the plural, a story's opening day, a mixed-case short form in brackets, people named
inside a known title, a briefing named by its readers. Names and places are invented."""

from __future__ import annotations

import pytest

from helpers import text_entities as entities


@pytest.mark.model
def test_a_body_with_a_remit_joined_by_and_then_a_second_body_are_two(extractor):
    found = entities(extractor, "The project was led by Professor Jane Doe with colleagues at the Westshire Institute "
                                "of Epidemiology and Health Care and Kings College Eastborough, and began in 2018.")
    assert found.get("Westshire Institute of Epidemiology and Health Care") == "Organisation"
    assert found.get("Kings College Eastborough") == "Organisation"
    assert not any(label.endswith("and Kings College Eastborough") for label in found)


@pytest.mark.model
def test_a_remit_alone_stays_one_body(extractor):
    found = entities(extractor, "The Westshire Institute of Health and Social Care said it was pleased.")
    assert "Westshire Institute of Health and Social Care" in found


@pytest.mark.model
def test_a_capitalised_particle_closes_a_name(extractor):
    found = entities(extractor, "Findings from the Westby Children Grown Up project informed the council's plan.")
    assert "Westby Children Grown Up" in found
    assert "Up" not in found and "Westby Children Grown" not in found


def test_a_phrase_with_of_that_only_ner_calls_a_person_is_no_person(vocab, schema):
    from spacy.tokens import Doc

    from caregraph.extract.mentions.choose import _guessed_person_with_of

    rules = schema.entities
    ner = rules.weights["ner"]
    doc = Doc(vocab, words=["Memorandums", "of", "Understandings", "and", "Lord", "Hale", "of", "Westby"])
    assert _guessed_person_with_of(doc[0:3], [("Person", ner)], rules)
    assert not _guessed_person_with_of(doc[4:8], [("Person", ner)], rules)                  # a peer's title
    assert not _guessed_person_with_of(doc[0:3], [("Person", ner), ("Person", 3.0)], rules)  # other evidence
    assert not _guessed_person_with_of(doc[0:3], [("Organisation", ner)], rules)


@pytest.mark.model
def test_mr_speaker_is_a_form_of_address(extractor):
    found = entities(extractor, "With permission, Mr Speaker, I will make a statement on the Harbour Review.")
    assert "Speaker" not in found


@pytest.mark.model
def test_a_places_branch_of_a_party_is_one_body(extractor):
    found = entities(extractor, "Cllr Jane Doe, who represents Westby Central and is the Chair of Westby and "
                                "Eastborough Labour, spoke in the debate.")
    assert found.get("Westby and Eastborough Labour") == "Organisation"
    assert "Eastborough Labour" not in found


@pytest.mark.model
def test_a_posts_holders_in_the_plural_are_no_body(extractor):
    found = entities(extractor, "Labour Westshire County Councillors are calling on the authority to invest in "
                                "a kinship strategy.")
    assert not any(label.endswith("Councillors") for label in found)


@pytest.mark.model
def test_a_storys_opening_day_is_no_part_of_a_name(extractor):
    found = entities(extractor, "Today Harbour Trust said it was pleased with the plan.")
    assert "Harbour Trust" in found
    assert "Today Harbour Trust" not in found


def test_a_mixed_case_short_form_is_spelt_by_its_capitals():
    from caregraph.extract.resolve import _capitals_spell

    assert _capitals_spell("Harbour Kids Grown Up", "HaKiGro")
    assert _capitals_spell("Westby Care Partnership", "WeCaP")
    assert not _capitals_spell("Harbour Kids Grown Up", "Westby")     # one capital
    assert not _capitals_spell("Harbour Kids Grown Up", "KiGrUp")      # not from its first word
    assert not _capitals_spell("Harbour Kids", "HaKiGro")              # a capital no word opens


@pytest.mark.model
def test_a_mixed_case_short_form_in_brackets_is_the_name_it_follows(extractor):
    result = extractor.process_text("The work of the Harbour Kids Grown Up (HaKiGro) project, led by researchers "
                                    "from Westby University, was cited by the review. HaKiGro followed 500 people.",
                                    doc_id="t")
    named = [e for e in result.entities if "HaKiGro" in (e.label, *e.aliases) or e.label == "Harbour Kids Grown Up"]
    assert len(named) == 1


@pytest.mark.model
def test_people_named_inside_a_known_title_are_people(nlp, schema_copy):
    from caregraph.core.schema import load_schema
    from caregraph.extract.worker import Extractor

    path = schema_copy / "gazetteer.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("entries:\n", (
        "entries:\n  - {name: Westshire review into the deaths of Jane Doe and Amy Roe, type: Publication, "
        "source: invented}\n"), 1), encoding="utf-8")
    extractor = Extractor(nlp, load_schema(schema_copy))
    found = entities(extractor, "Our strategy responded to three reviews, including the Westshire review into the "
                                "deaths of Jane Doe and Amy Roe, and set out our plans.")
    assert found.get("Westshire review into the deaths of Jane Doe and Amy Roe") == "Publication"
    assert found.get("Jane Doe") == "Person"


@pytest.mark.model
def test_no_person_is_cut_from_a_known_titles_own_words(nlp, schema_copy):
    from caregraph.core.schema import load_schema
    from caregraph.extract.worker import Extractor

    path = schema_copy / "gazetteer.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("entries:\n", (
        "entries:\n  - {name: Westshire Care and Schools Bill, type: Publication, source: invented}\n"), 1),
        encoding="utf-8")
    extractor = Extractor(nlp, load_schema(schema_copy))
    found = entities(extractor, "Westshire Care and Schools Bill\n\nThe Westshire Care and Schools Bill was "
                                "welcomed by the Harbour Trust.")
    assert "Schools Bill" not in found


@pytest.mark.model
@pytest.mark.parametrize(("text", "body"), [
    ("Briefing for MPs on Westby Bill Committee\n\nThe Harbour Trust welcomes the Bill.", "Westby Bill Committee"),
    ("Briefing for the Westshire Public Services Committee debate on the strategy\n\nThe Harbour Trust "
     "welcomes the debate.", "Westshire Public Services Committee"),
])
def test_a_briefing_named_by_its_readers_names_the_body(extractor, text, body):
    found = entities(extractor, text)
    assert found.get(body) == "Organisation"
    assert not any(label.startswith("Briefing") for label in found)


@pytest.mark.model
def test_a_common_word_after_a_heading_is_no_party(extractor):
    found = entities(extractor, "Multi-agency Safeguarding Arrangements and System Reform\n\nThe Harbour Trust "
                                "welcomed the plan.")
    assert "Safeguarding Arrangements and System Reform" not in found


@pytest.mark.model
@pytest.mark.parametrize(("text", "body"), [
    ("Westshire County Council applied with support from the Assistant Chief Constable and the Director of "
     "Children's Services in the Westby and Eastby Integrated Care Board.", "Westby and Eastby Integrated Care Board"),
    ("Jane Doe, Director of Children's Services at Westshire County Council, said it was good.",
     "Westshire County Council"),
])
def test_a_post_and_its_remit_before_in_or_at_leave_the_body(extractor, text, body):
    found = entities(extractor, text)
    assert found.get(body) == "Organisation"
    assert not any(label.startswith(("Assistant", "Director", "Children's Services")) for label in found)


@pytest.mark.model
def test_a_draft_is_the_text_it_drafts(extractor):
    result = extractor.process_text(
        "Each council must publish a Westby Kinship Offer. The Draft Westby Kinship Offer was presented to the "
        "Commission. The Westby Kinship Offer must include support groups.", doc_id="t")
    labels = [e.label for e in result.entities if "Kinship Offer" in e.label]
    assert labels == ["Westby Kinship Offer"]


@pytest.mark.model
def test_a_grant_is_an_initiative_and_a_word_in_brackets_is_inside_its_name(extractor):
    found = entities(extractor, "This determination may be cited as the Westshire Transformation (Revenue) Grant. "
                                "Jane Grant said the Harbour Families Grant was welcome.")
    assert found.get("Harbour Families Grant") == "Initiative"
    assert found.get("Jane Grant") == "Person"
    assert "Revenue" not in found


@pytest.mark.model
def test_a_cue_above_a_blank_line_types_nothing_below_it(extractor):
    found = entities(extractor, "Around 500 families could be helped by the pilot\n\nAuthor: Jane Doe\n\n"
                                "The Harbour Trust welcomed the pilot.")
    assert "Author" not in found


@pytest.mark.model
def test_a_plural_opening_a_sentence_of_a_word_written_in_lower_case_is_no_name(extractor):
    found = entities(extractor, "The review said a serious case review had been held. Reviews were often prompted "
                                "by a particular case, Jane Doe said.")
    assert "Reviews" not in found


@pytest.mark.model
def test_a_place_and_a_councils_initials_are_a_body(extractor):
    found = entities(extractor, "Jane Doe, executive director for children at Westshire CC, said it was good.")
    assert found.get("Westshire CC") == "Organisation"


@pytest.mark.model
def test_a_preposition_closing_a_span_is_no_part_of_the_name(nlp, schema):
    from caregraph.extract.mentions.voters import trim_span

    doc = nlp("Jane Doe, Cabinet member for Education and Skills at Westby Council, welcomed it.")
    at = next(t.i for t in doc if t.text == "at")
    skills = next(t.i for t in doc if t.text == "Skills")
    assert trim_span(doc, skills, at + 1, schema.entities) == (skills, skills + 1)


@pytest.mark.model
def test_a_papers_noun_before_on_still_heads_its_title(extractor):
    found = entities(extractor, "Briefing on the Harbour Scheme\n\nThe Harbour Trust welcomes it.")
    assert found.get("Briefing on the Harbour Scheme") == "Publication"


@pytest.mark.model
def test_the_childrens_rights_treaty_is_known_by_its_initials(extractor):
    result = extractor.process_text("The Westshire plan calls for the full incorporation of the UN Convention on the "
                                    "Rights of the Child (UNCRC) into law. The UNCRC sets out children's rights.",
                                    doc_id="t")
    named = [e for e in result.entities if e.label == "UN Convention on the Rights of the Child"]
    assert len(named) == 1 and named[0].type == "Publication"
    assert not any(e.label in ("UN Convention", "UNCRC") for e in result.entities)


@pytest.mark.model
def test_a_peers_see_of_two_towns_is_one_name(extractor):
    found = entities(extractor, "Present: Lord Hale; The Lord Bishop of Westby and Eastborough; Baroness Porter.")
    assert found.get("Lord Bishop of Westby and Eastborough") == "Person"
    assert "Eastborough" not in found
    found = entities(extractor, "Lord Hale of Westby and Lady Porter of Eastby spoke.")
    assert "Lord Hale of Westby" in found and "Lady Porter of Eastby" in found
