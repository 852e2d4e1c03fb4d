"""The escalation checklist: the five questions of the escalation path, answered from the notes.

Pure: built from one person's notes (oldest first), their cadence and today; reads no files.

Definitions (also in README.md, "Before escalating"):

- The coaching period starts at the first coaching or feedback note with focus "performance" (or,
  when there is none, the first coaching or feedback note of any focus) and runs to today. Only
  notes dated inside it count as evidence.
- 1 SMART expectations: an action is SMART when it has stored SMART verdicts, none is "fail", and
  it was not kept with smart_override. Yes: at least one SMART action; partly: actions, none
  SMART; no: no actions.
- 2 SBI feedback: feedback items in any note. Yes: the latest within 30 days of today; partly:
  only older; no: none.
- 3 GROW, the person owning the solution: notes with a [grow] table. Yes: one with options and a
  will; partly: [grow] present but options or will missing; no: no [grow].
- 4 Check-ins with support: regular means at least one check-in note and no gap between
  consecutive conversations (or from the latest to today) longer than cadence + 3 days. Yes:
  regular and at least one support item; partly: one of the two; no: neither.
- 5 Documented: at least one conversation note per week of the period on average, and every
  action or support item agreed at least a cadence ago followed up (an update in a later note).
  Yes: both; partly: one; no: neither.
"""

from __future__ import annotations

import datetime as dt
import itertools
import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal

from grow_cli.domain.vocabulary import COACHING_KINDS, MEETING_KINDS

if TYPE_CHECKING:
    from grow_cli.domain.ledger import Item
    from grow_cli.domain.models import Action, Note

Answer = Literal["yes", "partly", "no"]

CHECKLIST_NOTE = (
    "A checklist over your notes, not an HR decision: talk to HR before any formal step."
)
SLACK_DAYS = 3
RECENT_FEEDBACK_DAYS = 30
PATH_MIN_WEEKS = 2
PATH_MAX_WEEKS = 4

QUESTIONS = {
    "smart": "Clear SMART expectations set?",
    "sbi": "Specific, timely SBI feedback given?",
    "grow": "GROW used, with the person owning the solution?",
    "checkins": "Weekly check-ins with support offered?",
    "documented": "Everything documented?",
}


@dataclass(frozen=True)
class Evidence:
    """One line of evidence: the note it comes from (if any), its date and what it shows."""

    note_id: str | None
    date: dt.date | None
    detail: str

    def to_dict(self) -> dict[str, Any]:
        """The JSON form."""
        return {"note_id": self.note_id, "date": self.date, "detail": self.detail}


@dataclass(frozen=True)
class Question:
    """One question of the checklist, answered with its evidence and what to do about it."""

    key: str
    answer: Answer
    evidence: tuple[Evidence, ...]
    todo: str = ""  # what would turn a no or partly into yes

    @property
    def question(self) -> str:
        """The question's words."""
        return QUESTIONS[self.key]

    def to_dict(self) -> dict[str, Any]:
        """The JSON form."""
        return {
            "key": self.key,
            "question": self.question,
            "answer": self.answer,
            "evidence": [e.to_dict() for e in self.evidence],
        }


@dataclass(frozen=True)
class Checklist:
    """The five answers for one person, and where they stand on the path."""

    person: str
    name: str
    questions: tuple[Question, ...]
    period_start: dt.date | None
    weeks: int
    stage: str
    missing: tuple[str, ...] = field(default=())

    @property
    def coached(self) -> bool:
        """Whether the notes hold any coaching or feedback conversation."""
        return self.period_start is not None

    def to_dict(self) -> dict[str, Any]:
        """The stable JSON object `grow escalation --json` prints."""
        return {
            "person": self.person,
            "checklist_note": CHECKLIST_NOTE,
            "questions": [q.to_dict() for q in self.questions],
            "path": {
                "weeks_of_verbal_coaching": self.weeks,
                "stage": self.stage,
                "missing": list(self.missing),
            },
        }


def period_start(notes: Sequence[Note], today: dt.date) -> dt.date | None:
    """The first coaching or feedback note of focus performance (else of any focus), or None."""
    talks = [n for n in notes if n.kind in COACHING_KINDS and n.date <= today]
    performance = [n for n in talks if n.focus == "performance"]
    chosen = performance or talks
    return min((n.date for n in chosen), default=None)


