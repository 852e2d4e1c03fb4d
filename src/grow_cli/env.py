"""The environment a command runs in, passed explicitly instead of read from globals.

Everything that depends on the process (environment variables, today's date, whether we are on a
terminal) is gathered here once, so tests can build an `Environment` with the values they want.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from grow_cli.daterange import checked
from grow_cli.errors import UsageError

ENV_NOTES_DIR = "GROW_NOTES_DIR"
ENV_CONFIG = "GROW_CONFIG"
ENV_TODAY = "GROW_TODAY"


def today_from(environ: Mapping[str, str]) -> date:
    """Today's date, or the one fixed by GROW_TODAY (for tests, examples and demos)."""
    fixed = environ.get(ENV_TODAY, "").strip()
    if not fixed:
        return date.today()
    try:
        return checked(date.fromisoformat(fixed))
    except ValueError as error:
        why = f": {error}" if "outside" in str(error) else " is not a date"
        hint = "Use the form YYYY-MM-DD."
        raise UsageError(f"{ENV_TODAY}={fixed!r}{why}.", hint=hint) from None


@dataclass
class Environment:
    """What a command needs to know about where and when it runs."""

    environ: Mapping[str, str] = field(default_factory=lambda: dict(os.environ))
    notes_override: Path | None = None
    stdin_isatty: bool = False
    stdout_isatty: bool = False

    @classmethod
    def from_process(cls, notes_override: Path | None = None) -> Environment:
        """The environment of this process."""
        return cls(
            environ=dict(os.environ),
            notes_override=notes_override,
            stdin_isatty=_isatty(sys.stdin),
            stdout_isatty=_isatty(sys.stdout),
        )

    @property
    def today(self) -> date:
        """Today, honouring GROW_TODAY."""
        return today_from(self.environ)

    @property
    def interactive(self) -> bool:
        """True when both ends are terminals, the only case in which grow prompts."""
        return self.stdin_isatty and self.stdout_isatty


def _isatty(stream: object) -> bool:
    isatty = getattr(stream, "isatty", None)
    try:
        return bool(isatty()) if callable(isatty) else False
    except (ValueError, OSError):
        return False
