"""What a set of answers lacks and holds: the questions an answers file leaves out that the
prompts insist on, and the recap of a draft shown before a conversation resumes.
"""

from __future__ import annotations

from typing import Any

from grow_cli.domain.wording import plural
from grow_cli.flows.engine import get_path
from grow_cli.flows.model import Answers, Ask, Flow, FlowContext, Group


def missing_answers(flow: Flow, answers: Answers, context: FlowContext) -> list[str]:
    """What an answers file leaves out that the prompts would insist on, one line each: every
    required question that applies and has no default, and every group that needs an item.

    The same rules as at the terminal, so a file cannot save what a person could not type: an
    empty file, or one without a topic, is refused. Choices offering "none of these" (a goal to
    continue) are never required.
    """
    missing: list[str] = []
    for stage in flow.stages:
        if stage.when is not None and not stage.when(answers):
            continue
        for step in stage.steps:
            if isinstance(step, Group):
                if step.at_least_one and not answers.get(step.key):
                    missing.append(f"{step.key}: at least one {step.noun} is required")
            elif _insisted_on(step, answers, context) and _blank(get_path(answers, step.key)):
                asked = step.message.split(" (")[0]
                missing.append(f"{step.key}: is required (the prompt asks: {asked!r})")
    return missing


def _insisted_on(ask: Ask, answers: Answers, context: FlowContext) -> bool:
    if not ask.required or any(part.startswith("_") for part in ask.key.split(".")):
        return False
    if ask.kind == "confirm" or any(choice.value == "" for choice in ask.choices):
        return False
    if ask.when is not None and not ask.when(answers, answers, context):
        return False
    # A question with a default of its own (the next check-in) is answered by it.
    return ask.default is None or ask.default(answers, answers, context) is None


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str | list | dict) and not value)


def recap(flow: Flow, answers: Answers) -> list[str]:
    """What a draft already holds, a line per answer: shown before a conversation resumes."""
    lines = []
    if answers.get("date"):
        lines.append(f"date: {answers['date']}")
    for stage in flow.stages:
        for step in stage.steps:
            if isinstance(step, Group):
                items = answers.get(step.key) or []
                if items:
                    texts = "; ".join(str(i.get("text") or i.get("behavior") or "") for i in items)
                    lines.append(f"{step.key}: {plural(len(items), step.noun)}: {texts}")
                continue
            value = get_path(answers, step.key)
            if value not in (None, "", []) and not step.key.startswith("_"):
                shown = ", ".join(map(str, value)) if isinstance(value, list) else str(value)
                lines.append(f"{step.key}: {' '.join(shown.split())}")
    return lines or ["Nothing yet."]
