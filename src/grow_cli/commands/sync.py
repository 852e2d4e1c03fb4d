"""`grow sync`: keep the notes folder in git and in step with a remote (another laptop, a
server, an encrypted remote)."""

from __future__ import annotations

from typing import Annotated

import typer

from grow_cli.options import JsonOption, environment

sync_app = typer.Typer(
    help="Keep your notes in git, and the same on every device: commit what grow changed, take "
    "what the other devices sent (merged, nothing lost), send yours. Runs the real git; "
    "'.grow/' (cache, drafts) is never committed. See README, 'Sharing and sync'.",
    invoke_without_command=True,
)


@sync_app.callback()
def sync(ctx: typer.Context, json_: JsonOption = False) -> None:
    """Commit, pull and push. A remote that cannot be reached: the commit is kept, one line says
    so, and the next 'grow sync' sends it."""
    if ctx.invoked_subcommand is not None:
        return
    from grow_cli.app.sync import sync as run_sync

    run_sync(environment(ctx), as_json=json_)


@sync_app.command("init")
def init(
    ctx: typer.Context,
    remote: Annotated[
        str | None,
        typer.Option(
            "--remote",
            metavar="URL",
            help="Where to sync: a git URL or path (gcrypt::URL for an encrypted remote). A "
            "remote that holds notes is cloned, into an empty notes folder only; an empty one "
            "gets this folder's notes.",
        ),
    ] = None,
    encrypt_to: Annotated[
        list[str] | None,
        typer.Option(
            "--encrypt-to",
            metavar="KEY",
            help="gcrypt:: remotes: the GPG key (fingerprint or e-mail) to encrypt to; repeat "
            "for several. Default: your own default key.",
        ),
    ] = None,
) -> None:
    """Make the notes folder a git repository, optionally with a remote."""
    from grow_cli.app.sync import init as run_init

    run_init(environment(ctx), remote, list(encrypt_to or []))


@sync_app.command("status")
def status(ctx: typer.Context, json_: JsonOption = False) -> None:
    """Where things stand: the remote, what is not committed, commits to send or take (as of the
    last sync; no network), this device's id, and whether writes commit themselves."""
    from grow_cli.app.sync_status import status as run_status

    run_status(environment(ctx), as_json=json_)


def register(app: typer.Typer) -> None:
    """Add the `sync` group to the app."""
    app.add_typer(sync_app, name="sync")
