"""Entity merges and type votes of session 4 (issue 15): an ampersand spelling, a short form in
the other number, context that speaks against a person, and the evidence that names a firm.
Names and sentences are invented; merge rules run on hand-built entities."""

from __future__ import annotations

import pytest

from caregraph.core.records import Entity
from caregraph.extract.resolve import merge_entities


def _entity(key: str, label: str, type_: str, *, weight: float = 2.0, doc: str = "d") -> Entity:
    return Entity(key=key, label=label, type=type_, aliases=(), mentions=1, documents=(doc,),
                  evidence="", votes=((type_, weight),))


def entities(extractor, text: str) -> dict[str, Entity]:  # type: ignore[no-untyped-def]
    return {e.label: e for e in extractor.process_text(text, doc_id="t").entities}


def _groups(schema, entities, *, scope: str = "d") -> list[set[str]]:  # type: ignore[no-untyped-def]
    _merged, mapping = merge_entities(entities, schema.entities, scope=scope)
    groups: dict[str, set[str]] = {}
    for e in entities:
        groups.setdefault(mapping[e.key], set()).add(e.label)
    return sorted(groups.values(), key=lambda g: sorted(g))


# ------------------------------------------------------------------ merges


def test_an_ampersand_and_the_word_and_spell_one_name(schema) -> None:  # type: ignore[no-untyped-def]
    ents = [_entity("a", "Homes & Wellbeing Scrutiny Committee", "Organisation", doc="a"),
            _entity("b", "Homes and Wellbeing Scrutiny Committee", "Organisation", doc="b")]
    assert _groups(schema, ents, scope="") == [{"Homes & Wellbeing Scrutiny Committee",
                                                "Homes and Wellbeing Scrutiny Committee"}]


def test_an_ampersand_name_does_not_join_a_name_without_one_of_its_words(schema) -> None:  # type: ignore[no-untyped-def]
    ents = [_entity("a", "Homes & Wellbeing Scrutiny Committee", "Organisation", doc="a"),
            _entity("b", "Homes Scrutiny Committee", "Organisation", doc="b"),
            _entity("c", "Wellbeing Scrutiny Committee", "Organisation", doc="c")]
    assert len(_groups(schema, ents, scope="")) == 3


def test_a_short_form_in_the_plural_joins_the_one_longer_name(schema) -> None:  # type: ignore[no-untyped-def]
    ents = [_entity("a", "Harbour Homes Pilots", "Initiative", doc="a"),
            _entity("b", "Harbour Homes Family Pilot", "Initiative", doc="b")]
    assert _groups(schema, ents, scope="") == [{"Harbour Homes Pilots", "Harbour Homes Family Pilot"}]


def test_a_plural_short_form_with_two_longer_names_joins_neither(schema) -> None:  # type: ignore[no-untyped-def]
    ents = [_entity("a", "Harbour Homes Pilots", "Initiative", doc="a"),
            _entity("b", "Harbour Homes Family Pilot", "Initiative", doc="b"),
            _entity("c", "Harbour Homes Kinship Pilot", "Initiative", doc="c")]
    assert len(_groups(schema, ents, scope="")) == 3


def test_a_plural_short_form_of_another_type_stays_apart(schema) -> None:  # type: ignore[no-untyped-def]
    ents = [_entity("a", "Harbour Homes Pilots", "Initiative", doc="a"),
            _entity("b", "Harbour Homes Family Pilots Report", "Publication", doc="b")]
    assert len(_groups(schema, ents, scope="")) == 2


# ------------------------------------------------------------------ doubts about a person


def _doc(vocab, words: list[str]):  # type: ignore[no-untyped-def]
    from spacy.tokens import Doc

    return Doc(vocab, words=words)


def test_a_quoted_term_is_quoted(vocab) -> None:  # type: ignore[no-untyped-def]
    from caregraph.extract.mentions import doubts

    doc = _doc(vocab, ["went", "through", "\u2018", "Harbour", "Line", "\u2019", "last", "year"])
    assert doubts.quoted(doc, 3, 5)
    assert not doubts.quoted(doc, 3, 4)  # a quotation that goes on is not this name's
    plain = _doc(vocab, ["met", "Harbour", "Line", "today"])
    assert not doubts.quoted(plain, 1, 3)


