"""`grow init` and `grow where`: set up and show where things live."""

from __future__ import annotations

from typing import Annotated

import typer

from grow_cli.commands import environment
from grow_cli.store import paths
from grow_cli.store.atomic import write_new
from grow_cli.ui import output

JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON for scripts.")]


def init(ctx: typer.Context, json_: JsonOption = False) -> None:
    """Create the notes folder (private, 0700) and the config file, and say where they are."""
    locations = paths.resolve(environment(ctx))
    created_notes = not locations.notes_dir.exists()
    paths.ensure_notes_dir(locations)
    paths.ensure_private_dir(locations.people_dir)
    paths.ensure_private_dir(locations.config_file.parent)
    import tomli_w

    config_text = tomli_w.dumps({"notes_dir": str(locations.notes_dir)})
    created_config = write_new(locations.config_file, config_text)
    if json_:
        output.print_json(
            {
                "notes_dir": str(locations.notes_dir),
                "notes_created": created_notes,
                "config_file": str(locations.config_file),
                "config_created": created_config,
            }
        )
        return
    verb = "Created" if created_notes else "Using"
    output.line(f"{verb} the notes folder {locations.notes_dir}")
    if created_config:
        output.line(f"Wrote the config file {locations.config_file}")
    else:
        output.line(f"Kept the existing config file {locations.config_file}")
    output.line("Next: 'grow person add \"NAME\"', then 'grow coach NAME'.")


def where(ctx: typer.Context, json_: JsonOption = False) -> None:
    """Print the notes folder, the config file and the index in use, and why each was chosen."""
    locations = paths.resolve(environment(ctx))
    facts = {
        "notes_dir": str(locations.notes_dir),
        "notes_dir_source": locations.notes_source,
        "notes_dir_exists": locations.notes_dir.is_dir(),
        "config_file": str(locations.config_file),
        "config_file_source": locations.config_source,
        "config_file_exists": locations.config_file.is_file(),
        "cache_dir": str(locations.cache_dir),
    }
    if json_:
        output.print_json(facts)
        return
    missing = "" if facts["notes_dir_exists"] else "  (not created yet)"
    output.line(f"notes:  {locations.notes_dir}  [{locations.notes_source}]{missing}")
    missing = "" if facts["config_file_exists"] else "  (none yet)"
    output.line(f"config: {locations.config_file}  [{locations.config_source}]{missing}")
    output.line(f"cache:  {locations.cache_dir}  (disposable)")


def register(app: typer.Typer) -> None:
    """Add these commands to the app."""
    app.command("init")(init)
    app.command("where")(where)
