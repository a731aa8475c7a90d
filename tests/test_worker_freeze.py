"""Session 12, cost: a process that has loaded its pipeline leaves those long-lived objects out
of the garbage collector's full collections (worker._keep_out_of_collections); garbage made
afterwards is still collected. No timing is asserted (`make bench` measures speed)."""

from __future__ import annotations

import gc
import weakref

from caregraph.extract import worker


class _Node:
    def __init__(self) -> None:
        self.other: _Node | None = None


def test_objects_alive_at_load_are_frozen_and_later_cycles_still_collected():
    before = gc.get_freeze_count()
    kept = _Node()
    try:
        worker._keep_out_of_collections()
        assert gc.get_freeze_count() > before   # the objects alive now (kept among them)
        assert gc.isenabled()
        first, second = _Node(), _Node()
        first.other, second.other = second, first   # a cycle made after the freeze
        gone = weakref.ref(first)
        del first, second
        gc.collect()
        assert gone() is None
        assert kept.other is None
    finally:
        gc.unfreeze()


def test_garbage_unreachable_at_load_is_collected_not_frozen():
    lost = _Node()
    lost.other = lost
    gone = weakref.ref(lost)
    del lost
    try:
        worker._keep_out_of_collections()
        assert gone() is None
    finally:
        gc.unfreeze()
