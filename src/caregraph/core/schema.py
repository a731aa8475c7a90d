"""The only reader of schemas/*.yaml: loads, validates and freezes the domain knowledge.

Every problem is reported with its file and key path, all at once
(`schemas/relations.yaml: patterns[4].lemmas: expected a list of strings`).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import yaml

from ..errors import SchemaError
from . import ontology
from .text import compact_key

SCHEMA_FILES = ("ingest.yaml", "entities.yaml", "gazetteer.yaml", "relations.yaml")


def default_schema_dir() -> Path:
    """The packaged schemas (a wheel install) or the repository's schemas/ (editable)."""
    package = Path(__file__).resolve().parents[1]
    packaged = package / "_schemas"
    if packaged.is_dir():
        return packaged
    return package.parents[1] / "schemas"


# the rule kind of sourced facts (relations.yaml known_relations, kinds/known.py)
KNOWN_KIND = "known"


@dataclass(frozen=True, slots=True)
class IngestRules:
    extensions: tuple[str, ...]
    translation: Mapping[int, str]
    bullets: tuple[str, ...]
    boilerplate: tuple[tuple[str, re.Pattern[str]], ...]
    commerce: frozenset[str]
    shelf_max_words: int
    # page furniture glued to the text it labels ("Writer's pictureJane Porter"): blanked one
    # character for one, the rest of its line kept
    furniture: tuple[tuple[str, re.Pattern[str]], ...] = ()


