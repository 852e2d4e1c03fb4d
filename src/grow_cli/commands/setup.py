"""`grow init` and `grow where`: set up and show where things live."""

from __future__ import annotations

import typer

from grow_cli.options import JsonOption, environment
from grow_cli.ui import output


def init(ctx: typer.Context, json_: JsonOption = False) -> None:
    """Create the notes folder (private, 0700) and the config file, and say where they are."""
    from grow_cli.app import setup

    facts = setup.init(environment(ctx))
    if json_:
        output.print_json(facts)
        return
    verb = "Created" if facts["notes_created"] else "Using"
    output.line(f"{verb} the notes folder {facts['notes_dir']}")
    if facts["config_created"]:
        output.line(f"Wrote the config file {facts['config_file']}")
    else:
        output.line(f"Kept the existing config file {facts['config_file']}")
    output.line("Next: 'grow person add \"NAME\"', then 'grow coach NAME'.")


def where(ctx: typer.Context, json_: JsonOption = False) -> None:
    """Print the notes folder, the config file and the index in use, why each was chosen, where
    compiled templates are kept, and where the example answers files are."""
    from grow_cli.app import setup

    facts = setup.where(environment(ctx))
    if json_:
        output.print_json(facts)
        return
    missing = "" if facts["notes_dir_exists"] else "  (not created yet)"
    output.line(f"notes:  {facts['notes_dir']}  [{facts['notes_dir_source']}]{missing}")
    missing = "" if facts["config_file_exists"] else "  (none yet)"
    output.line(f"config: {facts['config_file']}  [{facts['config_file_source']}]{missing}")
    output.line(
        f"cache:  {facts['cache_dir']}  (the index, disposable; drafts, undone check-ins and "
        "notes as they were before an edit)"
    )
    output.line(f"templates: {facts['templates_cache_dir']}  (compiled templates, disposable)")
    output.line(f"examples: {facts['examples_dir']}  (answers files and a month of journal notes)")


def register(app: typer.Typer) -> None:
    """Add these commands to the app."""
    app.command("init")(init)
    app.command("where")(where)
