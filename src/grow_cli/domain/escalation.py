"""The escalation checklist: whether performance improved, then the five questions of the
escalation path, answered from the performance threads' notes, and where the person stands on the
path.

Pure: built from one person's notes (oldest first), threads, cadence and today; reads no files.

Definitions (also in README.md, "Before escalating"):

- Only performance coaching is judged. Development and career coaching belong to the person and
  are never evidence. The coaching period starts when the first performance thread was opened
  (or, before that, at an SBI record with focus performance that follows no thread) and runs to
  today. Evidence is the notes of performance threads, and notes of no thread whose
  focus is performance or unset (a check-in or SBI record of schema 1), dated in the period; of
  their actions and support items, those of a performance thread or of none.
- 0 Has performance improved: the performance threads' measures. Yes: every measured thread's
  latest reading moved the right way from its baseline (or first reading), or reached its
  target; no: none did; partly: some did, or no measure has a reading yet.
- 1-5: domain/groundwork.py.
- The path: verbal coaching for 2-4 weeks with clear goals, then a written warning, then a
  performance improvement plan of 30-60 days with measurable targets, then a final decision.
  grow records no formal step, so the person is at verbal coaching; the steps after it come with
  the earliest day each could fairly start, and what they still need.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from grow_cli.domain import groundwork
from grow_cli.domain.escalation_model import (
    CHECKLIST_NOTE,
    PATH_MAX_WEEKS,
    PATH_MIN_WEEKS,
    QUESTIONS,
    Answer,
    Checklist,
    Evidence,
    Question,
    checkins_question,
)
from grow_cli.domain.threads import thread_of
from grow_cli.domain.vocabulary import COACHING_KINDS
from grow_cli.domain.wording import plural

if TYPE_CHECKING:
    from grow_cli.domain.ledger import Item
    from grow_cli.domain.models import Note
    from grow_cli.domain.threads import Thread

__all__ = ["CHECKLIST_NOTE", "Checklist", "build"]
PIP_DAYS = (30, 60)


def build(
    notes: Sequence[Note],
    items: Sequence[Item],
    threads: Sequence[Thread],
    person: str,
    name: str,
    cadence_days: int,
    today: dt.date,
) -> Checklist:
    """Answer the questions for one person from their performance threads' notes and items."""
    performance = [t for t in threads if t.focus == "performance" and t.opened_on <= today]
    judged = {t.id for t in performance}
    # An SBI record about performance that follows no thread (schema 1) is performance coaching.
    loose = [
        n.date
        for n in notes
        if n.kind in COACHING_KINDS
        and n.focus == "performance"
        and thread_of(n) is None
        and n.date <= today
    ]
    if not performance and not loose:
        return _never_coached(person, name, threads, cadence_days)
    start = min([t.opened_on for t in performance] + loose)
    inside = [_in_scope(n, judged) for n in notes if start <= n.date <= today]
    evidence = [n for n in inside if n is not None]
    ids = {n.id for n in evidence}
    in_period = [i for i in items if i.note_id in ids and i.thread in (*judged, None)]
    improving = _improving(performance)
    questions = (
        improving,
        groundwork.smart(evidence),
        groundwork.sbi(evidence, today),
        groundwork.grow(evidence),
        groundwork.checkins(evidence, cadence_days, today),
        groundwork.documented(evidence, in_period, start, cadence_days, today),
    )
    weeks = (today - start).days // 7
    missing = _missing(weeks, questions, performance)
    steps, next_step = _path(start, today, questions, performance)
    stage = _stage(weeks, improving.answer)
    return Checklist(
        person,
        name,
        questions,
        start,
        weeks,
        stage,
        tuple(missing),
        steps,
        next_step,
        tuple(sorted(judged)),
    )


def _in_scope(note: Note, judged: set[str]) -> Note | None:
    """The note as evidence (only its items of a judged thread or of none), or None."""
    own = thread_of(note)
    progress = {p.thread for p in note.progress}
    in_judged = own in judged or bool(progress & judged)
    in_none = own is None and not progress and note.focus in (None, "performance")
    if not (in_judged or in_none):
        return None

    def kept(thread: str | None) -> bool:
        return (thread or (own if note.kind != "checkin" else None)) in (*judged, None)

    return note.model_copy(
        update={
            "actions": [a for a in note.actions if kept(a.thread)],
            "support": [s for s in note.support if kept(s.thread)],
        }
    )


