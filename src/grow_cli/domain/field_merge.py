"""Three-way merge of two edits of one table, field by field (a person.toml changed on two
devices). A field changed on one side only takes that side's value; a field changed on both to
different values takes the newer side's, and the other value is returned so it can be recorded."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

MISSING: Any = None  # a field absent on a side; absent in the result when that side wins


@dataclass(frozen=True)
class FieldConflict:
    """A field both sides changed: the value kept (the newer side's) and the one set aside."""

    field: str
    kept: Any
    other: Any


def merge_fields(
    base: Mapping[str, Any],
    ours: Mapping[str, Any],
    theirs: Mapping[str, Any],
    *,
    ours_newer: bool,
) -> tuple[dict[str, Any], list[FieldConflict]]:
    """The merged table (keys in ours' order, then theirs' new ones) and the conflicts."""
    merged: dict[str, Any] = {}
    conflicts: list[FieldConflict] = []
    for key in dict.fromkeys([*ours, *theirs, *base]):
        was, mine, their = base.get(key), ours.get(key), theirs.get(key)
        if mine == their or their == was:
            value = mine
        elif mine == was:
            value = their
        else:
            value, other = (mine, their) if ours_newer else (their, mine)
            conflicts.append(FieldConflict(key, value, other))
        if value is not MISSING:
            merged[key] = value
    return merged, conflicts
