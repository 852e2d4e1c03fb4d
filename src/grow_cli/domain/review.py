"""Reading the journal back: one-line summaries, and a review of a stretch of entries.

Pure: built from journal `Note`s and the ledger's `Item`s (whose statuses already fold in every
later update), never reads files or prints.

A review covers the entries dated on or after `since`: what I set out to do (the GROW goals, the
reflections' "what I'll try" and the career "next step", and the actions agreed), what got done
(journal actions whose current status is done, agreed in the period or closed by an update in
it), the recurring themes (the words that come up in most entries), and every journal action
still open today, whenever it was agreed.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from grow_cli.domain.status import note_order_key
from grow_cli.domain.vocabulary import MODES, STATUSES

if TYPE_CHECKING:
    from grow_cli.domain.ledger import Item
    from grow_cli.domain.models import Note

THEME_COUNT = 10
MIN_LETTERS = 3
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
# Common English words, and words about time, which say nothing about what an entry is about.
_STOP_TEXT = """
    a about above after again against all also am an and any are aren't as at be because been
    before being below between both but by can can't cannot could couldn't did didn't do does
    doesn't doing don't down during each even every few for from further get gets getting got had
    hadn't has hasn't have haven't having he her here hers herself him himself his how i i'd i'll
    i'm i've if in into is isn't it it's its itself just let's like made make makes making many
    may me might more most much must my myself need needs no nor not now of off on once one only
    or other others our ours ourselves out over own really same she should shouldn't so some
    still such than that that's the their theirs them themselves then there there's these they
    they're this those through to too two three four five under until up upon us very want wants
    was wasn't way we we're were weren't what what's when where which while who whom why will
    with within without won't would wouldn't yet you your yours yourself yourselves
    ask asked asks good better well new take give keep put use used say said tell told
    day days week weeks month months year years today tomorrow yesterday time times next
    last first end monday tuesday wednesday thursday friday saturday sunday morning mornings
    afternoon afternoons january february march april june july august september october
    november december
    """
STOP_WORDS = frozenset(_STOP_TEXT.split())


@dataclass(frozen=True)
class Intention:
    """Something I set out to do in an entry: a goal, a thing to try, a next step."""

    date: dt.date
    note_id: str
    field: str  # 'grow.goal', 'reflection.what_ill_try' or 'career.next_step'
    text: str


@dataclass(frozen=True)
class Theme:
    """A word that recurs: in how many entries, and how many times in all."""

    word: str
    entries: int
    mentions: int


@dataclass(frozen=True)
class Review:
    """What the journal says about the entries since a date, and what is open today."""

    since: dt.date
    today: dt.date
    entries: tuple[Note, ...]  # newest first
    goals: tuple[Intention, ...]
    tries: tuple[Intention, ...]
    actions: tuple[Item, ...]  # agreed in the period's entries
    done: tuple[Item, ...]
    themes: tuple[Theme, ...]
    tags: tuple[tuple[str, int], ...]  # (tag, entries), most used first
    still_open: tuple[Item, ...]  # every journal action still to do, by due date

    def modes(self) -> dict[str, int]:
        """How many entries of each mode (grow, reflection, career; 'other' when unset)."""
        counts: Counter[str] = Counter(note.mode or "other" for note in self.entries)
        return {mode: counts[mode] for mode in (*MODES, "other") if counts[mode]}

    def counts(self) -> dict[str, int]:
        """The review's numbers: entries; goals; actions agreed in the period and how many of
        those are done, dropped or still to do; actions done in the period (`done`, which also
        counts earlier ones closed in it); every journal action still open, and how many are
        overdue."""
        agreed = Counter("open" if item.open else item.status for item in self.actions)
        return {
            "entries": len(self.entries),
            "goals": len(self.goals),
            "actions": len(self.actions),
            "actions_done": agreed["done"],
            "actions_dropped": agreed["dropped"],
            "actions_open": agreed["open"],
            "done": len(self.done),
            "open": len(self.still_open),
            "overdue": sum(1 for item in self.still_open if item.overdue(self.today)),
        }


def newest_first(notes: Iterable[Note]) -> list[Note]:
    """The journal entries among the notes, newest first."""
    journal = [note for note in notes if note.kind == "journal"]
    return sorted(journal, key=lambda n: note_order_key(n.date, n.id or ""), reverse=True)


def summary_of(note: Note) -> str:
    """One line for an entry: the goal, what happened or the direction (by its mode), else the
    topic, else the first of those it has."""
    goal = note.grow.goal if note.grow else None
    happened = note.reflection.what_happened if note.reflection else None
    direction = note.career.direction if note.career else None
    by_mode = {"grow": goal, "reflection": happened, "career": direction}
    first = by_mode.get(note.mode or "") or note.topic or goal or happened or direction or ""
    if not first and note.mode == "checkin":
        return _updates_summary(note)
    return " ".join(first.split())


def _updates_summary(note: Note) -> str:
    """'Check-in: 2 done, 1 blocked': a journal check-in by what it recorded (a check-in with
    a person keeps an empty summary, as before: its updates show under 'holds')."""
    counts = Counter(update.status for update in note.updates)
    told = ", ".join(f"{counts[status]} {status}" for status in STATUSES if counts[status])
    return f"Check-in: {told}"


def done_on(item: Item) -> dt.date:
    """When a done item was done: the update that closed it, else the day it was written."""
    return item.closed_date() or item.note_date


def review(notes: Sequence[Note], items: Sequence[Item], since: dt.date, today: dt.date) -> Review:
    """The review of the journal entries dated on or after `since`."""
    entries = [note for note in newest_first(notes) if note.date >= since]
    in_period = {note.id for note in entries}
    journal_items = [item for item in items if item.person is None and item.type == "action"]
    agreed = [item for item in journal_items if item.note_id in in_period]
    done = [
        item
        for item in journal_items
        if item.status == "done" and (item.note_id in in_period or done_on(item) >= since)
    ]
    still_open = [item for item in journal_items if item.open]
    oldest_first = entries[::-1]
    return Review(
        since=since,
        today=today,
        entries=tuple(entries),
        goals=tuple(_intentions(oldest_first, ("grow.goal",))),
        tries=tuple(_intentions(oldest_first, ("reflection.what_ill_try", "career.next_step"))),
        actions=tuple(sorted(agreed, key=_by_due)),
        done=tuple(sorted(done, key=done_on)),
        themes=tuple(themes(entries)),
        tags=tuple(_tag_counts(entries)),
        still_open=tuple(sorted(still_open, key=_by_due)),
    )


def _by_due(item: Item) -> tuple[bool, dt.date, str]:
    return (item.due is None, item.due or dt.date.max, item.id)


def _intentions(entries: Sequence[Note], fields: Sequence[str]) -> list[Intention]:
    found = []
    for note in entries:
        values = {
            "grow.goal": note.grow.goal if note.grow else None,
            "reflection.what_ill_try": note.reflection.what_ill_try if note.reflection else None,
            "career.next_step": note.career.next_step if note.career else None,
        }
        for field in fields:
            text = values[field]
            if text:
                found.append(Intention(note.date, note.id or "", field, text))
    return found


def theme_text(note: Note) -> list[str]:
    """What an entry says about itself: its topic, GROW answers, reflection and career answers."""
    texts = [note.topic or ""]
    if note.grow is not None:
        texts += [note.grow.goal or "", note.grow.reality or "", *note.grow.options]
        texts.append(note.grow.will or "")
    if note.reflection is not None:
        r = note.reflection
        texts += [r.what_happened, r.what_i_did, r.what_it_tells_me, r.what_ill_try]
    if note.career is not None:
        c = note.career
        texts += [c.direction, c.strengths, c.development_areas, c.next_step]
    return [text for text in texts if text]


def words_of(text: str) -> list[str]:
    """The theme words in a text: lower-cased, 3 letters or more, not a stop word ('team's' is
    'team')."""
    found = []
    for match in _WORD.finditer(text.casefold()):
        word = match[0].replace("’", "'")
        word = word.removesuffix("'s")
        if len(word) >= MIN_LETTERS and word not in STOP_WORDS:
            found.append(word)
    return found


def themes(entries: Iterable[Note], top: int = THEME_COUNT) -> list[Theme]:
    """The most frequent words among those that come up in at least two entries: most mentions
    first, then most entries, then alphabetical; at most `top`."""
    in_entries: Counter[str] = Counter()
    mentions: Counter[str] = Counter()
    for note in entries:
        words = [word for text in theme_text(note) for word in words_of(text)]
        mentions.update(words)
        in_entries.update(set(words))
    recurring = [Theme(w, n, mentions[w]) for w, n in in_entries.items() if n >= 2]
    recurring.sort(key=lambda t: (-t.mentions, -t.entries, t.word))
    return recurring[:top]


def _tag_counts(entries: Iterable[Note]) -> list[tuple[str, int]]:
    counts: Counter[str] = Counter()
    for note in entries:
        counts.update({tag.casefold() for tag in note.tags})
    return sorted(counts.items(), key=lambda pair: (-pair[1], pair[0]))