def _improving(threads: Sequence[Thread]) -> Question:
    """Question 0: whether the performance threads' measures moved the right way."""
    evidence: list[Evidence] = []
    verdicts: list[bool] = []
    for thread in threads:
        trend = thread.trend()
        measure = thread.measure
        if trend is None or measure is None or not trend.values:
            detail = f"{thread.label}: no readings of a measure yet"
            evidence.append(Evidence(thread.opened_in, thread.opened_on, detail))
            continue
        improved = trend.reached() or trend.direction() == "better"
        verdicts.append(improved)
        last = thread.readings[-1]
        evidence.append(Evidence(last.note_id, last.date, _trend_words(thread, improved)))
    answer: Answer = (
        "yes"
        if verdicts and all(verdicts) and len(verdicts) == len(threads)
        else "no"
        if verdicts and not any(verdicts)
        else "partly"
    )
    todo = {
        "yes": "",
        "no": "Performance has not moved towards the target: explore the cause together before "
        "any formal step.",
        "partly": "Agree a measure with a baseline and a target, and record its readings at "
        "each check-in (grow checkin), so improvement can be seen.",
    }[answer]
    return Question("improving", answer, tuple(evidence), todo)


def _trend_words(thread: Thread, improved: bool) -> str:
    measure = thread.measure
    assert measure is not None
    values = [f"{r.value:g}" for r in thread.readings]
    start = [] if measure.baseline is None else [f"{measure.baseline:g}"]
    unit = f" {measure.unit}" if measure.unit else ""
    target = "" if measure.target is None else f" (target {measure.target:g})"
    moved = "improving" if improved else "not improving"
    return f"{measure.what}: {' -> '.join(start + values)}{unit}{target}: {moved}"


def _stage(weeks: int, improving: Answer) -> str:
    if improving == "yes":
        return "verbal coaching, and it is working"
    if weeks > PATH_MAX_WEEKS:
        return (
            f"verbal coaching, past the {PATH_MIN_WEEKS}-{PATH_MAX_WEEKS} weeks the path asks for"
        )
    return "verbal coaching"


def _missing(weeks: int, questions: Sequence[Question], threads: Sequence[Thread]) -> list[str]:
    missing = []
    if questions[0].answer == "yes":
        missing.append(
            "Performance is improving towards its target: continue coaching. A formal step now "
            "would not be fair."
        )
    if weeks < PATH_MIN_WEEKS:
        missing.append(
            f"Verbal coaching has run {plural(weeks, 'week')}; the path asks for "
            f"{PATH_MIN_WEEKS}-{PATH_MAX_WEEKS} weeks with clear goals before a written warning."
        )
    missing += [q.todo for q in questions if q.answer != "yes" and q.todo]
    if not any(t.measure is not None and t.measure.target is not None for t in threads):
        missing.append(
            "A performance improvement plan needs measurable targets: agree a measure with a "
            "target for the performance goal."
        )
    return missing


def _path(
    start: dt.date, today: dt.date, questions: Sequence[Question], threads: Sequence[Thread]
) -> tuple[tuple[dict[str, Any], ...], str]:
    """The escalation path, step by step, and the next step a fair process would allow."""
    warning_from = start + dt.timedelta(weeks=PATH_MIN_WEEKS)
    groundwork_done = all(q.answer == "yes" for q in questions[1:])
    improving = questions[0].answer == "yes"
    targets = any(t.measure is not None and t.measure.target is not None for t in threads)
    steps = (
        {
            "step": "verbal coaching",
            "status": "current",
            "from": start.isoformat(),
            "for": f"{PATH_MIN_WEEKS}-{PATH_MAX_WEEKS} weeks",
        },
        {
            "step": "written warning",
            "status": "ahead",
            "earliest": max(warning_from, today).isoformat(),
            "needs": "every question answered yes, and performance not improving",
        },
        {
            "step": "performance improvement plan",
            "status": "ahead",
            "for": f"{PIP_DAYS[0]}-{PIP_DAYS[1]} days",
            "needs": "measurable targets" + ("" if targets else " (none agreed yet)"),
        },
        {"step": "final decision", "status": "ahead", "needs": "the plan's outcome"},
    )
    if improving:
        next_step = "Continue coaching: performance is moving towards its target."
    elif today < warning_from:
        next_step = f"Continue verbal coaching until at least {warning_from.isoformat()}."
    elif not groundwork_done:
        next_step = "Finish the groundwork first (the questions answered partly or no)."
    else:
        next_step = "A written warning could be fair now: talk to HR first."
    return steps, next_step


def _never_coached(
    person: str, name: str, threads: Sequence[Thread], cadence_days: int
) -> Checklist:
    others = [t for t in threads if t.focus in ("development", "career")]
    detail = f"No performance coaching for {name}."
    if others:
        detail += " Development and career coaching belong to the person and are not evidence."
    message = Evidence(None, None, detail)
    todo = f"Start with a performance coaching conversation: grow coach {person}."
    wording = {"checkins": checkins_question(cadence_days)}
    questions = tuple(
        Question(key, "no", (message,), todo, wording.get(key, "")) for key in QUESTIONS
    )
    missing = (
        f"{name} has had no performance coaching: the path starts with "
        f"{PATH_MIN_WEEKS}-{PATH_MAX_WEEKS} weeks of verbal coaching with clear goals.",
        todo,
    )
    return Checklist(
        person, name, questions, None, 0, "not started", missing, (), "Start coaching.", ()
    )
