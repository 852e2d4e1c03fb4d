"""`grow coach --demo`: the real conversation, with a worked example's answers as defaults.

It runs for a sample person in a temporary notes folder, so a new user's own notes stay clean;
each demo reuses that one folder, emptied first, so runs leave no trail of folders behind.
Without a terminal it plays the example through and prints the note.
"""

from __future__ import annotations

import tempfile
import tomllib
from pathlib import Path

from grow_cli.app import conversation, session
from grow_cli.app.conversation import Plan, Start
from grow_cli.app.session import Subject
from grow_cli.env import Environment
from grow_cli.store import paths
from grow_cli.store.resources import example_text
from grow_cli.ui import output

DEMO_PERSON = "Alex Kim"
DEMO_ROLE = "Support engineer"
DEMO_ANSWERS = "performance.toml"


def run_demo(env: Environment, *, interactive: bool, use_editor: bool) -> None:
    """Hold the example conversation in a temporary notes folder and say where it went."""
    from grow_cli.domain.models import Person
    from grow_cli.flows.coach import COACH_FLOW
    from grow_cli.store import people

    folder = paths.demo_dir(Path(tempfile.gettempdir()))
    locations = paths.resolve(Environment(environ=env.environ, notes_override=folder))
    paths.ensure_notes_dir(locations)
    known = people.add(locations, Person(name=DEMO_PERSON, role=DEMO_ROLE, started=env.today))
    subject = Subject("coaching", known.slug, DEMO_PERSON, known.person.cadence_days)
    example = tomllib.loads(example_text(DEMO_ANSWERS))
    if interactive:
        output.line(
            f"A demo conversation with {DEMO_PERSON}, a sample person. Press Enter to "
            "accept each suggested answer, or type your own."
        )
        # The example's measure is offered too: Enter at "a number to watch?" keeps what it counts.
        plan = Plan(lambda may_ask: subject, lambda _: COACH_FLOW, suggestions=example)
        start = Start("coach", use_editor=use_editor, interactive=True)
        conversation.interactive(env, locations, subject, COACH_FLOW, start, plan)
    else:
        note = session.build_note(example, subject, env.today)
        path = session.save(locations, note, subject)
        output.line(path.read_text(encoding="utf-8"))
        output.line(f"Saved {path}")
    output.line(f"The demo's notes folder is {folder}; try: grow --notes {folder} person list")
