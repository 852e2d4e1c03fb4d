"""A deterministic notes folder of realistic size, written with grow's own writer.

    python benchmarks/generate_notes.py --notes DIR [--people 200] [--notes-count 10000]
                                        [--seed 7] [--today 2026-11-22]

Each person gets a person.toml (store.people.add) and, over the past year, about one note a week:
a coaching conversation now and then (feedback, GROW, SMART actions, manager support), weekly
check-ins whose [[updates]] refer to the ids of earlier open actions and support items, and the
odd feedback record. A few journal notes go in journal/. Notes are validated pydantic models,
rendered by store.frontmatter.render with the bundled note template as the body, so every file
is one grow itself could have written. The same seed and today give the same files.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from grow_cli.domain.models import Note, Person
from grow_cli.env import Environment
from grow_cli.store import frontmatter, people
from grow_cli.store.notes import assign_ids, candidate_paths, folder_for, note_id_for
from grow_cli.store.paths import FILE_MODE, Locations, ensure_private_dir, resolve
from grow_cli.ui.render import note_body

FIRST = (
    *("Alex", "Sam", "Priya", "Jordan", "Mei", "Omar", "Lena", "Diego", "Aisha", "Tomasz"),
    *("Yuki", "Noah", "Fatima", "Lars", "Chloe", "Ravi", "Ines", "Kwame", "Hana", "Mateo"),
)
LAST = (
    *("Kim", "Rivera", "Patel", "Nguyen", "Schmidt", "Okafor", "Haddad", "Rossi", "Tanaka"),
    *("Larsen", "Dubois", "Silva", "Cohen", "Novak", "Mensah", "Ito", "Garcia", "Berg", "Kaur"),
    "Moreau",
)
ROLES = ("Support engineer", "Backend developer", "Designer", "Product analyst", "Team lead")
TOPICS = (
    "Client ticket turnaround",
    "Onboarding the new hire",
    "Presenting at the quarterly review",
    "Growing into a tech lead role",
    "Code review habits",
    "Estimating project work",
    "Working with the sales team",
    "Career direction for next year",
)
ACTIONS = (
    "Triage the support queue at 9:00 and 14:00 every weekday for 2 weeks",
    "Write 5 reply templates for the most common ticket questions",
    "Pair with Sam on the hardest tickets for 3 sessions",
    "Draft the design review checklist and share it with the team",
    "Run one knowledge-sharing session on the billing service",
    "Review 3 pull requests a day and reply within 4 hours",
    "Prepare a 10-minute demo for the quarterly review",
    "Book the facilitation course and attend the first module",
)
SUPPORT = (
    "Move the Thursday project sync so it no longer clashes with triage",
    "Introduce them to the head of sales",
    "Approve the training budget",
    "Give feedback on the demo draft",
)
GOALS = (
    "Bring the average first reply on client tickets down to 4 hours by the end of next month",
    "Lead the design review for the billing project this quarter",
    "Give the quarterly review presentation with no more than 3 slides of detail",
)
STATUSES = ("done", "done", "progress", "blocked", "dropped")
PASS = {key: "pass" for key in ("specific", "measurable", "achievable", "relevant", "time_bound")}


@dataclass
class PersonPlan:
    """One person's notes so far: their slug and the ids of items still open."""

    slug: str
    open_items: list[str] = field(default_factory=list)