def build(
    notes: Sequence[Note],
    items: Sequence[Item],
    person: str,
    name: str,
    cadence_days: int,
    today: dt.date,
) -> Checklist:
    """Answer the five questions for one person from their notes and items."""
    start = period_start(notes, today)
    if start is None:
        return _never_coached(person, name)
    inside = [n for n in notes if start <= n.date <= today]
    ids = {n.id for n in inside}
    in_period = [i for i in items if i.note_id in ids]
    questions = (
        _smart(inside),
        _sbi(inside, today),
        _grow(inside),
        _checkins(inside, cadence_days, today),
        _documented(inside, in_period, start, cadence_days, today),
    )
    weeks = (today - start).days // 7
    missing = [_path_gap(weeks)] if weeks < PATH_MIN_WEEKS else []
    missing += [q.todo for q in questions if q.answer != "yes"]
    stage = "verbal coaching"
    if weeks > PATH_MAX_WEEKS:
        stage = (
            f"verbal coaching, past the {PATH_MIN_WEEKS}-{PATH_MAX_WEEKS} weeks the path asks for"
        )
    return Checklist(person, name, questions, start, weeks, stage, tuple(missing))


def _path_gap(weeks: int) -> str:
    unit = "week" if weeks == 1 else "weeks"
    return (
        f"Verbal coaching has run {weeks} {unit}; the path asks for "
        f"{PATH_MIN_WEEKS}-{PATH_MAX_WEEKS} weeks with clear goals before a written warning."
    )


def _never_coached(person: str, name: str) -> Checklist:
    message = Evidence(None, None, f"No coaching or feedback notes for {name}.")
    todo = f"Start with a coaching conversation: grow coach {person}."
    questions = tuple(Question(key, "no", (message,), todo) for key in QUESTIONS)
    missing = (
        f"{name} has never been coached: the path starts with {PATH_MIN_WEEKS}-{PATH_MAX_WEEKS} "
        "weeks of verbal coaching with clear goals.",
        todo,
    )
    return Checklist(person, name, questions, None, 0, "not started", missing)


def _short(item_id: str | None) -> str:
    """An item's id within its note ('a1' for 'alex-kim/2026-11-08-coaching#a1')."""
    return (item_id or "").rpartition("#")[2]


def _three_way(first: bool, second: bool) -> Answer:
    return "yes" if first and second else "partly" if first or second else "no"


def smart_state(action: Action) -> str:
    """'smart', 'override' (kept un-SMART), 'failed' or 'unchecked' (no verdicts stored)."""
    if action.smart_override:
        return "override"
    if action.smart is None:
        return "unchecked"
    verdicts = action.smart.model_dump().values()
    return "failed" if "fail" in verdicts else "smart"


_SMART_WORDS = {
    "smart": "SMART",
    "override": "kept un-SMART (smart_override)",
    "failed": "stored with a failed SMART verdict",
    "unchecked": "no SMART verdicts (written by hand)",
}


def _smart(notes: Sequence[Note]) -> Question:
    evidence: list[Evidence] = []
    smart = 0
    for note in notes:
        for action in note.actions:
            state = smart_state(action)
            smart += state == "smart"
            detail = f"{_short(action.id)}: {action.text!r}, {_SMART_WORDS[state]}"
            evidence.append(Evidence(note.id, note.date, detail))
    if smart:
        return Question("smart", "yes", tuple(evidence))
    if evidence:
        todo = "Agree at least one action that passes SMART (check it with grow smart)."
        return Question("smart", "partly", tuple(evidence), todo)
    none = Evidence(None, None, "No actions agreed in the coaching period.")
    todo = "Set clear expectations: agree a SMART action in a coaching conversation."
    return Question("smart", "no", (none,), todo)


def _sbi(notes: Sequence[Note], today: dt.date) -> Question:
    evidence = [
        Evidence(n.id, n.date, f"{len(n.feedback)} SBI item(s); first: {n.feedback[0].behavior!r}")
        for n in notes
        if n.feedback
    ]
    if not evidence:
        none = Evidence(None, None, "No SBI feedback recorded in the coaching period.")
        todo = "Give specific SBI feedback (situation, behavior, impact) and record it."
        return Question("sbi", "no", (none,), todo)
    last = max(e.date for e in evidence if e.date is not None)
    days = (today - last).days
    recency = Evidence(None, last, f"Latest feedback {days} day(s) ago.")
    if days <= RECENT_FEEDBACK_DAYS:
        return Question("sbi", "yes", (*evidence, recency))
    todo = (
        f"Feedback is {days} days old: give timely SBI feedback "
        f"(within {RECENT_FEEDBACK_DAYS} days)."
    )
    return Question("sbi", "partly", (*evidence, recency), todo)


