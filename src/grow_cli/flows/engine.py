"""Walks a flow: asks each question through an `Asker`, reviews answers, and reports progress.

The engine never prompts or prints itself. The terminal, the demo and the tests each hand it an
Asker. After every answer it calls `on_answer`, so the caller can keep a draft: a crash loses at
most the answer being typed, and a resumed conversation skips what is already answered.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from grow_cli.domain import validators
from grow_cli.domain.sbi import impact_problem, judgement_in
from grow_cli.domain.smart import check_smart
from grow_cli.flows.deadline import confirm_goal_date, resolved_due
from grow_cli.flows.focus import PROPOSER_CHOICES, conversation_confidence, style_hint
from grow_cli.flows.model import Answers, Ask, Choice, Flow, FlowContext, Group, Stage, hints_for

DONE_KEY = "_done"  # groups that are finished
CURRENT_KEY = "_current"  # the group item being answered, kept so a crash loses little
REDO_KEY = "_redo"  # a stage's earlier answers while it is asked again, kept in the draft too
GOAL_OVERRIDE_KEY = "grow.goal_smart_override"
SBI_OVERRIDE_KEY = "sbi_override"  # on a feedback item kept after its check named a problem
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

    def checkbox(
        self, message: str, choices: tuple[Choice, ...], *, default: list[str]
    ) -> list[str]: ...

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
        if ask.unless is not None and get_path(suggestions, ask.unless) is not None:
            return  # the demo or a resumed rewrite already says what this would help choose
        if not self._applies(ask, scope):
            # Not asked (e.g. the due date is in the action's text), but an explicit suggestion
            # still wins, as the same key would in an answers file.
            if binding and get_path(suggestions, ask.key) is not None:
                set_path(scope, ask.key, get_path(suggestions, ask.key))
            elif ask.fills and ask.default is not None:
                filled = ask.default(scope, self.answers, self.context)
                if filled is not None:
                    set_path(scope, ask.key, filled)
            return
        for hint in hints_for(ask.hints, self.answers.get("focus")):
            self.asker.say(hint, style="hint")
        adapted = style_hint(self.context, ask.key)
        if adapted:
            self.asker.say(adapted, style="hint")
        note = ask.note(scope, self.answers, self.context) if ask.note else None
        if note:
            self.asker.say(note, style="hint")
        suggested = get_path(suggestions, ask.key)
        if suggested is None and ask.default is not None:
            suggested = ask.default(scope, self.answers, self.context)
        if ask.review == "smart_goal":
            pop_path(self.answers, GOAL_OVERRIDE_KEY)  # a new goal earns its own verdict
        value = self._ask_value(ask, suggested)
        value = self._review(ask, value, scope)
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
        message = ask.message_for(self.answers.get("focus"))
        if ask.kind == "choice":
            return self.asker.choice(message, ask.choices, default=suggested)
        if ask.kind == "confirm":
            return self.asker.confirm(message, default=bool(suggested))
        if ask.kind == "checkbox":
            ticked = suggested if isinstance(suggested, list) else []
            return self.asker.checkbox(message, ask.choices, default=[str(v) for v in ticked])
        if ask.kind == "list":
            return self._ask_list(ask, list(suggested or []), message)
        if ask.kind == "proposers":
            return self._ask_proposers(ask, suggested)
        return self.asker.text(
            message,
            default=_as_text(suggested),
            validate=self._validator(ask),
            instruction=ask.instruction,
            long=ask.long,
        )

    def _validator(self, ask: Ask) -> validators.Check:
        if ask.kind == "date":
            return validators.date_phrase(
                self.context.today,
                allow_empty=not ask.required,
                date_settings=self.context.date_settings,
            )
        if ask.kind == "number":
            return validators.confidence
        if ask.kind == "score":
            return validators.score
        if ask.kind == "decimal":
            return validators.decimal if ask.required else validators.optional_decimal
        return validators.required if ask.required else validators.optional

    def _ask_proposers(self, ask: Ask, suggested: Any) -> list[str]:
        """Whose idea each option was: one choice per option listed under `ask.of`."""
        options = get_path(self.answers, ask.of or "") or []
        earlier = suggested if isinstance(suggested, list) else []
        picked = []
        for index, option in enumerate(options):
            default = earlier[index] if index < len(earlier) else "report"
            question = f"Whose idea was '{_short(str(option))}'?"
            picked.append(self.asker.choice(question, PROPOSER_CHOICES, default=default))
        return picked

    def _ask_list(self, ask: Ask, suggested: list[str], message: str) -> list[str]:
        items: list[str] = []
        while True:
            default = suggested[len(items)] if len(items) < len(suggested) else ""
            item = self.asker.text(
                f"{message} #{len(items) + 1}",
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

    def _review(self, ask: Ask, value: Any, scope: Answers) -> Any:
        if ask.review is not None:
            # Kept in the draft while its verdict is asked: a Ctrl-C at "What now?" loses
            # nothing, and the resumed conversation offers it again.
            set_path(self.answers.setdefault(REDO_KEY, {}), ask.key, value)
            self._saved()
        while ask.review is not None:
            problem = self._problem(ask, value)
            if problem is None:
                if ask.review == "smart_goal":
                    return confirm_goal_date(self.asker, str(value), self.context)
                return value
            self.asker.say(problem, style="warning")
            if self.asker.choice("What now?", REVIEW_CHOICES, default=REWRITE) == KEEP:
                if ask.review == "smart_goal":
                    set_path(self.answers, GOAL_OVERRIDE_KEY, True)
                if ask.review in ("behavior", "impact"):
                    scope[SBI_OVERRIDE_KEY] = True  # kept: escalation shows it was kept so
                if ask.review == "smart_text":
                    scope["smart_override"] = True  # kept: not checked again at the end
                return value
            value = self.asker.text(
                ask.message_for(self.answers.get("focus")),
                default=str(value),
                validate=validators.required,
                instruction=ask.instruction,
                long=ask.long,
            )
        return value

    def _problem(self, ask: Ask, value: Any) -> str | None:
        if ask.review == "behavior":
            return judgement_in(str(value))
        if ask.review == "impact":
            return impact_problem(str(value))
        result = check_smart(
            str(value),
            today=self.context.today,
            date_settings=self.context.date_settings,
            focus=self.answers.get("focus"),
        )
        if ask.review == "smart_text":
            # Checked as soon as it is typed: what the words alone decide. The date is asked
            # next when the words give none, and Achievable and Relevant never fail.
            failures = [(k, r) for k, r in result.failures() if k in ("specific", "measurable")]
            return explain_failures("This action is not SMART yet:", failures) if failures else None
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
        offered = bool(suggested_items) or group.start_default
        if asks_first and not self.asker.confirm(str(group.start), default=offered):
            return self._close(group)
        for hint in hints_for(group.hints, self.answers.get("focus")):
            self.asker.say(hint, style="hint")
        adapted = style_hint(self.context, group.key)
        if adapted:
            self.asker.say(adapted, style="hint")
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
            own = str(item.get("confidence", ""))
            result = check_smart(
                str(item.get("text", "")),
                today=self.context.today,
                relevant_to=item.get("relevant_to") or None,
                confidence=int(own) if own.isdigit() else conversation_confidence(self.answers),
                due=resolved_due(item, self.context),
                date_settings=self.context.date_settings,
                focus=self.answers.get("focus"),
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
            # Ask again only for the words (and the date they may carry), the rest kept.
            defaults, binding = dict(item), False
            item.pop("text", None)
            item.pop("due", None)


def _short(text: str, limit: int = 50) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 3] + "..."


def _as_text(value: Any) -> str:
    """A suggested answer as text to edit: lists (tags) as comma-separated words."""
    if value is None:
        return ""
    if isinstance(value, list):
        return ", ".join(str(item) for item in value)
    return str(value)


def explain_failures(lead: str, failures: list[tuple[str, str]]) -> str:
    """A short explanation: the lead line, then one line per failing letter."""
    lines = [lead] + [
        f"  {letter.replace('_', '-').capitalize()}: {reason}" for letter, reason in failures
    ]
    return "\n".join(lines)
