"""The five questions before escalating, each answered from a set of notes and items: SMART
expectations, SBI feedback, GROW with the person owning the solution, check-ins with support,
everything documented. Pure; domain/escalation.py chooses the notes (the performance threads')."""

from __future__ import annotations

import datetime as dt
import itertools
import math
from collections.abc import Sequence
from typing import TYPE_CHECKING

from grow_cli.domain.escalation_model import (
    RECENT_FEEDBACK_DAYS,
    SLACK_DAYS,
    Answer,
    Evidence,
    Question,
    checkins_question,
)
from grow_cli.domain.ownership import owned_by_them, theirs
from grow_cli.domain.vocabulary import MEETING_KINDS
from grow_cli.domain.wording import every, plural

if TYPE_CHECKING:
    from grow_cli.domain.ledger import Item
    from grow_cli.domain.models import Action, Feedback, Note


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


def smart(notes: Sequence[Note]) -> Question:
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


def sbi(notes: Sequence[Note], today: dt.date) -> Question:
    """Was SBI feedback given, recently? Only feedback that says what was seen and what it led
    to counts, or feedback kept as it was after grow named its problem (shown as such)."""
    evidence: list[Evidence] = []
    counted: list[dt.date] = []
    for note in notes:
        if not note.feedback:
            continue
        passed = [item for item in note.feedback if _sbi_problem(item) is None]
        kept = [item for item in note.feedback if item.sbi_override and item not in passed]
        others = [i for i in note.feedback if i not in passed and i not in kept]
        if passed:
            detail = f"{plural(len(passed), 'SBI item')}; first: {passed[0].behavior!r}"
            evidence.append(Evidence(note.id, note.date, detail))
        if kept:
            detail = f"{plural(len(kept), 'SBI item')} kept with an override: {kept[0].behavior!r}"
            evidence.append(Evidence(note.id, note.date, detail))
        if passed or kept:
            counted.append(note.date)
        for item in others:
            detail = f"not counted: {item.behavior!r} ({_sbi_problem(item)})"
            evidence.append(Evidence(note.id, note.date, detail))
    if not counted:
        if evidence:
            todo = "Give SBI feedback that says what was seen and what it led to."
            return Question("sbi", "partly", tuple(evidence), todo)
        none = Evidence(None, None, "No SBI feedback recorded in the coaching period.")
        todo = "Give specific SBI feedback (situation, behavior, impact) and record it."
        return Question("sbi", "no", (none,), todo)
    last = max(counted)
    days = (today - last).days
    ago = "today" if days == 0 else f"{plural(days, 'day')} ago"
    recency = Evidence(None, last, f"Latest feedback {ago}.")
    if days <= RECENT_FEEDBACK_DAYS:
        return Question("sbi", "yes", (*evidence, recency))
    todo = (
        f"Feedback is {days} days old: give timely SBI feedback "
        f"(within {RECENT_FEEDBACK_DAYS} days)."
    )
    return Question("sbi", "partly", (*evidence, recency), todo)


def _sbi_problem(item: Feedback) -> str | None:
    """What keeps an SBI item from counting as feedback: a behaviour that is a label, an
    absolute or a guess at intent, or an impact that is only a feeling."""
    from grow_cli.domain.sbi import behavior_finding, impact_problem

    finding = behavior_finding(item.behavior)
    if finding is not None:
        return {"label": "a label", "absolute": "an absolute", "intent": "a guess at intent"}[
            finding.problem
        ]
    return "an impact that is only a feeling" if impact_problem(item.impact) else None


def grow(notes: Sequence[Note]) -> Question:
    evidence: list[Evidence] = []
    complete = False
    for note in notes:
        if note.grow is None:
            continue
        has_options = bool(note.grow.options)
        has_will = bool(note.grow.will and note.grow.will.strip())
        owned = owned_by_them(note.grow)
        # The solution must be theirs: a note that records whose the options were counts only
        # when some came from them (older notes, which do not say, count as before).
        complete = complete or (has_options and has_will and owned is not False)
        parts = [
            plural(len(note.grow.options), "option") if has_options else "no options",
            "a will" if has_will else "no will",
        ]
        count = theirs(note.grow)
        if count is not None and has_options:
            parts.append(f"{count} of {len(note.grow.options)} options theirs")
        evidence.append(Evidence(note.id, note.date, "GROW with " + " and ".join(parts)))
    if complete:
        return Question("grow", "yes", tuple(evidence))
    if evidence:
        todo = (
            "Finish GROW with the person owning it: let them name the options and commit to a "
            "will (what they will do)."
        )
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


def checkins(notes: Sequence[Note], cadence_days: int, today: dt.date) -> Question:
    allowed = cadence_days + SLACK_DAYS
    evidence: list[Evidence] = []
    checkins = [n for n in notes if n.kind == "checkin"]
    evidence += [Evidence(n.id, n.date, "check-in") for n in checkins]
    if not checkins:
        evidence.append(Evidence(None, None, "No check-in notes in the coaching period."))
    gaps = conversation_gaps(notes, cadence_days, today)
    for start, end, days in gaps:
        till = "today" if end == today else end.isoformat()
        detail = (
            f"Gap of {plural(days, 'day')} from {start.isoformat()} to {till} (allowed {allowed})."
        )
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
            f"Hold check-ins {every(cadence_days)} (gaps up to {plural(allowed, 'day')} count as "
            "on time)"
        )
    if not support:
        todos.append("offer support and record it as [[support]] items")
    todo = "; ".join(todos) + "." if todos else ""
    wording = checkins_question(cadence_days)
    return Question("checkins", answer, tuple(evidence), todo[:1].upper() + todo[1:], wording)


def documented(
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
            f"{plural(len(conversations), 'conversation note')} over {plural(weeks, 'week')}: "
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
        todos.append(f"follow up {plural(len(missed), 'item')} in a check-in (grow checkin)")
    todo = "; ".join(todos) + "." if todos else ""
    return Question("documented", answer, tuple(evidence), todo[:1].upper() + todo[1:])
