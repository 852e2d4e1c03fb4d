"""Turn pydantic validation errors into lines a person understands."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pydantic import ValidationError

_REWORDED = {
    "extra_forbidden": "unknown key (check the spelling against the note format)",
    "missing": "is required",
    "string_too_short": "cannot be empty",
    "date_type": "is not a date: write it as YYYY-MM-DD",
    "date_parsing": "is not a date: write it as YYYY-MM-DD",
    "date_from_datetime_parsing": "is not a date: write it as YYYY-MM-DD",
    "date_from_datetime_inexact": "is not a date: write the day only, as YYYY-MM-DD, no time",
    "float_type": "is not a number",
    "float_parsing": "is not a number",
    "finite_number": "must be a finite number",
    "int_type": "is not a whole number",
    "int_parsing": "is not a whole number",
    "int_from_float": "is not a whole number",
    "bool_type": "must be true or false",
    "bool_parsing": "must be true or false",
    "string_type": 'must be text, in quotes ("...")',
    "list_type": 'must be a list, such as ["a", "b"]',
    "dict_type": "must be a table",
    "model_type": "must be a table",
    "model_attributes_type": "must be a table",
}


def listed(lead: str, problems: list[str]) -> str:
    """A message naming every problem: 'LEAD p' for one, else LEAD then each on a line of its
    own, so a long list stays readable."""
    if len(problems) == 1:
        return f"{lead} {problems[0]}"
    return "\n".join([lead, *(f"  - {problem}" for problem in problems)])


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
    context = detail.get("ctx") or {}
    if kind in _REWORDED:
        return _REWORDED[kind]
    if kind == "literal_error" and "expected" in context:
        words = str(context["expected"]).replace("'", "")
        return f"must be one of: {words.replace(' or ', ', ')}"
    if kind in ("greater_than_equal", "greater_than"):
        return f"must be at least {context.get('ge', context.get('gt'))}"
    if kind in ("less_than_equal", "less_than"):
        return f"must be at most {context.get('le', context.get('lt'))}"
    message = str(detail.get("msg", "invalid value"))
    for prefix in ("Value error, ", "Assertion failed, "):
        if message.startswith(prefix):
            message = message[len(prefix) :]
    return message
