"""The SMART check: one goal sentence in, a verdict and a reason for each letter out.

Specific, Measurable and Time-bound are read from the words. Achievable and Relevant cannot be:
the person supplies a confidence score and the link to what the goal serves, and without them those
letters warn (they never fail on that account). Pure and standard-library only, so `grow smart`
starts fast; every pattern is linear, so any text is answered quickly.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Final

from grow_cli.domain.dates import DEFAULT_SETTINGS, DateSettings, find_deadline_and_spans, fold
from grow_cli.domain.patterns import LazyPattern
from grow_cli.domain.smart_words import (
    ACTION,
    ACTION_WORDS,
    ADVERBS,
    DELIVERABLE,
    DONE_OR_NOT,
    ENDS_WITH_MORE,
    FREQUENCY,
    NOT_A_MEASURE,
    NUMBER,
    ONE_ON_ONE,
    OUTCOME,
    SCOPE,
    SINGLE,
    SOFT_VAGUE,
    STRONG_VAGUE,
    TAIL_LENGTH,
    TIME_OF_DAY,
    VERB_FORMS,
    WORD,
    WORD_QUANTITY,
)
from grow_cli.domain.time_bound import TIME_FREQUENCY_ONLY as TIME_FREQUENCY_ONLY
from grow_cli.domain.time_bound import TIME_IMPOSSIBLE as TIME_IMPOSSIBLE
from grow_cli.domain.time_bound import TIME_MISSING as TIME_MISSING
from grow_cli.domain.time_bound import TIME_NOT_THE_DEADLINE as TIME_NOT_THE_DEADLINE
from grow_cli.domain.time_bound import TIME_OWN_DUE as TIME_OWN_DUE
from grow_cli.domain.time_bound import TIME_OWN_DUE_PAST as TIME_OWN_DUE_PAST
from grow_cli.domain.time_bound import TIME_PASS as TIME_PASS
from grow_cli.domain.time_bound import TIME_PAST as TIME_PAST
from grow_cli.domain.time_bound import TIME_PAST_READ as TIME_PAST_READ
from grow_cli.domain.time_bound import TIME_READ as TIME_READ
from grow_cli.domain.time_bound import TIME_SPRINT as TIME_SPRINT
from grow_cli.domain.time_bound import TIME_VAGUE as TIME_VAGUE
from grow_cli.domain.time_bound import check_time_bound

if TYPE_CHECKING:  # only a type here: grow smart does not load the vocabulary
    from grow_cli.domain.vocabulary import Verdict

LETTERS: Final = ("specific", "measurable", "achievable", "relevant", "time_bound")

# --- Every sentence people read, in one place. Each says what is missing and how to fix it. ------

EMPTY: Final = (
    "The goal is empty: write what will be done, e.g. "
    "'send a weekly status email to stakeholders every Friday'."
)
SPECIFIC_PASS: Final = "Names a concrete action: '{action}'."
SPECIFIC_VAGUE: Final = (
    "'{phrase}' does not say what anyone will actually do: name the action, e.g. {example}."
)
SPECIFIC_SOFT: Final = (
    "'{phrase}' points a direction but leaves open what will change: say what exactly will be "
    "done, or the number that shows it changed, e.g. {example}."
)
SPECIFIC_SHORT: Final = (
    "Too short to tell what will happen: say what '{phrase}' applies to, e.g. {example}."
)
SPECIFIC_OUTCOME: Final = "Names an outcome and the measure of it: '{outcome}'."
SPECIFIC_NO_ACTION: Final = (
    "'{phrase}' names no action anyone could be seen doing: say what will be done, e.g. {example}."
)
MEASURABLE_NUMBER: Final = "Progress can be counted: '{token}'."
MEASURABLE_FREQUENCY: Final = "It happens on a schedule anyone can check: '{token}'."
MEASURABLE_SCOPE: Final = "It covers a countable set, so misses are visible: '{token}'."
MEASURABLE_DELIVERABLE: Final = "There is a deliverable to check off: '{token}'."
MEASURABLE_SINGLE: Final = "It is a single thing that is either done or not: '{token}'."
MEASURABLE_RATIO: Final = "The change has a size anyone can check: '{token}'."
MEASURABLE_FAIL: Final = (
    "Nothing here can be counted or checked off: add a number, a frequency or something that is "
    "done or not, e.g. {example}."
)
# Examples that fit the conversation: a deliverable for performance, an experiment for
# development, a step that tests a direction for career. The first whose words the goal does not
# already hold is shown, so no reason suggests what was written.
FOCUS_EXAMPLES: Final[dict[str, dict[str, tuple[str, ...]]]] = {
    "performance": {
        "action": (
            "'send the incident summary to the support team by Friday'",
            "'triage the queue at 9:00 and 14:00 every weekday'",
        ),
        "measure": ("'two code reviews a week'", "'a one-page summary sent to the team'"),
    },
    "development": {
        "action": (
            "'run the next retro in the new format and write down what worked'",
            "'ask one open question before giving my view in three 1:1s'",
        ),
        "measure": ("'try it in three 1:1s and note what worked'", "'one practice talk'"),
    },
    "career": {
        "action": (
            "'ask two staff engineers how they got there, by the end of January'",
            "'shadow a product manager for a day'",
        ),
        "measure": ("'one conversation with a staff engineer'", "'an application sent'"),
    },
}
ACHIEVABLE_ASK: Final = (
    "Only the person can judge whether this is realistic: rerun with --confidence 1-10 to record "
    "how sure they are."
)
ACHIEVABLE_PASS: Final = "Confidence {n}/10: the person expects to manage this."
ACHIEVABLE_LOW: Final = (
    "Confidence {n}/10 suggests this may be too ambitious: agree a smaller first step they would "
    "rate 7 or more."
)
RELEVANT_ASK: Final = (
    "Only the person can say why this matters: rerun with --relevant-to naming the team goal or "
    "development aim it serves."
)
RELEVANT_PASS: Final = "It serves '{link}', as the person said."
CONFIDENCE_RANGE: Final = "Confidence is a whole number from 1 to 10, not {value!r}."


@dataclass(frozen=True)
class LetterCheck:
    """The verdict on one SMART letter and the sentence that explains it."""

    verdict: Verdict
    reason: str


@dataclass(frozen=True)
class SmartResult:
    """The SMART check of one goal."""

    text: str
    specific: LetterCheck
    measurable: LetterCheck
    achievable: LetterCheck
    relevant: LetterCheck
    time_bound: LetterCheck
    due: date | None

    @property
    def smart(self) -> bool:
        """True when no letter fails (warnings are allowed)."""
        return all(check.verdict != "fail" for check in self.letters().values())

    def letters(self) -> dict[str, LetterCheck]:
        """Each letter's check, in LETTERS order."""
        return {letter: getattr(self, letter) for letter in LETTERS}

    def verdicts(self) -> dict[str, str]:
        """Each letter's verdict, in LETTERS order."""
        return {letter: check.verdict for letter, check in self.letters().items()}

    def failures(self) -> list[tuple[str, str]]:
        """(letter, reason) for each failing letter."""
        return [(letter, c.reason) for letter, c in self.letters().items() if c.verdict == "fail"]

    def to_dict(self) -> dict[str, object]:
        """The JSON shape `grow smart --json` prints."""
        data: dict[str, object] = {"text": self.text, "smart": self.smart}
        for letter, check in self.letters().items():
            data[letter] = {"verdict": check.verdict, "reason": check.reason}
        data["due"] = self.due.isoformat() if self.due is not None else None
        return data