@dataclass(frozen=True, slots=True)
class EntityRules:
    types: tuple[str, ...]
    ner: Mapping[str, str]
    weights: Mapping[str, float]
    honorifics: frozenset[str]
    post_nominals: frozenset[str]
    role_words: frozenset[str]
    leading_words: frozenset[str]       # page words before a name ("Dear", "Minutes of")
    connectives: frozenset[str]
    heads: Mapping[str, str]            # lower-cased head word -> type
    cues_after: Mapping[str, str]       # lower-case word -> type
    cues_before: Mapping[str, str]
    cues_of: Mapping[str, str]          # "the publication of X": the word before "of"
    object_cues: Mapping[str, str]      # "launch X": the verb whose object X is
    list_cues: Mapping[str, str]
    stoplist: frozenset[str]
    generic_words: frozenset[str]
    single_word_needs: frozenset[str]
    possessive_name_words: frozenset[str]     # "Children's Commissioner": no possessive split
    first_names: frozenset[str]               # case-sensitive given names
    recommendation_triggers: frozenset[str]   # verbs: "recommends X"
    recommendation_nominals: frozenset[str]   # nouns: "a recommendation to X", "a call on X"
    recommendation_recommenders: Mapping[str, str]  # subject nouns that may recommend
    recommendation_list_cues: frozenset[str]  # "such as" ... introduces items
    recommendation_trim: frozenset[str]       # leading words dropped from an item
    recommendation_modals: frozenset[str]     # "suggests that X should ..." proposes
    recommendation_max_words: int
    # further word classes of the recommendations section ("calling", "list_verbs",
    # "light_verbs", "generic_heads", ...), read by extract/proposals/ by name
    recommendation_words: Mapping[str, frozenset[str]]
    # "MP for X and Y", "member for X": the run after is a constituency, one Place
    constituency_cues: frozenset[str] = frozenset()
    # words after a name that are page furniture, not part of it ("... Portrait", "... Photo")
    trailing_words: frozenset[str] = frozenset()
    byline_words: frozenset[str] = frozenset()   # "Post by X": dropped with the "by"
    staff_roles: frozenset[str] = frozenset()    # "X's director": X is an organisation
    agent_verbs: frozenset[str] = frozenset()    # "X praises": X acts, so is no place
    place_prepositions: frozenset[str] = frozenset()  # "in X, Surrey"
    place_modifiers: frozenset[str] = frozenset()     # "North X", "Rural X": still a place
    place_naming_heads: frozenset[str] = frozenset()  # "the X region", "X families": X names the place
    place_list_nouns: frozenset[str] = frozenset()    # "the pilot areas are X, Y and Z": places
    role_openers: frozenset[str] = frozenset()   # "X Trust Head of Policy": a role starts here
    naming_verbs: frozenset[str] = frozenset()   # "the scheme, known as X": X names the scheme
    reply_heads: frozenset[str] = frozenset()    # "X: Government Response" is another publication
    publishing_verbs: frozenset[str] = frozenset()  # "published 'X'": a quoted X is a title
    # a sitting on a publication after its title ("X Bill Second Reading", "X Bill Debate")
    proceedings_words: frozenset[str] = frozenset()
    # words of a post's time before a body's name ("Former X Commissioner"): the post's
    # holder came and went, the body is the same
    former_words: frozenset[str] = frozenset()
    # a word's short form, written for it inside a name ("Co-ops" for "Co-operatives"): short ->
    # the full word, lower case
    word_short_forms: Mapping[str, str] = field(default_factory=dict)
    # nouns of an act or an item of business before "of/by/to/on" and a name ("Implementation of
    # the X Strategy", "Thanks to the Committee"): the name starts after the preposition
    act_nouns: frozenset[str] = frozenset()
    kind_names: frozenset[str] = frozenset()  # "City Council", "Parish Councils": a kind, no body
    council_styles: frozenset[str] = frozenset()  # "London Borough" (of Westby): a council's name
    # the word before "Council" of a council below the district's ("Westby Town Council"): another
    # body than the council named by its place alone ("Westby Council")
    minor_council_words: frozenset[str] = frozenset()
    legal_suffixes: frozenset[str] = frozenset()  # "X LLP", "X Solicitors": bare X is the same firm
    unit_nouns: frozenset[str] = frozenset()     # "X's employment team": X is an organisation
    party_tags: frozenset[str] = frozenset()     # "Jane Porter (Westby) (Con)": Westby is a seat
    party_names: frozenset[str] = frozenset()    # "Westby Labour": a place's branch of the party
    # a peer's standing where a member's seat would be ("(Crossbench - Life peer)"): no place
    peer_standings: frozenset[str] = frozenset()
    # a peer's title, kept in the name of a peer named by a surname alone or by a surname and
    # its territorial designation ("Lord Hale", "Baroness Porter of Westby"), as the peer is styled
    peerage_titles: frozenset[str] = frozenset()
    # a churchman's title that with "of" and a place names one person ("the Bishop of Westby")
    see_titles: frozenset[str] = frozenset()
    # words ending a body named after a see ("Bishop of Llandaff High School"): no churchman
    see_body_words: frozenset[str] = frozenset()
    # honorifics of more than one person, before a list of names ("Councillors Hale, Roe and
    # Poe"): each name of the list is a person styled by it
    plural_honorifics: frozenset[str] = frozenset()
    # the abbreviations of "Saint" that open a place's or an institution's name ("St Anne's",
    # "St Westby"): no person of the domain is named by one
    saint_words: frozenset[str] = frozenset()
    # the particles that open a surname ("de Brun", "van Hale", "van der Hale")
    surname_particles: frozenset[str] = frozenset()
    # nouns of a stage of a programme ("Phase", "Wave") and the number words after them: "Phase
    # One" alone names no entity
    stage_words: frozenset[str] = frozenset()
    # units of a file's size ("PDF 116 KB" after a link): with a format word and a number, no name
    size_units: frozenset[str] = frozenset()
    # last words of a building's name ("Harbour House"): "in" after them says where it stands
    building_words: frozenset[str] = frozenset()
    # a page's time stamp words that a byline's name may run into ("Jane PorterPublished 2 hours ago")
    stamp_words: frozenset[str] = frozenset()
    person_labels: frozenset[str] = frozenset()   # a page's label before a person's name ("Contact:")
    venue_labels: frozenset[str] = frozenset()    # a page's label before a meeting's address ("Venue:")
    venue_heads: frozenset[str] = frozenset()     # head nouns of a building on such a line ("Centre")
    # a line naming a publication's kind above a page's title ("Policy paper"): the title is one
    publication_kind_lines: frozenset[str] = frozenset()
    # a news site's navigation words, two or more of which open a run before a name
    navigation_words: frozenset[str] = frozenset()
    number_words: frozenset[str] = frozenset()
    # nouns of a document an author's name may precede: "X's 2019 manifesto", "the X report on Y"
    described_nouns: frozenset[str] = frozenset()
    # nouns of a plan a span of years may open: "the 10 Year Westshire Plan", "a ten-year strategy"
    numbered_nouns: frozenset[str] = frozenset()
    # last words of a street or a room in an address ("X Road", "X Room"): a venue, not a body
    address_words: frozenset[str] = frozenset()
    # words naming a part of a text ("Section 20", "Chapter 4"): with a number alone, no name
    provision_words: frozenset[str] = frozenset()
    # words of the other language of a bilingual page ("Croeso", "Clerc", "Pwyllgor Busnes"):
    # a name of them alone is none; a person's name stops before a tail of them
    other_language_words: frozenset[str] = frozenset()
    # head nouns of a post ("Manager", "Chief Executive"): a body's name after one is where it is held
    post_nouns: frozenset[str] = frozenset()
    # the last word of a post or of a party's standing, named without its holder ("Virtual
    # School Head", "Project Worker", "Applicant"): a name headed by one is no entity
    person_heads: frozenset[str] = frozenset()
    # the kind of a court's order ("Interim Care Orders"): a name headed by one is no entity
    order_heads: frozenset[str] = frozenset()
    # the last word of a term of law, practice or research ("Trial", "Exploitation"): a capitalised
    # long form closing with one, defined by an acronym and typed by NER alone, is no entity
    term_heads: frozenset[str] = frozenset()
    # the head of an enactment's title, before its year ("Act 2014", "Regulations 2010"): the
    # title is read back from it through brackets, commas and hyphens (mentions/statutes.py)
    statute_heads: frozenset[str] = frozenset()
    # a Parliament's forms of address ("Friend the Member for Westby", "the noble Lady"): no name
    address_forms: frozenset[str] = frozenset()
    # nouns of a kind of body or paper ("Office", "Panel", "Plan"): one alone, left after a
    # document's merges, names no one thing and is no node
    common_heads: frozenset[str] = frozenset()
    # a word that says what kind of body a one-word name is, written after it ("Harbourside
    # Charity"): across documents the name alone is the body
    kind_suffixes: frozenset[str] = frozenset()
    # nouns of a web medium ("a website called X"): what they name is no publication
    web_media: frozenset[str] = frozenset()
    # the last labels of a web address ("Westshire.gov.uk"): such a name is a site, no title
    web_domains: frozenset[str] = frozenset()
    # the frame of a proposal's phrase: "a new X", "the proposed X", "X proposed by the review";
    # "a set of X"
    frame_words: frozenset[str] = frozenset()
    quantity_frames: frozenset[str] = frozenset()
    # nouns of a sum of money a proposal asks for ("£2bn funding", "investment of £2 billion"):
    # such a phrase is that sum, however the amount is written
    money_words: frozenset[str] = frozenset()
    # words of a version before a title's name ("Draft X", "Revised X"): the same title
    version_words: frozenset[str] = frozenset()
    # verbs of an aim that open a line or a list item in the imperative ("- Improve X experience"):
    # not the opening word of the name after them
    aim_openers: frozenset[str] = frozenset()
    # the gazetteer names of entries that share a form with another entry: the linker has
    # told them apart, so two of them are never merged as one name's variants
    rival_names: frozenset[str] = frozenset()
    # the names of all gazetteer entries: a group that holds one is labelled by it
    gazetteer_names: frozenset[str] = frozenset()
    # (form, name, type) of each name and alias of the gazetteer's bodies, titles and programmes:
    # a name of the same words but prepositions, articles and qualifiers is the entry (resolve)
    gazetteer_titles: tuple[tuple[str, str, str], ...] = ()
    # the names (the second of each triple) of gazetteer_titles: made once, from them (__post_init__)
    gazetteer_title_names: frozenset[str] = field(default=frozenset(), init=False)
    # the schema's acting_verbs (recommendations), each split into its words ("go further" ->
    # ("go", "further")): made once, from recommendation_words (__post_init__)
    acting_phrases: tuple[tuple[str, ...], ...] = field(default=(), init=False)
    # (form, name) of each name and alias of the gazetteer's proposals: a proposal phrase that
    # holds every content word of a long form, in other words between, is the entry (resolve)
    gazetteer_proposals: tuple[tuple[str, str], ...] = ()
    # words that say how a review or a report was run, not which one ("independent", "national")
    title_qualifiers: frozenset[str] = frozenset()
    # (forms of the author, title, the title's words) of each known authorship between gazetteer
    # entries (relations.yaml known_relations, AUTHORED): a description of a text by that author
    # that shares words with the title names it (mentions/described.py)
    authored_titles: tuple[tuple[frozenset[str], str, frozenset[str]], ...] = ()
    # (the answering bodies' names in lower case, the text answered, the answer) of each known
    # answer between gazetteer titles that says by whom it is named (relations.yaml known_relations,
    # RESPONDED_TO with `answered_by`): "the Harbour Office's response to the Westshire Review"
    answer_titles: tuple[tuple[frozenset[str], str, str], ...] = ()
    # nouns by which an author alone names its one known publication ("the Harbour Authority
    # report"), and the words of each such title's subject, one of which its page must hold
    sole_title_nouns: frozenset[str] = frozenset()
    sole_title_signs: tuple[tuple[str, frozenset[str]], ...] = ()

    def __post_init__(self) -> None:
        object.__setattr__(self, "gazetteer_title_names", frozenset(name for _form, name, _type in self.gazetteer_titles))
        object.__setattr__(self, "acting_phrases", tuple(sorted(
            tuple(e.split()) for e in self.recommendation_words.get("acting_verbs", frozenset()))))


@dataclass(frozen=True, slots=True)
class GazetteerEntry:
    name: str
    type: str
    aliases: tuple[str, ...]
    source: str
    # words of a text that vote for this entry where a form it shares with another entry
    # is found (its place names, its chair, its products; matched case-sensitively)
    context: tuple[str, ...] = ()
    # the entry a shared form means when no context votes (one per shared form)
    default: bool = False
    # its forms name it only with their capitals, as a programme's do: in lower case they are a
    # common phrase ("child protection in England")
    capitals: bool = False
    # its name is also a common word ("Reading", "Bury"): a place only where the text shows one
    # (after "in" or "from", beside another place in a list, before a body's head noun); a body
    # ("Harbour", a charity) not where the word opens a sentence as the word ("Harbour walls are ...")
    common: bool = False
    # one of a `groups` list of the gazetteer (the local authorities, regions and counties of a
    # country): a place of a local kind, which "the borough" or "the county" may stand for
    group: bool = False


@dataclass(frozen=True, slots=True)
class RelationPattern:
    id: str
    relation: str
    kind: str
    lemmas: tuple[str, ...]
    preps: tuple[str, ...]
    subject_types: tuple[str, ...]
    object_types: tuple[str, ...]
    confidence: float
    inverse: bool = False
    verbs: tuple[str, ...] = ()   # a second word class some kinds read (roster: the verbs a lead-in may use)
    heads: tuple[str, ...] = ()   # head words of the object's name some kinds read (department_post: "department")
    # the verb kind: "only" keeps, "never" drops, the subjects that are national government bodies
    # (RelationRules.government_first_words and government_last_words: "the Department for Harbours launched Y" backs Y, a council runs it)
    government_subjects: str = ""


