"""The Typer app: global options, command registration, and the one error -> exit seam."""

from __future__ import annotations

import gc
from pathlib import Path
from typing import Annotated, Any

# Importing typer makes tens of thousands of objects that live as long as the process and leaves
# no garbage: the collector's passes over them are wasted (3-4 ms of every start-up here). Once
# imported, they go to the oldest generation (freeze, unfreeze: none is visited), so the
# collections a command triggers later do not walk them either.
_collecting = gc.isenabled()
gc.disable()
try:
    import typer
    from typer.core import TyperGroup

    from grow_cli import __version__
    from grow_cli.errors import ExitCode, GrowError, Interrupted
    from grow_cli.ui import output
finally:
    gc.freeze()
    gc.unfreeze()
    if _collecting:
        gc.enable()


def _plain_metavars() -> None:
    """One style of placeholder everywhere, as git and most tools write them: a value in
    capitals (PERSON, FILE, DAYS), an optional one in brackets ([PERSON]). Typer's own mixes
    {person}, [person], <str> and <int range>."""
    from typer.core import TyperArgument, TyperOption

    def argument_metavar(self: Any, ctx: Any, *, usage: bool = False) -> str:
        name = self.metavar or (self.name or "").upper()
        if usage and not self.required and not name.startswith("["):
            name = f"[{name}]"
        return str(name) + ("..." if self.nargs != 1 else "")

    def option_metavar(self: Any, ctx: Any) -> str:
        name = self.metavar or (self.name or "").rstrip("_").upper()  # format_ is FORMAT
        return str(name) + ("..." if self.nargs != 1 else "")

    TyperArgument.make_metavar = argument_metavar  # type: ignore[method-assign]
    TyperOption.make_metavar = option_metavar  # type: ignore[method-assign]


_plain_metavars()

# Every command, and the module in grow_cli.commands whose register() adds it, in the order
# `grow --help` lists them. Only the module of the command being run is imported and turned into
# a click command (importing and building all of them cost about 20 ms of every start-up);
# tests/test_startup.py checks this table against what the modules register.
COMMANDS: dict[str, str] = {
    "init": "setup",
    "where": "setup",
    "coach": "coach",
    "feedback": "coach",
    "checkin": "checkin",
    "1on1": "checkin",
    "undo": "undo",
    "rate": "rate",
    "prep": "prep",
    "followup": "prep",
    "agenda": "agenda",
    "share": "share",
    "due": "cycle",
    "actions": "cycle",
    "goals": "goals",
    "history": "history",
    "show": "history",
    "edit": "edit",
    "search": "search",
    "smart": "smart",
    "export": "export",
    "escalation": "escalation",
    "stats": "stats",
    "report": "stats",
    "person": "people",
    "journal": "journal",
    "config": "config",
    "sync": "sync",
}


# The commands whose output can run long and that never ask anything: on a terminal, their
# standard output goes through the pager (ui/pager.py) when it is taller than the screen.
PAGED = frozenset(
    {
        ("actions",),
        ("due",),
        ("goals",),
        ("history",),
        ("prep",),
        ("search",),
        ("show",),
        ("smart",),
        ("stats",),
        ("journal", "list"),
        ("journal", "review"),
        ("person", "list"),
        ("person", "show"),
    }
)


def load_commands(module_name: str) -> dict[str, Any]:
    """The click commands (and groups) that grow_cli.commands.<module_name> registers, by name."""
    import typer.main

    module = __import__(f"grow_cli.commands.{module_name}", fromlist=["register"])
    # Built the way the app itself would build them (same markup mode: plain help).
    holder = typer.Typer(rich_markup_mode=None, add_completion=False)
    module.register(holder)
    return dict(typer.main.get_group(holder).commands)


