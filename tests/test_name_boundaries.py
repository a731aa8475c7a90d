"""Name boundaries and page chrome in the mention stage (issue 15, class 2), on hand-built
parses of invented sentences: page labels before a run, file-format labels after it, a year
that ends a title before "and the", and an acronym glued to a first name."""

from __future__ import annotations

from spacy.tokens import Doc

from caregraph.extract.mentions.choose import _person_start
from caregraph.extract.mentions.voters import Candidate, _after_role, name_candidates, trim_span


def _doc(vocab, words, pos=None, ents=None):
    pos = pos or ["PROPN" if w[:1].isupper() else ("NUM" if w.isdigit() else "NOUN") for w in words]
    spaces = [words[k + 1] not in (",", ".") if k + 1 < len(words) else False for k in range(len(words))]
    return Doc(vocab, words=words, spaces=spaces, pos=pos, ents=ents,
               sent_starts=[True] + [False] * (len(words) - 1))


def _runs(doc, rules):
    return [doc[c.start : c.end].text for c in name_candidates(doc, rules) if c.rule == "name"]


def test_a_page_label_is_not_part_of_the_run(vocab, schema):
    doc = _doc(vocab, ["Type", "Parliamentary", "briefing"])
    assert _after_role(doc, 0, 2, schema.entities) == 1


def test_a_role_word_after_the_label_is_still_skipped_with_its_preposition(vocab, schema):
    # near miss: "Contact" is a role word as well as a page word: the old rule still applies
    doc = _doc(vocab, ["Contact", "Jane", "Porter"])
    assert _after_role(doc, 0, 3, schema.entities) == 1


def test_a_name_without_a_page_label_keeps_its_first_word(vocab, schema):
    doc = _doc(vocab, ["Typeset", "Harbour", "Trust"])
    assert _after_role(doc, 0, 3, schema.entities) == 0


def test_a_file_format_label_ends_a_name(vocab, schema):
    doc = _doc(vocab, ["Harbour", "Family", "Plan", "PDF", "112", "KB"])
    assert trim_span(doc, 0, 4, schema.entities) == (0, 3)


def test_a_format_name_alone_is_left_to_the_junk_filter(vocab, schema):
    doc = _doc(vocab, ["PDF"])
    assert trim_span(doc, 0, 1, schema.entities) == (0, 1)


def test_a_year_ends_a_title_before_and_the(vocab, schema):
    words = ["under", "Caring", "Well", "2021", "and", "the", "Westshire", "Kinship", "Framework", "."]
    pos = ["ADP", "PROPN", "PROPN", "NUM", "CCONJ", "DET", "PROPN", "PROPN", "PROPN", "PUNCT"]
    doc = _doc(vocab, words, pos=pos)
    runs = _runs(doc, schema.entities)
    assert "Caring Well 2021" in runs
    assert not any("and the" in r for r in runs)


def test_without_a_year_and_the_may_join_one_name(vocab, schema):
    # near miss: "Caring Well and the Westshire Kinship Framework" has no year and no head before
    # "and": the run stays whole (the older rule)
    words = ["under", "Caring", "Well", "and", "the", "Westshire", "Kinship", "Framework", "."]
    pos = ["ADP", "PROPN", "PROPN", "CCONJ", "DET", "PROPN", "PROPN", "PROPN", "PUNCT"]
    doc = _doc(vocab, words, pos=pos)
    assert "Caring Well and the Westshire Kinship Framework" in _runs(doc, schema.entities)


def test_an_acronym_before_a_lone_first_name_is_cut_off(vocab, schema):
    words = ["his", "work", "with", "HFT", "Jane", "now", "continues"]
    pos = ["PRON", "NOUN", "ADP", "PROPN", "PROPN", "ADV", "VERB"]
    doc = _doc(vocab, words, pos=pos)
    cand = Candidate(3, 5, "name", [("Person", 1.0)], priority=2)
    assert _person_start(doc, cand, schema.entities) == 4


def test_a_two_word_name_is_not_cut_before_its_last_word(vocab, schema):
    # near miss: "Harbour Jane" opens with no acronym, so a trailing first name stays
    words = ["with", "Harbour", "Jane", "now"]
    pos = ["ADP", "PROPN", "PROPN", "ADV"]
    doc = _doc(vocab, words, pos=pos)
    cand = Candidate(1, 3, "name", [("Person", 1.0)], priority=2)
    assert _person_start(doc, cand, schema.entities) is None


def _portfolio(vocab, schema, words, start, end):
    from caregraph.extract.mentions.choose import _in_portfolio

    doc = _doc(vocab, words)
    return _in_portfolio(doc[start:end], schema.entities)


REMIT = ["the", "Portfolio", "Holder", "for", "Housing", ",", "Skills", "and", "Leisure", "spoke", "."]


