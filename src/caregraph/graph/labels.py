"""Labels: a known body is labelled by a name its texts write.

A gazetteer entry's name labels every entity the entry is found for (resolve), even where the
texts write only a short form of it: a page that says only "HT" gets a node "the Harbour
Trust". After the merge, a node whose label is the name of a body, title or programme of the
gazetteer that no text writes is labelled instead by the entry's listed form (its name or an
alias) that the texts write most. A text writes a form where it writes the form's words once
normalised (core/text.normalise_key) but for an aside in brackets, punctuation, an article, a
preposition or "and", and a plural "s" ("Harbour Trusts", "Harbour Co-Operative", "Trust of
Harbours" for "Trust for Harbours"), in a mention of its own or inside a longer one ("the
Harbour Steps programme" writes "Harbour Steps"), the written part opening with a capital (a
name: "first Harbour Trust" is a description that holds one). Ties go to the longest form,
then the first alphabetically. The label is the form as the gazetteer spells it where the text
writes it but for case, else the entry's first listed spelling of it that opens with a capital
(never a spelling the gazetteer does not list: a slip, a plural, an aside), one without an aside
in brackets first where it lists several ("Harbour Trust Fund" before the "Harbour Trust (HT)
Fund" made from a branch's acronym, core/schema.py); a form no listed
spelling of which opens with a capital never labels. The entry's name becomes an alias.

The labels are made before the curation file's operations (graph/curation.py), so an operation
names the node by the label the graph shows or by the entry's name, and a rename or a merge with
a label wins; the node id is made from the entry's name all the same (graph/ids.py), so an id
never changes with a label. A form another node is labelled by keeps the entry's name. A
proposal of the gazetteer keeps its name: its aliases are wordings.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence

from ..core.records import Entity
from ..core.schema import EntityRules
from ..core.text import normalise_key

_ASIDE = re.compile(r"\([^()]*\)")
_INNER = re.compile(r"[^\w\s]")
_LINKS = frozenset({"a", "an", "the", "and", "of", "for", "in", "on", "to", "at", "by", "with", "into", "from"})


def _loose(name: str) -> str:
    """A name's key (normalise_key) with no aside in brackets, no punctuation, article,
    preposition or "and" inside and no plural "s": "Harbour Trust's Co-Operative (HTC) Fund",
    "Harbour Trusts Cooperative Funds" and "Harbour Trust & Cooperative Fund" are one name, as a
    form that only swaps a preposition ("Trust for Harbours", "Trust of Harbours") is."""
    words = _INNER.sub("", normalise_key(_ASIDE.sub(" ", name))).split()
    return " ".join(w[:-1] if len(w) > 3 and w.endswith("s") else w for w in words if w not in _LINKS)


def _entry_forms(rules: EntityRules) -> dict[str, dict[str, list[str]]]:
    """{an entry's name: {a loose key (_loose): the forms the gazetteer lists with it, in order}},
    of its bodies, titles and programmes."""
    forms: dict[str, dict[str, list[str]]] = {}
    for form, name, _type in rules.gazetteer_titles:
        if key := _loose(form):
            forms.setdefault(name, {}).setdefault(key, []).append(form)
    return forms


def written_labels(entities: Sequence[Entity], written: Mapping[str, Counter[str]], rules: EntityRules) -> list[Entity]:
    """`entities` with each entry-labelled node no text names by its label relabelled by the
    listed form its texts write most. `written` is {entity key: {a written form: mentions}}."""
    forms = _entry_forms(rules)
    taken = Counter(_loose(e.label) for e in entities)
    out = []
    for entity in entities:
        listed = forms.get(entity.label)
        counts = written.get(entity.key)
        label = _written_label(entity.label, counts, listed, taken) if listed is not None and counts else None
        if label is None:
            out.append(entity)
            continue
        out.append(entity.relabelled(label))
        taken[_loose(label)] += 1
    return out


def _capital(form: str) -> bool:
    """A form that opens with a capital (or a digit), as a name does: "first Harbour Trust"
    ("the page's first Harbour Trust") is a description that holds a name."""
    return form[:1].isupper() or form[:1].isdigit()


def _listed_part(form: str, listed: Mapping[str, list[str]]) -> tuple[str, str] | None:
    """(loose key, the words that write it) of the longest listed form a written form writes, as
    a whole or inside ("first Harbour Trust programme" writes "Harbour Trust"), the written part
    opening with a capital; None where it writes none."""
    words = form.split()
    best: tuple[str, str] | None = None
    for i, word in enumerate(words):
        if not _capital(word):
            continue
        for j in range(len(words), i, -1):
            key = _loose(" ".join(words[i:j]))
            if key in listed and (best is None or (-len(key), key) < (-len(best[0]), best[0])):
                best = (key, " ".join(words[i:j]))
                break
    return best


def _written_label(name: str, counts: Counter[str], listed: Mapping[str, list[str]], taken: Counter[str]) -> str | None:
    """The listed form the texts write most, where no text writes `name`: as the gazetteer spells
    it where that is the text's form but for case, else its first listed spelling with a capital.
    None where a text writes the name, or writes no listed form that opens with a capital (as
    written and as listed) and that no other node labels."""
    own = f" {_loose(name)} "
    if any(own in f" {_loose(form)} " for form in counts):
        return None
    by_key: Counter[str] = Counter()
    spellings: dict[str, Counter[str]] = {}
    for form, n in counts.items():
        if (part := _listed_part(form, listed)) is not None:
            by_key[part[0]] += n
            spellings.setdefault(part[0], Counter())[normalise_key(part[1])] += n
    found = [k for k in by_key if taken[k] == 0 and any(_capital(f) for f in listed[k])]
    if not found:
        return None
    best = min(found, key=lambda k: (-by_key[k], -len(k), k))
    # the gazetteer's spelling of a form the texts write but for case, the most written first
    written_as = spellings[best]
    spelt = [f for f in listed[best] if _capital(f) and written_as[normalise_key(f)]]
    plain = [f for f in listed[best] if _capital(f) and not _ASIDE.search(f)]
    if spelt:
        # (ties: the gazetteer's order)
        chosen = max(spelt, key=lambda f: (not _ASIDE.search(f), written_as[normalise_key(f)]))
    else:
        chosen = next(f for f in listed[best] if _capital(f))
    if _ASIDE.search(chosen) and plain:
        # a listed spelling without the aside in brackets: "Harbour Trust (HT) Fund" is
        # labelled "Harbour Trust Fund" where the gazetteer lists both
        return max(plain, key=lambda f: written_as[normalise_key(f)])
    return chosen
