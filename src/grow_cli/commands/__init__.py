"""One thin module per command group: parse options, call the core, render."""

from __future__ import annotations

import typer

from grow_cli.env import Environment


def environment(ctx: typer.Context) -> Environment:
    """The Environment the global options built for this run."""
    root = ctx.find_root()
    if not isinstance(root.obj, Environment):
        root.obj = Environment.from_process()
    return root.obj
