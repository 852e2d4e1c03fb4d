"""The SMART check: one goal sentence in, a verdict and a reason for each letter out.

Specific, Measurable and Time-bound are read from the words. Achievable and Relevant cannot be:
the person supplies a confidence score and the link to what the goal serves, and without them those
letters warn (they never fail on that account). Pure and standard-library only, so `grow smart`
starts fast; every pattern is linear, so any text is answered quickly.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Final

from grow_cli.domain.dates import DEFAULT_SETTINGS, DateSettings, find_deadline_and_spans, fold
from grow_cli.domain.smart_letters import (
    Goal,
    LetterCheck,
    check_measurable,
    check_specific,
    mask,
    short,
)
from grow_cli.domain.smart_reasons import (
    ACHIEVABLE_ASK,
    ACHIEVABLE_LOW,
    ACHIEVABLE_PASS,
    CONFIDENCE_RANGE,
    EMPTY,
    RELEVANT_ASK,
    RELEVANT_PASS,
)
from grow_cli.domain.smart_words import (
    FREQUENCY,
    WORD,
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
    pass

LETTERS: Final = ("specific", "measurable", "achievable", "relevant", "time_bound")


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
    return LetterCheck("pass", RELEVANT_PASS.format(link=short(link, 80)))


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
    goal = Goal(text, low, mask(low, spans), focus, dated=bool(spans))
    specific, wish, only_wish = check_specific(goal)
    frequency = FREQUENCY.search(goal.masked)
    verdict, reason, resolved = check_time_bound(
        finding, today, due, low, goal.quote(*frequency.span()) if frequency else None
    )
    time_bound = LetterCheck(verdict, reason)
    return SmartResult(
        text=text,
        specific=specific,
        measurable=check_measurable(goal, wish, only_wish),
        achievable=_check_achievable(confidence),
        relevant=_check_relevant(relevant_to),
        time_bound=time_bound,
        due=resolved,
    )
