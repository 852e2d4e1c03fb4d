"""Choosing the kind of conversation, and what each kind asks in its own words.

Two or three short questions suggest a focus (a gap to close now: performance; a capability for
later: development; their own direction: career), with one line on why; the manager still
chooses. Each focus then words the conversation its own way, and a person's coaching `style`
adds what they respond to. All of it is data: the engine asks, nothing here prompts.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

from grow_cli.domain.styles import style_of
from grow_cli.domain.vocabulary import CONFIDENT, Style
from grow_cli.flows.model import Answers, Ask, Choice, FlowContext, Predicate

GAP_KEY, CAPABILITY_KEY, DIRECTION_KEY = "_gap", "_capability", "_direction"

FOCUS_QUESTIONS: Final = (
    (GAP_KEY, "Is there a specific gap in their work to close now?", "performance"),
    (CAPABILITY_KEY, "Are they building a capability for a role they want later?", "development"),
    (DIRECTION_KEY, "Do they want to talk about their own direction?", "career"),
)
WHY: Final[Mapping[str, str]] = {
    "performance": (
        "Suggested: performance, since there is a gap to close now: name one moment with "
        "feedback, agree one or two actions and check in within two weeks."
    ),
    "development": (
        "Suggested: development, since they are building a capability: start from a strength, "
        "pick a stretch assignment and agree when to reflect on it."
    ),
    "career": (
        "Suggested: career, since it is about their own direction: it is their conversation, "
        "about their strengths and values and a next step they own."
    ),
}


def suggested_focus(answers: Answers) -> str | None:
    """The focus the answers to the focus questions point to, or None before any is answered."""
    asked = False
    for key, _, focus in FOCUS_QUESTIONS:
        value = answers.get(key)
        if value is None:
            continue
        asked = True
        if value is True:
            return focus
    return "development" if asked else None


def _thread_focus(answers: Answers, context: FlowContext) -> str | None:
    thread = context.threads.get(str(answers.get("thread") or ""))
    return thread.focus if thread else None


def _ask_focus_question(index: int) -> Predicate:
    def applies(scope: Answers, answers: Answers, context: FlowContext) -> bool:
        if _thread_focus(answers, context) is not None:
            return False  # a goal already followed keeps its focus
        # Stop at the first yes: the rest would not change the suggestion.
        return all(answers.get(key) is not True for key, _, _ in FOCUS_QUESTIONS[:index])

    return applies


def focus_questions() -> tuple[Ask, ...]:
    """The yes/no questions asked before the focus choice (bookkeeping: never in the note)."""
    return tuple(
        Ask(key, message, kind="confirm", when=_ask_focus_question(index), unless="focus")
        for index, (key, message, _) in enumerate(FOCUS_QUESTIONS)
    )


def focus_default(scope: Answers, answers: Answers, context: FlowContext) -> str | None:
    """The focus offered: the goal's own when one is continued, else the one suggested."""
    return _thread_focus(answers, context) or suggested_focus(answers)


def focus_note(scope: Answers, answers: Answers, context: FlowContext) -> str | None:
    """One line on why the suggested focus fits."""
    if _thread_focus(answers, context) is not None:
        return None
    focus = suggested_focus(answers)
    return WHY.get(focus) if focus else None


# --- Words that change with the focus -----------------------------------------------------------

GOAL_MESSAGES: Final = {
    "career": "Goal: what next step toward that direction do they want to own, and by when?",
}
OPTIONS_MESSAGES: Final = {
    "career": (
        "Options: which paths could they explore, and how could they test one cheaply? "
        "(one per answer, empty to finish)"
    ),
}
WILL_MESSAGES: Final = {
    "development": "Will: which experiment will they try first?",
    "career": "Will: what is the first step they will take?",
}
ACTION_MESSAGES: Final = {
    "development": "Experiment: what will they try, and where?",
    "career": "Next step: what will they do?",
}
PROPOSER_CHOICES: Final = (
    Choice("report", "Theirs"),
    Choice("manager", "Yours"),
    Choice("both", "Agreed together"),
)
MIXED: Final = "mixed"
OPTIONS_PROPOSER_CHOICES: Final = (
    Choice("report", "All theirs"),
    Choice("manager", "All yours"),
    Choice("both", "Built together"),
    Choice(MIXED, "A mix: say for each"),
)
CAUSE_CHOICES: Final = (
    Choice("skill", "A skill they are still building"),
    Choice("process", "A process or tool in the way"),
    Choice("resources", "Missing resources or information"),
    Choice("workload", "Too much on their plate"),
    Choice("personal", "Something personal"),
    Choice("expectations", "Expectations that were not clear"),
    Choice("", "Not clear yet"),
)


def low_confidence_note(scope: Answers, answers: Answers, context: FlowContext) -> str | None:
    """Said before "what would raise it?" when their confidence is below 7."""
    value = _confidence(answers)
    if value is None or value >= CONFIDENT:
        return None
    return (
        f"A {value} out of 10 is below {CONFIDENT}: ask what would raise it, or agree a smaller "
        "first step."
    )


def _confidence(answers: Answers) -> int | None:
    grow = answers.get("grow")
    value = grow.get("confidence") if isinstance(grow, dict) else None
    text = str(value).strip() if value is not None else ""
    return int(text) if text.isdigit() else None


def confidence_is_low(scope: Answers, answers: Answers, context: FlowContext) -> bool:
    """Whether the report's confidence in the plan is below 7."""
    value = _confidence(answers)
    return value is not None and value < CONFIDENT


def resolve_proposers(grow: dict[str, object]) -> None:
    """Turn the answer to "Whose ideas were these?" into one proposer per option (in place):
    "All theirs" names the report for each; "A mix" leaves the per-option answers."""
    whose = grow.pop(OPTIONS_BY_KEY, None)
    options = grow.get("options")
    if whose in ("report", "manager", "both") and isinstance(options, list) and options:
        grow.setdefault("options_by", [whose] * len(options))
        if grow.get("goal"):
            grow.setdefault("goal_by", whose)


OPTIONS_BY_KEY: Final = "_options_by"  # bookkeeping inside [grow]: never in the note


def conversation_confidence(answers: Answers) -> int | None:
    """The report's confidence in the plan, asked once for the whole conversation."""
    value = _confidence(answers)
    return value if value is not None and 1 <= value <= 10 else None


# --- Adapting to the person ---------------------------------------------------------------------

STYLE_HINTS: Final[Mapping[Style, Mapping[str, str]]] = {
    "high-autonomy": {
        "grow.goal": "They like freedom of method: agree the outcome, leave the how to them.",
        "grow.reality": "Ask what is in their way, and what you could remove.",
        "actions": "Let them set the steps; agree only what done looks like and when.",
    },
    "collaboration-oriented": {
        "grow.goal": "Ask who else this goal touches, and who would notice it was met.",
        "grow.reality": "Ask how the team around them sees it, and who could help.",
        "actions": "Name who else is involved in each action.",
    },
    "detail-focused": {
        "grow.goal": "Give the exact number and date that mean success.",
        "grow.reality": "Bring the figures: what, how many, since when.",
        "actions": "Spell out each step, its number and its date: vague actions frustrate them.",
    },
}


def style_hint(context: FlowContext, key: str) -> str | None:
    """The line a person's style adds before a question (or a group), if any."""
    style = style_of(context.style)
    return STYLE_HINTS[style].get(key) if style else None