class GrowGroup(TyperGroup):
    """Runs every command, turning domain errors into one line and an exit code.

    Commands are loaded on first use (see COMMANDS), so `grow smart` never imports the modules of
    the conversation commands.
    """

    def list_commands(self, ctx: Any) -> list[str]:
        return [*COMMANDS, *(name for name in self.commands if name not in COMMANDS)]

    def get_command(self, ctx: Any, cmd_name: str) -> Any:
        if cmd_name not in self.commands and cmd_name in COMMANDS:
            self.commands.update(load_commands(COMMANDS[cmd_name]))
        return self.commands.get(cmd_name)

    def resolve_command(self, ctx: Any, args: list[str]) -> Any:
        # Kept for the global options' callback, which runs before the command is made.
        ctx.meta["grow.command"] = tuple(args[:2])
        if args and args[0] not in COMMANDS:
            # An unknown name: load every command, so the error can suggest the closest one.
            for module_name in dict.fromkeys(COMMANDS.values()):
                self.commands.update(load_commands(module_name))
        return super().resolve_command(ctx, args)

    # Typer 0.26+ vendors click, so its Context type is private; Any keeps the override honest.
    def invoke(self, ctx: Any) -> Any:
        from grow_cli.ui import pager

        try:
            _forget_writes()
            result = super().invoke(ctx)
            _after_writes(ctx)
            return result
        except Interrupted as stop:
            # A deliberate stop is not an error: say what was kept and how to go on.
            pager.release()
            output.notice(str(stop))
            raise typer.Exit(int(stop.exit_code)) from None
        except GrowError as error:
            pager.release()
            output.error(str(error))
            raise typer.Exit(int(error.exit_code)) from None
        except KeyboardInterrupt:
            # Ctrl-C between prompts; conversations keep their draft after every answer.
            pager.release()
            output.notice("Stopped.")
            raise typer.Exit(int(ExitCode.INTERRUPTED)) from None
        except BrokenPipeError:
            # The reader went away (`grow history | head -1`): it has what it wanted. Nothing
            # more is written, and no error, as git and other filters do.
            _silence_stdout()
            raise typer.Exit(int(ExitCode.OK)) from None
        except OSError as error:
            # The file system refused something no check foresaw: one line, never a traceback.
            pager.release()
            where = f" ({error.filename})" if error.filename else ""
            output.error(f"{error.strerror or error}{where}.")
            raise typer.Exit(int(ExitCode.FAILED)) from None
        finally:
            pager.finish(ctx.obj.environ if ctx.obj is not None else {})


def _forget_writes() -> None:
    import sys

    atomic = sys.modules.get("grow_cli.store.atomic")
    if atomic is not None:
        atomic.changed = False  # type: ignore[attr-defined]  # several commands, one process


def _after_writes(ctx: Any) -> None:
    """The one place a command's writes are followed up: .grow/.gitignore, and the commit of
    `sync_auto_commit`. Nothing is imported unless the command wrote (store/atomic.py)."""
    import sys

    atomic = sys.modules.get("grow_cli.store.atomic")
    if atomic is None or not atomic.changed or ctx.invoked_subcommand == "sync":
        return
    from grow_cli.app.sync import auto_commit
    from grow_cli.env import Environment

    env = ctx.obj if isinstance(ctx.obj, Environment) else Environment.from_process()
    auto_commit(env)


app = typer.Typer(
    cls=GrowGroup,
    name="grow",
    help="Coaching conversations that end in SMART actions, kept as plain Markdown notes.\n\n"
    "Start with 'grow coach --demo', or 'grow smart \"your goal\"' to check a goal.",
    no_args_is_help=True,
    pretty_exceptions_show_locals=False,
    context_settings={"help_option_names": ["-h", "--help"]},
    rich_markup_mode=None,
)


def _show_version(value: bool) -> None:
    if value:
        output.line(f"grow {__version__}")
        raise typer.Exit(int(ExitCode.OK))


@app.callback()
def _global_options(
    ctx: typer.Context,
    notes: Annotated[
        str | None,  # text, not a Path: a Path would turn "" into ".", the working folder
        typer.Option(
            "--notes",
            help="Notes folder to use (else $GROW_NOTES_DIR, the config file, or the default).",
            metavar="DIR",
        ),
    ] = None,
    no_pager: Annotated[
        bool,
        typer.Option(
            "--no-pager",
            help="Print long output as it is, without $GROW_PAGER, $PAGER or 'less -FRX' "
            "(output that is not a terminal is never paged).",
        ),
    ] = False,
    version: Annotated[
        bool,
        typer.Option(
            "--version",
            help="Show grow's version and exit.",
            callback=_show_version,
            is_eager=True,
        ),
    ] = False,
) -> None:
    from grow_cli.env import Environment  # not needed by --version, which exits before this

    if notes is not None and not notes.strip():
        from grow_cli.errors import UsageError

        output.error("--notes needs a folder. Leave it out to use the default.")
        raise typer.Exit(int(UsageError.exit_code))
    ctx.obj = Environment.from_process(None if notes is None else Path(notes))
    command = ctx.meta.get("grow.command", ())
    if (
        not no_pager
        and (command in PAGED or command[:1] in PAGED)
        and not {"--help", "-h"} & set(command)
    ):
        from grow_cli.ui import pager

        pager.start(ctx.obj.environ)


def _silence_stdout() -> None:
    """Point standard output at the null device, so the final flush meets no closed pipe."""
    import os
    import sys

    try:
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


def main() -> None:
    """Console-script entry point."""
    try:
        app(prog_name="grow")
    except BrokenPipeError:  # in the last flush, after the command: the reader had enough
        _silence_stdout()
    finally:
        # Nothing needs collecting at exit; freezing skips a last full collection over every
        # object a large notes folder created (100-150 ms for 10,000 notes).
        gc.freeze()
