"""Giving freed memory back to the system after a big temporary allocation, and one heap for every thread.

Loading the ORM or matplotlib, or reading a five-year journal, allocates far more than it keeps. On
glibc, `free` keeps much of what it got back in the process (per-thread arenas, the top of the heap)
and `malloc_trim(0)` returns the untouched pages: 1-3 MB at idle over the five-year demo, measured
with /proc/self/smaps_rollup. Elsewhere (macOS, Windows, musl) this does nothing.

glibc also gives each thread that allocates an arena of its own: the ORM's and matplotlib's loads and
every page's read run on threads, and each of their arenas keeps what its thread left in it. The app's
threads take turns under the GIL anyway, so one arena costs no waiting worth measuring and keeps
~2.5 MB less after every page is visited (`one_heap_for_all_threads`, five-year demo, Xvfb).
"""

from __future__ import annotations

import ctypes
import sys
from functools import cache


M_ARENA_MAX = -8
"""glibc's mallopt parameter for the most arenas malloc makes (malloc.h)."""


def _libc() -> ctypes.CDLL | None:
    if not sys.platform.startswith("linux"):
        return None
    try:
        return ctypes.CDLL("libc.so.6")  # by name: find_library runs ldconfig in a subprocess
    except OSError:  # not glibc
        return None


def one_heap_for_all_threads() -> bool:
    """Threads started from now on share the heaps that exist; whether the C library could (glibc only)."""
    # Called by the GUI's `create_application`, before the loads and the page reads. The start-up's two
    # threads, the health check and fontconfig's configuration, start before it and have a heap each:
    # sharing the main heap's lock with them kept the GUI thread waiting 2.7 ms before its window was
    # shown (21 alternating launches).
    libc = _libc()
    mallopt = getattr(libc, "mallopt", None)
    return mallopt is not None and mallopt(M_ARENA_MAX, 1) == 1


@cache
def _malloc_trim():
    return getattr(_libc(), "malloc_trim", None)


def give_back_freed_memory() -> bool:
    """Return the heap's free pages to the system; whether the C library could (glibc only)."""
    trim = _malloc_trim()
    if trim is None:
        return False
    trim(0)
    return True