def test_items_of_a_role_holders_remit_are_not_bodies(vocab, schema):
    assert _portfolio(vocab, schema, REMIT, 4, 5)      # "Housing"
    assert _portfolio(vocab, schema, REMIT, 6, 7)      # "Skills"
    assert _portfolio(vocab, schema, REMIT, 8, 9)      # "Leisure"


def test_a_body_after_for_is_not_a_remit(vocab, schema):
    # near miss: "Department" is a body's head, not a role
    words = ["the", "Department", "for", "Westshire", "Affairs", "said", "."]
    assert not _portfolio(vocab, schema, words, 3, 5)


def test_a_seat_after_mp_for_is_not_a_remit(vocab, schema):
    # near miss: a constituency ("MP for Westby and Eastby") is a place
    words = ["the", "MP", "for", "Westby", "and", "Eastby", "spoke", "."]
    assert not _portfolio(vocab, schema, words, 5, 6)


def test_a_person_after_the_remit_is_not_part_of_it(vocab, schema):
    # near miss: the holder's own name follows the remit without a separator
    words = ["Minister", "for", "Housing", "and", "Skills", "Jane", "Porter", "spoke", "."]
    assert not _portfolio(vocab, schema, words, 5, 7)


def test_on_is_a_connective_not_a_yaml_boolean(schema):
    # YAML 1.1 reads a bare `on` as true: the word must be quoted in schemas/entities.yaml
    assert "on" in schema.entities.connectives
    assert "true" not in schema.entities.connectives


def test_on_joins_the_words_of_one_title(vocab, schema):
    words = ["the", "Westshire", "Group", "on", "Kinship", "Care", "met", "."]
    pos = ["DET", "PROPN", "PROPN", "ADP", "PROPN", "PROPN", "VERB", "PUNCT"]
    assert "Westshire Group on Kinship Care" in _runs(_doc(vocab, words, pos=pos), schema.entities)


def test_on_after_a_person_ends_the_name(vocab, schema):
    # near miss: "the work of Jane Porter on Kinship Care" is a person and a topic
    words = ["the", "work", "of", "Jane", "Porter", "on", "Kinship", "Care", "."]
    pos = ["DET", "NOUN", "ADP", "PROPN", "PROPN", "ADP", "PROPN", "PROPN", "PUNCT"]
    runs = _runs(_doc(vocab, words, pos=pos), schema.entities)
    assert "Jane Porter" in runs
    assert not any(" on " in r for r in runs)


def test_a_comma_inside_a_title_keeps_it_one_name(vocab, schema):
    words = ["the", "Caring", "Well", ",", "Living", "on", "Hope", "Strategy", "was", "published", "."]
    pos = ["DET", "PROPN", "PROPN", "PUNCT", "PROPN", "ADP", "PROPN", "PROPN", "AUX", "VERB", "PUNCT"]
    assert "Caring Well, Living on Hope Strategy" in _runs(_doc(vocab, words, pos=pos), schema.entities)


def test_a_comma_between_two_names_still_splits_them(vocab, schema):
    # near miss: the part before the comma is a body of its own (its head noun says so)
    words = ["the", "Harbour", "Trust", ",", "Westby", "Care", "Strategy", "and", "more", "."]
    pos = ["DET", "PROPN", "PROPN", "PUNCT", "PROPN", "PROPN", "PROPN", "CCONJ", "ADJ", "PUNCT"]
    runs = _runs(_doc(vocab, words, pos=pos), schema.entities)
    assert "Harbour Trust" in runs and "Westby Care Strategy" in runs


def test_a_comma_before_a_common_word_is_no_title(vocab, schema):
    # near miss: no publication head noun after the comma
    words = ["the", "Caring", "Well", ",", "Living", "Well", "group", "met", "."]
    pos = ["DET", "PROPN", "PROPN", "PUNCT", "PROPN", "PROPN", "NOUN", "VERB", "PUNCT"]
    runs = _runs(_doc(vocab, words, pos=pos), schema.entities)
    assert "Caring Well" in runs
    assert not any("," in r for r in runs)


def _run_votes(doc, rules):
    return {doc[c.start : c.end].text: c.votes for c in name_candidates(doc, rules) if c.rule == "name"}


def test_a_title_dated_by_a_year_votes_publication(vocab, schema):
    words = ["under", "Caring", "Together", "Well", "2021", ",", "councils", "must", "act", "."]
    pos = ["ADP", "VERB", "PROPN", "PROPN", "NUM", "PUNCT", "NOUN", "AUX", "VERB", "PUNCT"]
    votes = _run_votes(_doc(vocab, words, pos=pos), schema.entities)
    assert [t for t, _w in votes["Caring Together Well 2021"]] == ["Publication"]