@dataclass(frozen=True, slots=True)
class KnownRelation:
    """A relation that holds between two gazetteer entries by what they are, with the source
    that says so (relations.yaml `known_relations`): a document that names both states it."""

    subject: str
    relation: str
    object: str
    source: str
    as_subject: bool = False   # stated only by a clause whose subject is the subject entry and names the object
    capitals: bool = False     # stated only by a page that writes each end with a capital ("Harbour Care", not "harbour care")
    # RESPONDED_TO: the bodies by whose name a page calls the subject "<body>'s response to <object>"
    # ("the Harbour Office's response to the Westshire Review"), in lower case
    answered_by: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class VoiceRules:
    """Cues for the document's own voice: whom "we" outside quotations stands for."""

    self_nouns: frozenset[str] = frozenset()        # "X is a charity that ..."
    statement_verbs: frozenset[str] = frozenset()   # an opening "X welcomes / responds to ..."
    statement_adjectives: frozenset[str] = frozenset()  # "X is pleased / delighted that ..."
    statement_nouns: frozenset[str] = frozenset()   # a title "X statement on ...", "Response from X"
    bylines: tuple[str, ...] = ()                   # "Posted by X", "By X"
    footers: tuple[str, ...] = ()                   # "Registered charity number ...", "(c) X"
    transcript_markers: tuple[str, ...] = ()        # words that mark a debate or a transcript
    record_markers: tuple[str, ...] = ()            # a transcript's record, on a heading line only
    speech_nouns: frozenset[str] = frozenset()      # a title "Jane Porter's speech at ...": her body speaks
    reported_verbs: frozenset[str] = frozenset()    # "X's director Jane Porter says ...": a report about her


