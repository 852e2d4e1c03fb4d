"""The building blocks of a conversation, as data: questions, repeated groups, stages.

A flow is a tuple of stages; the engine walks it, asking through whatever `Asker` it is given (the
terminal prompts, or the demo's defaults), and stores each answer under its key. Nothing here
prompts or prints.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal

from grow_cli.domain.dates.settings import DEFAULT_SETTINGS, DateSettings

if TYPE_CHECKING:
    from grow_cli.domain.threads import Thread

Answers = dict[str, Any]
Hints = Mapping[str, tuple[str, ...]]  # focus (or "*") -> open questions shown before asking


@dataclass(frozen=True)
class FlowContext:
    """What questions may depend on besides the answers so far."""

    today: dt.date
    person_name: str | None = None
    cadence_days: int = 7
    threads: Mapping[str, Thread] = field(default_factory=dict)  # their active threads, by id
    # How dates are read where their words leave it open (the config's date_order, sprint_days)
    date_settings: DateSettings = DEFAULT_SETTINGS
    style: str = ""  # how the person likes to be coached (person.toml), for the hints


@dataclass(frozen=True)
class Choice:
    """One option of a choice question: the value stored and the words shown."""

    value: str
    label: str


Predicate = Callable[[Answers, Answers, FlowContext], bool]  # (scope, whole answers, context)
Default = Callable[[Answers, Answers, FlowContext], "str | None"]


@dataclass(frozen=True)
class Ask:
    """One question whose answer is stored under `key` (in the current scope)."""

    key: str
    message: str
    # "number": a confidence from 1 to 10; "decimal": any number (a measure's reading);
    # "score": a rating from 1 to 5;
    # "proposers": who proposed each of the options listed under `of`, one choice per option;
    # "checkbox": any number of the choices (the talking points discussed), a list of values
    kind: Literal[
        "text",
        "choice",
        "confirm",
        "list",
        "date",
        "number",
        "decimal",
        "proposers",
        "score",
        "checkbox",
    ] = "text"
    choices: tuple[Choice, ...] = ()
    required: bool = True
    hints: Hints = field(default_factory=dict)
    instruction: str | None = None
    long: bool = False  # a long answer: offer the editor
    default: Default | None = None
    when: Predicate | None = None
    # smart_text: an action's text, checked for Specific and Measurable as soon as it is typed
    review: Literal["smart_goal", "smart_text", "behavior", "impact"] | None = None
    note: Default | None = None  # said before asking, when it gives something to say
    messages: Mapping[str, str] = field(default_factory=dict)  # focus -> its own wording
    of: str | None = None  # "proposers": the key of the options they are about
    unless: str | None = None  # not asked when this key already has a suggested answer
    fills: bool = False  # when not asked (`when` is false), its default is the answer

    def message_for(self, focus: object) -> str:
        """The question in the words of the conversation's focus."""
        return self.messages.get(focus if isinstance(focus, str) else "", self.message)


@dataclass(frozen=True)
class Group:
    """A repeated set of questions: each answer set is one item of the list under `key`."""

    key: str
    noun: str  # "action", "feedback item"
    fields: tuple[Ask, ...]
    start: str | None = None  # asked first when the group may be empty ("Is there a gap...?")
    start_default: bool = False  # the answer offered to `start` (before any item is suggested)
    at_least_one: bool = False
    more: str = "Add another?"
    review: Literal["smart_action"] | None = None
    hints: Hints = field(default_factory=dict)


@dataclass(frozen=True)
class Stage:
    """A part of the conversation with a title, shown as a heading and offered for editing."""

    name: str
    title: str
    steps: tuple[Ask | Group, ...]
    intro: str | None = None
    summary: Callable[[Answers], str | None] | None = None  # said once the stage is answered
    when: Callable[[Answers], bool] | None = None  # asked only when this holds (e.g. a mode)


@dataclass(frozen=True)
class Flow:
    """A whole conversation."""

    name: str
    stages: tuple[Stage, ...]

    def stage(self, name: str) -> Stage:
        """The stage called `name`."""
        return next(stage for stage in self.stages if stage.name == name)


def hints_for(hints: Hints, focus: object) -> tuple[str, ...]:
    """The hints for a focus, falling back to the ones for every focus ("*"). The focus comes
    from the answers so far, so from a draft too: of any type when edited by hand."""
    return hints.get(focus if isinstance(focus, str) else "", ()) or hints.get("*", ())
