"""Pilots named by a common noun: on a page that names a known proposal ("Harbour Hubs") whose
trial the gazetteer names as the proposal and one word of trial ("Harbour Hub Pathfinder"), that
word written in lower case as a noun ("the pathfinders", "chosen as pathfinders for Harbour Hubs",
"the pathfinder approach") is that programme.

No title is written, so no name voter sees the programme; the gazetteer pairs the proposal and its
trial, and the page names the proposal. Not where the page names another programme headed by the
word ("the Westshire Pathfinder": "the pathfinder" is its short form), nor where two proposals of
the page each have a trial of that word (which one is not said).
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc

from ...core.ontology import INITIATIVE, RECOMMENDATION
from ...core.records import Mention
from ...core.schema import EntityRules, GazetteerEntry, gazetteer_form_key


def trial_pairs(gazetteer: Sequence[GazetteerEntry]) -> dict[str, dict[str, str]]:
    """The word of trial -> {a proposal's form key (singular) -> its trial's name}: each gazetteer
    programme whose name is a gazetteer proposal's name or alias (in either number) and one word
    more ("Harbour Hub Pathfinder" for "Harbour Hubs")."""
    cached = _PAIRS.get(id(gazetteer))
    if cached is not None and cached[0] is gazetteer:
        return cached[1]
    proposals: dict[str, GazetteerEntry] = {}
    for entry in gazetteer:
        if entry.type == RECOMMENDATION:
            for form in (entry.name, *entry.aliases):
                proposals.setdefault(_singular(gazetteer_form_key(form)), entry)
    pairs: dict[str, dict[str, str]] = {}
    for entry in gazetteer:
        if entry.type != INITIATIVE:
            continue
        words = gazetteer_form_key(entry.name).split()
        if len(words) < 2:
            continue
        proposal = proposals.get(_singular(" ".join(words[:-1])))
        if proposal is not None:
            trials = pairs.setdefault(_singular(words[-1]), {})
            for form in (proposal.name, *proposal.aliases):
                trials[_singular(gazetteer_form_key(form))] = entry.name
    _PAIRS.clear()
    _PAIRS[id(gazetteer)] = (gazetteer, pairs)
    return pairs


# the pairs of the last gazetteer asked about (one schema per process)
_PAIRS: dict[int, tuple[Sequence[GazetteerEntry], dict[str, dict[str, str]]]] = {}


def _singular(form: str) -> str:
    return form[:-1] if form.endswith("s") and not form.endswith("ss") else form


def described_pilots(doc: Doc, mentions: Sequence[Mention], rules: EntityRules,
                     pairs: dict[str, dict[str, str]], *, doc_id: str, sent_index: dict[int, int]) -> list[Mention]:
    """Initiative mentions for the lower-case nouns of trial (either number) outside every mention,
    on a page that names exactly one proposal with a trial of that word, and no programme of its
    own headed by the word."""
    if not pairs:
        return []
    named_proposals = {_singular(gazetteer_form_key(form)) for m in mentions if _leads(m, RECOMMENDATION)
                       for form in (m.name, m.text)}
    programmes = [gazetteer_form_key(m.name).split() for m in mentions if _leads(m, INITIATIVE)]
    covered = [(m.start, m.end) for m in mentions]
    found: list[Mention] = []
    for word, trials in pairs.items():
        on_page = {trials[p] for p in named_proposals if p in trials}
        if len(on_page) != 1:
            continue
        trial = next(iter(on_page))
        if any(words and _singular(words[-1]) == word and " ".join(words) != gazetteer_form_key(trial)
               for words in programmes):
            continue  # "the Westshire Pathfinder" ... "the pathfinder"
        for tok in doc:
            if tok.pos_ != "NOUN" or not tok.text.islower() or _singular(tok.lower_) != word:
                continue
            start, end = tok.idx, tok.idx + len(tok.text)
            if any(a < end and start < b for a, b in covered):
                continue
            found.append(Mention(doc_id=doc_id, start=start, end=end, text=tok.text, name=trial,
                                 votes=((INITIATIVE, rules.weights["cue"]),), rule="described",
                                 sent=sent_index.get(tok.sent.start, 0) if sent_index else 0))
    return found


def _leads(mention: Mention, type_: str) -> bool:
    """Whether a mention's strongest vote is for the type."""
    return bool(mention.votes) and max(mention.votes, key=lambda v: v[1])[0] == type_