@dataclass(frozen=True, slots=True)
class RelationRules:
    signatures: Mapping[str, tuple[tuple[str, ...], tuple[str, ...]]]
    patterns: tuple[RelationPattern, ...]
    unscored: frozenset[str]
    pronouns: Mapping[str, tuple[str, ...]]       # "he" -> (Person,)
    possessive_pronouns: frozenset[str]           # "our report": the clause's subject's
    definite_references: Mapping[str, str]       # "review" -> Publication
    related_verbs_excluded: frozenset[str]
    subsumes: Mapping[str, tuple[str, ...]]   # a stronger relation hides weaker ones
    located_heads: frozenset[str]             # "X County Council" LOCATED_IN "X"
    same_type: frozenset[str]                 # relations between entities of one type
    # countries ("Westland") and the relations none is ever the subject of ("a national scheme across Westland")
    national_places: frozenset[str] = frozenset()
    national_relations: frozenset[str] = frozenset()
    # nouns of a local kind of place ("the borough", "the county"): never a country (context.py)
    local_place_nouns: frozenset[str] = frozenset()
    # the national places as core/text.compact_key compares them ("the U.K." as "uk"): made once,
    # from them (__post_init__)
    national_keys: frozenset[str] = field(default=frozenset(), init=False)
    # the ids of the patterns of the `known` kind (sourced facts): made once, from patterns (__post_init__)
    known_pattern_ids: frozenset[str] = field(default=frozenset(), init=False)
    # the gazetteer's groups of local areas ("Westshire" among a country's councils), as
    # compact keys: made once at load (load_schema)
    local_place_keys: frozenset[str] = frozenset()
    located_regions: frozenset[str] = frozenset()  # "Fostering North Westshire": a regional programme's region
    regional_areas: frozenset[str] = frozenset()  # areas of several councils besides the regions (metropolitan counties)
    programme_parts: frozenset[str] = frozenset()  # "our X constellations": a programme's name before one is the programme
    title_nouns: frozenset[str] = frozenset()  # "its statutory guidance Y": a text's noun its title may follow
    speech_verbs: frozenset[str] = frozenset()  # "X said:" attributes a quotation to X
    # "speaking to X", "told X": X is the audience of what a person says, not where she works
    audience_verbs: frozenset[str] = frozenset()
    speaker_only: frozenset[str] = frozenset()  # relations a quotation's "we" gives only the speaker
    reference_heads: Mapping[str, tuple[str, ...]] = field(default_factory=dict)  # "legislation" -> (bill, act)
    # "the report" may be the one "X Review": the other kinds of name a description noun stands for
    reference_kinds: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    describing_verbs: frozenset[str] = frozenset()  # "X called Y a landmark": verbs that say what Y is
    voice: VoiceRules = VoiceRules()            # "we" outside quotations: the publishing body
    made_relations: frozenset[str] = frozenset()  # relations whose object the subject makes, never a noun's topic
    answering_relations: frozenset[str] = frozenset()  # relations of answering another's text, never one's own
    commissioning_relations: frozenset[str] = frozenset()  # relations of setting up another's text, never a law
    own_text_heads: frozenset[str] = frozenset()  # "the X Bill, launched by the Department": its maker's own text
    topic_preps: frozenset[str] = frozenset()     # "an inquiry into Y", "a report on Y": Y is the noun's topic
    topic_nouns: frozenset[str] = frozenset()     # "an evaluation of Y": nouns whose "of" phrase is a topic too
    hedging_modals: frozenset[str] = frozenset()  # "X may back Y": a possibility, not a stance or a fact
    hedging_adverbs: frozenset[str] = frozenset()  # "X reportedly backs Y"
    opposing_preps: frozenset[str] = frozenset()  # "voted against joining Y": the action is opposed
    denial_verbs: frozenset[str] = frozenset()    # "X denied that it backs Y"
    hearsay_verbs: frozenset[str] = frozenset()   # "critics say X backs Y": a claim of nobody named
    unrealised_verbs: frozenset[str] = frozenset()  # "X applied to join Y": an attempt, not the act
    funding_nouns: frozenset[str] = frozenset()  # "X received funding for Y": money, whose holder runs Y
    share_nouns: frozenset[str] = frozenset()  # "X received a share of the £5m": a part of money is money
    realising_words: frozenset[str] = frozenset()  # "X was successful in its bid to join Y": the attempt succeeded
    stance_relations: frozenset[str] = frozenset()  # "X welcomed an evaluation of Y": no stance on Y
    obligation_words: frozenset[str] = frozenset()  # "X should back Y": what X ought to do, not its stance
    undoing_verbs: frozenset[str] = frozenset()   # "the decision to scrap Y" is not about Y
    undoing_nouns: frozenset[str] = frozenset()   # "welcomed the closure of Y" is no support for Y
    answering_nouns: frozenset[str] = frozenset()  # "its response to Y" is a text about Y, not Y
    independent_words: frozenset[str] = frozenset()  # "its Independent Review": commissioned, not written
    proposal_nouns: frozenset[str] = frozenset()  # "welcomed the recommendation that Y": a stance on Y
    proposing_verbs: frozenset[str] = frozenset()  # "an example of what Y proposed": Y's proposal
    marking_verbs: frozenset[str] = frozenset()   # "Y represents a landmark": a verb that says what Y is
    attributive_words: frozenset[str] = frozenset()  # "the excellent Y review": a verdict before the name
    welcomed_money_nouns: frozenset[str] = frozenset()  # "welcomed the investment": the page's one programme
    event_nouns: frozenset[str] = frozenset()  # "hailed the move": the programme named just before or in the opening
    enacting_verbs: frozenset[str] = frozenset()  # "pleased that X has committed to Y": a feeling about Y
    progress_nouns: frozenset[str] = frozenset()  # "a step": praise only with a word of progress on it
    progress_words: frozenset[str] = frozenset()  # "an important step", "a step forward"
    regress_words: frozenset[str] = frozenset()   # "a step back", "a step in the wrong direction"
    post_words: frozenset[str] = frozenset()      # "Registered Manager" taken as a body names a post, not one
    harm_words: frozenset[str] = frozenset()      # "will be devastating for carers": with criticism, no side taken
    ending_verbs: frozenset[str] = frozenset()    # "Y closed last year": no programme backed by doing it
    # a national government body's name opens with one of the first ("Department for Harbours") or
    # ends with one of the last ("Westland Government"), each only in its place
    government_first_words: frozenset[str] = frozenset()
    government_last_words: frozenset[str] = frozenset()
    ending_phrases: frozenset[tuple[str, str]] = frozenset()  # ("run", "out"): "Y ran out of money"
    known_relations: tuple[KnownRelation, ...] = ()  # between gazetteer entries, by what they are
    # "the four authorities", "these 12 areas": the types of names a counted group noun may stand for,
    # besides its definite_references type ("authority" -> (Place, Organisation))
    counted_groups: Mapping[str, tuple[str, ...]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        object.__setattr__(self, "national_keys", frozenset(compact_key(n) for n in self.national_places))
        object.__setattr__(self, "known_pattern_ids", frozenset(p.id for p in self.patterns if p.kind == KNOWN_KIND))


@dataclass(frozen=True, slots=True)
class Schema:
    ingest: IngestRules
    entities: EntityRules
    gazetteer: tuple[GazetteerEntry, ...]
    relations: RelationRules
    digest: str
    directory: str


class _Consumed(dict[str, Any]):
    """A mapping of a schema file that records which of its keys the reader looked at (`get`,
    `[]`, `in`), or that it took all of them (`items`, `keys`, `values`, iteration: keys that
    are names, such as relation names)."""

    def __init__(self, data: dict[Any, Any], seen: set[str]) -> None:
        super().__init__(data)
        self._seen = seen

    def get(self, key: Any, default: Any = None) -> Any:
        self._seen.add(key)
        return super().get(key, default)

    def __getitem__(self, key: Any) -> Any:
        self._seen.add(key)
        return super().__getitem__(key)

    def __contains__(self, key: object) -> bool:
        self._seen.add(str(key))
        return super().__contains__(key)

    def _all(self) -> None:
        self._seen.update(str(k) for k in super().keys())

    def items(self) -> Any:
        self._all()
        return super().items()

    def keys(self) -> Any:
        self._all()
        return super().keys()

    def values(self) -> Any:
        self._all()
        return super().values()

    def __iter__(self) -> Any:
        self._all()
        return super().__iter__()


_INDEX = re.compile(r"\[\d+\]")


class _Reader:
    """Collects every problem with its file and key path before failing once.

    Unknown keys are found by what the reader reads: every mapping it takes (`mapping`)
    records the keys the reading code looks at, per key path with list indexes folded
    (`patterns[]`), and `unknown_keys` reports the keys no code looked at. A key that a
    reader function starts to read is known from then on, with no list to update."""

    def __init__(self, file: str) -> None:
        self.file = file
        self.problems: list[str] = []
        self._read: dict[str, set[str]] = {}
        self._taken: list[tuple[str, dict[Any, Any]]] = []

    def fail(self, path: str, message: str) -> None:
        self.problems.append(f"{self.file}: {path}: {message}")

    def mapping(self, data: Any, path: str) -> dict[str, Any]:
        if not isinstance(data, dict):
            self.fail(path, "expected a mapping")
            return {}
        self._taken.append((path, data))
        return _Consumed(data, self._read.setdefault(_INDEX.sub("[]", path), set()))

    def unknown_keys(self) -> list[str]:
        """`file: path.key: unknown key (did you mean 'x'?)` for each key no reader read."""
        import difflib

        problems = []
        for path, data in self._taken:
            read = self._read.get(_INDEX.sub("[]", path), set())
            for key in data:
                if str(key) in read:
                    continue
                close = difflib.get_close_matches(str(key), sorted(read), n=1)
                hint = f" (did you mean '{close[0]}'?)" if close else ""
                where = str(key) if path == "(top)" else f"{path}.{key}"
                problems.append(f"{self.file}: {where}: unknown key{hint}")
        return problems

    def mappings(self, data: Any, path: str) -> list[tuple[str, dict[str, Any]]]:
        """A list of mappings, each with its key path (`patterns[4]`); anything else fails."""
        if data is None:
            return []
        if not isinstance(data, list):
            self.fail(path, "expected a list")
            return []
        return [(f"{path}[{i}]", self.mapping(item, f"{path}[{i}]")) for i, item in enumerate(data)]

    def strings(self, data: Any, path: str, *, optional: bool = False) -> tuple[str, ...]:
        if data is None and optional:
            return ()
        if not isinstance(data, list) or not all(isinstance(x, (str, int, float)) for x in data):
            self.fail(path, "expected a list of strings")
            return ()
        return tuple(str(x) for x in data)

    def string(self, data: Any, path: str) -> str:
        if not isinstance(data, str) or not data.strip():
            self.fail(path, "expected a non-empty string")
            return ""
        return data

    def number(self, data: Any, path: str, default: float | None = None) -> float:
        if data is None and default is not None:
            return default
        if isinstance(data, bool) or not isinstance(data, (int, float)):
            self.fail(path, "expected a number")
            return 0.0
        return float(data)

    def types(self, values: tuple[str, ...], known: tuple[str, ...], path: str) -> None:
        for i, value in enumerate(values):
            if value not in known:
                self.fail(f"{path}[{i}]", f"unknown type '{value}' (known: {', '.join(known)})")


# libyaml's loader where PyYAML was built with it (the wheels are): the schemas are some 7,000
# YAML nodes, which the pure-Python loader takes about 0.3 s to read on every command that
# loads them, a warm re-run's largest cost; the same documents either way
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _load_yaml(path: Path) -> Any:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise SchemaError(f"{path}: schema file missing") from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise SchemaError(f"{path}: cannot read ({exc})") from exc
    try:
        return yaml.load(text, Loader=_LOADER)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}, column {mark.column + 1}" if mark else ""
        problem = getattr(exc, "problem", None) or "invalid YAML"
        raise SchemaError(f"{path}: malformed YAML{where}: {problem}") from exc
    except RecursionError as exc:
        raise SchemaError(f"{path}: malformed YAML: nested too deeply") from exc


