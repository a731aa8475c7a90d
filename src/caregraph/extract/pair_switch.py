"""The switch of the learned pair model (relations/learned.py, off by default): the environment
variable that names a weight file, and the tag it adds to the result cache's key. Apart from the
relations package so that the cache's key is known without importing the rules."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

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
