"""Recommendations, session 13: a bill's measures in a bulleted list under "We welcome measures
that will:" (an umbrella noun whose relative clause is a modal of commitment closing the line),
each bullet's coordinated verbs, "Enable the introduction of X" (X is the measure), a bullet of
aim ("Help more children ...") that is none, "X not in Y" kept whole, and the meeting a committee
report asks to decide ("it is recommended that members support X"), which proposes nothing.
Invented sentences."""

from __future__ import annotations

import pytest

from helpers import text_recommendations, text_relations

_extract = text_recommendations

_PAGE = (
    "Harbour Bill Second Reading\n\n"
    "We welcome measures that will:\n\n"
    "  \u2022 Help more children stay living safely with their families.\n"
    "  \u2022 Enable the introduction of a shared record for children (Section 4). This should help "
    "professionals share information.\n"
    "  \u2022 Create compulsory registers of pupils not in school, and require council consent to home "
    "educate if a child has a protection plan (Section 24).\n"
)


@pytest.mark.model
def test_the_bullets_under_welcomed_measures_are_the_bills_measures(extractor):
    recs, relations = _extract(extractor, _PAGE)
    assert "shared record for children" in recs
    assert "compulsory registers of pupils not in school" in recs
    assert any("consent to home educate" in r for r in recs)
    for label in recs:
        assert ("Harbour Bill", "RECOMMENDS", label) in relations
    # the aim of the first bullet is no measure
    assert not any(r.lower().startswith("help") or "stay living" in r for r in recs)


@pytest.mark.model
@pytest.mark.parametrize("intro", [
    # the speaker's own measures, not a publication's
    "Harbour Trust has introduced measures that will:",
    "Our measures that will:",
    # no modal of commitment closes the line
    "We welcome measures that include:",
])
def test_near_misses_of_welcomed_measures_list_nothing(extractor, intro):
    page = ("Harbour Trust update\n\n" + intro + "\n\n"
            "  \u2022 Create a shared record for children.\n"
            "  \u2022 Enable the introduction of a kinship allowance.\n")
    recs, relations = _extract(extractor, page)
    assert "shared record for children" not in recs
    assert "kinship allowance" not in recs


@pytest.mark.model
def test_a_bill_will_list_keeps_measures_and_drops_aims(extractor):
    page = ("The Westshire Bill will:\n\n"
            "  \u2022 help families stay together.\n"
            "  \u2022 introduce a register of pupils not in school.\n")
    recs, relations = _extract(extractor, page)
    assert "register of pupils not in school" in recs
    assert ("Westshire Bill", "RECOMMENDS", "register of pupils not in school") in relations
    assert not any("stay together" in r for r in recs)


@pytest.mark.model
@pytest.mark.parametrize(("text", "proposal"), [
    ("It is recommended that members support the Harbour programme as the delivery mechanism for reforms.", None),
    ("It is recommended that Cabinet approves the kinship offer for Westshire.", None),
    # near miss: a body the proposal is for, not the meeting
    ("The Westshire report recommends that the board of every trust publish a kinship policy.",
     "board of every trust publish a kinship policy"),
])
def test_what_a_committee_report_asks_its_meeting_is_procedure(extractor, text, proposal):
    recs, _relations = _extract(extractor, text)
    assert recs == ([] if proposal is None else [proposal])


@pytest.mark.model
def test_only_a_bringing_in_verb_coordinated_in_a_bullet_is_a_second_measure(extractor):
    page = ("Harbour Trust is urging the Government to:\n\n"
            "  \u2022 provide long-term funding for councils, and match the level of investment identified by "
            "the Westshire Review so that all children can thrive.\n")
    recs, _relations = _extract(extractor, page)
    assert not any(r.startswith("match") for r in recs)


@pytest.mark.model
@pytest.mark.parametrize(("text", "proposal"), [
    ("The Westshire Review made a series of bold recommendations aimed at increasing the number of children who "
     "can remain within their family network.",
     "increasing the number of children who can remain within their family network"),
    ("The Westshire Review made recommendations designed to reduce the number of children entering care.",
     "reduce the number of children entering care"),
])
def test_recommendations_named_by_their_aim(extractor, text, proposal):
    recs, relations = _extract(extractor, text)
    assert recs == [proposal]
    assert ("Westshire Review", "RECOMMENDS", proposal) in relations