def load_schema(directory: str | Path | None = None) -> Schema:
    """Read and validate every schema file of `directory` (default: the packaged schemas)."""
    root = Path(directory) if directory is not None else default_schema_dir()
    if not root.is_dir():
        raise SchemaError(f"{root}: schema directory not found")
    raw: dict[str, Any] = {}
    digest = hashlib.sha256()
    for name in SCHEMA_FILES:
        path = root / name
        raw[name] = _load_yaml(path)
        digest.update(name.encode() + b"\0" + path.read_bytes() + b"\0")
    problems: list[str] = []
    readers = {name: _Reader(str(root / name)) for name in SCHEMA_FILES}
    ingest = _ingest_rules(raw["ingest.yaml"], readers["ingest.yaml"], problems)
    entities = _entity_rules(raw["entities.yaml"], readers["entities.yaml"], problems)
    before = len(problems)
    gazetteer = _gazetteer(raw["gazetteer.yaml"], entities.types, readers["gazetteer.yaml"], problems)
    gazetteer_read = len(problems) == before   # (its own problems first: no names to check against)
    titled = (ontology.ORGANISATION, ontology.PUBLICATION, ontology.INITIATIVE)
    entities = replace(entities, rival_names=_rival_names(gazetteer), gazetteer_names=frozenset(e.name for e in gazetteer),
                       gazetteer_titles=tuple((form, e.name, e.type) for e in gazetteer for form in (e.name, *e.aliases)
                                              if e.type in titled),
                       gazetteer_proposals=tuple((form, e.name) for e in gazetteer for form in (e.name, *e.aliases)
                                                 if e.type == ontology.RECOMMENDATION))
    relations = _relation_rules(raw["relations.yaml"], entities.types, readers["relations.yaml"], problems)
    relations = replace(relations, local_place_keys=frozenset(compact_key(e.name) for e in gazetteer
                                                   if e.group and e.type == ontology.PLACE))
    if gazetteer_read:
        problems.extend(_known_relation_problems(str(root / "relations.yaml"), relations, gazetteer))
        entities = replace(entities, authored_titles=_authored_titles(relations, gazetteer),
                           answer_titles=tuple((frozenset(f.answered_by), f.object, f.subject) for f in relations.known_relations
                                               if f.relation == ontology.RESPONDED_TO and f.answered_by))
    for reader in readers.values():   # a misspelt key is a rule that silently never applies
        problems.extend(reader.unknown_keys())
    # a missing ontology name first: it is the cause of the unknown types that follow
    problems[:0] = _ontology_problems(root, entities, relations)
    if problems:
        more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
        raise SchemaError(problems[0] + more)
    return Schema(
        ingest=ingest,
        entities=entities,
        gazetteer=gazetteer,
        relations=relations,
        digest=digest.hexdigest(),
        directory=str(root),
    )


def _ontology_problems(root: Path, entities: EntityRules, relations: RelationRules) -> list[str]:
    """The ontology names the code refers to (core/ontology.py) that the schema does not declare."""
    problems = [
        f"{root / 'entities.yaml'}: types: the code needs type '{name}'"
        for name in ontology.ENTITY_TYPES
        if entities.types and name not in entities.types
    ]
    problems += [
        f"{root / 'relations.yaml'}: relations: the code needs relation '{name}'"
        for name in ontology.RELATIONS
        if relations.signatures and name not in relations.signatures
    ]
    return problems


def _ingest_rules(data: Any, r: _Reader, problems: list[str]) -> IngestRules:
    d = r.mapping(data, "(top)")
    table: dict[int, str] = {}
    for src, dst in r.mapping(d.get("typography", {}), "typography").items():
        if not (isinstance(src, str) and isinstance(dst, str) and len(src) == 1 and len(dst) == 1):
            r.fail(f"typography.{src!r}", "expected one character mapped to one character")
            continue
        table[ord(src)] = dst
    boilerplate = _line_patterns(d, "boilerplate", r)
    furniture = _line_patterns(d, "furniture", r, required=False)
    ids = {rule_id for rule_id, _ in boilerplate}
    commerce = r.strings(d.get("commerce", []), "commerce")
    for i, name in enumerate(commerce):
        if name not in ids:
            r.fail(f"commerce[{i}]", f"no boilerplate rule with id '{name}'")
    extensions = tuple(e.lower() if e.startswith(".") else "." + e.lower()
                       for e in r.strings(d.get("extensions"), "extensions"))
    rules = IngestRules(
        extensions=extensions,
        translation=table,
        bullets=r.strings(d.get("bullets", []), "bullets"),
        boilerplate=tuple(boilerplate),
        commerce=frozenset(commerce),
        shelf_max_words=int(r.number(d.get("shelf_max_words"), "shelf_max_words", 7)),
        furniture=tuple(furniture),
    )
    problems.extend(r.problems)
    return rules


def _line_patterns(d: Mapping[str, Any], key: str, r: _Reader, *, required: bool = True) -> list[tuple[str, re.Pattern[str]]]:
    """The `{id, pattern}` items of an ingest list, compiled case-insensitively; a pattern that
    does not compile or can backtrack catastrophically is a schema error."""
    out: list[tuple[str, re.Pattern[str]]] = []
    items = d.get(key) if required or key in d else []
    for path, item in r.mappings(items, key):
        rule_id = r.string(item.get("id"), f"{path}.id")
        pattern = r.string(item.get("pattern"), f"{path}.pattern")
        try:
            compiled = re.compile(pattern, re.IGNORECASE)
        except re.error as exc:
            r.fail(f"{path}.pattern", f"invalid regular expression: {exc}")
            continue
        risk = catastrophic(pattern)
        if risk:
            r.fail(f"{path}.pattern", f"{risk}: it can take exponential time on some lines; rewrite it")
            continue
        out.append((rule_id, compiled))
    return out


def catastrophic(pattern: str) -> str | None:
    """Why a regular expression can backtrack catastrophically (`^(a+)+$` on a line of a's
    never ends), or None: a repeat (`+`, `*`, `{2,}`) inside a repeat, or an alternation
    inside a repeat. A conservative check on Python's own parse of the pattern."""
    from re import _parser  # type: ignore[attr-defined]  # the parse `re.compile` makes

    repeats = {_parser.MAX_REPEAT, _parser.MIN_REPEAT, getattr(_parser, "POSSESSIVE_REPEAT", None)}

    def walk(items: Any, inside: bool) -> str | None:
        for op, arg in items:
            if op in repeats:
                low, high, body = arg
                many = high is _parser.MAXREPEAT or high > 1
                if many and inside:
                    return "a repeat inside a repeat"
                found = walk(body, inside or many)
            elif op is _parser.BRANCH:
                if inside and len(arg[1]) > 1:
                    return "an alternation inside a repeat"
                found = next((w for w in (walk(b, inside) for b in arg[1]) if w), None)
            elif op is _parser.SUBPATTERN:
                found = walk(arg[-1], inside)
            elif op in (_parser.ASSERT, _parser.ASSERT_NOT):
                found = walk(arg[1], inside)
            else:
                found = None
            if found:
                return found
        return None

    return walk(_parser.parse(pattern), False)


def _government_subjects(r: _Reader, data: Any, path: str) -> str:
    """A pattern's `government_subjects`: "only", "never" or absent (any subject)."""
    if data is None:
        return ""
    if data not in ("only", "never"):
        r.fail(path, f"'{data}' is neither 'only' nor 'never'")
        return ""
    return str(data)


def _word_types(r: _Reader, data: Any, path: str, types: tuple[str, ...]) -> dict[str, str]:
    out: dict[str, str] = {}
    for type_, words in r.mapping(data, path).items():
        if type_ not in types:
            r.fail(f"{path}.{type_}", f"unknown type '{type_}'")
            continue
        for word in r.strings(words, f"{path}.{type_}"):
            out.setdefault(word.lower(), type_)
    return out


_RECOMMENDATION_KEYS = frozenset(
    {"triggers", "nominals", "recommenders", "list_cues", "trim", "modals", "max_words"}
)


