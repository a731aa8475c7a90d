"""The names of the relation rule kinds (relations/kinds/), known without importing them.

`ExtractorSpec.for_model` checks every pattern's `kind:` before any work, in the client,
which on a run whose documents are all cached never extracts: importing the rule modules
only to check their names cost 0.07-0.1 s of CPU there. Each kind registers itself under one
of these names (registry.rule_kind refuses a name missing here), and a test checks that every
name here is registered, so the list cannot drift from the modules.
"""

from __future__ import annotations

from pathlib import Path

from ..core.schema import Schema
from ..errors import SchemaError

KIND_NAMES = frozenset({
    "act_noun", "agent_list", "answers_list", "answers_proposals", "apposition", "attendance", "bare_participation", "by", "byline", "carried_out_in",
    "commitment", "compound_owner", "contact_post", "council_post", "department_post", "description", "feeling", "final_report", "framed", "funded_for", "held_post", "hyphen",
    "known", "list", "member_list", "member_noun", "members", "mixed_verb", "my_owner", "name_owner", "name_part", "name_trial", "named_at", "named_group",
    "named_paren", "national_in", "one_of", "owned_intent", "owned_noun_prep", "owned_stance", "page_role", "partnered", "passive_prep", "prior_role", "phrase", "place_wide",
    "possessive_owned",
    "possessive_owner", "quote", "reaction", "recommend", "recommend_support", "response", "role", "roster", "run_in", "seat",
    "setting", "signed_reply", "evidence_page", "speech", "svo", "topic", "urged_action", "verb",
})


def check_rule_kinds(schema: Schema) -> None:
    """A SchemaError naming the file and key path (`relations.yaml: patterns[4].kind: unknown
    kind ...`) for a pattern whose kind is not one of KIND_NAMES."""
    problems = [
        f"{Path(schema.directory) / 'relations.yaml'}: patterns[{i}].kind: unknown kind "
        f"'{pattern.kind}' (known: {', '.join(sorted(KIND_NAMES))})"
        for i, pattern in enumerate(schema.relations.patterns)
        if pattern.kind not in KIND_NAMES
    ]
    if problems:
        more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
        raise SchemaError(problems[0] + more)