def test_a_bracketed_acronym_ending_in_the_names_initials_is_defined(vocab) -> None:  # type: ignore[no-untyped-def]
    from caregraph.extract.mentions import doubts

    skip = frozenset({"of", "and", "the"})
    doc = _doc(vocab, ["Single", "Harbour", "Index", "(", "SHI", ")", "is", "new"])
    assert doubts.defines_acronym(doc, 0, 3, skip)
    assert doubts.defines_acronym(doc, 1, 3, skip)   # the cut name "Harbour Index" too
    party = _doc(vocab, ["Jane", "Porter", "(", "SNP", ")", "asked"])
    assert not doubts.defines_acronym(party, 0, 2, skip)   # a member's party, not her initials
    lower = _doc(vocab, ["Jane", "Porter", "(", "jp", ")"])
    assert not doubts.defines_acronym(lower, 0, 2, skip)


def test_a_name_the_text_writes_in_lower_case_is_found() -> None:
    from caregraph.extract.mentions import doubts

    text = doubts.WordStarts("The Harbour Help Strategy sets out how harbour help will reach families.")
    assert doubts.written_in_lower_case(text, "Harbour Help")
    assert not doubts.written_in_lower_case(text, "Help Strategy")
    # one word is not enough ("Rose" and "a rose"), nor a part of a longer word
    assert not doubts.written_in_lower_case(doubts.WordStarts("Rose said a rose is red."), "Rose")
    assert not doubts.written_in_lower_case(doubts.WordStarts("the harbour helpers came"), "Harbour Help")


@pytest.mark.model
def test_a_quoted_term_ner_calls_a_person_is_no_person(extractor) -> None:  # type: ignore[no-untyped-def]
    found = entities(extractor, "Teachers who passed through 'Clear Path' now lead schools.")
    assert all(e.type != "Person" for label, e in found.items() if "Clear Path" in label)


@pytest.mark.model
def test_a_name_with_an_acronym_ner_calls_a_person_is_no_person(extractor) -> None:  # type: ignore[no-untyped-def]
    found = entities(extractor, "3. Common Pupil Identifier (CPI)\nSchools will use one number.")
    assert all(e.type != "Person" for label, e in found.items() if "Identifier" in label)


@pytest.mark.model
def test_a_name_the_text_writes_in_lower_case_is_no_person(extractor) -> None:  # type: ignore[no-untyped-def]
    found = entities(extractor, "The Westby plan covers Carer Help and High Needs services, and carer help "
                                "will reach more homes.")
    assert all(e.type != "Person" for label, e in found.items() if "Carer Help" in label)


@pytest.mark.model
def test_a_person_with_evidence_of_her_own_stays_a_person_in_quotes(extractor) -> None:  # type: ignore[no-untyped-def]
    found = entities(extractor, "The winner, 'Marianne Oduya', said she was delighted. "
                                "Dr Marianne Oduya runs a youth club in Westby.")
    assert found["Marianne Oduya"].type == "Person"


@pytest.mark.model
def test_a_member_and_her_party_in_brackets_stays_a_person(extractor) -> None:  # type: ignore[no-untyped-def]
    found = entities(extractor, "Jane Porter (SNP) asked the Minister about kinship carers.")
    assert found["Jane Porter"].type == "Person"


# ------------------------------------------------------------------ firms named by two surnames


@pytest.mark.model
def test_a_bare_name_is_the_firm_the_text_names_with_its_legal_form(extractor) -> None:  # type: ignore[no-untyped-def]
    found = entities(extractor, "Harbour Lane LLP advises councils. Partner Jane Porter said Harbour Lane "
                                "would publish a guide.")
    assert found["Harbour Lane LLP"].type == "Organisation"
    assert "Harbour Lane" not in found   # one firm, not a person beside it
    assert found["Jane Porter"].type == "Person"


