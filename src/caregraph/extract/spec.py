"""What the client and a worker agree on: the spec a worker builds its Extractor from, and
the outcome of one document. No spaCy at import: the client uses this module in a run whose
documents are all cached.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Union

from ..core.records import DocResult, SourceDoc
from ..core.schema import Schema
from ..errors import first_line
from .kind_names import check_rule_kinds
from .nlp import DEFAULT_MODEL, load_pipeline, model_id, model_id_from_meta
from .pair_switch import check_pair_model, model_tag


@dataclass(frozen=True, slots=True)
class DocFailure:
    """A document whose extraction raised: it fails on its own, the run goes on."""

    doc_id: str
    path: str
    message: str


Outcome = Union[DocResult, DocFailure]


def failure(source: SourceDoc, exc: BaseException) -> DocFailure:
    """The outcome of a document whose extraction raised `exc`."""
    what = first_line(exc, with_type=True)
    return DocFailure(source.doc_id, source.path, f"{source.path}: extraction failed ({what})")


@dataclass(frozen=True, slots=True)
class ExtractorSpec:
    """What a worker needs to build an Extractor: picklable and small (no pipeline inside).
    `model_id` is known without loading the model (nlp.model_id_from_meta)."""

    model: str
    model_id: str
    schema: Schema

    @classmethod
    def for_model(cls, model: str | None, schema: Schema) -> ExtractorSpec:
        """The spec for a model name or path; reads the model's meta.json, and only when
        there is none loads the pipeline to learn its id. The schema's rule kinds are checked
        first: an unknown rule kind is a SchemaError now, before any work; so is the pair model's
        weight file when $CAREGRAPH_PAIR_MODEL names one (a ModelError)."""
        check_rule_kinds(schema)
        check_pair_model()   # a weight file named by $CAREGRAPH_PAIR_MODEL is read and checked now
        name = model or DEFAULT_MODEL
        found = model_id_from_meta(name)
        if found is not None:
            return cls(model=name, model_id=found, schema=schema)
        return cls(model=name, model_id=model_id(load_pipeline(name)), schema=schema)

    @property
    def cache_key(self) -> tuple[str, str, str]:
        return (self.model, self.tagged_model_id, self.schema.digest)

    @property
    def tagged_model_id(self) -> str:
        """The pipeline's id and the pair model's tag (pair_switch.model_tag): what the result
        cache keys on, so that results made with one weight file are never reused without it."""
        return self.model_id + model_tag()
