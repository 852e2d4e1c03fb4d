"""What the stats read of each person (domain/stats_facts.py): the rows kept in the index, read
for one period, give what looking through the person's notes and items directly gives, for any
notes, period and day (hypothesis); and the rows go through JSON unchanged."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from grow_cli.domain.ledger import Ledger
from grow_cli.domain.models import Note, Person
from grow_cli.domain.stats_facts import (
    GROWING_FOCUSES,
    NoteFacts,
    Period,
    facts_in,
    person_rows,
)
from grow_cli.domain.vocabulary import MEETING_KINDS, is_open

SLUG = "sam-lee"
START = dt.date(2026, 1, 1)
days = st.integers(min_value=0, max_value=120).map(lambda n: START + dt.timedelta(days=n))
actions = st.lists(
    st.fixed_dictionaries(
        {
            "text": st.sampled_from(["Send the summary", "Book the room", "Pair with Bo"]),
            "status": st.sampled_from(["open", "progress", "blocked", "done", "dropped"]),
            "owner": st.sampled_from(["report", "manager"]),
        },
        optional={"due": days},
    ),
    max_size=3,
)
notes = st.lists(
    st.fixed_dictionaries(
        {
            "kind": st.sampled_from(["coaching", "checkin", "feedback"]),
            "date": days,
            "actions": actions,
        },
        optional={
            "focus": st.sampled_from(["performance", "development", "career"]),
            "topic": st.sampled_from(["Code review", "code reviews", "Planning", "  "]),
            "tags": st.lists(st.sampled_from(["growth", "Growth", "q3"]), max_size=2),
        },
    ),
    max_size=12,
)


def note_facts(note: Note) -> NoteFacts:
    score = None if note.rating is None else note.rating.score
    return NoteFacts(
        note.id or "", note.kind, note.date, note.focus, score, note.topic, tuple(note.tags)
    )


def ledger_of(drafts: list[dict[str, Any]]) -> Ledger:
    made = []
    for number, draft in enumerate(drafts):
        note_id = f"{SLUG}/{draft['date']}-{draft['kind']}-{number}"
        items = [
            {**action, "id": f"{note_id}#a{position}"}
            for position, action in enumerate(draft["actions"], start=1)
        ]
        fields = {**draft, "actions": items, "person": SLUG, "id": note_id, "schema": 1}
        if draft["kind"] != "coaching":
            fields.pop("focus", None)
        made.append(Note.model_validate(fields))
    return Ledger.build(made)


@settings(max_examples=300, deadline=None)
@given(notes, days, days, days, st.booleans())
def test_the_facts_of_a_period_are_what_the_notes_and_items_say(
    drafts: list[dict[str, Any]], one: dt.date, other: dt.date, today: dt.date, profile: bool
) -> None:
    period = Period(min(one, other), max(one, other))
    ledger = ledger_of(drafts)
    known = Person(name="Sam Lee", started=START) if profile else None
    rows = json.loads(json.dumps(person_rows(ledger, SLUG, known)))
    facts = facts_in(rows, period, today)

    mine = ledger.notes_of(SLUG)
    assert facts.notes == tuple(note_facts(n) for n in mine if n.date in period)
    meetings = [n.date for n in mine if n.kind in MEETING_KINDS and n.date <= period.until]
    assert facts.last_meeting == max(meetings, default=None)
    assert facts.first_note == min((n.date for n in mine), default=None)
    growing = [
        n.date
        for n in mine
        if n.kind == "coaching" and n.focus in GROWING_FOCUSES and n.date <= today
    ]
    assert facts.last_growing == max(growing, default=None)
    items = ledger.for_person(SLUG)
    assert [item.id for item in facts.items] == [item.id for item in items if item.open]
    assert all(not item.history for item in facts.items)
    closed = [
        item.status
        for item in items
        if item.type == "action" and not is_open(item.status) and item.note_date in period
    ]
    assert list(facts.closed_actions) == closed
    assert facts.name == ("Sam Lee" if profile else SLUG)
    assert facts.started == (START if profile else None)
