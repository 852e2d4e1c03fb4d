"""The settings every command that reads dates uses: how numeric dates are ordered and how long
a sprint is, from the config file and the locale (`store.paths.date_settings`).

A use case of its own so that `grow smart`, which reaches the store only through the use cases,
reads them the way the conversations do.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from grow_cli.env import Environment
from grow_cli.store import paths

if TYPE_CHECKING:
    from grow_cli.domain.dates import DateSettings


def date_settings(env: Environment) -> DateSettings:
    """The date order and sprint length for this run (see `store.paths.date_settings`)."""
    return paths.date_settings(env)
