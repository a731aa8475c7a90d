"""The ontology's names, defined once: the entity types and relations that code refers to by
name. schemas/ declares the whole ontology (schemas/entities.yaml `types`, schemas/relations.yaml
`relations`); the schema reader checks that it declares every name here, so a renamed type in
a schema is an error at load time rather than a rule that silently never fires.
"""

from __future__ import annotations

# entity types (schemas/entities.yaml: types)
PERSON = "Person"
ORGANISATION = "Organisation"
PLACE = "Place"
PUBLICATION = "Publication"
INITIATIVE = "Initiative"
RECOMMENDATION = "Recommendation"
ENTITY_TYPES = (PERSON, ORGANISATION, PLACE, PUBLICATION, INITIATIVE, RECOMMENDATION)

# the type of the nodes the graph adds for source documents (not an entity type)
DOCUMENT = "Document"

# relations (schemas/relations.yaml: relations)
ROLE_AT = "ROLE_AT"          # the only relation whose edges carry a `role`
LOCATED_IN = "LOCATED_IN"
RELATED_TO = "RELATED_TO"    # the catch-all whose edges carry a `predicate`
COMMISSIONED = "COMMISSIONED"  # the one made relation an owner has to a text made for it by another
AUTHORED = "AUTHORED"        # a known author's description of a text names its known text (mentions/described.py)
RELATIONS = (ROLE_AT, LOCATED_IN, RELATED_TO, COMMISSIONED, AUTHORED)
# schema relations the learned pair model records and scores by name (relations/learned.py)
SUPPORTS = "SUPPORTS"
RECOMMENDS = "RECOMMENDS"
RUNS = "RUNS"
RESPONDED_TO = "RESPONDED_TO"
PART_OF = "PART_OF"

# the document -> entity edges the graph adds itself (declared by no pattern)
MENTIONS = "MENTIONS"
