"""backend.app.settle_heap: a started worker's objects leave the collector's reach; what requests make later is
still collected, the young generation less often (issue 16: a full collection walked the whole started app every
few hundred orders)."""

from __future__ import annotations

import gc
import weakref

from backend.app import GC_YOUNG_THRESHOLD, settle_heap


class _Node:
    peer: _Node | None = None


def test_settle_heap_freezes_what_exists_and_later_cycles_are_still_collected() -> None:
    started = _Node()
    threshold = gc.get_threshold()
    try:
        settle_heap()
        assert gc.get_freeze_count() > 0
        assert gc.get_threshold() == (GC_YOUNG_THRESHOLD, *threshold[1:])
        assert not any(o is started for o in gc.get_objects())  # frozen: no generation holds it
        cycle = _Node()
        cycle.peer = cycle
        gone = weakref.ref(cycle)
        del cycle
        gc.collect()
        assert gone() is None
    finally:
        gc.unfreeze()
        gc.set_threshold(*threshold)
