"""The cycle collector is paused while a command runs.

A command builds tens of thousands of long-lived objects (parsed files, models, the corpus) and
frees them all at exit. Python's cycle collector walks every live object each time enough new ones
have been made, so with the collector on, loading 10,000 meetings spent more time collecting than
loading: validation took 6.5 s instead of 0.8 s, parsing 16.5 s instead of 8.8 s
(benchmarks/bench_table.py). docket's own data holds no reference cycles, so there is nothing for
the collector to find; reference counting still frees everything else at once. A cycle would
keep what it holds until the command ends: a tree walk written as a closure that called itself
once kept every model of 10,000 meetings alive. A test loads and checks every shipped record
with the collector paused and finds no cycle (tests/loader/test_meeting_index.py).

When the command ends, what it made is frozen (``gc.freeze``) before the collector is turned
back on: otherwise the first collection after it would walk every object the command made,
which took 5 s after checking 10,000 meetings, to find nothing.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause the cycle collector for the block; after it, freeze what the block left and turn
    the collector back on."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if was_enabled:
            gc.enable()
