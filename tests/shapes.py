"""The one JSON shape of each object grow prints (README, "JSON objects"), for the tests."""

from __future__ import annotations

ITEM_KEYS = frozenset(
    {
        "id",
        "type",
        "person",
        "text",
        "owner",
        "due",
        "status",
        "open",
        "overdue",
        "days_overdue",
        "closed_on",
        "note_id",
        "last_update",
    }
)
LAST_UPDATE_KEYS = frozenset({"date", "status", "note", "note_id"})
NOTE_KEYS = frozenset(
    {
        "id",
        "path",
        "date",
        "kind",
        "person",
        "focus",
        "mode",
        "topic",
        "goal",
        "summary",
        "tags",
        "counts",
    }
)
COUNT_KEYS = frozenset({"actions", "support", "updates", "feedback"})
PERSON_KEYS = frozenset({"slug", "name", "role", "cadence_days", "started", "style", "archived"})
DUE_KEYS = frozenset(
    {"type", "person", "id", "text", "due", "status", "overdue", "days_overdue"}
)  # design.md's, unchanged