@pytest.mark.model
@pytest.mark.parametrize("text", [
    # an aim of addressing a problem, or of improving the whole field, names no measure
    "The Westshire Review made recommendations aimed at tackling the challenges facing councils.",
    "Harbour Trust welcomed the recommendations aimed at improving outcomes for children.",
    # not aimed: a description of who they are for
    "The Westshire Review made recommendations aimed at councils in the north.",
])
def test_near_misses_of_an_aim_are_no_proposal(extractor, text):
    recs, _relations = _extract(extractor, text)
    assert recs == []


@pytest.mark.model
@pytest.mark.parametrize(("text", "proposal"), [
    # a copula's infinitive or that-clause after a recommending noun
    ("The Westshire Review was chaired by Jane Doe, and one recommendation was to look at making care experience "
     "an additional protected characteristic.",
     # (the phrase holds every word of the gazetteer's proposal, and is that proposal)
     "Care Experience as a Protected Characteristic"),
    ("The Westshire Review's key proposal is that every council should publish a kinship offer.",
     "every council should publish a kinship offer"),
    # a verb of exploring gives way to its gerund (and a light verb to its object)
    ("The Westshire Review recommended considering introducing a national respite allowance.",
     "national respite allowance"),
])
def test_what_a_recommendation_is_said_to_be(extractor, text, proposal):
    recs, _relations = _extract(extractor, text)
    assert proposal in recs


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "It was recommended that the committee consider the report.",
    "The Westshire Review's recommendation was welcomed by Jane Doe.",
])
def test_near_misses_of_a_predicated_recommendation(extractor, text):
    recs, _relations = _extract(extractor, text)
    assert recs == []


@pytest.mark.model
def test_a_programme_aligns_with_each_publication_of_coordinated_participles(extractor):
    edges = text_relations(extractor, "The Harbour Programme delivers the changes set out in the Westshire Strategy "
                                      "and embedded in the Eastborough Bill.")
    assert ("Harbour Programme", "ALIGNS_WITH", "Westshire Strategy") in edges
    assert ("Harbour Programme", "ALIGNS_WITH", "Eastborough Bill") in edges
    # near miss: another preposition, another relation to the second text
    edges = text_relations(extractor, "The Harbour Programme delivers the changes set out in the Westshire Strategy "
                                      "and criticised by the Eastborough Report.")
    assert ("Harbour Programme", "ALIGNS_WITH", "Eastborough Report") not in edges


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The Harbour Programme was set up following the recommendations of the Westshire Review.",
    "The Harbour Programme is an example of what the Westshire Review proposed.",
    "The Harbour Programme was developed as set out in the Westshire Review.",
    "The Harbour Programme, as recommended by the Westshire Review, began in April.",
    "Following the recommendations of the Westshire Review, Eastborough Council launched the Harbour Programme.",
])
def test_a_programme_that_follows_a_reviews_proposals_aligns_with_it(extractor, text):
    assert ("Harbour Programme", "ALIGNS_WITH", "Westshire Review") in text_relations(extractor, text)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The Harbour Programme is an example of what happens when councils ignore the Westshire Review.",
    "The Harbour Programme is an example of what the Westshire Review did not propose.",
    "Eastborough Council was set up following the recommendations of the Westshire Review.",
])
def test_near_misses_of_following_a_review(extractor, text):
    assert not any(r == "ALIGNS_WITH" for _, r, _ in text_relations(extractor, text))


@pytest.mark.model
def test_a_programme_named_by_a_proposal_and_a_word_of_trial_aligns_with_it(extractor):
    edges = text_relations(extractor, "The Westshire Review recommended Family Safety Partnerships. Three councils "
                                      "joined the Family Safety Partnership pathfinders in May.")
    assert ("Family Safety Partnership pathfinders", "ALIGNS_WITH", "Family Safety Partnerships") in edges
    # near miss: a word after the proposal that is no trial
    edges = text_relations(extractor, "The Westshire Review recommended Family Safety Partnerships. Three councils "
                                      "joined the Family Safety Partnership Network in May.")
    assert not any(r == "ALIGNS_WITH" for _, r, _ in edges)