@pytest.mark.model
def test_a_bare_name_is_the_firm_the_text_names_with_its_trade_word(extractor) -> None:  # type: ignore[no-untyped-def]
    found = entities(extractor, "Bevan Hart Solicitors is advising. Contact Bevan Hart for help.")
    assert [e.type for label, e in found.items() if label.startswith("Bevan Hart")] == ["Organisation"]


@pytest.mark.model
def test_a_person_who_names_her_company_stays_a_person(extractor) -> None:  # type: ignore[no-untyped-def]
    found = entities(extractor, "Marianne Oduya founded Oduya Brook Ltd in 2010. Marianne Oduya said she was proud.")
    assert found["Marianne Oduya"].type == "Person"
    assert found["Oduya Brook Ltd"].type == "Organisation"


@pytest.mark.model
def test_a_name_after_law_firm_is_an_organisation(extractor) -> None:  # type: ignore[no-untyped-def]
    found = entities(extractor, "The law firm Harbour Lane has advised councils on the Bill.")
    assert found["Harbour Lane"].type == "Organisation"


@pytest.mark.model
def test_a_possessor_of_a_named_team_is_an_organisation(extractor) -> None:  # type: ignore[no-untyped-def]
    found = entities(extractor, "Tobin Ashe's children team reviewed the Bill.")
    assert found["Tobin Ashe"].type == "Organisation"


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Jane Porter's own team met the Minister.",                     # a given name outweighs it
    "Tobin Ashe's children team reviewed the Bill. Tobin Ashe said he was pleased.",  # he, and speech
    "Tobin Ashe's team reviewed the Bill. Tobin Ashe said he was pleased.",  # a bare team is anyone's
])
def test_a_person_with_a_team_stays_a_person(extractor, text: str) -> None:  # type: ignore[no-untyped-def]
    found = entities(extractor, text)
    person = next(e for label, e in found.items() if label in ("Jane Porter", "Tobin Ashe"))
    assert person.type == "Person"


def test_unit_after_needs_a_lower_case_modifier(vocab, schema) -> None:  # type: ignore[no-untyped-def]
    from caregraph.extract.mentions.choose import _unit_after

    rules = schema.entities
    words = ["X", "'s", "public", "law", "team", "said"]
    assert _unit_after(_doc(vocab, words), 2, rules)
    assert not _unit_after(_doc(vocab, ["X", "'s", "team", "said"]), 2, rules)
    assert not _unit_after(_doc(vocab, ["X", "'s", "Westby", "team"]), 2, rules)
    assert not _unit_after(_doc(vocab, ["X", "'s", "plan", "for", "the", "team"]), 2, rules)


# ------------------------------------------------------------------ a name of a set of pilots


@pytest.mark.model
def test_a_name_only_used_before_pilots_names_the_pilots(extractor) -> None:  # type: ignore[no-untyped-def]
    found = entities(extractor, "All seven Harbour Network pilots are in delivery. Councils confirmed new "
                                "Harbour Network pilots "
                                "in May, with a focus on Harbour Network meetings.")
    assert found["Harbour Network pilots"].type == "Initiative"
    assert "Harbour Network" not in found   # its modifier uses are the pilots', not a network's


@pytest.mark.model
def test_a_name_without_a_head_before_pathfinders_is_the_initiative(extractor) -> None:  # type: ignore[no-untyped-def]
    found = entities(extractor, "Two councils will run Kinship Link pathfinders from April.")
    assert found["Kinship Link"].type == "Initiative"
    assert "Kinship Link pathfinders" not in found


@pytest.mark.model
def test_a_body_that_also_stands_alone_keeps_its_name_before_pilots(extractor) -> None:  # type: ignore[no-untyped-def]
    found = entities(extractor, "The Harbour Trust said it would help. The Harbour Trust pilots begin in May.")
    assert found["Harbour Trust"].type == "Organisation"
    assert not any(label.endswith("pilots") for label in found)


@pytest.mark.model
def test_a_singular_cue_noun_is_not_taken_into_the_name(extractor) -> None:  # type: ignore[no-untyped-def]
    found = entities(extractor, "Westshire Council will expand the Open Doors programme next year.")
    assert "Open Doors" in found
    assert not any(label.endswith("programme") for label in found)


