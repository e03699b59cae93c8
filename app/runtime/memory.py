"""Giving freed memory back to the system after a big temporary allocation.

Loading the ORM or matplotlib, or reading a five-year journal, allocates far more than it keeps. On
glibc, `free` keeps much of what it got back in the process (per-thread arenas, the top of the heap)
and `malloc_trim(0)` returns the untouched pages: 1-3 MB at idle over the five-year demo, measured
with /proc/self/smaps_rollup. Elsewhere (macOS, Windows, musl) this does nothing.
"""

from __future__ import annotations

import ctypes
import sys
from functools import cache


@cache
def _malloc_trim():
    if not sys.platform.startswith("linux"):
        return None
    try:
        libc = ctypes.CDLL("libc.so.6")  # by name: find_library runs ldconfig in a subprocess
        return libc.malloc_trim
    except (OSError, AttributeError):  # not glibc
        return None


def give_back_freed_memory() -> bool:
    """Return the heap's free pages to the system; whether the C library could (glibc only)."""
    trim = _malloc_trim()
    if trim is None:
        return False
    trim(0)
    return True
