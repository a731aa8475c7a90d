"""Paths and small helpers shared by the tests (importable: tests/ is on sys.path)."""

from __future__ import annotations

import re
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SCHEMAS = REPO / "schemas"
RAW = REPO / "data" / "raw"
# The shared folder beside the repository (spec, gold, tools): always found relative to the
# repository, never by an absolute path.
SHARED = REPO.parent / "shared"


def write(path: Path, data: bytes | str) -> Path:
    """Write bytes or UTF-8 text, creating parent directories."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def relations_found_by_rule(doc, names, schema):  # type: ignore[no-untyped-def]
    """The typed relations the rules find in a hand-built parse `doc` whose names are given as
    (start token, end token, type): each name one entity, its key the type and the text; as
    (source label, relation, target label, rule) rows."""
    from caregraph.core.records import Entity, Mention
    from caregraph.extract.relations import find_relations

    mentions, keys, entities = [], [], []
    for start, end, type_ in names:
        span = doc[start:end]
        key = f"{type_}:{span.text}"
        mentions.append(Mention("t", span.start_char, span.end_char, span.text, span.text, ((type_, 1.0),), "test"))
        keys.append(key)
        entities.append(Entity(key, span.text, type_, (), 1, ("t",), span.sent.text))
    relations = find_relations(doc, mentions, keys, entities, schema, doc_id="t",
                               evidence_of=lambda start, end: doc.text[start:end])
    label = {e.key: e.label for e in entities}
    return {(label[r.source], r.relation, label[r.target], r.rule) for r in relations}


def relations_found(doc, names, schema):  # type: ignore[no-untyped-def]
    """The typed relations the rules find in a hand-built parse `doc` whose names are given as
    (start token, end token, type): each name one entity, its key the type and the text; as
    (source label, relation, target label) triples."""
    return {row[:3] for row in relations_found_by_rule(doc, names, schema)}


def hand_parse(vocab, rows):  # type: ignore[no-untyped-def]
    """A spaCy Doc built by hand from rows of (word, head index, dependency, part of speech,
    lemma), or (word, head index, dependency, part of speech, tag, lemma): the parse a rule
    reads, with no trained model."""
    from spacy.tokens import Doc

    columns = [list(column) for column in zip(*rows, strict=True)]
    if len(columns) == 6:
        words, heads, deps, pos, tags, lemmas = columns
        return Doc(vocab, words=words, heads=heads, deps=deps, pos=pos, tags=tags, lemmas=lemmas)
    words, heads, deps, pos, lemmas = columns
    return Doc(vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas)


_MARK = re.compile(r"\[([^\]|]+)\|([A-Za-z]+)\]")


def marked_entities(schema, marked: str):  # type: ignore[no-untyped-def]
    """The entities that duplicates resolution makes of one document whose mentions are marked
    in its text with [brackets], type after a bar ("[Harbour Trust|Organisation]")."""
    from caregraph.core.records import Mention
    from caregraph.extract.resolve import entities_of_document

    text, mentions, pos = "", [], 0
    for m in _MARK.finditer(marked):
        text += marked[pos : m.start()]
        name, type_ = m.group(1), m.group(2)
        mentions.append(Mention(doc_id="d", start=len(text), end=len(text) + len(name), text=name,
                                name=name, votes=((type_, 1.0),), rule="test"))
        text += name
        pos = m.end()
    text += marked[pos:]
    entities, _keys = entities_of_document(mentions, doc_id="d", rules=schema.entities,
                                           evidence_of=lambda m: "", text=text)
    return entities


def marked_document(schema, marked: str) -> list[set[str]]:  # type: ignore[no-untyped-def]
    """The entities (as sets of their names) of a marked document (see `marked_entities`)."""
    entities = marked_entities(schema, marked)
    return sorted(({e.label, *e.aliases} for e in entities), key=lambda g: sorted(g))


def document_entity(key: str, label: str, type_: str, *, aliases: tuple[str, ...] = (), mentions: int = 1):  # type: ignore[no-untyped-def]
    """One document's entity of the given key ("doc#n"), label and type."""
    from caregraph.core.records import Entity

    return Entity(key=key, label=label, type=type_, aliases=aliases, mentions=mentions,
                  documents=(key.split("#")[0],), evidence="", votes=((type_, 1.0),))