# ------------------------------------------------------------------ council-paper boundaries


@pytest.mark.model
def test_a_name_does_not_run_on_into_the_role_it_is_sent_to(extractor) -> None:  # type: ignore[no-untyped-def]
    found = entities(extractor, "Cabinet will delegate approval of Terms of Reference to the Chief Executive "
                                "in Consultation with the Leader.")
    assert not any("Chief Executive" in label or "Consultation" in label for label in found)


@pytest.mark.model
def test_a_body_after_a_role_and_in_is_the_body(extractor) -> None:  # type: ignore[no-untyped-def]
    found = entities(extractor, "The Chief Executive in Westshire County Council wrote to parents.")
    assert found["Westshire County Council"].type == "Organisation"
    assert not any(label.startswith("Chief") for label in found)


@pytest.mark.model
@pytest.mark.parametrize("text, name", [
    ("The Road to Recovery strategy was published in May.", "Road to Recovery"),
    ("The Association of Chief Police Officers responded to the plan.", "Association of Chief Police Officers"),
])
def test_to_and_of_inside_a_name_that_no_role_follows_stay(extractor, text: str, name: str) -> None:  # type: ignore[no-untyped-def]
    assert name in entities(extractor, text)


# ------------------------------------------------------------------ quoted titles


@pytest.mark.model
def test_a_sentence_case_title_after_a_publication_noun_and_a_comma_is_a_publication(extractor) -> None:  # type: ignore[no-untyped-def]
    found = entities(extractor, "Most of the reforms were foreshadowed in the policy paper, 'Harbour homes safe, "
                                "helping carers stay', which was published in May.")
    assert found["Harbour homes safe, helping carers stay"].type == "Publication"


@pytest.mark.model
def test_a_quoted_phrase_after_another_noun_and_a_comma_is_no_title(extractor) -> None:  # type: ignore[no-untyped-def]
    found = entities(extractor, "The charity, 'Keeping it local', said the plan was welcome.")
    assert "Keeping it local" not in found


# ------------------------------------------------------------------ page chrome, parliamentary records


@pytest.mark.model
def test_page_words_run_together_are_no_name(extractor) -> None:  # type: ignore[no-untyped-def]
    found = entities(extractor, "Harbour Lane LLP advises councils on the Bill.\n\nShare this article\n"
                                "Twitter LinkedIn Email\nRelated insights")
    assert not any("Twitter" in label or "LinkedIn" in label for label in found)
    assert "Harbour Lane LLP" in found


@pytest.mark.parametrize("name, kept", [
    ("Twitter LinkedIn", False),
    ("North East", True),           # a place of two stoplist words
    ("Family Review", True),        # a head noun names what it is
])
def test_a_name_of_stoplist_words_only(vocab, schema, name: str, kept: bool) -> None:  # type: ignore[no-untyped-def]
    from spacy.tokens import Doc

    from caregraph.extract.mentions.choose import _keep

    words = name.split()
    doc = Doc(vocab, words=words, pos=["PROPN"] * len(words))
    assert _keep(doc[:], name, {"name", "ner"}, False, schema.entities, set()) is kept


@pytest.mark.model
@pytest.mark.parametrize("party", ["Con", "Lab/Co-op", "SNP"])
def test_a_members_seat_before_her_party_is_a_place(extractor, party: str) -> None:  # type: ignore[no-untyped-def]
    found = entities(extractor, f"Mrs Jane Porter (Westby North) ({party})\n"
                                "What steps the Government are taking to support kinship carers.")
    assert found["Westby North"].type == "Place"
    assert found["Jane Porter"].type == "Person"
    assert party not in found


@pytest.mark.model
def test_a_body_in_brackets_after_a_person_is_no_seat(extractor) -> None:  # type: ignore[no-untyped-def]
    found = entities(extractor, "Jane Porter (Harbour Trust) said the plan was welcome.")
    assert found["Harbour Trust"].type == "Organisation"


