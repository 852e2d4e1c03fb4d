"""The Time-bound letter of the SMART check: the deadline `find_deadline` read, judged and worded.

Every sentence shows what was understood: the day, and how it was read when that was not plain
("read day-first from '01/12/2026'", "read from a period: 'mid-February', taken as the 15th").
A fuzzy deadline is never answered with "there is no deadline", and no advice suggests words
the goal already has: the examples offered are ones the text does not hold.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Final

from grow_cli.domain.dates import IMPOSSIBLE, MISSING, PAST, SPRINT_UNKNOWN, VAGUE

if TYPE_CHECKING:  # only types here: grow smart does not load the vocabulary
    from grow_cli.domain.dates import DeadlineFinding
    from grow_cli.domain.vocabulary import Verdict

TIME_PASS: Final = "Due {due} (read from '{phrase}')."
TIME_READ: Final = "Due {due} ({how})."
TIME_OWN_DUE: Final = "Due {due} (its own due date)."
TIME_OWN_DUE_PAST: Final = "Its due date {due} has already passed: move it to today or later."
TIME_VAGUE: Final = "'{phrase}' is not a date: name the day, e.g. {examples}."
TIME_PAST: Final = "'{phrase}' means {due}, which has already passed: pick today or a later date."
TIME_PAST_READ: Final = (
    "'{phrase}' means {due} ({how}), which has already passed: pick today or a later date."
)
TIME_IMPOSSIBLE: Final = (
    "'{phrase}' is not a real date: check the day and the month, e.g. '28 February' rather than "
    "'30 February'."
)
TIME_MISSING: Final = "There is no deadline: add when it will be done, e.g. {examples}."
TIME_NOT_THE_DEADLINE: Final = (
    "There is no deadline ({why}, not when the goal is due): add one, e.g. {examples}."
)
TIME_SPRINT: Final = (
    "'{phrase}' depends on when the sprint ends: give the day, e.g. {examples}, or set "
    "sprint_days in the config."
)
TIME_FREQUENCY_ONLY: Final = (
    "'{phrase}' says how often but not from when: add a day, e.g. {examples}."
)

# What the advice offers, best first; the first ones the goal does not already say are shown.
_DEADLINE_EXAMPLES: Final = (
    "by Friday", "in 2 weeks", "by 2027-01-15", "by the end of the month", "on 15 January",
)  # fmt: skip
_DAY_EXAMPLES: Final = ("by Friday", "by 15 January", "in 2 weeks", "on 2027-01-15")
_START_EXAMPLES: Final = ("every Friday", "starting 2027-01-15", "from Monday 30 November")

Checked = tuple["Verdict", str, date | None]  # (verdict, reason, the due date)


# The words of an example that say which day; one of them in the text, written any way ("fri",
# "Jan"), means the text already names that day, and the example would repeat it.
_DAY_STEMS: Final = frozenset(
    "mon tue wed thu fri sat sun jan feb mar apr may jun jul aug sep oct nov dec".split()  # noqa: SIM905
)


def _says_already(low: str, phrase: str) -> bool:
    if phrase in low:
        return True
    stems = {word[:3] for word in phrase.split() if word[:3] in _DAY_STEMS}
    return any(word[:3] in stems for word in low.replace(".", " ").split() if word.isalpha())


def examples(low: str, offered: tuple[str, ...], count: int) -> str:
    """`count` of the `offered` phrases the folded text `low` does not hold, quoted and joined:
    "'by Friday', 'in 2 weeks' or 'by 2027-01-15'". A phrase naming a day the text already
    names ("by Friday" to "cancel the Friday call") is not offered."""
    fresh = [phrase for phrase in offered if not _says_already(low, phrase.lower())][:count]
    fresh = fresh or list(offered[:count])
    quoted = [f"'{phrase}'" for phrase in fresh]
    return quoted[0] if len(quoted) == 1 else f"{', '.join(quoted[:-1])} or {quoted[-1]}"


def check_time_bound(
    finding: DeadlineFinding,
    today: date,
    due: date | None,
    low: str,
    frequency: str | None,
    short: int = 60,
) -> Checked:
    """The verdict, the reason and the due date of the Time-bound letter.

    `due` is an item's own due date, which wins over the text; `low` is the folded goal, so the
    advice never repeats it; `frequency` is the schedule the goal names, if any ("every month").
    """
    if due is not None:
        if due < today:
            return "fail", TIME_OWN_DUE_PAST.format(due=due.isoformat()), due
        return "pass", TIME_OWN_DUE.format(due=due.isoformat()), due
    phrase = _short(finding.phrase or "", short)
    if finding.problem is None and finding.due is not None:
        shown = finding.due.isoformat()
        if finding.how:
            return "pass", TIME_READ.format(due=shown, how=finding.how), finding.due
        return "pass", TIME_PASS.format(due=shown, phrase=phrase), finding.due
    if finding.problem == VAGUE:
        advice = examples(low, _DAY_EXAMPLES, 2)
        return "fail", TIME_VAGUE.format(phrase=phrase, examples=advice), None
    if finding.problem == SPRINT_UNKNOWN:
        # Not vague: the sprint has an end, grow only does not know it.
        advice = examples(low, _DAY_EXAMPLES, 2)
        return "warn", TIME_SPRINT.format(phrase=phrase, examples=advice), None
    if finding.problem == PAST and finding.due is not None:
        shown = finding.due.isoformat()
        if finding.how:
            reason = TIME_PAST_READ.format(phrase=phrase, due=shown, how=finding.how)
        else:
            reason = TIME_PAST.format(phrase=phrase, due=shown)
        return "fail", reason, finding.due
    if finding.problem == IMPOSSIBLE:
        return "fail", TIME_IMPOSSIBLE.format(phrase=phrase), None
    if finding.problem == MISSING and frequency is not None:
        advice = examples(low, _START_EXAMPLES, 2)
        reason = TIME_FREQUENCY_ONLY.format(phrase=frequency, examples=advice)
        return "fail", reason, None
    advice = examples(low, _DEADLINE_EXAMPLES, 3)
    if finding.how:
        return "fail", TIME_NOT_THE_DEADLINE.format(why=finding.how, examples=advice), None
    return "fail", TIME_MISSING.format(examples=advice), None


def _short(words: str, limit: int) -> str:
    words = " ".join(words.split())
    return words if len(words) <= limit else words[: limit - 3] + "..."