def person_names(count: int) -> Iterator[str]:
    """`count` distinct display names (first x last, then numbered)."""
    for number in range(count):
        first, last = FIRST[number % len(FIRST)], LAST[(number // len(FIRST)) % len(LAST)]
        suffix = "" if number < len(FIRST) * len(LAST) else f" {number}"
        yield f"{first} {last}{suffix}"


def spread_dates(rng: random.Random, today: dt.date, count: int) -> list[dt.date]:
    """`count` sorted dates over the past year, about evenly spaced with a little noise."""
    step = 365 / max(count, 1)
    offsets = [365 - int(i * step + rng.random() * step) for i in range(count)]
    return sorted(today - dt.timedelta(days=offset) for offset in offsets)


def coaching(rng: random.Random, slug: str, day: dt.date) -> dict[str, Any]:
    """A coaching conversation: feedback, GROW, 1-3 SMART actions, manager support."""
    actions = [
        {
            "text": rng.choice(ACTIONS),
            "due": day + dt.timedelta(days=rng.randint(3, 30)),
            "owner": "report",
            "relevant_to": "The team's goals for the quarter",
            "confidence": rng.randint(6, 10),
            "smart": PASS,
        }
        for _ in range(rng.randint(1, 3))
    ]
    support = [
        {"text": rng.choice(SUPPORT), "due": day + dt.timedelta(days=rng.randint(2, 14))}
        for _ in range(rng.randint(0, 2))
    ]
    return {
        "kind": "coaching",
        "date": day,
        "person": slug,
        "focus": rng.choice(("performance", "development", "career")),
        "topic": rng.choice(TOPICS),
        "next_checkin": day + dt.timedelta(days=7),
        "feedback": [feedback_item(rng)] if rng.random() < 0.5 else [],
        "grow": {
            "goal": rng.choice(GOALS),
            "reality": "Most of the week goes to project work; the rest waits for a quiet moment.",
            "options": ["Set fixed times for it", "Ask for help from the team", "Drop one meeting"],
            "will": "Start on Monday and report back at the next check-in.",
            "goal_smart": PASS,
        },
        "actions": actions,
        "support": support,
        "tags": rng.sample(["support", "growth", "review", "career", "delivery"], 2),
    }


def feedback_item(rng: random.Random) -> dict[str, str]:
    """One SBI item."""
    return {
        "situation": "In the client support queue over the last two weeks",
        "behavior": f"First replies took {rng.randint(5, 30)} hours on average",
        "impact": "Two clients escalated to their account manager",
    }


def checkin(rng: random.Random, plan: PersonPlan, day: dt.date) -> dict[str, Any]:
    """A weekly check-in with updates on earlier open items (some close them)."""
    updates = []
    for ref in list(plan.open_items[-4:]):
        status = rng.choice(STATUSES)
        updates.append({"ref": ref, "status": status, "note": "Talked it through at the 1:1."})
        if status in ("done", "dropped"):
            plan.open_items.remove(ref)
    return {
        "kind": "checkin",
        "date": day,
        "person": plan.slug,
        "next_checkin": day + dt.timedelta(days=7),
        "updates": updates,
    }


def journal(rng: random.Random, day: dt.date) -> dict[str, Any]:
    """A journal entry: reflection or career."""
    if rng.random() < 0.5:
        return {
            "kind": "journal",
            "date": day,
            "mode": "reflection",
            "reflection": {
                "what_happened": "The planning meeting ran over by 40 minutes.",
                "what_i_did": "I let the discussion run instead of parking topics.",
                "what_it_tells_me": "I avoid cutting people off.",
                "what_ill_try": "Keep a parking-lot list on the board next time.",
            },
        }
    return {
        "kind": "journal",
        "date": day,
        "mode": "career",
        "career": {"direction": "Engineering management", "review_on": day + dt.timedelta(90)},
    }


def write_note(locations: Locations, data: dict[str, Any], plan: PersonPlan | None) -> Note:
    """Validate, name, render and write one note (0600, never overwriting); return it."""
    note = Note.model_validate(data)
    folder = ensure_private_dir(folder_for(locations, note))
    stem = f"{note.date.isoformat()}-{note.kind}"
    for path in candidate_paths(folder, stem):
        assign_ids(note, note_id_for(locations, path))
        text = frontmatter.render(note.front_matter(), note_body(locations, note))
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
        except FileExistsError:
            continue
        # No fsync per file: this is throwaway benchmark data, and 10,000 fsyncs take minutes.
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
        if plan is not None:
            plan.open_items += [str(a.id) for a in note.actions]
            plan.open_items += [str(s.id) for s in note.support]
        return note
    raise SystemExit(f"no free name for {stem} in {folder}")


def generate(locations: Locations, people_count: int, count: int, seed: int, today: dt.date) -> int:
    """Write the people and `count` notes; return the number of notes written."""
    rng = random.Random(seed)
    plans = []
    for name in person_names(people_count):
        known = people.add(locations, Person(name=name, role=rng.choice(ROLES), cadence_days=7))
        plans.append(PersonPlan(known.slug))
    journal_count = max(1, count // 100)
    per_person, extra = divmod(count - journal_count, people_count)
    for index, plan in enumerate(plans):
        for number, day in enumerate(spread_dates(rng, today, per_person + (index < extra))):
            roll = rng.random()
            if number == 0 or roll < 0.2:
                data = coaching(rng, plan.slug, day)
            elif roll < 0.3:
                data = {"kind": "feedback", "date": day, "person": plan.slug}
                data["feedback"] = [feedback_item(rng)]
            else:
                data = checkin(rng, plan, day)
            write_note(locations, data, plan)
    for day in spread_dates(rng, today, journal_count):
        write_note(locations, journal(rng, day), None)
    return count


def main(argv: list[str] | None = None) -> None:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--notes", type=Path, required=True, help="folder to fill (new or empty)")
    parser.add_argument("--people", type=int, default=200)
    parser.add_argument("--notes-count", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--today", default=os.environ.get("GROW_TODAY", "2026-11-22"))
    args = parser.parse_args(argv)
    if args.notes.exists() and any(args.notes.iterdir()):
        sys.exit(f"{args.notes} is not empty; give a new folder.")
    today = dt.date.fromisoformat(args.today)
    locations = resolve(Environment(environ={}, notes_override=args.notes))
    written = generate(locations, args.people, args.notes_count, args.seed, today)
    print(f"wrote {written} notes for {args.people} people in {args.notes}")


if __name__ == "__main__":
    main()