@pytest.mark.model
def test_and_the_before_a_name_with_its_own_head_joins_two_names(extractor) -> None:  # type: ignore[no-untyped-def]
    found = entities(extractor, "Westshire will work with Harbour Family Services and the Eastby Foundation "
                                "to deliver family help.")
    assert found["Eastby Foundation"].type == "Organisation"
    assert "Harbour Family Services" in found
    assert not any(" and the " in label for label in found)


@pytest.mark.model
def test_and_the_inside_a_title_without_a_second_head_stays(extractor) -> None:  # type: ignore[no-untyped-def]
    found = entities(extractor, "The council staged The Fox and the Lantern Garden at the library.")
    assert "Fox and the Lantern Garden" in found


@pytest.mark.model
def test_a_title_opening_with_a_gerund_after_published_is_a_publication(extractor) -> None:  # type: ignore[no-untyped-def]
    found = entities(extractor, "The Westshire Trust published Keeping Homes Warm in May.")
    assert found["Keeping Homes Warm"].type == "Publication"


@pytest.mark.model
def test_a_lower_case_gerund_after_a_verb_is_no_title(extractor) -> None:  # type: ignore[no-untyped-def]
    assert entities(extractor, "The council tried keeping costs down.") == {}


# ------------------------------------------------------------------ initiatives named before modifiers


@pytest.mark.model
def test_a_name_before_modifiers_and_a_scheme_noun_is_an_initiative(extractor) -> None:  # type: ignore[no-untyped-def]
    found = entities(extractor, "Harbourlight works with Westshire County Council on its Bright Futures "
                                "mentoring scheme.")
    assert found["Bright Futures"].type == "Initiative"
    assert found["Westshire County Council"].type == "Organisation"


@pytest.mark.model
def test_a_body_with_its_own_head_before_a_programme_noun_stays_a_body(extractor) -> None:  # type: ignore[no-untyped-def]
    found = entities(extractor, "The Harbour Trust family support programme began in May.")
    assert found["Harbour Trust"].type == "Organisation"


def test_initiative_after_modifiers(vocab, schema) -> None:  # type: ignore[no-untyped-def]
    from spacy.tokens import Doc

    from caregraph.extract.mentions.choose import _initiative_after_modifiers

    rules = schema.entities

    def find(words: list[str], pos: list[str] | None = None) -> str | None:
        doc = Doc(vocab, words=words, pos=pos or ["NOUN"] * len(words))
        tok = _initiative_after_modifiers(doc, 1, rules)
        return tok.text if tok is not None else None

    assert find(["X", "mentoring", "scheme", "."]) == "scheme"
    assert find(["X", "family", "support", "programme", "."]) == "programme"
    assert find(["X", "a", "new", "scheme"]) is None                 # a function word between
    assert find(["X", "family", "support", "staff", "programme"]) is None   # too far
    assert find(["X", "mentoring", "scheme", "board"]) is None       # the phrase names a board


@pytest.mark.model
@pytest.mark.parametrize("name", ["Family Help", "Care Link"])
def test_a_name_opening_with_a_generic_word_is_no_person(extractor, name: str) -> None:  # type: ignore[no-untyped-def]
    found = entities(extractor, f"Without proper funding, {name} will not reach the families who need it.")
    assert name not in found or found[name].type != "Person"


def test_opens_with_generic_word() -> None:
    from caregraph.extract.mentions import doubts

    generic = frozenset({"family", "care", "young"})
    assert doubts.opens_with_generic_word("Family Help", generic)
    assert not doubts.opens_with_generic_word("Jane Young", generic)   # a surname may be a common word
    assert not doubts.opens_with_generic_word("Family", generic)       # one word says too little
    assert not doubts.opens_with_generic_word("Bill Turner", frozenset({"bill"}), frozenset({"Bill"}))


@pytest.mark.model
def test_page_links_of_a_charity_are_no_names(extractor) -> None:  # type: ignore[no-untyped-def]
    found = entities(extractor, "Harbourlight is a registered charity.\nDonate now | Volunteer | Contact us")
    assert set(found) == {"Harbourlight"}


