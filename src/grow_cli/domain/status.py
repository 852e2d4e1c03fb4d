"""The order of notes that decides an item's current status.

An item's current status is the one in the latest update that refers to it (by note date, then the
note's order, then order in the file), else its own status; domain/ledger.py folds it.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

_DIGITS = re.compile(r"(\d+)")


def note_order_key(note_date: date, note_id: str) -> tuple[date, tuple[object, ...]]:
    """Sort key for notes: by date, then by id with numbers compared as numbers (-2 before -10)."""
    return (note_date, _id_order_key(note_id))


@lru_cache(maxsize=1 << 17)
def _id_order_key(note_id: str) -> tuple[object, ...]:
    # Cached: the ledger, each person's rhythm and the views sort the same ids again and again.
    return tuple(int(p) if p.isdigit() else p for p in _DIGITS.split(note_id))
