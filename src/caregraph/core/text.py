"""Names: canonical forms, comparison keys and acronyms. Pure string functions."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection, Sequence
from functools import lru_cache
from typing import Protocol


class NameRules(Protocol):
    """The words of core/schema.EntityRules that a person's name is read with (a protocol, not an
    import: the schema makes its keys with this module, and the query commands import this
    module without YAML or the schema)."""

    @property
    def honorifics(self) -> frozenset[str]: ...
    @property
    def post_nominals(self) -> frozenset[str]: ...
    @property
    def role_words(self) -> frozenset[str]: ...
    @property
    def peerage_titles(self) -> frozenset[str]: ...


_APOSTROPHES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
                              "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u00a0": " "})
_SPACE = re.compile(r"\s+")
_POSSESSIVE = re.compile(r"(?:'s|s')$|'$", re.IGNORECASE)


def _strip_punct(text: str) -> str:
    start, end = 0, len(text)
    while start < end and unicodedata.category(text[start]).startswith("P"):
        start += 1
    while end > start and unicodedata.category(text[end - 1]).startswith("P"):
        end -= 1
    return text[start:end]


@lru_cache(maxsize=65536)
def normalise_key(name: str) -> str:
    """The comparison key of a name, as spec/gold-format.md defines it. (Cached: a document
    asks for the keys of the same few hundred names again and again.)"""
    # white space first, so "  The\tReview" loses its article like "The Review" does
    text = _SPACE.sub(" ", unicodedata.normalize("NFKC", name).translate(_APOSTROPHES)).strip()
    text = _strip_punct(text).strip()
    text = text.lower()
    if text.startswith("the "):
        text = text[4:]
    text = _strip_punct(text)
    if text.endswith("'s"):
        text = text[:-2]
    elif text.endswith("'"):
        text = text[:-1]
    text = _SPACE.sub(" ", text).strip()
    return _strip_punct(text)


def canonical_name(text: str, rules: NameRules, *, person: bool = False) -> str:
    """The display form of a name: no honorific, post-nominal, possessive or leading
    article; typographic apostrophes unified; one line; single spaces."""
    words = _clean_name(text).split(" ")
    while words and words[0].lower() in ("the", "this", "these", "its", "their", "our"):
        words = words[1:]
    words = _without_honorifics(words, rules)
    while len(words) > 1 and words[-1].rstrip(".,") in rules.post_nominals:
        words = words[:-1]
    if person:
        # "Education Secretary Laura Finch" -> "Laura Finch"
        while len(words) > 2 and words[0].lower() in rules.role_words and words[1][:1].isupper():
            words = words[1:]
        words = _without_honorifics(words, rules)
    name = " ".join(words)
    name = _POSSESSIVE.sub("", name) if not name.endswith("s'") else name[:-1]
    return name.strip(" \"'()[],;:.\u2022-*|")


@lru_cache(maxsize=65536)
def _clean_name(text: str) -> str:
    """A name on one line with single spaces, typographic apostrophes unified, its first
    words unquoted and its edges stripped of quotes and brackets (the part of canonical_name
    that needs no rules, cached: a document asks for the same names again and again)."""
    name = _SPACE.sub(" ", unicodedata.normalize("NFKC", text).translate(_APOSTROPHES)).strip()
    return _unquote_first_words(name).strip(" \"'()[],;:.\u2022-*|")


def _without_honorifics(words: list[str], rules: NameRules) -> list[str]:
    """The words of a name after its leading honorifics, of one word or two ("Rt Hon Dr Jane
    Westby" -> "Jane Westby"); a peer's title stays before a surname alone or a surname and its
    place ("Rt Hon Lord Westby" -> "Lord Westby", "Baroness Hale of Eastby")."""
    while len(words) > 1:
        if _peer_style(words, rules):
            break
        if words[0].lower().rstrip(".") in rules.honorifics:
            words = words[1:]
        elif len(words) > 2 and f"{words[0]} {words[1]}".lower().replace(".", "") in rules.honorifics:
            words = words[2:]
        else:
            break
    return words


def _peer_style(words: list[str], rules: NameRules) -> bool:
    """Is the name a peer's style, a peerage title and a surname, alone or with "of" and a
    capitalised place ("Lord Westby", "Baroness Hale of Eastby")? Not a post ("Lord Mayor",
    "Lord Chancellor") nor a title before a given and a family name ("Lady Jane Hale")."""
    rest = words[1:]
    if words[0].lower() not in rules.peerage_titles or not rest or not rest[0][:1].isupper():
        return False
    surname = rest[0].lower().rstrip(".,")
    if surname in rules.role_words or surname in rules.honorifics:
        return False
    return len(rest) == 1 or (len(rest) >= 3 and rest[1] == "of" and all(w[:1].isupper() or w == "and" for w in rest[2:]))


_QUOTED_OPENING = re.compile(r"""^(["'])([^"'\s][^"']*?[^"'\s]|[^"'\s])\1(?=\s)""")


def _unquote_first_words(name: str) -> str:
    """A name whose first words are quoted ("'revolution' in family help", '"radical" reset of
    X') without the quotation marks, which edge-stripping would leave half."""
    return _QUOTED_OPENING.sub(r"\2", name)


def is_acronym(text: str) -> bool:
    """"DfE", "LGA", "RCCs", "NYAS": two to seven letters, mostly capitals, one word."""
    core = text[:-1] if text.endswith("s") and len(text) > 2 and text[-2].isupper() else text
    if not (2 <= len(core) <= 7) or not core.isalpha():
        return False
    upper = sum(1 for ch in core if ch.isupper())
    return core[0].isupper() and upper >= max(2, len(core) - 1)


def acronym_core(text: str) -> str:
    """An acronym without its plural s, upper-cased: "RCCs" -> "RCC"."""
    core = text[:-1] if text.endswith("s") and len(text) > 2 and text[-2].isupper() else text
    return core.upper()


def initials(name: str, skip: frozenset[str]) -> str:
    """Initials of the content words of a name: "Association of Directors of Children's
    Services" -> "ADCS" (words in `skip`, such as "of" and "and", are passed over)."""
    letters = []
    for word in re.split(r"[\s\-]+", name):
        word = word.strip("'\".,()")
        if word.endswith("'s"):
            word = word[:-2]
        if not word or word.lower() in skip:
            continue
        if word[0].isalpha():
            letters.append(word[0].upper())
    return "".join(letters)


def word_keys(name: str) -> list[str]:
    """The lower-case words of a name's key, possessives and punctuation dropped."""
    return list(_word_keys(name))


@lru_cache(maxsize=65536)
def _word_keys(name: str) -> tuple[str, ...]:
    words = []
    for w in normalise_key(name).split():
        w = _strip_punct(w)
        if w.endswith("'s"):
            w = w[:-2]
        if w:
            words.append(w)
    return tuple(words)


@lru_cache(maxsize=65536)
def compact_key(name: str) -> str:
    """A looser key for merging: letters and digits only ("#ValueOurLove" = "Value Our Love")."""
    return "".join(ch for ch in normalise_key(name) if ch.isalnum())


def unique_id(base: str, used: set[str]) -> str:
    """`base`, else `base-2`, `base-3`, ...: the first that is not in `used`, which it joins."""
    candidate, n = base, 2
    while candidate in used:
        candidate, n = f"{base}-{n}", n + 1
    used.add(candidate)
    return candidate


# the analyst's lookups (query/): a looser form than normalise_key, for what a user types
_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201b": "'", "\u2032": "'",
                         "\u201c": '"', "\u201d": '"', "\u00a0": " "})


def fold(text: str) -> str:
    """A comparison form: accents, case, typographic quotes and spacing ignored."""
    if text.isascii():   # nothing to translate or decompose (the common case, and fast)
        return _SPACE.sub(" ", text.casefold()).strip()
    decomposed = unicodedata.normalize("NFKD", text.translate(_QUOTES))
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _SPACE.sub(" ", bare.casefold()).strip()


def name_key(name: str) -> str:
    """The key an entity is looked up by: `fold` without a leading "the"."""
    key = fold(name)
    return key[4:] if key.startswith("the ") else key


def council_style_place(words: Sequence[str], styles: Collection[str]) -> list[str] | None:
    """The words after a council's style and "of" that open a name's lower-case words ("london
    borough of westby" -> ["westby"]; `styles`: schema council_styles); None where no style
    opens it."""
    for style in styles:
        opening = style.split()
        n = len(opening)
        if len(words) > n + 1 and list(words[:n]) == opening and words[n] == "of":
            return list(words[n + 1 :])
    return None


def key_words(name: str) -> list[str]:
    """The words of a name's key (normalise_key), an ampersand read as "and": "Eastby & Westby
    Council" holds the place "Eastby and Westby", and "Eastby and Westby Council" "Eastby & Westby"."""
    return ["and" if w == "&" else w for w in normalise_key(name).split()]