@pytest.mark.model
def test_a_quantifier_opening_the_sentence_is_not_part_of_the_name(extractor) -> None:  # type: ignore[no-untyped-def]
    found = entities(extractor, "Many Westshire Council staff have left.")
    assert "Westshire Council" in found
    assert not any(label.startswith("Many") for label in found)



# ------------------------------------------------------------------ misspelt names, "which"


def test_a_misspelt_surname_once_each_joins_within_one_document(schema) -> None:  # type: ignore[no-untyped-def]
    ents = [_entity("d#0", "Jane Porter", "Person"), _entity("d#1", "Jane Portter", "Person")]
    assert _groups(schema, ents) == [{"Jane Porter", "Jane Portter"}]


def test_two_spellings_once_each_in_two_documents_stay_apart(schema) -> None:  # type: ignore[no-untyped-def]
    ents = [_entity("a", "Jane Porter", "Person", doc="a"), _entity("b", "Jane Potter", "Person", doc="b")]
    assert len(_groups(schema, ents, scope="")) == 2


def test_two_surnames_two_letters_apart_stay_apart(schema) -> None:  # type: ignore[no-untyped-def]
    ents = [_entity("d#0", "Jane Porter", "Person"), _entity("d#1", "Jane Parker", "Person")]
    assert len(_groups(schema, ents)) == 2


@pytest.mark.model
def test_a_name_taken_up_by_which_is_no_person(extractor) -> None:  # type: ignore[no-untyped-def]
    found = entities(extractor, "Harbour Lane, which advises councils, said the Bill was welcome.")
    assert all(e.type != "Person" for e in found.values())


def test_taken_up_by_which(vocab) -> None:  # type: ignore[no-untyped-def]
    from caregraph.extract.mentions import doubts

    doc = _doc(vocab, ["Harbour", "Lane", ",", "which", "advises"])
    assert doubts.taken_up_by_which(doc, 2)
    assert not doubts.taken_up_by_which(_doc(vocab, ["Jane", "Porter", ",", "who", "advises"]), 2)


# ------------------------------------------------------------------ minutes and written answers


@pytest.mark.model
def test_councillors_named_by_initials_in_a_list_are_people(extractor) -> None:  # type: ignore[no-untyped-def]
    found = entities(extractor, "PRESENT: Councillor R Hale (Chair), Councillors S Ahmed, P Quinn and T Wright.")
    for name in ("R Hale", "S Ahmed", "P Quinn", "T Wright"):
        assert found[name].type == "Person"
    assert not any(" and " in label or label.startswith("Councillors") for label in found)


@pytest.mark.model
@pytest.mark.parametrize("text, name", [
    ("A Case for Change was published in 2022.", "A Case for Change"),   # an article, not an initial
    ("The C Team met in May.", "C Team"),                                 # a head noun names a body
])
def test_a_capital_letter_before_a_word_is_not_always_an_initial(extractor, text: str, name: str) -> None:  # type: ignore[no-untyped-def]
    found = entities(extractor, text)
    assert found[name].type != "Person"


@pytest.mark.model
def test_a_seat_and_party_in_one_bracket_is_a_place(extractor) -> None:  # type: ignore[no-untyped-def]
    found = entities(extractor, "UIN 12345, tabled on 3 March 2025\n\nTom Hale (Eastby, Liberal Democrat)\n"
                                "To ask the Secretary of State for Education what assessment she has made.")
    assert found["Eastby"].type == "Place"
    assert "UIN" not in found


@pytest.mark.model
def test_a_field_of_work_after_head_of_is_no_body(extractor) -> None:  # type: ignore[no-untyped-def]
    found = entities(extractor, "Also present: Mr D Shah (Head of Safeguarding) and Ms L Morgan "
                                "(Director of Commissioning).")
    assert "Safeguarding" not in found and "Commissioning" not in found
    assert found["D Shah"].type == "Person"


@pytest.mark.model
def test_a_body_after_chief_executive_of_is_a_body(extractor) -> None:  # type: ignore[no-untyped-def]
    found = entities(extractor, "Jane Porter, chief executive of Harbourlight, said the plan was welcome.")
    assert found["Harbourlight"].type == "Organisation"