# --- The letters ---------------------------------------------------------------------------------


def _mask(text: str, spans: list[tuple[int, int]]) -> str:
    # Blank out the words of a deadline so "by 15 January" is not mistaken for a target of 15.
    # Spaces keep every other offset where it was.
    chars = list(text)
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    return "".join(chars)


def _blank(pattern: LazyPattern, low: str) -> str:
    return _mask(low, [m.span() for m in pattern.finditer(low)])


def _short(words: str, limit: int = 60) -> str:
    words = " ".join(words.split())
    return words if len(words) <= limit else words[: limit - 3] + "..."


class _Goal:
    # A plain class: a dataclass costs about 0.5 ms to make, on every start of `grow smart`.
    __slots__ = ("focus", "low", "masked", "text")

    def __init__(self, text: str, low: str, masked: str, focus: str | None = None) -> None:
        self.text = text  # as typed, for quoting in reasons
        self.low = low  # lower case, same offsets
        self.masked = masked  # lower case with its date phrases blanked out
        self.focus = focus if focus in FOCUS_EXAMPLES else "performance"

    def example(self, kind: str) -> str:
        """An example for a reason, fitting the focus, that the goal does not already say."""
        words = set(WORD.findall(self.low))
        candidates = FOCUS_EXAMPLES[self.focus][kind]
        for candidate in candidates:
            own = [w for w in WORD.findall(candidate.lower()) if len(w) > 3]
            if sum(w in words for w in own) < max(2, len(own) // 2):
                return candidate
        return candidates[-1]

    def quote(self, start: int, end: int) -> str:
        return _short(self.text[start:end])

    def words_from(self, start: int) -> str:
        words = ACTION_WORDS.match(self.low, start)
        return self.quote(start, words.end() if words is not None else start)


def _wish(low: str) -> tuple[int, int] | None:
    """Where the goal states a wish rather than an action ("be more proactive"), if it does."""
    found = STRONG_VAGUE.search(low)
    if found is not None:
        return found.span()
    tail = max(0, len(low) - TAIL_LENGTH)
    found = ENDS_WITH_MORE.search(low, tail)
    return found.span() if found is not None else None


def _verbs(low: str) -> Iterator[tuple[int, int]]:
    """Where the goal's action verbs are, as (start, end)."""
    for match in ACTION.finditer(low):
        first = match["first"]
        if first in VERB_FORMS:
            yield match.span("first")
        elif match["second"] in VERB_FORMS and (first.endswith("ly") or first in ADVERBS):
            yield match.span("second")


def _action(goal: _Goal, vague: tuple[int, int] | None) -> tuple[int, int] | None:
    for verb in _verbs(goal.low):
        if vague is None or not vague[0] <= verb[0] < vague[1]:
            return verb
    return None


def _check_specific(goal: _Goal) -> tuple[LetterCheck, tuple[int, int] | None, bool]:
    """The Specific letter, the wish ("be more proactive") in the goal if any, and whether the
    goal is nothing but that wish."""
    strong = _wish(goal.low)
    soft = SOFT_VAGUE.search(goal.low)
    action = _action(goal, strong or (soft.span() if soft is not None else None))
    enough_words = len(WORD.findall(goal.low)) >= 3
    if action is not None:
        if enough_words and WORD.search(goal.low, action[1]):
            shown = goal.words_from(action[0])
            return LetterCheck("pass", SPECIFIC_PASS.format(action=shown)), strong, False
        if strong is None:
            return LetterCheck("warn", _short_reason(goal)), None, False
    if strong is not None:
        reason = SPECIFIC_VAGUE.format(phrase=goal.quote(*strong), example=goal.example("action"))
        return LetterCheck("fail", reason), strong, True
    outcome = OUTCOME.search(goal.masked)
    if outcome is not None and enough_words:
        shown = goal.quote(0, outcome.end())
        return LetterCheck("pass", SPECIFIC_OUTCOME.format(outcome=shown)), None, False
    if soft is not None:
        if NUMBER.search(goal.masked):
            shown = goal.words_from(soft.start())
            return LetterCheck("pass", SPECIFIC_PASS.format(action=shown)), None, False
        phrase = goal.quote(*soft.span())
        reason = SPECIFIC_SOFT.format(phrase=phrase, example=goal.example("action"))
        return LetterCheck("warn", reason), None, False
    if not enough_words:
        return LetterCheck("fail", _short_reason(goal)), None, False
    phrase = goal.quote(0, len(goal.text))
    reason = SPECIFIC_NO_ACTION.format(phrase=phrase, example=goal.example("action"))
    return LetterCheck("fail", reason), None, False


def _short_reason(goal: _Goal) -> str:
    phrase = goal.quote(0, len(goal.text))
    return SPECIFIC_SHORT.format(phrase=phrase, example=goal.example("action"))


def _check_measurable(goal: _Goal, wish: tuple[int, int] | None, only_wish: bool) -> LetterCheck:
    masked = goal.masked
    if wish is not None and not only_wish:
        # "Improve my presentation skills by attending a workshop": the skills are the wish;
        # what can be checked is the workshop.
        masked = _mask(masked, [*(m.span() for m in STRONG_VAGUE.finditer(masked)), wish])
    counted = _blank(NOT_A_MEASURE, _blank(ONE_ON_ONE, _blank(TIME_OF_DAY, masked)))
    number = NUMBER.search(counted)
    if number is not None:
        return LetterCheck("pass", MEASURABLE_NUMBER.format(token=goal.quote(*number.span())))
    quantity = WORD_QUANTITY.search(masked)
    if quantity is not None:
        return LetterCheck("pass", MEASURABLE_RATIO.format(token=goal.quote(*quantity.span())))
    if only_wish:
        # In a wish ("be more proactive in weekly meetings") meetings and their frequency are the
        # setting, not the result, so only an explicit number counts.
        return LetterCheck("fail", MEASURABLE_FAIL.format(example=goal.example("measure")))
    # A schedule stays a schedule when it also gives the deadline ("every Friday"), so the
    # frequency is looked for in the whole sentence, not only outside its date phrases.
    for pattern, text, reason in (
        (FREQUENCY, goal.low, MEASURABLE_FREQUENCY),
        (DELIVERABLE, masked, MEASURABLE_DELIVERABLE),
        (SCOPE, masked, MEASURABLE_SCOPE),
    ):
        found = pattern.search(text)
        if found is not None:
            return LetterCheck("pass", reason.format(token=goal.quote(*found.span())))
    done = DONE_OR_NOT.search(masked)
    if done is not None:
        return LetterCheck("pass", MEASURABLE_SINGLE.format(token=goal.quote(*done.span())))
    # "Hire a senior designer": an action on exactly one thing is done or not done.
    for start, end in _verbs(masked):
        single = SINGLE.match(masked, end)
        if single is not None:
            token = goal.quote(start, single.end())
            return LetterCheck("pass", MEASURABLE_SINGLE.format(token=token))
    return LetterCheck("fail", MEASURABLE_FAIL.format(example=goal.example("measure")))


def _check_achievable(confidence: int | None) -> LetterCheck:
    if confidence is None:
        return LetterCheck("warn", ACHIEVABLE_ASK)
    if confidence >= 7:
        return LetterCheck("pass", ACHIEVABLE_PASS.format(n=confidence))
    return LetterCheck("warn", ACHIEVABLE_LOW.format(n=confidence))


def _check_relevant(relevant_to: str | None) -> LetterCheck:
    link = " ".join((relevant_to or "").split())
    if not link:
        return LetterCheck("warn", RELEVANT_ASK)
    return LetterCheck("pass", RELEVANT_PASS.format(link=_short(link, 80)))


def check_smart(
    text: str,
    *,
    today: date,
    relevant_to: str | None = None,
    confidence: int | None = None,
    due: date | None = None,
    focus: str | None = None,
    date_settings: DateSettings = DEFAULT_SETTINGS,
) -> SmartResult:
    """Check one goal against SMART.

    `today` resolves date phrases, and `date_settings` what their words leave open (the order of
    "01/12/2026", the length of a sprint). `relevant_to` (what the goal serves) and `confidence`
    (1-10) come from the person; without them Relevant and Achievable warn. `due`, an item's own
    due date, takes precedence over any date in the text. `focus` (performance, development,
    career) picks the examples the reasons give. Raises ValueError when confidence is outside
    1-10; any text at all is answered.
    """
    if confidence is not None and (
        isinstance(confidence, bool) or not isinstance(confidence, int) or not 1 <= confidence <= 10
    ):
        raise ValueError(CONFIDENCE_RANGE.format(value=confidence))
    if WORD.search(text) is None:
        empty = LetterCheck("fail", EMPTY)
        return SmartResult(text, empty, empty, empty, empty, empty, None)
    finding, spans = find_deadline_and_spans(text, today, date_settings)
    low = fold(text)
    goal = _Goal(text, low, _mask(low, spans), focus)
    specific, wish, only_wish = _check_specific(goal)
    frequency = FREQUENCY.search(goal.masked)
    verdict, reason, resolved = check_time_bound(
        finding, today, due, low, goal.quote(*frequency.span()) if frequency else None
    )
    time_bound = LetterCheck(verdict, reason)
    return SmartResult(
        text=text,
        specific=specific,
        measurable=_check_measurable(goal, wish, only_wish),
        achievable=_check_achievable(confidence),
        relevant=_check_relevant(relevant_to),
        time_bound=time_bound,
        due=resolved,
    )