def _entity_rules(data: Any, r: _Reader, problems: list[str]) -> EntityRules:
    d = r.mapping(data, "(top)")
    types = r.strings(d.get("types"), "types")
    ner: dict[str, str] = {}
    for label, type_ in r.mapping(d.get("ner", {}), "ner").items():
        if type_ not in types:
            r.fail(f"ner.{label}", f"unknown type '{type_}'")
        ner[str(label)] = str(type_)
    weights = {
        str(k): r.number(v, f"weights.{k}") for k, v in r.mapping(d.get("weights", {}), "weights").items()
    }
    needed = ("ner", "head", "cue", "honorific", "list", "quoted", "gazetteer", "recommendation",
              "speech", "first_name", "object", "agent", "pronoun")
    for key in needed:
        if key not in weights:
            r.fail(f"weights.{key}", "missing")
    rec = r.mapping(d.get("recommendations", {}), "recommendations")

    def lower(key: str) -> frozenset[str]:
        return frozenset(w.lower() for w in r.strings(d.get(key, []), key))

    rules = EntityRules(
        types=types,
        ner=ner,
        weights=weights,
        honorifics=lower("honorifics"),
        peerage_titles=lower("peerage_titles"),
        see_titles=lower("see_titles"),
        see_body_words=lower("see_body_words"),
        plural_honorifics=lower("plural_honorifics"),
        saint_words=lower("saint_words"),
        surname_particles=lower("surname_particles"),
        stage_words=lower("stage_words"),
        size_units=lower("size_units"),
        building_words=lower("building_words"),
        stamp_words=lower("stamp_words"),
        person_labels=lower("person_labels"),
        venue_labels=lower("venue_labels"),
        venue_heads=lower("venue_heads"),
        publication_kind_lines=lower("publication_kind_lines"),
        navigation_words=lower("navigation_words"),
        number_words=lower("number_words"),
        post_nominals=frozenset(r.strings(d.get("post_nominals", []), "post_nominals")),
        role_words=lower("role_words"),
        leading_words=lower("leading_words"),
        connectives=lower("connectives"),
        heads=_word_types(r, d.get("heads", {}), "heads", types),
        cues_after=_word_types(r, d.get("cues_after", {}), "cues_after", types),
        cues_before=_word_types(r, d.get("cues_before", {}), "cues_before", types),
        cues_of=_word_types(r, d.get("cues_of", {}), "cues_of", types),
        object_cues=_word_types(r, d.get("object_cues", {}), "object_cues", types),
        list_cues=_word_types(r, d.get("list_cues", {}), "list_cues", types),
        stoplist=lower("stoplist"),
        generic_words=lower("generic_words"),
        single_word_needs=frozenset(r.strings(d.get("single_word_needs", []), "single_word_needs")),
        possessive_name_words=lower("possessive_name_words"),
        first_names=frozenset(r.strings(d.get("first_names", []), "first_names")),
        recommendation_triggers=frozenset(
            x.lower() for x in r.strings(rec.get("triggers", []), "recommendations.triggers")
        ),
        recommendation_nominals=frozenset(
            x.lower() for x in r.strings(rec.get("nominals", []), "recommendations.nominals")
        ),
        recommendation_recommenders=_word_types(
            r, rec.get("recommenders", {}), "recommendations.recommenders", types
        ),
        recommendation_list_cues=frozenset(
            x.lower() for x in r.strings(rec.get("list_cues", []), "recommendations.list_cues")
        ),
        recommendation_trim=frozenset(
            x.lower() for x in r.strings(rec.get("trim", []), "recommendations.trim")
        ),
        recommendation_modals=frozenset(
            x.lower() for x in r.strings(rec.get("modals", []), "recommendations.modals")
        ),
        recommendation_max_words=int(r.number(rec.get("max_words"), "recommendations.max_words", 15)),
        constituency_cues=lower("constituency_cues"),
        trailing_words=lower("trailing_words"),
        byline_words=lower("byline_words"),
        staff_roles=lower("staff_roles"),
        agent_verbs=lower("agent_verbs"),
        place_prepositions=lower("place_prepositions"),
        place_modifiers=lower("place_modifiers"),
        place_naming_heads=lower("place_naming_heads"),
        place_list_nouns=lower("place_list_nouns"),
        role_openers=lower("role_openers"),
        naming_verbs=lower("naming_verbs"),
        reply_heads=lower("reply_heads"),
        publishing_verbs=lower("publishing_verbs"),
        proceedings_words=lower("proceedings_words"),
        former_words=lower("former_words"),
        word_short_forms={str(k).lower(): r.string(v, f"word_short_forms.{k}").lower()
                          for k, v in r.mapping(d.get("word_short_forms", {}), "word_short_forms").items()},
        act_nouns=lower("act_nouns"),
        kind_names=lower("kind_names"),
        council_styles=lower("council_styles"),
        minor_council_words=lower("minor_council_words"),
        legal_suffixes=lower("legal_suffixes"),
        unit_nouns=lower("unit_nouns"),
        party_tags=lower("party_tags"),
        party_names=lower("party_names"),
        peer_standings=lower("peer_standings"),
        described_nouns=lower("described_nouns"),
        sole_title_nouns=lower("sole_title_nouns"),
        sole_title_signs=tuple((title, frozenset(w.lower().replace("\u2019", "'") for w in r.strings(words, f"sole_title_signs.{title}")))
                               for title, words in r.mapping(d.get("sole_title_signs", {}), "sole_title_signs").items()),
        numbered_nouns=lower("numbered_nouns"),
        address_words=lower("address_words"),
        provision_words=lower("provision_words"),
        other_language_words=lower("other_language_words"),
        post_nouns=lower("post_nouns"),
        person_heads=lower("person_heads"),
        order_heads=lower("order_heads"),
        term_heads=lower("term_heads"),
        statute_heads=lower("statute_heads"),
        address_forms=lower("address_forms"),
        common_heads=lower("common_heads"),
        kind_suffixes=lower("kind_suffixes"),
        web_media=lower("web_media"),
        web_domains=lower("web_domains"),
        frame_words=lower("frame_words"),
        title_qualifiers=lower("title_qualifiers"),
        quantity_frames=lower("quantity_frames"),
        money_words=lower("money_words"),
        version_words=lower("version_words"),
        aim_openers=lower("aim_openers"),
        recommendation_words={
            str(k): frozenset(x.lower() for x in r.strings(v, f"recommendations.{k}"))
            for k, v in rec.items()
            if k not in _RECOMMENDATION_KEYS
        },
    )
    problems.extend(r.problems)
    return rules


def _gazetteer(data: Any, types: tuple[str, ...], r: _Reader, problems: list[str]) -> tuple[GazetteerEntry, ...]:
    d = r.mapping(data, "(top)")
    out: list[GazetteerEntry] = []
    for path, item in r.mappings(d.get("entries"), "entries"):
        type_ = r.string(item.get("type"), f"{path}.type")
        if type_ and type_ not in types:
            r.fail(f"{path}.type", f"unknown type '{type_}'")
        out.append(
            GazetteerEntry(
                name=r.string(item.get("name"), f"{path}.name"),
                type=type_,
                aliases=r.strings(item.get("aliases", []), f"{path}.aliases"),
                source=r.string(item.get("source"), f"{path}.source"),
                context=r.strings(item.get("context"), f"{path}.context", optional=True),
                default=_flag(item.get("default"), f"{path}.default", r),
                capitals=_flag(item.get("capitals"), f"{path}.capitals", r),
                common=_flag(item.get("common"), f"{path}.common", r),
            )
        )
    for path, group in r.mappings(d.get("groups"), "groups"):
        type_ = r.string(group.get("type"), f"{path}.type")
        if type_ and type_ not in types:
            r.fail(f"{path}.type", f"unknown type '{type_}'")
        source = r.string(group.get("source"), f"{path}.source")
        common = _flag(group.get("common"), f"{path}.common", r)
        for name in r.strings(group.get("names"), f"{path}.names"):
            out.append(GazetteerEntry(name=name, type=type_, aliases=(), source=source, common=common, group=True))
    out = _branch_forms(out)
    _shared_forms_have_a_default(out, r)
    problems.extend(r.problems)
    return tuple(out)


