"""Renaming note ids when notes move to another person's folder (`grow person merge`).

A note's id is `<slug>/<file name>`; its items are `<note id>#a1`, `#s1` ..., the goal it opens
is `<note id>#t1`, and later notes refer to them by those ids (`[[updates]] ref`, `[[progress]]
thread`, `thread` on a note or an item). So a move is one map from old note ids to new ones, and
every id or reference whose part before `#` is an old note id is renamed with it. Pure: the
store reads and writes the files.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping
from typing import Any

# Where a note's front matter holds ids or refers to them (design.md, README "Schema 2").
NOTE_KEYS = ("id", "thread")
ITEM_TABLES = {"actions": ("id", "thread"), "support": ("id", "thread")}
REFERENCE_TABLES = {"updates": ("ref",), "progress": ("thread",)}


def renamed(reference: str, ids: Mapping[str, str]) -> str:
    """`reference` with its note id renamed: 'p-shah/2026-11-22-coaching#a1' ->
    'priya-shah/2026-11-22-coaching-2#a1' when the map moves that note there; else as it is."""
    base, hash_mark, rest = reference.partition("#")
    new = ids.get(base)
    return reference if new is None else f"{new}{hash_mark}{rest}"


def rename_front_matter(front: Mapping[str, Any], ids: Mapping[str, str]) -> dict[str, Any]:
    """A copy of a note's front matter with every id and reference renamed (nothing else is
    touched: texts that happen to hold an id are the person's words)."""
    result = copy.deepcopy(dict(front))
    _rename_keys(result, NOTE_KEYS, ids)
    for table, keys in (ITEM_TABLES | REFERENCE_TABLES).items():
        rows = result.get(table)
        if isinstance(rows, list):
            for row in rows:
                if isinstance(row, dict):
                    _rename_keys(row, keys, ids)
    return result


def refers_to(front: Mapping[str, Any], ids: Mapping[str, str]) -> bool:
    """Whether a note's front matter holds an id or reference the map renames."""
    return rename_front_matter(front, ids) != dict(front)


def rename_everywhere(value: Any, ids: Mapping[str, str]) -> Any:
    """Every string in a nested value that is an id the map renames, renamed (a draft's answers,
    whose goal or update keys vary by conversation)."""
    if isinstance(value, str):
        return renamed(value, ids)
    if isinstance(value, dict):
        return {key: rename_everywhere(item, ids) for key, item in value.items()}
    if isinstance(value, list):
        return [rename_everywhere(item, ids) for item in value]
    return value


def _rename_keys(table: dict[str, Any], keys: tuple[str, ...], ids: Mapping[str, str]) -> None:
    for key in keys:
        value = table.get(key)
        if isinstance(value, str):
            table[key] = renamed(value, ids)
