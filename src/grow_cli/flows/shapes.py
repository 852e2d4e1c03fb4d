"""Answers of a shape no prompt gives: checked in an answers file, and in a draft resumed at the
terminal, before any of the flow's rules read them, so an odd shape is a problem named, never a
crash.
"""

from __future__ import annotations

from typing import Any

from grow_cli.flows.engine import CURRENT_KEY, DONE_KEY, REDO_KEY
from grow_cli.flows.model import Answers, Ask, Flow, Group


def wrong_shapes(flow: Flow, answers: Answers) -> list[str]:
    """Answers of a shape no prompt gives, one line each: a list or a table where one value
    goes, a table where a list goes, a value where a table or a list of tables goes.

    An answers file is checked for these before any of the flow's rules (its defaults and
    conditions, written for what the prompts give) reads it: `focus = [""]` is a problem to
    name, not a crash.
    """
    problems: list[str] = []
    for stage in flow.stages:
        for step in stage.steps:
            if isinstance(step, Group):
                problems += _group_shape(step, answers.get(step.key))
            else:
                problems += _ask_shape(step, answers, "")
    return list(dict.fromkeys(problems))


def draft_shapes(flow: Flow, answers: Answers) -> list[str]:
    """As `wrong_shapes`, for a draft resumed at the terminal: its answers, the earlier answers
    kept while a stage is asked again, the group item being answered and the groups finished
    (a draft is a file anyone can edit; the conversation trusts what it wrote there itself)."""
    problems = wrong_shapes(flow, answers)
    done, current, redo = answers.get(DONE_KEY), answers.get(CURRENT_KEY), answers.get(REDO_KEY)
    if done is not None and not (
        isinstance(done, list) and all(isinstance(key, str) for key in done)
    ):
        problems.append(f"{DONE_KEY}: must be a list of texts")
    if redo is not None:
        problems += (
            wrong_shapes(flow, redo) if isinstance(redo, dict) else [f"{REDO_KEY}: must be a table"]
        )
    if current is not None and not isinstance(current, dict):
        problems.append(f"{CURRENT_KEY}: must be a table")
    elif current:
        groups = {
            step.key: step
            for stage in flow.stages
            for step in stage.steps
            if isinstance(step, Group)
        }
        for key, item in current.items():
            if not isinstance(item, dict):
                problems.append(f"{CURRENT_KEY}.{key}: must be a table")
            elif key in groups:
                for field in groups[key].fields:
                    problems += _ask_shape(field, item, f"{CURRENT_KEY}.{key}.")
    return list(dict.fromkeys(problems))


_ONE_VALUE_KINDS = ("choice", "confirm", "date", "number", "decimal", "score")


def _shape(value: Any) -> str:
    return "a table" if isinstance(value, dict) else "a list" if isinstance(value, list) else ""


def _ask_shape(ask: Ask, scope: Answers, prefix: str) -> list[str]:
    *parents, last = ask.key.split(".")
    value: Any = scope
    for depth, part in enumerate(parents):
        value = value.get(part)
        if value is None or _tables(value):  # [[progress]] in a file: progress.<key> asked
            return []
        if not isinstance(value, dict):
            table = ".".join(parents[: depth + 1])
            return [
                f"{prefix}{table}: must be a table ([{table}]), not {_shape(value) or 'a value'}"
            ]
    value = value.get(last)
    if ask.kind in _ONE_VALUE_KINDS and isinstance(value, list | dict):
        return [f"{prefix}{ask.key}: must be one value, not {_shape(value)}"]
    if ask.kind == "checkbox" and value is not None:
        ids = isinstance(value, list) and all(isinstance(v, str) for v in value)
        if not (ids or value == "all"):
            return [f'{prefix}{ask.key}: must be a list of ids, or "all"']
        return []
    if isinstance(value, dict):
        return [
            f"{prefix}{ask.key}: must be {'a list' if ask.kind == 'list' else 'text'}, not a table"
        ]
    if (
        ask.kind == "text"
        and isinstance(value, list)
        and not all(isinstance(v, str) for v in value)
    ):
        return [f"{prefix}{ask.key}: must be text, or a list of texts"]
    return []


def _tables(value: Any) -> bool:
    return isinstance(value, list) and all(isinstance(item, dict) for item in value)


def _group_shape(group: Group, items: Any) -> list[str]:
    if items is None:
        return []
    if not _tables(items):
        return [f"{group.key}: must be a list of tables ([[{group.key}]])"]
    problems: list[str] = []
    for number, item in enumerate(items, start=1):
        for field in group.fields:
            problems += _ask_shape(field, item, f"{group.key}[{number}].")
    return problems
