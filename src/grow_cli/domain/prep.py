"""Before a 1:1: every goal being coached (most urgent first, with its measure's trend, open
items, the latest SBI feedback given in it and days to its check-in), what was agreed last time,
what is open, late or blocked, what you owe, recent wins (goals closed since the last 1:1 among
them), and questions that fit the focus and the state of things. Pure."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from grow_cli.domain.ledger import Item, Ledger, Rhythm, latest_of_kind
from grow_cli.domain.ratings import Rated, ratings
from grow_cli.domain.styles import PREP_QUESTIONS, SUMMARY, style_of
from grow_cli.domain.vocabulary import MEETING_KINDS, Style

if TYPE_CHECKING:
    from grow_cli.domain.agenda import PointState
    from grow_cli.domain.models import Feedback, Note
    from grow_cli.domain.threads import Thread

RECENT_DAYS = 14  # how far back "recent wins" look when there was no earlier conversation
MAX_QUESTIONS = 5

FOCUS_QUESTIONS = {
    "performance": (
        "What has changed in the numbers since we last spoke?",
        "What is getting in the way of the goal this week?",
    ),
    "development": (
        "Where did you get to practise this since last time, and what did you notice?",
        "What stretch would be right for the next few weeks?",
    ),
    "career": (
        "Has anything you tried changed how you see that direction?",
        "Who could you learn from about the path you want?",
    ),
}
OPENING_QUESTION = "What would make this conversation useful for you today?"
NOTHING_OPEN_QUESTION = "Nothing is open: what would you like to work on next?"
CLOSING_QUESTION = "What support would help you most before we next talk?"


@dataclass(frozen=True)
class ThreadPrep:
    """One goal being coached, as the prep sheet shows it."""

    thread: Thread
    next_checkin: dt.date | None
    theirs: tuple[Item, ...]  # open, theirs
    mine: tuple[Item, ...]  # open, yours
    feedback: tuple[Feedback, ...] = ()  # the latest SBI feedback given in it
    feedback_on: dt.date | None = None
    feedback_in: str | None = None


@dataclass
class PrepSheet:
    """Everything to look at before the conversation."""

    person: str
    name: str
    today: dt.date
    last_conversation: Note | None
    rhythm: Rhythm
    their_items: list[Item] = field(default_factory=list)  # open, theirs
    owed: list[Item] = field(default_factory=list)  # open, yours: support and manager actions
    wins: list[Item] = field(default_factory=list)
    questions: list[str] = field(default_factory=list)
    threads: list[ThreadPrep] = field(default_factory=list)  # active, most urgent first
    closed: list[Thread] = field(default_factory=list)  # goals closed since the last 1:1
    style: Style | None = None  # how they like to be coached, when their profile says
    ratings: list[Rated] = field(default_factory=list)  # their ratings, the newest last
    # Their and your talking points still open (`grow agenda`), oldest first: shown first.
    talking_points: list[PointState] = field(default_factory=list)

    @property
    def style_summary(self) -> str | None:
        """What their coaching style asks of you, in a few words."""
        return SUMMARY[self.style] if self.style else None


def build(
    ledger: Ledger, rhythm: Rhythm, slug: str, name: str, today: dt.date, style: str = ""
) -> PrepSheet:
    """The prep sheet for one person (`style`: how they like to be coached, in their profile)."""
    notes = ledger.notes_of(slug)
    items = ledger.for_person(slug)
    last = latest_of_kind(notes, "coaching")
    sheet = PrepSheet(slug, name, today, last, rhythm, style=style_of(style))
    sheet.ratings = ratings(notes)
    by_due = sorted((i for i in items if i.open), key=lambda i: (i.due is None, i.due))
    sheet.their_items = [i for i in by_due if i.type == "action" and i.owner != "manager"]
    sheet.owed = [i for i in by_due if i.type == "support" or i.owner == "manager"]
    since = last.date if last is not None else today - dt.timedelta(days=RECENT_DAYS)
    sheet.wins = [
        i
        for i in items
        if i.status == "done" and (i.closed_on() or i.note_date) >= since and i.type == "action"
    ]
    sheet.threads = _threads(ledger, rhythm, slug, notes, by_due)
    previous = [n.date for n in notes if n.kind in MEETING_KINDS and n.date < today]
    last_meeting = max(previous, default=None)
    sheet.closed = [
        t
        for t in ledger.threads_of(slug)
        if t.closed_on is not None and (last_meeting is None or t.closed_on >= last_meeting)
    ]
    urgent = sheet.threads[0].thread.focus if sheet.threads else None
    sheet.questions = suggested_questions(
        urgent or (last.focus if last else None), sheet.their_items, sheet.wins, today, sheet.style
    )
    return sheet


def _threads(
    ledger: Ledger, rhythm: Rhythm, slug: str, notes: list[Note], by_due: list[Item]
) -> list[ThreadPrep]:
    """The person's active goals, the one whose check-in comes first first."""
    dates = {thread.id: when for thread, when in rhythm.threads}
    by_id = {note.id: note for note in notes}
    found = []
    for thread in ledger.threads_of(slug):
        if not thread.open:
            continue
        items = [i for i in by_due if i.thread == thread.id]
        given = by_id.get(thread.feedback_in or "")
        found.append(
            ThreadPrep(
                thread,
                dates.get(thread.id, rhythm.next_checkin),
                tuple(i for i in items if not i.mine),
                tuple(i for i in items if i.mine),
                tuple(given.feedback) if given else (),
                given.date if given else None,
                given.id if given else None,
            )
        )
    return sorted(found, key=lambda t: (t.next_checkin is None, t.next_checkin, t.thread.id))


def suggested_questions(
    focus: str | None,
    open_items: list[Item],
    wins: list[Item],
    today: dt.date,
    style: Style | None = None,
) -> list[str]:
    """Three to five open questions that fit the focus, the state of the items and how the
    person likes to be coached."""
    questions = [OPENING_QUESTION]
    if style is not None:
        questions.append(PREP_QUESTIONS[style])
    blocked = [i for i in open_items if i.status == "blocked"]
    overdue = [i for i in open_items if i.overdue(today) and i.status != "blocked"]
    if blocked:
        questions.append(f"What would unblock '{blocked[0].text}'?")
    if overdue:
        questions.append(f"What got in the way of '{overdue[0].text}', and what would help?")
    if wins:
        questions.append(f"What made '{wins[0].text}' work, and how could you use that again?")
    if not open_items:
        questions.append(NOTHING_OPEN_QUESTION)
    questions.extend(FOCUS_QUESTIONS.get(focus or "", FOCUS_QUESTIONS["performance"]))
    questions = list(dict.fromkeys(questions))[: MAX_QUESTIONS - 1]
    return [*questions, CLOSING_QUESTION]


def shown_note_ids(sheet: PrepSheet) -> list[str]:
    """The notes whose words the sheet shows: the last conversation, the notes of each goal
    being coached, the last note of each goal closed, and the note of each item shown and of
    its latest update. Each id once, in that order."""
    ids = [sheet.last_conversation.id] if sheet.last_conversation is not None else []
    for prep in sheet.threads:
        ids += prep.thread.note_ids
    ids += [thread.note_ids[-1] for thread in sheet.closed if thread.note_ids]
    for item in [*sheet.their_items, *sheet.owed, *sheet.wins]:
        ids.append(item.note_id)
        if item.history:
            ids.append(item.history[-1].note_id)
    return list(dict.fromkeys(note_id for note_id in ids if note_id))