def _authored_titles(relations: RelationRules, gazetteer: tuple[GazetteerEntry, ...],
                     ) -> tuple[tuple[frozenset[str], str, frozenset[str]], ...]:
    """(the author's forms in lower case, the title's name, the words of the title's forms in
    lower case) for each known authorship of a gazetteer title by a gazetteer entry."""
    entry = {e.name: e for e in gazetteer}
    out: list[tuple[frozenset[str], str, frozenset[str]]] = []
    for fact in relations.known_relations:
        author, title = entry.get(fact.subject), entry.get(fact.object)
        if fact.relation != ontology.AUTHORED or author is None or title is None:
            continue
        out.append((frozenset(f.lower() for f in (author.name, *author.aliases)), title.name,
                    frozenset(w for f in (title.name, *title.aliases) for w in _WORD.findall(f.lower()))))
    return tuple(out)


_WORD = re.compile(r"[a-z0-9]+")


def _branch_forms(entries: list[GazetteerEntry]) -> list[GazetteerEntry]:
    """A branch named by its parent's acronym ("HTA Westshire", where "HTA" is an alias of the
    Harbour Trust Association) is also written with the parent's name and the acronym in
    brackets: "Harbour Trust Association (HTA) Westshire" is a form of the branch."""
    parents: dict[str, list[str]] = {}
    for entry in entries:
        for alias in entry.aliases:
            if alias.isupper() and " " not in alias:
                parents.setdefault(alias, []).append(entry.name)
    out = []
    for entry in entries:
        first, _, rest = entry.name.partition(" ")
        names = parents.get(first, [])
        if rest and len(names) == 1 and names[0] != entry.name:
            form = f"{names[0]} ({first}) {rest}"
            if form not in entry.aliases:
                entry = replace(entry, aliases=(*entry.aliases, form))
        out.append(entry)
    return out


def _flag(data: Any, path: str, r: _Reader) -> bool:
    if data is None:
        return False
    if not isinstance(data, bool):
        r.fail(path, "expected true or false")
        return False
    return data


def gazetteer_form_key(form: str) -> str:
    """The key two spellings of one gazetteer form share (case and apostrophe aside)."""
    return " ".join(form.replace("\u2019", "'").lower().split())


def _forms(entries: Iterable[GazetteerEntry]) -> dict[str, list[GazetteerEntry]]:
    """{form key: the entries known by it}."""
    owners: dict[str, list[GazetteerEntry]] = {}
    for entry in entries:
        for key in dict.fromkeys(gazetteer_form_key(f) for f in (entry.name, *entry.aliases)):
            owners.setdefault(key, []).append(entry)
    return owners


def _rival_names(entries: Iterable[GazetteerEntry]) -> frozenset[str]:
    return frozenset(e.name for group in _forms(entries).values() if len(group) > 1 for e in group)


def _shared_forms_have_a_default(entries: list[GazetteerEntry], r: _Reader) -> None:
    """A form (name or alias) more than one entry is known by is ambiguous: the text's
    context decides between them, and exactly one of them must be the default."""
    for key, group in _forms(entries).items():
        if len(group) > 1 and sum(e.default for e in group) != 1:
            names = ", ".join(f"'{e.name}'" for e in group)
            r.fail("entries", f"'{key}' is a form of {names}: mark exactly one of them 'default: true'")


def _known_relations(r: _Reader, values: tuple[str, ...], known: tuple[str, ...], path: str) -> None:
    for i, value in enumerate(values):
        if value not in known:
            r.fail(f"{path}[{i}]", f"unknown relation '{value}'")


def _voice_rules(r: _Reader, data: Any) -> VoiceRules:
    if data is None:
        return VoiceRules()
    d = r.mapping(data, "voice")

    def words(key: str) -> tuple[str, ...]:
        return tuple(x.lower() for x in r.strings(d.get(key), f"voice.{key}", optional=True))

    return VoiceRules(
        self_nouns=frozenset(words("self_nouns")),
        statement_verbs=frozenset(words("statement_verbs")),
        statement_adjectives=frozenset(words("statement_adjectives")),
        statement_nouns=frozenset(words("statement_nouns")),
        bylines=words("bylines"),
        footers=words("footers"),
        transcript_markers=words("transcript_markers"),
        record_markers=words("record_markers"),
        speech_nouns=frozenset(words("speech_nouns")),
        reported_verbs=frozenset(words("reported_verbs")),
    )


