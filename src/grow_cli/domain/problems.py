"""Turn pydantic validation errors into lines a person understands."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pydantic import ValidationError

_REWORDED = {
    "extra_forbidden": "unknown key (check the spelling against the note format)",
    "missing": "is required",
    "string_too_short": "cannot be empty",
}


def location(loc: tuple[int | str, ...]) -> str:
    """('actions', 1, 'due') -> 'actions[2].due' (positions counted from 1, as people do)."""
    text = ""
    for part in loc:
        if isinstance(part, int):
            text += f"[{part + 1}]"
        elif text:
            text += f".{part}"
        else:
            text = str(part)
    return text or "(top level)"


def describe(error: ValidationError) -> list[str]:
    """One line per problem: where it is and what is wrong with it."""
    lines = []
    for detail in error.errors(include_url=False):
        lines.append(f"{location(tuple(detail['loc']))}: {_message(detail)}")
    return lines


def _message(detail: Any) -> str:
    kind = detail.get("type", "")
    if kind in _REWORDED:
        return _REWORDED[kind]
    message = str(detail.get("msg", "invalid value"))
    for prefix in ("Value error, ", "Assertion failed, "):
        if message.startswith(prefix):
            message = message[len(prefix) :]
    return message