def test_a_year_after_a_head_noun_keeps_the_heads_type(vocab, schema):
    # near miss: "Westby Schools Act 2021" is typed by "Act"; a two-word "Westby 2030" gets no vote
    words = ["the", "Westby", "Schools", "Act", "2021", "funds", "Westby", "2030", "."]
    pos = ["DET", "PROPN", "PROPN", "PROPN", "NUM", "VERB", "PROPN", "NUM", "PUNCT"]
    votes = _run_votes(_doc(vocab, words, pos=pos), schema.entities)
    assert [t for t, _w in votes["Westby Schools Act 2021"]] == ["Publication"]
    assert votes.get("Westby 2030", []) == []


def test_the_owner_of_a_bodys_name_votes_organisation(vocab, schema):
    words = ["Harbourlight", "'s", "Kinship", "Forum", "met", "today", "."]
    pos = ["PROPN", "PART", "PROPN", "PROPN", "VERB", "NOUN", "PUNCT"]
    votes = _run_votes(_doc(vocab, words, pos=pos), schema.entities)
    assert [t for t, _w in votes["Harbourlight"]] == ["Organisation"]


def test_the_owner_of_a_capitalised_role_votes_organisation(vocab, schema):
    words = ["Harbourlight", "'s", "Chief", "Executive", "spoke", "."]
    pos = ["PROPN", "PART", "PROPN", "PROPN", "VERB", "PUNCT"]
    votes = _run_votes(_doc(vocab, words, pos=pos), schema.entities)
    assert [t for t, _w in votes["Harbourlight"]] == ["Organisation"]


def test_a_place_ner_knows_owning_a_body_gets_no_organisation_vote(vocab, schema):
    # near miss: "Westshire's Kinship Forum": NER's place keeps its own type
    words = ["Westshire", "'s", "Kinship", "Forum", "met", "."]
    pos = ["PROPN", "PART", "PROPN", "PROPN", "VERB", "PUNCT"]
    doc = _doc(vocab, words, pos=pos, ents=["B-GPE", "O", "O", "O", "O", "O"])
    assert _run_votes(doc, schema.entities)["Westshire"] == []


def test_the_owner_of_an_event_gets_no_organisation_vote(vocab, schema):
    # near miss: "Summer Fair" has no body's head noun
    words = ["Harbourlight", "'s", "Summer", "Fair", "opened", "."]
    pos = ["PROPN", "PART", "PROPN", "PROPN", "VERB", "PUNCT"]
    assert _run_votes(_doc(vocab, words, pos=pos), schema.entities).get("Harbourlight", []) == []


def _acronym_role(vocab, schema, words, end):
    from caregraph.extract.mentions.choose import _acronym_before_role

    return _acronym_before_role(_doc(vocab, words), 0, end, schema.entities)


def test_an_acronym_before_a_role_and_a_person_is_a_body(vocab, schema):
    assert _acronym_role(vocab, schema, ["HFT", "Senior", "Associate", "Jane", "Porter"], 3)
    assert _acronym_role(vocab, schema, ["HFT", "Jane", "Porter"], 1)


def test_an_honorific_or_a_plain_word_before_a_person_is_no_body(vocab, schema):
    # near misses: "MP Jane Porter" (an honorific), "Harbour Senior Associate Jane Porter" (no acronym),
    # "HFT Westby Jane Porter" (a word that is no role between them)
    assert not _acronym_role(vocab, schema, ["MP", "Jane", "Porter"], 1)
    assert not _acronym_role(vocab, schema, ["Harbour", "Senior", "Associate", "Jane", "Porter"], 3)
    assert not _acronym_role(vocab, schema, ["HFT", "Westby", "Jane", "Porter"], 2)


def _kept(vocab, schema, words, heads, deps, pos, at):
    from caregraph.extract.mentions.choose import _keep

    doc = Doc(vocab, words=words, heads=heads, deps=deps, pos=pos)
    span = doc[at : at + 1]
    return _keep(span, span.text, {"name", "ner"}, False, schema.entities, {w for w in words if w.islower()})


def test_an_acronym_modifying_a_lower_case_conjunct_is_a_field(vocab, schema):
    words = ["for", "staff", "training", "and", "HRX", "development", "."]
    heads = [0, 2, 0, 2, 5, 2, 0]
    deps = ["ROOT", "compound", "pobj", "cc", "compound", "conj", "punct"]
    pos = ["ADP", "NOUN", "NOUN", "CCONJ", "PROPN", "NOUN", "PUNCT"]
    assert not _kept(vocab, schema, words, heads, deps, pos, 4)


def test_an_acronym_modifying_a_noun_elsewhere_is_kept(vocab, schema):
    # near miss: "the HRX report" (no lower-case conjunct before it): the body stays
    words = ["the", "HRX", "report", "said", "."]
    heads = [2, 2, 3, 3, 3]
    deps = ["det", "compound", "nsubj", "ROOT", "punct"]
    pos = ["DET", "PROPN", "NOUN", "VERB", "PUNCT"]
    assert _kept(vocab, schema, words, heads, deps, pos, 1)
