"""caregraph: offline text-to-knowledge-graph extraction with evidence on every edge."""

__version__ = "0.1.0"
