"""The registry of relation rule kinds: a leaf module, filled by the kinds themselves.

A pattern of schemas/relations.yaml names a kind (`kind: verb`); each kind is a function from
the document index and the pattern to the matches it finds, and registers itself under its name
with `@rule_kind("verb")` when its module (extract/relations/kinds/) is imported. The schema
reader keeps `kind` a string; `compile_rules` (extract/relations/__init__.py) checks it here.
This module imports nothing of the package's but the kind names and the schema's records, as spaCy's
registrations.py does, so that no rule module and no reader of kinds import each other.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, NamedTuple

from ..kind_names import KIND_NAMES

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ...core.schema import RelationPattern
    from .context import Arg, Context


class RuleMatch(NamedTuple):
    """What one rule found at one place: every subject relates to every object."""

    subjects: list[Arg]
    objects: list[Arg]
    anchor: Token                 # the trigger token: its sentence is the evidence
    role: str | None = None       # "chief executive": the post a role phrase names
    predicate: str | None = None  # the verb's lemma, for the catch-all relation
    quote: str | None = None      # the words said (speech): verbatim, without the quotation marks


RuleFn = Callable[["Context", "RelationPattern"], Iterator[RuleMatch]]

KINDS: dict[str, RuleFn] = {}


def rule_kind(name: str) -> Callable[[RuleFn], RuleFn]:
    """Register a rule kind under the name patterns give in `kind:`."""

    if name not in KIND_NAMES:
        raise ValueError(f"rule kind {name!r} is not in kind_names.KIND_NAMES")

    def register(fn: RuleFn) -> RuleFn:
        if name in KINDS:
            raise ValueError(f"rule kind {name!r} registered twice")
        KINDS[name] = fn
        return fn

    return register
