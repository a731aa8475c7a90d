"""Labels: a known body is labelled by a name its texts write.

A gazetteer entry's name labels every entity the entry is found for (resolve), even where the
texts write only a short form of it: a page that says only "HT" gets a node "the Harbour
Trust". After the merge, a node whose label is the name of a body, title or programme of the
gazetteer that no text writes (nor a form equal to it once normalised, core/text.normalise_key,
with no aside in brackets, punctuation, article, preposition or "and" inside and no plural "s":
"Harbour Trusts", "Harbour Co-Operative", "Trust of Harbours" for "Trust for Harbours"; nor a
longer mention that holds it: "the Harbour Steps programme" writes "Harbour Steps") is labelled
instead by the entry's listed form (its name or an alias) that the texts write most, spelt as
the gazetteer spells it where the text's form differs only in case, else as the texts spell it
most: ties to the longest, then the first alphabetically. The entry's name becomes an alias.
Only a form that opens with a capital labels (a name, not a lower-case description the gazetteer
lists), and never a written form the gazetteer does not list (a slip, a title in other words). Node ids are made before this (graph/ids.py), so an id never changes
with a label; a form another node is labelled by, or a node the curation file touched, keeps
the entry's name. A proposal of the gazetteer keeps its name: its aliases are wordings.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection, Mapping, Sequence
from dataclasses import replace

from ..core.records import Entity
from ..core.schema import EntityRules
from ..core.text import normalise_key


def _loose(name: str) -> str:
    """A name's key (normalise_key) with no aside in brackets, no punctuation, article,
    preposition or "and" inside and no plural "s": "Harbour Trust's Co-Operative (HTC) Fund",
    "Harbour Trusts Cooperative Funds" and "Harbour Trust & Cooperative Fund" are one name, as a
    form that only swaps a preposition ("Trust for Harbours", "Trust of Harbours") is."""
    words = _INNER.sub("", normalise_key(_ASIDE.sub(" ", name))).split()
    return " ".join(w[:-1] if len(w) > 3 and w.endswith("s") else w for w in words if w not in _LINKS)


_ASIDE = re.compile(r"\([^()]*\)")
_INNER = re.compile(r"[^\w\s]")
_LINKS = frozenset({"a", "an", "the", "and", "of", "for", "in", "on", "to", "at", "by", "with", "into", "from"})


def entry_forms(rules: EntityRules) -> dict[str, dict[str, list[str]]]:
    """{an entry's name: {a loose key (_loose): the forms the gazetteer lists with it, in order}},
    of its bodies, titles and programmes."""
    forms: dict[str, dict[str, list[str]]] = {}
    for form, name, _type in rules.gazetteer_titles:
        if key := _loose(form):
            forms.setdefault(name, {}).setdefault(key, []).append(form)
    return forms


def written_labels(entities: Sequence[Entity], written: Mapping[str, Counter[str]], rules: EntityRules,
                   *, keep: Collection[str] = ()) -> list[Entity]:
    """`entities` with each entry-labelled node no text names by its label relabelled by the
    listed form its texts write most. `written` is {entity key: {a written form: mentions}};
    `keep` the keys whose labels stay (curated)."""
    forms = entry_forms(rules)
    taken = Counter(_loose(e.label) for e in entities)
    out = []
    for entity in entities:
        listed = forms.get(entity.label)
        counts = written.get(entity.key)
        label = _written_label(entity.label, counts, listed, taken) \
            if listed is not None and counts and entity.key not in keep else None
        if label is None:
            out.append(entity)
            continue
        aliases = {*entity.aliases, entity.label}
        out.append(replace(entity, label=label, aliases=tuple(sorted(
            a for a in aliases if normalise_key(a) and a.casefold() != label.casefold()))))
        taken[_loose(label)] += 1
    return out


def _capital(form: str) -> bool:
    """A form that opens with a capital (or a digit), as a name does: "first Harbour Trust"
    ("the page's first Harbour Trust") is a description that holds a name."""
    return form[:1].isupper() or form[:1].isdigit()


def _written_label(name: str, counts: Counter[str], listed: Mapping[str, list[str]], taken: Counter[str]) -> str | None:
    """The listed form the texts write most, where no text writes `name`: as the gazetteer spells
    it where that is the text's form but for case, else as the texts spell it most. None where a
    text writes the name, or writes no listed form with a capital that no other node labels."""
    by_key: Counter[str] = Counter()
    spellings: dict[str, Counter[str]] = {}
    for form, n in counts.items():
        key = _loose(form)
        by_key[key] += n
        spellings.setdefault(key, Counter())[form] += n
    own = f" {_loose(name)} "
    if any(own in f" {key} " for key in by_key):
        return None
    found = [k for k in by_key if k in listed and taken[k] == 0 and any(_capital(s) for s in spellings[k])]
    if not found:
        return None
    best = min(found, key=lambda k: (-by_key[k], -len(k), k))
    # the gazetteer's spelling of a form the texts write but for case, the most written first
    written_as: Counter[str] = Counter()
    for form, n in spellings[best].items():
        written_as[normalise_key(form)] += n
    spelt = [f for f in listed[best] if _capital(f) and written_as[normalise_key(f)]]
    if spelt:
        return max(spelt, key=lambda f: written_as[normalise_key(f)])   # (ties: the gazetteer's order)
    return min((s for s in spellings[best] if _capital(s)), key=lambda s: (-spellings[best][s], s))
