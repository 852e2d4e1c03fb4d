"""The one way grow runs `git`: the real program, in the notes folder, never prompting unseen.

Every call runs with umask 077, so what git writes (notes checked out, its own objects) is as
private as what grow writes (0600 files, 0700 folders). An identity is passed only when the user
has none configured ("grow on <host>"), so a fresh machine can commit. `git` missing, or a call
that fails, becomes a StoreError with git's own last line; a remote that cannot be reached is a
RemoteError, so the caller can say its commit is kept.
"""

from __future__ import annotations

import shutil
import socket
import subprocess
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from grow_cli.errors import RemoteError, StoreError


@dataclass(frozen=True)
class Git:
    """git run in one working tree (the notes folder)."""

    folder: Path
    environ: Mapping[str, str]
    interactive: bool = False

    def run(
        self,
        *args: str,
        check: bool = True,
        remote: bool = False,
        input_text: str | None = None,
        commits: bool = False,
    ) -> subprocess.CompletedProcess[str]:
        """Run `git ARGS` in the folder; StoreError (RemoteError when `remote`) on failure.
        `commits`: the call makes a commit, so it needs an identity."""
        return run_git(
            [*(self.identity if commits else []), *args],
            cwd=self.folder,
            environ=self.environ,
            check=check,
            remote=remote,
            interactive=self.interactive,
            input_text=input_text,
        )

    @cached_property
    def identity(self) -> list[str]:
        """`-c user.name=... -c user.email=...` when git has no identity of its own to use."""
        return _identity(self.folder, self.environ)

    def blob(self, spec: str) -> bytes:
        """A file's bytes as git holds them (`git show SPEC`, e.g. ':3:people/a/person.toml')."""
        try:
            result = subprocess.run(
                [git_program(), "show", spec],
                cwd=self.folder,
                env=dict(self.environ),
                stdin=subprocess.DEVNULL,
                capture_output=True,
                check=False,
            )
        except OSError as error:
            raise StoreError(f"Cannot run git: {error.strerror or error}.") from None
        if result.returncode != 0:
            why = last_line(result.stderr.decode(errors="replace"))
            raise StoreError(f"git show {spec} failed: {why}")
        return result.stdout

    def out(self, *args: str) -> str:
        """git's standard output, stripped; '' when it fails."""
        result = self.run(*args, check=False)
        return result.stdout.strip() if result.returncode == 0 else ""


def git_program() -> str:
    """The path of git, or a StoreError saying how to get it."""
    found = shutil.which("git")
    if found is None:
        raise StoreError(
            "grow sync runs git, and git is not installed here.",
            hint="Install it (e.g. 'sudo apt install git'), then try again.",
        )
    return found


def run_git(
    args: Sequence[str],
    *,
    cwd: Path | None,
    environ: Mapping[str, str],
    check: bool = True,
    remote: bool = False,
    interactive: bool = False,
    input_text: str | None = None,
) -> subprocess.CompletedProcess[str]:
    """Run git with a private umask; without a terminal it never waits for a password."""
    env = dict(environ)
    if not interactive:
        env["GIT_TERMINAL_PROMPT"] = "0"  # a remote asking for a password fails, not hangs
        env.setdefault("GIT_SSH_COMMAND", "ssh -o BatchMode=yes")
    env.setdefault("LC_ALL", "C")  # git's messages in English, so grow can name the problem
    try:
        result = subprocess.run(
            [git_program(), *args],
            cwd=cwd,
            env=env,
            input=input_text,
            stdin=None if input_text is not None or interactive else subprocess.DEVNULL,
            capture_output=True,
            text=True,
            errors="replace",
            umask=0o077,
            check=False,
        )
    except OSError as error:
        raise StoreError(f"Cannot run git: {error.strerror or error}.") from None
    if check and result.returncode != 0:
        why = last_line(result.stderr) or last_line(result.stdout) or f"exit {result.returncode}"
        if remote:
            raise RemoteError(why)
        raise StoreError(f"git {args[-1] if args else ''} failed: {why}")
    return result


def last_line(text: str) -> str:
    """The line git wrote that says what went wrong: its first "fatal:" or "error:" line (git
    follows it with advice such as "Please make sure you have the correct access rights"), else
    its last line that is not a hint; without a full stop of its own, since grow adds one."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    reasons = [line for line in lines if line.startswith(("fatal: ", "error: "))]
    meaningful = [line for line in lines if not line.startswith("hint:")]
    chosen = reasons[0] if reasons else (meaningful or lines or [""])[-1]
    return chosen.removeprefix("fatal: ").removeprefix("error: ").rstrip(".")


def fallback_identity() -> tuple[str, str]:
    """The name and address commits get when the user has configured none."""
    host = socket.gethostname().split(".")[0] or "this computer"
    return f"grow on {host}", f"grow@{host}.invalid"


def _identity(folder: Path, environ: Mapping[str, str]) -> list[str]:
    found = {}
    cwd = folder if folder.is_dir() else None
    for key in ("user.name", "user.email"):
        result = run_git(["config", "--get", key], cwd=cwd, environ=environ, check=False)
        found[key] = result.stdout.strip()
    env_name = environ.get("GIT_AUTHOR_NAME") or environ.get("GIT_COMMITTER_NAME")
    env_mail = environ.get("GIT_AUTHOR_EMAIL") or environ.get("GIT_COMMITTER_EMAIL")
    name, mail = fallback_identity()
    args: list[str] = []
    if not (found["user.name"] or env_name):
        args += ["-c", f"user.name={name}"]
    if not (found["user.email"] or env_mail or environ.get("EMAIL")):
        args += ["-c", f"user.email={mail}"]
    return args
