"""Walks a flow: asks each question through an `Asker`, reviews answers, and reports progress.

The engine never prompts or prints itself. The terminal, the demo and the tests each hand it an
Asker. After every answer it calls `on_answer`, so the caller can keep a draft: a crash loses at
most the answer being typed, and a resumed conversation skips what is already answered.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from grow_cli.domain import validators
from grow_cli.domain.sbi import judgement_in
from grow_cli.domain.smart import check_smart
from grow_cli.flows.model import Answers, Ask, Choice, Flow, FlowContext, Group, Stage, hints_for

DONE_KEY = "_done"  # groups that are finished
CURRENT_KEY = "_current"  # the group item being answered, kept so a crash loses little
REDO_KEY = "_redo"  # a stage's earlier answers while it is asked again, kept in the draft too
GOAL_OVERRIDE_KEY = "grow.goal_smart_override"
REWRITE, KEEP = "rewrite", "keep"
REVIEW_CHOICES = (Choice(REWRITE, "Rewrite it"), Choice(KEEP, "Keep it as it is"))


class Asker(Protocol):
    """Where answers come from: the terminal prompts, or a scripted stand-in."""

    def text(
        self,
        message: str,
        *,
        default: str,
        validate: validators.Check,
        instruction: str | None,
        long: bool,
    ) -> str: ...

    def choice(self, message: str, choices: tuple[Choice, ...], *, default: str | None) -> str: ...

    def confirm(self, message: str, *, default: bool) -> bool: ...

    def say(self, text: str, *, style: str = "") -> None: ...


def get_path(data: Answers, key: str) -> Any:
    """The value at a dotted key ('grow.goal'), or None."""
    value: Any = data
    for part in key.split("."):
        if not isinstance(value, dict) or part not in value:
            return None
        value = value[part]
    return value


def set_path(data: Answers, key: str, value: Any) -> None:
    """Set the value at a dotted key, creating tables on the way."""
    *parents, last = key.split(".")
    for part in parents:
        data = data.setdefault(part, {})
    data[last] = value


def pop_path(data: Answers, key: str) -> Any:
    """Remove and return the value at a dotted key, if any."""
    *parents, last = key.split(".")
    for part in parents:
        data = data.get(part, {})
    return data.pop(last, None) if isinstance(data, dict) else None


class Conversation:
    """One run of a flow, resumable from the answers of an earlier, interrupted run."""

    def __init__(
        self,
        flow: Flow,
        context: FlowContext,
        asker: Asker,
        *,
        answers: Answers | None = None,
        suggestions: Answers | None = None,
        on_answer: Callable[[Answers], None] | None = None,
    ) -> None:
        self.flow = flow
        self.context = context
        self.asker = asker
        self.answers: Answers = answers if answers is not None else {}
        self.suggestions: Answers = suggestions or {}
        self._on_answer = on_answer or (lambda answers: None)

    def run(self) -> Answers:
        """Ask every question not answered yet; return the answers."""
        for stage in self.flow.stages:
            self.run_stage(stage)
        return self.answers

    def run_stage(self, stage: Stage) -> None:
        """Ask the unanswered questions of one stage."""
        if not self._stage_pending(stage):
            return
        self.asker.say(stage.title, style="heading")
        if stage.intro:
            self.asker.say(stage.intro, style="hint")
        for step in stage.steps:
            if isinstance(step, Group):
                self._run_group(step)
            else:
                self._run_ask(step, self.answers, self._suggested())
        summary = stage.summary(self.answers) if stage.summary else None
        if summary:
            self.asker.say(summary, style="heading-note")

    def _suggested(self) -> Answers:
        """Defaults: a stage's earlier answers while it is asked again, else the suggestions."""
        return {**self.suggestions, **self.answers.get(REDO_KEY, {})}

    def redo(self, stage_name: str) -> None:
        """Ask a stage again, offering the current answers as defaults.

        The earlier answers move into the draft (under REDO_KEY), so a Ctrl-C halfway through
        loses nothing: the resumed conversation offers them again.
        """
        stage = self.flow.stage(stage_name)
        earlier: Answers = self.answers.setdefault(REDO_KEY, {})
        for step in stage.steps:
            current = pop_path(self.answers, step.key)
            if current is not None:
                set_path(earlier, step.key, current)
            if isinstance(step, Group) and step.key in self.answers.get(DONE_KEY, []):
                self.answers[DONE_KEY].remove(step.key)
        self._saved()
        self.run_stage(stage)
        self.answers.pop(REDO_KEY, None)
        self._saved()

    def _stage_pending(self, stage: Stage) -> bool:
        if stage.when is not None and not stage.when(self.answers):
            return False
        for step in stage.steps:
            if isinstance(step, Group):
                if step.key not in self.answers.get(DONE_KEY, []):
                    return True
            elif get_path(self.answers, step.key) is None and self._applies(step, self.answers):
                return True
        return False

    def _applies(self, ask: Ask, scope: Answers) -> bool:
        return ask.when is None or ask.when(scope, self.answers, self.context)

    def _saved(self) -> None:
        self._on_answer(self.answers)

    def _run_ask(
        self, ask: Ask, scope: Answers, suggestions: Answers, *, binding: bool = True
    ) -> None:
        """Ask one question unless answered. `binding` suggestions (from a file or the demo)
        stand even when the question is skipped; earlier answers in a rewrite only prefill."""
        if get_path(scope, ask.key) is not None:
            return
        if not self._applies(ask, scope):
            # Not asked (e.g. the due date is in the action's text), but an explicit suggestion
            # still wins, as the same key would in an answers file.
            if binding and get_path(suggestions, ask.key) is not None:
                set_path(scope, ask.key, get_path(suggestions, ask.key))
            return
        for hint in hints_for(ask.hints, self.answers.get("focus")):
            self.asker.say(hint, style="hint")
        suggested = get_path(suggestions, ask.key)
        if suggested is None and ask.default is not None:
            suggested = ask.default(scope, self.answers, self.context)
        if ask.review == "smart_goal":
            pop_path(self.answers, GOAL_OVERRIDE_KEY)  # a new goal earns its own verdict
        value = self._ask_value(ask, suggested)
        value = self._review(ask, value)
        set_path(scope, ask.key, value)
        if ask.review is not None or ask.kind == "list":
            self._unstash(ask.key)  # answered: no longer only the draft's
        self._saved()

    def _unstash(self, key: str) -> None:
        """Drop a value kept under REDO_KEY, and the tables it leaves empty, so the defaults of
        the questions after it come from the suggestions again."""
        earlier = self.answers.get(REDO_KEY)
        if not isinstance(earlier, dict):
            return
        pop_path(earlier, key)
        parent, _, _ = key.rpartition(".")
        if parent and get_path(earlier, parent) == {}:
            pop_path(earlier, parent)
        if not earlier:
            self.answers.pop(REDO_KEY)

    def _ask_value(self, ask: Ask, suggested: Any) -> Any:
        if ask.kind == "choice":
            return self.asker.choice(ask.message, ask.choices, default=suggested)
        if ask.kind == "confirm":
            return self.asker.confirm(ask.message, default=bool(suggested))
        if ask.kind == "list":
            return self._ask_list(ask, list(suggested or []))
        return self.asker.text(
            ask.message,
            default=_as_text(suggested),
            validate=self._validator(ask),
            instruction=ask.instruction,
            long=ask.long,
        )

    def _validator(self, ask: Ask) -> validators.Check:
        if ask.kind == "date":
            return validators.date_phrase(self.context.today, allow_empty=not ask.required)
        if ask.kind == "number":
            return validators.confidence
        if ask.kind == "decimal":
            return validators.decimal if ask.required else validators.optional_decimal
        return validators.required if ask.required else validators.optional

    def _ask_list(self, ask: Ask, suggested: list[str]) -> list[str]:
        items: list[str] = []
        while True:
            default = suggested[len(items)] if len(items) < len(suggested) else ""
            item = self.asker.text(
                f"{ask.message} #{len(items) + 1}",
                default=default,
                validate=validators.optional,
                instruction=None,
                long=False,
            )
            if not item.strip():
                if items or not ask.required:
                    return items
                self.asker.say("Give at least one option.", style="warning")
                continue
            items.append(item.strip())
            # The list is still open, but each item is kept: a crash or Ctrl-C now loses none,
            # and the resumed conversation offers them again.
            set_path(
                self.answers.setdefault(REDO_KEY, {}), ask.key, [*items, *suggested[len(items) :]]
            )
            self._saved()

    def _review(self, ask: Ask, value: Any) -> Any:
        if ask.review is not None:
            # Kept in the draft while its verdict is asked: a Ctrl-C at "What now?" loses
            # nothing, and the resumed conversation offers it again.
            set_path(self.answers.setdefault(REDO_KEY, {}), ask.key, value)
            self._saved()
        while ask.review is not None:
            problem = self._problem(ask, value)
            if problem is None:
                return value
            self.asker.say(problem, style="warning")
            if self.asker.choice("What now?", REVIEW_CHOICES, default=REWRITE) == KEEP:
                if ask.review == "smart_goal":
                    set_path(self.answers, GOAL_OVERRIDE_KEY, True)
                return value
            value = self.asker.text(
                ask.message,
                default=str(value),
                validate=validators.required,
                instruction=ask.instruction,
                long=ask.long,
            )
        return value

    def _problem(self, ask: Ask, value: Any) -> str | None:
        if ask.review == "behavior":
            return judgement_in(str(value))
        result = check_smart(str(value), today=self.context.today)
        if result.smart:
            return None
        return explain_failures("This goal is not SMART yet:", result.failures())

    def _run_group(self, group: Group) -> None:
        done: list[str] = self.answers.setdefault(DONE_KEY, [])
        if group.key in done:
            return
        items: list[Answers] = self.answers.setdefault(group.key, [])
        suggested_items = list(self._suggested().get(group.key) or [])
        current = self.answers.setdefault(CURRENT_KEY, {})
        asks_first = not items and group.key not in current and group.start
        if asks_first and not self.asker.confirm(str(group.start), default=bool(suggested_items)):
            return self._close(group)
        for hint in hints_for(group.hints, self.answers.get("focus")):
            self.asker.say(hint, style="hint")
        while True:
            item = current.setdefault(group.key, {})
            index = len(items)
            suggestion = suggested_items[index] if index < len(suggested_items) else {}
            self._run_item(group, item, suggestion)
            items.append(current.pop(group.key))
            self._saved()
            more_default = len(items) < len(suggested_items)
            if not self.asker.confirm(group.more, default=more_default):
                return self._close(group)

    def _close(self, group: Group) -> None:
        self.answers[DONE_KEY].append(group.key)
        self._saved()

    def _run_item(self, group: Group, item: Answers, suggestion: Answers) -> None:
        defaults, binding = suggestion, True
        while True:
            for ask in group.fields:
                self._run_ask(ask, item, defaults, binding=binding)
            if group.review != "smart_action" or item.get("smart_override"):
                return
            result = check_smart(
                str(item.get("text", "")),
                today=self.context.today,
                relevant_to=item.get("relevant_to") or None,
                confidence=int(item["confidence"])
                if str(item.get("confidence", "")).isdigit()
                else None,
                due=_resolved_due(item, self.context),
            )
            if result.smart:
                return
            self.asker.say(
                explain_failures("This action is not SMART yet:", result.failures()),
                style="warning",
            )
            if self.asker.choice("What now?", REVIEW_CHOICES, default=REWRITE) == KEEP:
                item["smart_override"] = True
                self._saved()
                return
            # Ask the item again with what was typed offered for editing.
            defaults, binding = dict(item), False
            item.clear()