def merged_groups(schema, entities, *, scope: str = "") -> list[set[str]]:  # type: ignore[no-untyped-def]
    """The labels merge_entities puts together, as sets."""
    from caregraph.extract.resolve import merge_entities

    _merged, mapping = merge_entities(entities, schema.entities, scope=scope)
    groups: dict[str, set[str]] = {}
    for e in entities:
        groups.setdefault(mapping[e.key], set()).add(e.label)
    return sorted(groups.values(), key=lambda g: sorted(g))


def text_entities(extractor, text: str) -> dict[str, str]:  # type: ignore[no-untyped-def]
    """The entities the extractor finds in a text, as {label: type}."""
    result = extractor.process_text(text, doc_id="t")
    return {e.label: e.type for e in result.entities}


def text_relations(extractor, text: str) -> set[tuple[str, str, str]]:  # type: ignore[no-untyped-def]
    """The typed relations the extractor finds in a text, as (source label, relation, target label)."""
    result = extractor.process_text(text, doc_id="t")
    label = {e.key: e.label for e in result.entities}
    return {(label[r.source], r.relation, label[r.target]) for r in result.relations}


def role_pairs(extractor, text: str) -> set[tuple[str, str]]:  # type: ignore[no-untyped-def]
    """The (person, body) pairs of the ROLE_AT relations the extractor finds in a text."""
    return {(s, t) for s, r, t in text_relations(extractor, text) if r == "ROLE_AT"}


def assert_page_relations(extractor, text: str, expected, absent) -> None:  # type: ignore[no-untyped-def]
    """The extractor finds `expected` (source label, relation, target label) in the text and,
    when `absent` is given, not that one."""
    rels = text_relations(extractor, text)
    assert expected in rels
    if absent is not None:
        assert absent not in rels


def text_recommendations(extractor, text: str):  # type: ignore[no-untyped-def]
    """The Recommendation labels the extractor finds in a text (sorted) and its relations as
    (source label, relation, target label)."""
    result = extractor.process_text(text, doc_id="t")
    label = {e.key: e.label for e in result.entities}
    recs = sorted(e.label for e in result.entities if e.type == "Recommendation")
    return recs, {(label[r.source], r.relation, label[r.target]) for r in result.relations}


def assert_proposes(relations, publication: str, proposals) -> None:  # type: ignore[no-untyped-def]
    """Each proposal (a part of a target's label) is recommended by the publication."""
    for proposal in proposals:
        assert any(s == publication and rel == "RECOMMENDS" and proposal in t for s, rel, t in relations), (proposal, relations)


def with_known_fact(schema, subject: str, relation: str, obj: str, **fields):  # type: ignore[no-untyped-def]
    """`schema` with one invented known relation (relations.yaml known_relations) in place of the
    real ones: `subject` `relation` `obj`, with any further fields (`as_subject=True`)."""
    from dataclasses import replace

    from caregraph.core.schema import KnownRelation

    fact = KnownRelation(subject=subject, relation=relation, object=obj, source="invented", **fields)
    return replace(schema, relations=replace(schema.relations, known_relations=(fact,)))


def two_named_sentences(first: str, second: str, *, verb: str = "welcomed", lemma: str = "welcome",
                        plural: bool = False) -> list[tuple[str, int, str, str, str, str]]:
    """Rows for `hand_parse` of "<first> was published . <second> was <verb> .", each name two
    proper nouns (passive subjects of their sentence); `plural` makes the second "were" and NNPS."""
    a1, a2 = first.split()
    b1, b2 = second.split()
    b2_tag, b_aux = ("NNPS", "were") if plural else ("NNP", "was")
    b2_lemma = b2[:-1] if plural and b2.endswith("s") else b2
    return [
        (a1, 1, "compound", "PROPN", "NNP", a1),
        (a2, 3, "nsubjpass", "PROPN", "NNP", a2),
        ("was", 3, "auxpass", "AUX", "VBD", "be"),
        ("published", 3, "ROOT", "VERB", "VBN", "publish"),
        (".", 3, "punct", "PUNCT", ".", "."),
        (b1, 6, "compound", "PROPN", "NNP", b1),
        (b2, 8, "nsubjpass", "PROPN", b2_tag, b2_lemma),
        (b_aux, 8, "auxpass", "AUX", "VBD", "be"),
        (verb, 8, "ROOT", "VERB", "VBN", lemma),
        (".", 8, "punct", "PUNCT", ".", "."),
    ]