@pytest.mark.model
@pytest.mark.parametrize(("text", "proposal"), [
    ("Jane Doe tabled an amendment, which would require councils to publish a kinship offer.",
     "require councils to publish a kinship offer"),
    ('Jane Doe said: "The amendment in my name would extend the kinship offer to all carers."',
     "extend the kinship offer to all carers"),
])
def test_an_amendments_would_clause_is_its_movers_call(extractor, text, proposal):
    recs, relations = _extract(extractor, text)
    assert recs == [proposal]
    assert ("Jane Doe", "SUPPORTS", proposal) in relations


@pytest.mark.model
def test_an_opposed_amendment_is_not_the_opponents_call(extractor):
    recs, relations = _extract(extractor, "Jane Doe opposed an amendment, which would require councils to publish "
                                          "a kinship offer.")
    assert not any(r[1] == "SUPPORTS" for r in relations)


@pytest.mark.model
@pytest.mark.parametrize(("text", "proposal"), [
    ("The Harbour Bill will also protect families against high school uniform costs (Section 23).",
     "protect families against high school uniform costs"),
    ("The Harbour Bill bans the use of unregistered children's homes.", "bans the use of unregistered children's homes"),
    ("The Westshire Strategy will cap the profits of private providers.", "cap the profits of private providers"),
])
def test_a_curb_a_bill_puts_on_something_is_its_proposal(extractor, text, proposal):
    recs, relations = _extract(extractor, text)
    assert recs == [proposal]
    maker = "Harbour Bill" if "Harbour Bill" in text else "Westshire Strategy"
    assert (maker, "RECOMMENDS", proposal) in relations


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The Harbour Bill will protect children.",                       # an aim: against nothing
    "Unregistered homes will be banned under the Harbour Bill.",     # what is banned is no proposal
    "The Harbour Trust will protect families against high costs.",   # a body's own plan
    "The Harbour Bill will limit social workers.",                   # a curb on people
    "The Harbour Bill will not cap the profits of private providers.",
])
def test_near_misses_of_a_curb(extractor, text):
    recs, _relations = _extract(extractor, text)
    assert recs == []


@pytest.mark.model
def test_a_programme_that_follows_a_review_aligns_with_it(extractor):
    edges = text_relations(extractor, "The Harbour Programme follows the Westshire Review, which highlighted ways "
                                      "to support families.")
    assert ("Harbour Programme", "ALIGNS_WITH", "Westshire Review") in edges
    # near miss: a person following a review is no programme
    edges = text_relations(extractor, "Jane Doe follows the Westshire Review closely.")
    assert not any(r == "ALIGNS_WITH" for _, r, _ in edges)


@pytest.mark.model
@pytest.mark.parametrize(("text", "proposals"), [
    ("A national respite allowance, a key recommendation of the Westshire Review, was rejected.",
     ["national respite allowance"]),
    ("A national respite allowance was one of the Westshire Review's recommendations.",
     ["national respite allowance"]),
    ("The Westshire Bill includes measures to cap agency staff pay, create a national register and extend "
     "respite care.", ["cap agency staff pay", "extend respite care", "national register"]),
    ("The Westshire Bill will include provisions to ban profit-making in children's homes.",
     ["ban profit-making in children's homes"]),
])
def test_proposals_named_beside_a_recommending_or_umbrella_noun(extractor, text, proposals):
    recs, relations = _extract(extractor, text)
    assert recs == proposals
    maker = "Westshire Review" if "Review" in text else "Westshire Bill"
    assert all((maker, "RECOMMENDS", p) in relations for p in proposals)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Jane Doe, a recommendation of the Westshire Review, spoke.",       # a person is no proposal
    "Harbour Trust includes measures to cap agency staff pay.",         # a body's own measures
    "A national respite allowance was not one of the Westshire Review's recommendations.",
])
def test_near_misses_beside_a_recommending_or_umbrella_noun(extractor, text):
    recs, _relations = _extract(extractor, text)
    assert recs == []


