"""Domain errors and exit codes.

Every error a person can cause is a `GrowError` with a message written for people. The CLI turns
it into one line on stderr and the exit code it carries, in one place (`cli.GrowGroup`). A
deliberate stop (`Interrupted`) is not an error: its line is printed as it is, with no
"grow: error:" before it.
"""

from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    """Process exit statuses grow uses, so scripts can rely on them."""

    OK = 0
    FAILED = 1  # a check failed (not SMART) or the input was rejected
    USAGE = 2  # wrong options, missing input, no terminal to prompt on
    INTERRUPTED = 130  # Ctrl-C; a draft is kept


class GrowError(Exception):
    """An error with a message for people and the exit code it leads to."""

    exit_code: ExitCode = ExitCode.FAILED

    def __init__(self, message: str, *, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        if not self.hint:
            return self.message
        if "\n" in self.message:  # a list of problems: the hint on a line after them
            return f"{self.message}\n{self.hint}"
        # The hint is a sentence of its own, so the message must end like one.
        ending = "" if self.message.rstrip().endswith((".", "?", "!", ":")) else "."
        return f"{self.message}{ending} {self.hint}"


class UsageError(GrowError):
    """The command was called in a way that cannot work (bad option, missing input)."""

    exit_code = ExitCode.USAGE


class NotFoundError(GrowError):
    """A person, note or file that was named does not exist."""


class InvalidInputError(GrowError):
    """Answers or values were rejected by validation; the message names every problem."""

    def __init__(
        self, message: str, *, hint: str | None = None, problems: list[str] | None = None
    ) -> None:
        super().__init__(message, hint=hint)
        self.problems = problems or []  # each problem on its own, when the message lists them


class StoreError(GrowError):
    """The notes folder could not be read or written (permissions, disk full, ...)."""


class RemoteError(GrowError):
    """The remote of a synced notes folder could not be reached or refused what was sent; the
    local commit is kept."""


class Interrupted(GrowError):
    """The person stopped on purpose (Ctrl-C, or "Stop here"); what was kept, and how to go on."""

    exit_code = ExitCode.INTERRUPTED
