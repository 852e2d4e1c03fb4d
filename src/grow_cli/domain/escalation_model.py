"""The escalation checklist's records: evidence, questions and the checklist itself, with their
JSON forms. Shared by domain/escalation.py (which builds the checklist) and domain/groundwork.py
(the five questions)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any, Literal

from grow_cli.domain.wording import every

Answer = Literal["yes", "partly", "no"]

CHECKLIST_NOTE = (
    "A checklist over your notes, not an HR decision: talk to HR before any formal step."
)
SLACK_DAYS = 3
RECENT_FEEDBACK_DAYS = 30
PATH_MIN_WEEKS = 2
PATH_MAX_WEEKS = 4

QUESTIONS = {
    "improving": "Has performance improved?",
    "smart": "Clear SMART expectations set?",
    "sbi": "Specific, timely SBI feedback given?",
    "grow": "GROW used, with the person owning the solution?",
    "checkins": "Weekly check-ins with support offered?",
    "documented": "Everything documented?",
}
WEEKLY_DAYS = 7


def checkins_question(cadence_days: int) -> str:
    """The check-ins question in the person's own cadence: 'Weekly check-ins ...' only for a
    cadence of 7 days, else 'Regular check-ins, every 14 days, with support offered?'."""
    if cadence_days == WEEKLY_DAYS:
        return QUESTIONS["checkins"]
    return f"Regular check-ins, {every(cadence_days)}, with support offered?"


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
    wording: str = ""  # the question's words when they are not QUESTIONS[key] (a cadence)

    @property
    def question(self) -> str:
        """The question's words."""
        return self.wording or QUESTIONS[self.key]

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
    steps: tuple[dict[str, Any], ...] = ()  # the path, step by step, with dates
    next_step: str = ""
    threads: tuple[str, ...] = ()  # the performance threads judged

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
                "steps": [dict(step) for step in self.steps],
                "next_step": self.next_step,
            },
            "threads": list(self.threads),
        }