@pytest.mark.model
def test_a_bare_word_the_text_writes_before_a_place_noun_is_a_place(extractor) -> None:  # type: ignore[no-untyped-def]
    found = entities(extractor, "Westshire County Council met on Monday. Westshire will work with Harbour "
                                "Family Services to deliver family help.")
    assert found["Westshire"].type == "Place"
    assert found["Westshire County Council"].type == "Organisation"


@pytest.mark.model
def test_a_person_with_his_own_evidence_stays_a_person_beside_a_place_name(extractor) -> None:  # type: ignore[no-untyped-def]
    found = entities(extractor, "The Porter County Council met. Porter said he was pleased.")
    assert found["Porter"].type == "Person"


@pytest.mark.model
@pytest.mark.parametrize("text, name", [
    ("Head of Fundraising Marianne Oduya said the appeal had raised £2m.", "Marianne Oduya"),
    ("Director of Policy Amara Obi said the Bill was welcome.", "Amara Obi"),
])
def test_a_roles_remit_before_its_holder_leaves_a_person(extractor, text: str, name: str) -> None:  # type: ignore[no-untyped-def]
    found = entities(extractor, text)
    assert found[name].type == "Person"
    assert len(found) == 1


@pytest.mark.model
def test_a_body_after_a_role_and_of_is_no_holder(extractor) -> None:  # type: ignore[no-untyped-def]
    found = entities(extractor, "The Chief Executive of Harbour Family Trust said the Bill was welcome.")
    assert found["Harbour Family Trust"].type == "Organisation"


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Written by Helen Okoro, Partner, Ashby Marsh.",
    "Jane Porter (Chief Executive, Ashby Marsh) said the plan was fair.",
])
def test_the_body_after_a_persons_role_in_apposition_is_an_organisation(extractor, text: str) -> None:  # type: ignore[no-untyped-def]
    found = entities(extractor, text)
    assert found["Ashby Marsh"].type == "Organisation"


@pytest.mark.model
def test_the_items_of_a_remit_are_no_body(extractor) -> None:  # type: ignore[no-untyped-def]
    found = entities(extractor, "The Portfolio Holder for Children, Education, Skills, and Early Help "
                                "presented the report.")
    assert "Skills" not in found


@pytest.mark.model
def test_a_bare_role_in_a_list_of_thanks_is_no_person(extractor) -> None:  # type: ignore[no-untyped-def]
    found = entities(extractor, "Thanks to Jane Porter, Chair, and Tom Hale, Treasurer, for their work.")
    assert set(found) == {"Jane Porter", "Tom Hale"}


@pytest.mark.model
def test_a_body_an_ambassador_is_for_stays_a_body(extractor) -> None:  # type: ignore[no-untyped-def]
    found = entities(extractor, "Claire Hale, Ambassador for Women's Aid and IDAS, spoke first.")
    assert found["Women's Aid"].type == "Organisation"


# ------------------------------------------------------------------ apposition aliases


@pytest.mark.model
def test_a_publication_and_its_name_in_apposition_are_one(extractor) -> None:  # type: ignore[no-untyped-def]
    found = entities(extractor, "In December the department published Harbour Homes, the Westshire Kinship "
                                "Strategy, which sets out new support.")
    pubs = [e for e in found.values() if e.type == "Publication"]
    assert len(pubs) == 1
    assert {"Harbour Homes", "Westshire Kinship Strategy"} <= {pubs[0].label, *pubs[0].aliases}


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The plan builds on the Harbour Review, the Westshire Kinship Strategy and the Eastby Care Plan.",
    "Councils must follow the Harbour Review, the Westshire Kinship Strategy, the Eastby Care Plan.",
])
def test_the_items_of_a_list_of_publications_stay_apart(extractor, text: str) -> None:  # type: ignore[no-untyped-def]
    found = entities(extractor, text)
    assert {"Harbour Review", "Westshire Kinship Strategy", "Eastby Care Plan"} <= set(found)
