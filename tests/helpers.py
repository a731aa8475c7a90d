"""Paths and small helpers shared by the tests (importable: tests/ is on sys.path)."""

from __future__ import annotations

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


def relations_found(doc, names, schema):  # type: ignore[no-untyped-def]
    """The typed relations the rules find in a hand-built parse `doc` whose names are given as
    (start token, end token, type): each name one entity, its key the type and the text; as
    (source label, relation, target label) triples."""
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
    return {(label[r.source], r.relation, label[r.target]) for r in relations}


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
