"""Reading a large JSON backup a row at a time, so a job's thread never holds Python's lock for long.

`json.loads` parses a whole file in one C call that keeps the global interpreter lock: 0.12 s for a
4 MB backup of five years, during which the app's window could run none of its Python. Here the
top level and each table's list are walked in Python and every row is parsed on its own (a short C
call each); `job` may stop it between rows. Anything unexpected is left to `json.loads`, whose
errors the caller already turns into clear messages.
"""

from __future__ import annotations

import json
import re
from typing import Any

from thabat.app.runtime.long_work import Job, job_or_new

_SPACE = re.compile(r"[ \t\n\r]*")
_DECODER = json.JSONDecoder()
CHECK_EVERY = 1000
"""Rows parsed between two looks at the cancel request."""


class _NotThatShape(ValueError):
    """The text is not an object of lists of rows as Thabat writes it: `json.loads` takes over."""


def loads_in_steps(text: str, job: Job | None = None) -> Any:
    """`json.loads(text)`, in many short steps when `text` is shaped like a backup."""
    job = job_or_new(job)
    try:
        return _object(text, _skip(text, 0), job, depth=0)[0]
    except (_NotThatShape, ValueError, IndexError):
        return json.loads(text)


def _skip(text: str, at: int) -> int:
    return _SPACE.match(text, at).end()


def _object(text: str, at: int, job: Job, depth: int) -> tuple[dict, int]:
    if text[at] != "{":
        raise _NotThatShape()
    result: dict[str, Any] = {}
    at = _skip(text, at + 1)
    if text[at] == "}":
        return result, at + 1
    while True:
        key, at = _DECODER.raw_decode(text, at)
        if not isinstance(key, str):
            raise _NotThatShape()
        at = _skip(text, at)
        if text[at] != ":":
            raise _NotThatShape()
        at = _skip(text, at + 1)
        if depth == 0 and key == "tables" and text[at] == "{":
            result[key], at = _object(text, at, job, depth=1)
        elif depth == 1 and text[at] == "[":
            result[key], at = _rows(text, at, job)
        else:
            result[key], at = _DECODER.raw_decode(text, at)
        at = _skip(text, at)
        if text[at] == "}":
            if depth == 0 and _skip(text, at + 1) != len(text):
                raise _NotThatShape()  # something after the object: json.loads says what
            return result, at + 1
        if text[at] != ",":
            raise _NotThatShape()
        at = _skip(text, at + 1)


def _rows(text: str, at: int, job: Job) -> tuple[list, int]:
    rows: list[Any] = []
    at = _skip(text, at + 1)
    if text[at] == "]":
        return rows, at + 1
    while True:
        row, at = _DECODER.raw_decode(text, at)
        rows.append(row)
        if len(rows) % CHECK_EVERY == 0:
            job.check()
        at = _skip(text, at)
        if text[at] == "]":
            return rows, at + 1
        if text[at] != ",":
            raise _NotThatShape()
        at = _skip(text, at + 1)