@pytest.mark.model
def test_every_bullet_of_a_recommendations_list_including_the_first(extractor):
    page = ("The Westshire Review makes 37 recommendations, including:\n\n"
            "  \u2022 a national respite allowance\n"
            "  \u2022 coastal foster hubs\n"
            "  \u2022 a shared record for every child\n")
    recs, relations = _extract(extractor, page)
    assert recs == ["coastal foster hubs", "national respite allowance", "shared record for every child"]  # (sorted)
    assert all(("Westshire Review", "RECOMMENDS", r) in relations for r in recs)


@pytest.mark.model
def test_a_number_of_recommendations_are_the_subjects(extractor):
    recs, relations = _extract(extractor, "The Westshire Review sets out a number of recommendations for government, "
                                          "including a national respite allowance and a fostering register.")
    assert ("Westshire Review", "RECOMMENDS", "national respite allowance") in relations
    assert ("Westshire Review", "RECOMMENDS", "fostering register") in relations


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Coastal foster hubs, proposed by Jane Doe in her Westshire Review, will be tested.",
    "In the Westshire Review, Jane Doe recommended coastal foster hubs.",
])
def test_a_person_proposing_in_a_publication_recommends_with_it(extractor, text):
    recs, relations = _extract(extractor, text)
    label = recs[0]
    assert label.lower() == "coastal foster hubs"
    assert ("Westshire Review", "RECOMMENDS", label) in relations
    assert ("Jane Doe", "RECOMMENDS", label) in relations


@pytest.mark.model
def test_a_person_outside_the_proposing_clause_recommends_nothing(extractor):
    recs, relations = _extract(extractor, "In the Westshire Review, led by Jane Doe, the panel recommended coastal "
                                          "foster hubs.")
    assert not any(r[0] == "Jane Doe" and r[1] == "RECOMMENDS" for r in relations)


@pytest.mark.model
def test_a_councils_motion_is_its_mover_and_seconders_call(extractor):
    recs, relations = _extract(extractor, "Councillor Jane Doe introduced the motion for Westshire Council to treat "
                                          "care experience as if it were a protected characteristic, which was "
                                          "seconded by Councillor John Smith.")
    # (the phrase holds every word of the gazetteer's proposal, and is that proposal)
    label = "Care Experience as a Protected Characteristic"
    assert label in recs
    assert ("Jane Doe", "SUPPORTS", label) in relations
    assert ("John Smith", "SUPPORTS", label) in relations


@pytest.mark.model
def test_an_amendment_in_the_name_of_someone_is_their_call(extractor):
    recs, relations = _extract(extractor, "Members debated an amendment in the name of Jane Doe to extend respite "
                                          "care to all kinship carers.")
    assert ("Jane Doe", "SUPPORTS", "extend respite care to all kinship carers") in relations


@pytest.mark.model
def test_a_motion_nobody_moves_in_the_sentence_is_nobodys_call(extractor):
    _recs, relations = _extract(extractor, "The motion for Westshire Council to adopt a kinship policy was carried.")
    assert not any(r[1] in ("SUPPORTS", "RECOMMENDS") for r in relations)


@pytest.mark.model
def test_one_proposal_written_twice_in_a_page_is_one_node(extractor):
    text = ("Councillor Jane Doe introduced the motion for Westshire Council to treat care experience as if it were "
            "a protected characteristic, which was seconded by Councillor John Smith.\n\n"
            "The Westshire Review recommended making care experience an additional protected characteristic.")
    recs, relations = _extract(extractor, text)
    assert len(recs) == 1
    assert ("Jane Doe", "SUPPORTS", recs[0]) in relations
    assert ("Westshire Review", "RECOMMENDS", recs[0]) in relations


@pytest.mark.model
def test_two_proposals_sharing_some_words_stay_two(extractor):
    recs, _relations = _extract(extractor, "The Westshire Review recommended a register of children not in school "
                                           "and a register of children in care.")
    assert len(recs) == 2