def _grow(notes: Sequence[Note]) -> Question:
    evidence: list[Evidence] = []
    complete = False
    for note in notes:
        if note.grow is None:
            continue
        has_options = bool(note.grow.options)
        has_will = bool(note.grow.will and note.grow.will.strip())
        complete = complete or (has_options and has_will)
        parts = [
            f"{len(note.grow.options)} option(s)" if has_options else "no options",
            "a will" if has_will else "no will",
        ]
        evidence.append(Evidence(note.id, note.date, "GROW with " + " and ".join(parts)))
    if complete:
        return Question("grow", "yes", tuple(evidence))
    if evidence:
        todo = "Finish GROW: let the person name options and commit to a will (what they will do)."
        return Question("grow", "partly", tuple(evidence), todo)
    none = Evidence(None, None, "No GROW conversation in the coaching period.")
    todo = "Hold a GROW conversation where the person names options and what they will do."
    return Question("grow", "no", (none,), todo)


def conversation_gaps(
    notes: Sequence[Note], cadence_days: int, today: dt.date
) -> list[tuple[dt.date, dt.date, int]]:
    """Gaps over cadence + SLACK_DAYS between consecutive conversations, and from the latest to
    today: (from, to, days)."""
    dates = sorted({n.date for n in notes if n.kind in MEETING_KINDS})
    if not dates:
        return []
    allowed = cadence_days + SLACK_DAYS
    bounds = [*dates, today]
    return [(a, b, (b - a).days) for a, b in itertools.pairwise(bounds) if (b - a).days > allowed]


def _checkins(notes: Sequence[Note], cadence_days: int, today: dt.date) -> Question:
    allowed = cadence_days + SLACK_DAYS
    evidence: list[Evidence] = []
    checkins = [n for n in notes if n.kind == "checkin"]
    evidence += [Evidence(n.id, n.date, "check-in") for n in checkins]
    if not checkins:
        evidence.append(Evidence(None, None, "No check-in notes in the coaching period."))
    gaps = conversation_gaps(notes, cadence_days, today)
    for start, end, days in gaps:
        till = "today" if end == today else end.isoformat()
        detail = f"Gap of {days} days from {start.isoformat()} to {till} (allowed {allowed})."
        evidence.append(Evidence(None, start, detail))
    support = [(n, s) for n in notes for s in n.support]
    evidence += [Evidence(n.id, n.date, f"support {_short(s.id)}: {s.text!r}") for n, s in support]
    if not support:
        evidence.append(Evidence(None, None, "No support items (your commitments) recorded."))
    regular = bool(checkins) and not gaps
    answer = _three_way(regular, bool(support))
    todos = []
    if not regular:
        todos.append(
            f"Hold check-ins every {cadence_days} days (gaps up to {allowed} days count as on time)"
        )
    if not support:
        todos.append("offer support and record it as [[support]] items")
    todo = "; ".join(todos) + "." if todos else ""
    return Question("checkins", answer, tuple(evidence), todo[:1].upper() + todo[1:])


def _documented(
    notes: Sequence[Note],
    items: Sequence[Item],
    start: dt.date,
    cadence_days: int,
    today: dt.date,
) -> Question:
    conversations = [n for n in notes if n.kind in MEETING_KINDS]
    weeks = max(1, math.ceil(((today - start).days + 1) / 7))
    per_week = len(conversations) / weeks
    enough = per_week >= 1
    evidence = [
        Evidence(
            None,
            start,
            f"{len(conversations)} conversation note(s) over {weeks} week(s): "
            f"{per_week:.1f} per week (at least 1 asked).",
        )
    ]
    due_for_followup = [i for i in items if (today - i.note_date).days >= cadence_days]
    missed = []
    for item in due_for_followup:
        later = [c for c in item.history if c.date >= item.note_date and c.note_id != item.note_id]
        if later:
            detail = f"{item.id} followed up ({later[-1].status})"
            evidence.append(Evidence(later[-1].note_id, later[-1].date, detail))
        else:
            missed.append(item)
            evidence.append(Evidence(item.note_id, item.note_date, f"{item.id} never followed up"))
    if not due_for_followup:
        evidence.append(Evidence(None, None, "No items agreed a cadence or more ago to follow up."))
    answer = _three_way(enough, not missed)
    todos = []
    if not enough:
        todos.append("Record at least one conversation a week")
    if missed:
        todos.append(f"follow up {len(missed)} item(s) in a check-in (grow checkin)")
    todo = "; ".join(todos) + "." if todos else ""
    return Question("documented", answer, tuple(evidence), todo[:1].upper() + todo[1:])
