"""`grow journal`: the individual's own coaching journal. `grow journal` writes an entry;
`grow journal list` and `grow journal review` read them back."""

from __future__ import annotations

from typing import Annotated

import typer

from grow_cli.commands import environment
from grow_cli.commands.coach import AnswersOption, EditorOption, InteractiveOption, ResumeOption
from grow_cli.errors import UsageError

journal_app = typer.Typer(
    help="Your own coaching journal: GROW on a goal of yours, a reflection, or your career.",
    invoke_without_command=True,
)

ModeOption = Annotated[
    str | None,
    typer.Option("--mode", help="grow, reflection or career (asked when left out)."),
]


@journal_app.callback()
def entry(
    ctx: typer.Context,
    mode: ModeOption = None,
    answers: AnswersOption = None,
    resume: ResumeOption = False,
    editor: EditorOption = False,
    interactive: InteractiveOption = None,
) -> None:
    """Write a journal entry: GROW on a goal of your own (SMART-checked, your own actions), a
    reflection (what happened, what I did, what it tells me, what I'll try), or your career
    (direction, strengths, development areas, next step, a date to look again)."""
    if ctx.invoked_subcommand is not None:
        return
    if mode is not None and mode not in ("grow", "reflection", "career"):
        raise UsageError(f"--mode {mode!r}: use grow, reflection or career.")
    from grow_cli.flows import session
    from grow_cli.flows.session import Subject
    from grow_cli.store import paths

    env = environment(ctx)
    locations = paths.resolve(env)
    paths.ensure_notes_dir(locations)
    subject = Subject("journal", None, None)
    if answers is not None:
        from grow_cli.commands.coach import scripted

        scripted(env, locations, subject, answers, "journal", preset={"mode": mode})
        return
    if not (env.interactive if interactive is None else interactive):
        # Only here: finding the installed examples folder imports importlib.resources.
        from grow_cli.resources import example_location

        raise UsageError(
            "grow journal asks its questions on a terminal, and this is not one.",
            hint="Give the answers with: grow journal --answers FILE (or - for stdin); example "
            f"entries are in {example_location('journal-month')}.",
        )
    from grow_cli.commands.conversation import run_interactive
    from grow_cli.flows.journal import JOURNAL_FLOW

    existing = session.load_draft(locations, subject)
    preset = {"mode": mode} if mode and not (resume and existing) else None
    run_interactive(
        env,
        locations,
        subject,
        JOURNAL_FLOW,
        command="journal",
        resume=resume,
        use_editor=editor,
        preset=preset,
    )


def register(app: typer.Typer) -> None:
    """Add the `journal` group (an entry, plus list and review) to the app."""
    from grow_cli.commands import journal_review

    journal_app.command("list")(journal_review.journal_list)
    journal_app.command("review")(journal_review.journal_review)
    app.add_typer(journal_app, name="journal")
