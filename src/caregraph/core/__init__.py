"""The layer every stage stands on: records, the ontology's names, the schema reader and
text helpers. Standard library and PyYAML only: no spaCy, no NetworkX."""