def _relation_rules(data: Any, types: tuple[str, ...], r: _Reader, problems: list[str]) -> RelationRules:
    d = r.mapping(data, "(top)")
    signatures: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {}
    for name, sig in r.mapping(d.get("relations", {}), "relations").items():
        sig = r.mapping(sig, f"relations.{name}")
        subj = r.strings(sig.get("subject"), f"relations.{name}.subject")
        obj = r.strings(sig.get("object"), f"relations.{name}.object")
        r.types(subj, types, f"relations.{name}.subject")
        r.types(obj, types, f"relations.{name}.object")
        signatures[str(name)] = (subj, obj)
    patterns: list[RelationPattern] = []
    seen: set[str] = set()
    for path, item in r.mappings(d.get("patterns"), "patterns"):
        rule_id = r.string(item.get("id"), f"{path}.id")
        if rule_id in seen:
            r.fail(f"{path}.id", f"duplicate rule id '{rule_id}'")
        seen.add(rule_id)
        relation = r.string(item.get("relation"), f"{path}.relation")
        if relation and relation not in signatures:
            r.fail(f"{path}.relation", f"unknown relation '{relation}'")
        kind = r.string(item.get("kind"), f"{path}.kind")  # checked against the registry of kinds
        default_subj, default_obj = signatures.get(relation, ((), ()))
        subj = r.strings(item.get("subject_types"), f"{path}.subject_types", optional=True) or default_subj
        obj = r.strings(item.get("object_types"), f"{path}.object_types", optional=True) or default_obj
        r.types(subj, types, f"{path}.subject_types")
        r.types(obj, types, f"{path}.object_types")
        patterns.append(
            RelationPattern(
                id=rule_id,
                relation=relation,
                kind=kind,
                lemmas=tuple(x.lower() for x in r.strings(item.get("lemmas", []), f"{path}.lemmas")),
                preps=tuple(x.lower() for x in r.strings(item.get("preps", []), f"{path}.preps", optional=True)),
                subject_types=subj,
                object_types=obj,
                confidence=r.number(item.get("confidence"), f"{path}.confidence", 0.8),
                inverse=bool(item.get("inverse", False)),
                verbs=tuple(x.lower() for x in r.strings(item.get("verbs", []), f"{path}.verbs", optional=True)),
                heads=tuple(x.lower() for x in r.strings(item.get("heads", []), f"{path}.heads", optional=True)),
                government_subjects=_government_subjects(r, item.get("government_subjects"), f"{path}.government_subjects"),
            )
        )
    pronouns: dict[str, tuple[str, ...]] = {}
    for word, ptypes in r.mapping(d.get("pronouns", {}), "pronouns").items():
        ptypes_t = r.strings(ptypes, f"pronouns.{word}")
        r.types(ptypes_t, types, f"pronouns.{word}")
        pronouns[str(word).lower()] = ptypes_t
    references = _word_types(r, d.get("definite_references", {}), "definite_references", types)
    groups: dict[str, tuple[str, ...]] = {}
    for type_, words in r.mapping(d.get("counted_groups", {}), "counted_groups").items():
        if type_ not in types:
            r.fail(f"counted_groups.{type_}", f"unknown type '{type_}'")
            continue
        for word in r.strings(words, f"counted_groups.{type_}"):
            groups[word.lower()] = (*groups.get(word.lower(), ()), type_)
    # relation names used outside `relations`: the graph's own MENTIONS edges count too
    known = (*signatures, ontology.MENTIONS)
    unscored = r.strings(d.get("unscored", []), "unscored")
    _known_relations(r, unscored, known, "unscored")
    same_type = r.strings(d.get("same_type", []), "same_type", optional=True)
    _known_relations(r, same_type, known, "same_type")
    national = r.mapping(d.get("national_places", {}), "national_places")
    national_relations = r.strings(national.get("relations", []), "national_places.relations", optional=True)
    _known_relations(r, national_relations, known, "national_places.relations")
    national_places = r.strings(national.get("places", []), "national_places.places", optional=True)
    subsumes: dict[str, tuple[str, ...]] = {}
    for strong, weak in r.mapping(d.get("subsumes", {}), "subsumes").items():
        if str(strong) not in signatures:
            r.fail(f"subsumes.{strong}", f"unknown relation '{strong}'")
        subsumes[str(strong)] = r.strings(weak, f"subsumes.{strong}", optional=True)
        _known_relations(r, subsumes[str(strong)], known, f"subsumes.{strong}")
    made = r.strings(d.get("made_relations", []), "made_relations", optional=True)
    _known_relations(r, made, known, "made_relations")
    answering = r.strings(d.get("answering_relations", []), "answering_relations", optional=True)
    _known_relations(r, answering, known, "answering_relations")
    commissioning = r.strings(d.get("commissioning_relations", []), "commissioning_relations", optional=True)
    _known_relations(r, commissioning, known, "commissioning_relations")
    stance = r.strings(d.get("stance_relations", []), "stance_relations", optional=True)
    _known_relations(r, stance, known, "stance_relations")
    facts: list[KnownRelation] = []
    for path, item in r.mappings(d.get("known_relations"), "known_relations"):
        fact = KnownRelation(subject=r.string(item.get("subject"), f"{path}.subject"),
                             relation=r.string(item.get("relation"), f"{path}.relation"),
                             object=r.string(item.get("object"), f"{path}.object"),
                             source=r.string(item.get("source"), f"{path}.source"),
                             as_subject=_flag(item.get("as_subject"), f"{path}.as_subject", r),
                             capitals=_flag(item.get("capitals"), f"{path}.capitals", r),
                             answered_by=tuple(x.lower() for x in r.strings(item.get("answered_by", []), f"{path}.answered_by",
                                                                           optional=True)))
        if fact.relation and fact.relation not in signatures:
            r.fail(f"{path}.relation", f"unknown relation '{fact.relation}'")
        facts.append(fact)
    rules = RelationRules(
        signatures=signatures,
        patterns=tuple(patterns),
        unscored=frozenset(unscored),
        pronouns=pronouns,
        possessive_pronouns=frozenset(
            x.lower() for x in r.strings(d.get("possessive_pronouns", []), "possessive_pronouns", optional=True)
        ),
        definite_references=references,
        subsumes=subsumes,
        located_heads=frozenset(x.lower() for x in r.strings(d.get("located_heads", []), "located_heads", optional=True)),
        programme_parts=frozenset(
            x.lower() for x in r.strings(d.get("programme_parts", []), "programme_parts", optional=True)
        ),
        title_nouns=frozenset(
            x.lower() for x in r.strings(d.get("title_nouns", []), "title_nouns", optional=True)
        ),
        located_regions=frozenset(
            x.lower() for x in r.strings(d.get("located_regions", []), "located_regions", optional=True)
        ),
        regional_areas=frozenset(
            x.lower() for x in r.strings(d.get("regional_areas", []), "regional_areas", optional=True)
        ),
        same_type=frozenset(same_type),
        national_places=frozenset(x.lower() for x in national_places),
        local_place_nouns=frozenset(x.lower() for x in r.strings(d.get("local_place_nouns", []), "local_place_nouns",
                                                                 optional=True)),
        national_relations=frozenset(national_relations),
        speech_verbs=frozenset(x.lower() for x in r.strings(d.get("speech_verbs", []), "speech_verbs", optional=True)),
        audience_verbs=frozenset(x.lower() for x in r.strings(d.get("audience_verbs", []), "audience_verbs", optional=True)),
        speaker_only=frozenset(r.strings(d.get("speaker_only", []), "speaker_only", optional=True)),
        describing_verbs=frozenset(
            x.lower() for x in r.strings(d.get("describing_verbs", []), "describing_verbs", optional=True)
        ),
        reference_heads={
            str(noun).lower(): tuple(x.lower() for x in r.strings(heads, f"reference_heads.{noun}"))
            for noun, heads in r.mapping(d.get("reference_heads", {}), "reference_heads").items()
        },
        reference_kinds={
            str(noun).lower(): tuple(x.lower() for x in r.strings(kinds, f"reference_kinds.{noun}"))
            for noun, kinds in r.mapping(d.get("reference_kinds", {}), "reference_kinds").items()
        },
        voice=_voice_rules(r, d.get("voice")),
        made_relations=frozenset(made),
        answering_relations=frozenset(answering),
        commissioning_relations=frozenset(commissioning),
        stance_relations=frozenset(stance),
        topic_preps=frozenset(x.lower() for x in r.strings(d.get("topic_preps", []), "topic_preps", optional=True)),
        topic_nouns=frozenset(x.lower() for x in r.strings(d.get("topic_nouns", []), "topic_nouns", optional=True)),
        **{key: frozenset(x.lower() for x in r.strings(d.get(key, []), key, optional=True))
           for key in ("hedging_modals", "hedging_adverbs", "obligation_words", "opposing_preps", "denial_verbs",
                       "hearsay_verbs", "unrealised_verbs", "realising_words", "funding_nouns", "share_nouns", "undoing_verbs", "undoing_nouns", "answering_nouns",
                       "independent_words", "own_text_heads", "proposal_nouns", "marking_verbs", "attributive_words", "welcomed_money_nouns", "event_nouns", "enacting_verbs", "progress_nouns",
                       "progress_words", "regress_words", "proposing_verbs",
                       "post_words", "harm_words", "ending_verbs", "government_first_words", "government_last_words")},
        ending_phrases=frozenset((w[0], w[1]) for x in r.strings(d.get("ending_phrases", []), "ending_phrases", optional=True)
                                 if len(w := x.lower().split()) == 2),
        related_verbs_excluded=frozenset(
            x.lower() for x in r.strings(d.get("related_verbs_excluded", []), "related_verbs_excluded", optional=True)
        ),
        known_relations=tuple(facts),
        counted_groups=groups,
    )
    problems.extend(r.problems)
    return rules


def _known_relation_problems(file: str, relations: RelationRules, gazetteer: tuple[GazetteerEntry, ...]) -> list[str]:
    """A known relation names two gazetteer entries whose types its relation allows."""
    entries = {gazetteer_form_key(e.name): e for e in gazetteer}
    problems: list[str] = []
    for i, fact in enumerate(relations.known_relations):
        subj_ok, obj_ok = relations.signatures.get(fact.relation, ((), ()))
        for end, name, allowed in (("subject", fact.subject, subj_ok), ("object", fact.object, obj_ok)):
            entry = entries.get(gazetteer_form_key(name))
            if entry is None:
                problems.append(f"{file}: known_relations[{i}].{end}: '{name}' is no gazetteer entry's name")
            elif fact.relation in relations.signatures and entry.type not in allowed:
                problems.append(f"{file}: known_relations[{i}].{end}: '{name}' is a {entry.type}, "
                                f"which {fact.relation} does not take as its {end}")
    return problems