def _as_text(value: Any) -> str:
    """A suggested answer as text to edit: lists (tags) as comma-separated words."""
    if value is None:
        return ""
    if isinstance(value, list):
        return ", ".join(str(item) for item in value)
    return str(value)


def _resolved_due(item: Answers, context: FlowContext) -> Any:
    from grow_cli.domain.dates import DateError, find_deadline, parse_date

    due = str(item.get("due") or "").strip()
    if due:
        try:
            return parse_date(due, context.today)
        except DateError:
            return None
    return find_deadline(str(item.get("text", "")), context.today).due


def explain_failures(lead: str, failures: list[tuple[str, str]]) -> str:
    """A short explanation: the lead line, then one line per failing letter."""
    lines = [lead] + [
        f"  {letter.replace('_', '-').capitalize()}: {reason}" for letter, reason in failures
    ]
    return "\n".join(lines)


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


_ONE_VALUE_KINDS = ("choice", "confirm", "date", "number", "decimal")


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


def _insisted_on(ask: Ask, answers: Answers, context: FlowContext) -> bool:
    if not ask.required or ask.key.startswith("_"):
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
                    lines.append(f"{step.key}: {len(items)} {step.noun}(s): {texts}")
                continue
            value = get_path(answers, step.key)
            if value not in (None, "", []) and not step.key.startswith("_"):
                shown = ", ".join(map(str, value)) if isinstance(value, list) else str(value)
                lines.append(f"{step.key}: {' '.join(shown.split())}")
    return lines or ["Nothing yet."]
