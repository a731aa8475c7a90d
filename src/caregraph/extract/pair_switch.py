"""The switch of the learned pair model (relations/learned.py, off by default): the environment
variable that names a weight file, and the tag it adds to the result cache's key. Apart from the
relations package so that the cache's key is known without importing the rules."""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path
from typing import Any

from ..errors import ModelError, first_line

# the weight file a run uses: none unless the environment names one (the model is off by default)
MODEL_ENV = "CAREGRAPH_PAIR_MODEL"


def model_tag() -> str:
    """'' when no pair model is named, else '+pairs:' and the first 16 hex digits of the weight
    file's SHA-256 (an unreadable file gives '+pairs:missing'): part of the result cache's key."""
    path = os.environ.get(MODEL_ENV)
    if not path:
        return ""
    try:
        return "+pairs:" + weights_digest(path)[:16]
    except OSError:
        return "+pairs:missing"


def weights_digest(path: str) -> str:
    """The SHA-256 (hex) of a weight file's bytes: the cache tag and the loaded model's key."""
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def read_weights(path: str) -> dict[str, Any]:
    """The weight file's JSON, checked: {relation: {"bias": number, "threshold": number,
    "weights": {feature: number}}}. A file that cannot be read or is not a weight file is a
    ModelError naming it (exit code 4)."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ModelError(f"{path} (${MODEL_ENV}): cannot read the pair model's weight file ({first_line(exc)})") from None
    try:
        data = json.loads(text)
        if not isinstance(data, dict):
            raise TypeError("not a JSON object")
        for entry in data.values():
            float(entry["bias"]), float(entry["threshold"])
            for value in entry["weights"].values():
                float(value)
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise ModelError(f"{path} (${MODEL_ENV}): not a pair model weight file "
                         f"({first_line(exc, with_type=True)})") from None
    return data


def check_pair_model() -> None:
    """Read and check the weight file $CAREGRAPH_PAIR_MODEL names, if any: a ModelError now, before
    any document, rather than a failure per document."""
    path = os.environ.get(MODEL_ENV)
    if path:
        read_weights(path)
