"""Writing a file atomically: a temporary file beside the target, renamed into place with
os.replace, and removed on any failure. Shared by the exporters (export/common.py) and the
result cache (run/cache.py), which differ only in how they report an OSError.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import IO


def replace_atomically(target: Path, write: Callable[[IO[bytes]], None], *, durable: bool) -> None:
    """Write `target` through a temporary file in its directory; `durable` also syncs it to
    disk and makes it world-readable (0644) before the rename. OSError propagates; the
    temporary file never outlives a failure."""
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            write(handle)
            if durable:
                handle.flush()
                os.fsync(handle.fileno())
        if durable:
            os.chmod(tmp, 0o644)
        os.replace(tmp, target)
    except BaseException:
        remove_quietly(tmp)
        raise


def remove_quietly(path: str | Path) -> None:
    """Delete a file if it is there; a file that cannot be deleted is left."""
    try:
        os.unlink(path)
    except OSError:
        pass
