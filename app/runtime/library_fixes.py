"""Work-arounds for bugs in the libraries Thabat runs on, applied once per process at start.

PySide6 6.12 on Python 3.11 takes one reference from None on every call of a method that returns
nothing (QPainter.save, restore, translate, setClipRect, drawLine, QTextDocument layout draw, ...)
without giving it back. On Python 3.11 None is an ordinary counted object (3.12 made it immortal),
holding about 40,000 references at start: a PDF of five years of journal (~480 pages) takes them
all and the process aborts with "none_dealloc: deallocating None", and a long GUI session that
repaints custom delegates would get there too. Reproduce with:

    p = QPainter(QImage(10, 10, QImage.Format.Format_ARGB32)); n = sys.getrefcount(None)
    for _ in range(100): p.save(); p.restore()
    sys.getrefcount(None) - n   # -200

Found by the benchmark (`make bench`, PDF export step). Remove once PySide6 is fixed or Python
3.12 is the minimum.

True and False get the same margin: they too are counted objects before 3.12, and a run of the
quick-reflection tests followed by the tag chips' aborted at exit with "bool_dealloc: deallocating
True or False" while the interpreter freed a dataclass's fields (a binding had released a
reference it never held; which call does it was not pinned down).

PySide6 6.12 also asks of every module imported after it whether its source names "PySide6"
(shibokensupport.feature, for `from __feature__ import ...`), with `inspect.getsource`: the whole
file is read through `linecache`, which keeps every line for good. An idle window held 634 sources,
9.8 MB of text in about 23 MB of str objects (tracemalloc). `stop_keeping_module_sources` asks the
same question of the file without keeping it, and lets go of what was kept so far.
"""

from __future__ import annotations

import linecache
import sys
from types import ModuleType

_MARGIN = 1 << 40  # far more than any run could take away, far from overflowing a Py_ssize_t


SINGLETONS = (None, True, False)


def keep_none_alive() -> None:
    """Give None, True and False enough references that a leaking binding can never free them
    (CPython before 3.12)."""
    if sys.implementation.name != "cpython" or sys.version_info >= (3, 12):
        return  # they are immortal there
    import ctypes

    for singleton in SINGLETONS:
        if sys.getrefcount(singleton) < _MARGIN:  # once per process
            # ob_refcnt is the first field of every PyObject in a release build of CPython.
            ctypes.c_ssize_t.from_address(id(singleton)).value += _MARGIN


def check_sources_without_keeping() -> bool:
    """PySide6's check of each module imported from now on reads its file without keeping its lines (and
    without tokenizing it: ~10 ms less over the GUI's modules). Safe at any time; whether the check was found."""
    feature = sys.modules.get("shibokensupport.feature")
    if feature is None or not callable(getattr(feature, "_mod_uses_pyside", None)):
        return False
    feature._mod_uses_pyside = _names_pyside
    return True


def stop_keeping_module_sources() -> bool:
    """PySide6's check of each imported module reads its file without keeping its lines, and the sources it
    kept so far are let go. Call once, before any other thread runs (the GUI's `create_application`):
    `linecache` is not safe to clear while another thread reads it. Whether PySide6's check was found."""
    if not check_sources_without_keeping():
        return False
    for name, entry in list(linecache.cache.items()):
        if len(entry) == 4 and entry[1] is not None:  # read from a file; not source a library registered itself
            del linecache.cache[name]
    return True


def _names_pyside(module: ModuleType) -> bool:
    """Whether `module`'s source names PySide6: shibokensupport's own answer (False when there is no
    source), from the module's loader, which keeps nothing."""
    try:
        source = module.__loader__.get_source(module.__name__)
    except (AttributeError, ImportError, OSError, SyntaxError, TypeError, UnicodeDecodeError):
        return False
    return source is not None and "PySide6" in source
