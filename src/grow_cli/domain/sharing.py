"""What `grow share` may show the person, field by field: the one place that says so.

Every field of the note models (a note, its tables, a talking point, a profile) is either
SHARED (both sides may see it: what was agreed, said to them or asked by them) or PRIVATE (the
manager's own: never in the shared document). A path names a field by its model and its keys
("note.grow.will"); a table listed as a whole covers every key in it, and the nearest listed
path decides. A field listed nowhere counts as private, and tests/test_share.py fails until it
is listed, so a field added later is never shared by accident.

`redact` drops every private field from a model's data before anything is made from it, so the
shared document is built only from what may be shared. Escalation (the checklist, its notes) is
never part of it: it reads nothing `grow escalation` makes.
"""

from __future__ import annotations

from typing import Any, Final

SHARED: Final = frozenset[str](
    {
        # what the note is: its kind, day, person, ids, goal and topic
        "note.schema",
        "note.kind",
        "note.date",
        "note.person",
        "note.id",
        "note.thread",
        "note.focus",
        "note.topic",
        "note.next_checkin",
        # what the follow-up says to them already: the goal and where things stand
        "note.grow.goal",
        "note.grow.reality",
        "note.measure",
        "note.feedback.situation",
        "note.feedback.behavior",
        "note.feedback.impact",
        # what was agreed, and what became of it
        "note.actions.id",
        "note.actions.thread",
        "note.actions.text",
        "note.actions.due",
        "note.actions.owner",
        "note.actions.status",
        "note.actions.reflect_on",
        "note.support",
        "note.updates",
        "note.progress",
        # their words: a strength named to them, their direction, their rating
        "note.strength",
        "note.career",
        "note.rating",
        "note.talking_points",
        # a talking point is written to be talked about
        "talking_point",
        # who they are
        "person.name",
        "person.role",
        "person.cadence_days",
        "person.started",
        "person.archived",
    }
)

PRIVATE: Final = frozenset[str](
    {
        "note.private_notes",  # the manager's own words, by definition
        "note.tags",  # the manager's filing words
        "note.mode",  # journal entries are the manager's own
        "note.reflection",
        # the manager's exploration and judgement during the conversation
        "note.grow.goal_by",
        "note.grow.cause",
        "note.grow.cause_note",
        "note.grow.options",
        "note.grow.options_by",
        "note.grow.will",
        "note.grow.confidence",
        "note.grow.confidence_raise",
        "note.grow.goal_smart",
        "note.grow.goal_smart_override",
        "note.feedback.sbi_override",
        "note.actions.relevant_to",
        "note.actions.confidence",
        "note.actions.smart",
        "note.actions.smart_override",
        "person.style",  # how the manager sees them
        "person.email",  # where the follow-up goes; the document needs no address
    }
)


def classified(path: str) -> str | None:
    """'shared', 'private', or None when neither the path nor a table holding it is listed."""
    parts = path.split(".")
    for end in range(len(parts), 0, -1):
        prefix = ".".join(parts[:end])
        if prefix in PRIVATE:
            return "private"
        if prefix in SHARED:
            return "shared"
    return None


def is_shared(path: str) -> bool:
    """Whether a field may be shown to the person (one listed nowhere may not)."""
    return classified(path) == "shared"


def redact(data: dict[str, Any], model: str) -> dict[str, Any]:
    """`data` (a model dumped as a dict, e.g. a note's front matter) without its private
    fields, tables and lists of tables included; `model` is its name ('note')."""
    return _redacted(data, model)


def _redacted(data: dict[str, Any], prefix: str) -> dict[str, Any]:
    kept: dict[str, Any] = {}
    for key, value in data.items():
        path = f"{prefix}.{key}"
        if not is_shared(path) and not _holds_shared(path):
            continue
        if isinstance(value, dict):
            kept[key] = _redacted(value, path)
        elif isinstance(value, list) and value and all(isinstance(v, dict) for v in value):
            kept[key] = [_redacted(item, path) for item in value]
        else:
            if is_shared(path):
                kept[key] = value
    return kept


def _holds_shared(path: str) -> bool:
    """A table not listed itself whose keys are listed (note.grow, note.actions)."""
    if classified(path) is not None:
        return False
    start = path + "."
    return any(listed.startswith(start) for listed in SHARED)
