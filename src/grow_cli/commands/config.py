"""`grow config`: list, get, set, unset and edit the keys of the config file."""

from __future__ import annotations

from typing import Annotated, Any

import typer

from grow_cli.options import JsonOption, environment
from grow_cli.ui import output

config_app = typer.Typer(
    help="The config file's keys: the notes folder, how dates are read, the sprint length, the "
    "calendar's reminders, automatic commits in a synced folder, the editor. Every value is "
    "checked before it is written; a mistyped key is refused with the closest real one.",
    no_args_is_help=True,
    rich_markup_mode=None,
)
KeyArgument = Annotated[
    str, typer.Argument(metavar="KEY", help="A key, e.g. date_order or reminders.due.")
]


def _shown(value: Any) -> str:
    if value is None:
        return "(not set)"
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


@config_app.command("list")
def list_(ctx: typer.Context, json_: JsonOption = False) -> None:
    """Every key, its value (or default), what it takes and what it does."""
    from grow_cli.app import config

    facts = config.listing(environment(ctx))
    if json_:
        output.print_json(facts)
        return
    output.line(f"config file: {facts['config_file']}{'' if facts['exists'] else '  (none yet)'}")
    for row in facts["keys"]:
        value = _shown(row["value"]) if row["set"] else f"{_shown(row['default'])} (default)"
        output.line(output.hanging(f"{row['key']} = ", f"{value}. {row['help']} [{row['takes']}]"))
    for problem in facts["problems"]:
        output.warning(f"the config file has {problem}.")


@config_app.command("get")
def get(ctx: typer.Context, key: KeyArgument, json_: JsonOption = False) -> None:
    """The value of KEY (its default when the file does not set it)."""
    from grow_cli.app import config

    value, is_set = config.get(environment(ctx), key)
    if json_:
        output.print_json({"key": key, "value": value, "set": is_set})
        return
    output.line(_shown(value))


# "-1d 09:00" is a value, not an option.
@config_app.command("set", context_settings={"ignore_unknown_options": True})
def set_(
    ctx: typer.Context,
    key: KeyArgument,
    value: Annotated[str, typer.Argument(metavar="VALUE", help="The value, e.g. DMY or true.")],
) -> None:
    """Set KEY to VALUE, checked first (the other keys are kept)."""
    from grow_cli.app import config

    env = environment(ctx)
    written = config.set_value(env, key, value)
    output.line(f"Set {key} = {_shown(written)} in {config.config_file(env)}")


@config_app.command("unset")
def unset(ctx: typer.Context, key: KeyArgument) -> None:
    """Remove KEY from the file, so its default applies (a mistyped key too)."""
    from grow_cli.app import config

    env = environment(ctx)
    removed = config.unset(env, key)
    where = config.config_file(env)
    output.line(f"Removed {key} from {where}" if removed else f"{where} does not set {key}.")


@config_app.command("edit")
def edit(ctx: typer.Context) -> None:
    """Open the config file in your editor; it is saved only when every key and value in it
    is right (otherwise your edit is kept beside it, and named)."""
    from grow_cli.app import config

    path = config.edit(environment(ctx))
    output.line(f"Saved {path}")


def register(app: typer.Typer) -> None:
    """Add the command group to the app."""
    app.add_typer(config_app, name="config")
