"""The worker side: one document's text in, its entities and relations out (spaCy)."""
