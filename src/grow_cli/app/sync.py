"""`grow sync`: the notes folder kept in git, and sent to (and taken from) one remote.

`init` makes the folder a repository (or takes an existing remote's notes into an empty one);
`sync` commits what grow changed, pulls (merging what another device wrote; app/sync_merge.py
settles conflicts without losing either side), and pushes; `status` says where things stand
without touching the network. `.grow/` never reaches git (its .gitignore is '*').
"""

from __future__ import annotations

import shutil
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from grow_cli.domain.wording import plural
from grow_cli.errors import RemoteError, StoreError, UsageError
from grow_cli.store import paths
from grow_cli.store.git import Git
from grow_cli.ui import output

if TYPE_CHECKING:
    from grow_cli.env import Environment
    from grow_cli.store.paths import Locations

REMOTE = "origin"
DEFAULT_BRANCH = "main"
GCRYPT_PREFIX = "gcrypt::"


@dataclass
class SyncResult:
    """What one `grow sync` did (its --json)."""

    committed: dict[str, Any] | None = None
    remote: str | None = None
    received: int = 0
    sent: int = 0
    conflicts: list[dict[str, str]] = field(default_factory=list)


def git_for(env: Environment, locations: Locations) -> Git:
    """git in the notes folder, with the user's environment."""
    return Git(locations.notes_dir, env.environ, env.interactive)


def synced_folder(env: Environment) -> tuple[Locations, Git]:
    """The notes folder, which must be synced; StoreError saying how to start otherwise."""
    locations = paths.resolve(env)
    paths.require_notes_dir(locations)
    if not paths.is_synced(locations.notes_dir):
        raise StoreError(
            f"The notes folder {locations.notes_dir} is not synced.",
            hint="Start with 'grow sync init' (add --remote URL to send it somewhere).",
        )
    paths.ensure_cache_ignored(locations)
    return locations, git_for(env, locations)


def commit_changes(git: Git, subject_prefix: str = "") -> dict[str, Any] | None:
    """Commit every change in the folder (the cache is ignored); None when there is none."""
    from grow_cli.domain.sync_messages import commit_body, commit_subject

    git.run("add", "-A")
    changes = staged_changes(git)
    if not changes:
        return None
    subject = subject_prefix + commit_subject(changes)
    git.run("commit", "-q", "--no-verify", "-m", subject, "-m", commit_body(changes), commits=True)
    return {
        "id": git.out("rev-parse", "--short", "HEAD"),
        "message": subject,
        "files": [change.path for change in changes],
    }


def staged_changes(git: Git) -> list[Any]:
    """What `git add -A` staged, as (status, path) changes."""
    from grow_cli.domain.sync_messages import Change

    listed = git.run("diff", "--cached", "--name-status", "--no-renames", "-z").stdout
    words = [word for word in listed.split("\0") if word]
    return [Change(words[i], words[i + 1]) for i in range(0, len(words) - 1, 2)]


def branch_of(git: Git) -> str:
    """The branch checked out (main unless the remote's was another)."""
    return git.out("symbolic-ref", "--short", "HEAD") or DEFAULT_BRANCH


def remote_url(git: Git) -> str | None:
    """The remote's address, or None when the folder has no remote."""
    return git.out("remote", "get-url", REMOTE) or None


def shown_url(url: str) -> str:
    """An address as it may be printed: a password in it is hidden."""
    import re

    return re.sub(r"(://[^/:@]+):[^/@]*@", r"\1:***@", url)


def count(git: Git, span: str) -> int:
    """How many commits `span` (A..B) holds."""
    return int(git.out("rev-list", "--count", span) or 0)


def has_ref(git: Git, ref: str) -> bool:
    """Whether `ref` names a commit."""
    return git.run("rev-parse", "--verify", "-q", f"{ref}^{{commit}}", check=False).returncode == 0


def unreachable(url: str, why: str, kept: str | None) -> RemoteError:
    """The one line for a remote that cannot be reached: what git said, and that nothing is lost."""
    where = f"committed here ({kept})" if kept else "kept here"
    return RemoteError(
        f"Cannot reach the remote {shown_url(url)}: {why}. Your notes are {where}; the next "
        "'grow sync' sends them."
    )


def sync(env: Environment, *, as_json: bool) -> SyncResult:
    """Commit, pull (merging), push. A remote that cannot be reached: the commit stays, one line."""
    from grow_cli.app.sync_merge import merge_remote

    locations, git = synced_folder(env)
    if (locations.notes_dir / paths.GIT_DIRNAME / "MERGE_HEAD").exists():
        raise StoreError(
            f"git is in the middle of a merge in {locations.notes_dir}.",
            hint="Finish it with git (or 'git merge --abort'), then run 'grow sync' again.",
        )
    result = SyncResult(committed=commit_changes(git))
    say = (lambda _text: None) if as_json else output.line
    if result.committed:
        files = plural(len(result.committed["files"]), "file")
        say(f"Committed {files}: {result.committed['message']}")
    url = remote_url(git)
    result.remote = url
    if url is None:
        say(
            "No remote: the notes are committed here only. Add one with "
            "'grow sync init --remote URL'."
        )
        return _finish(result, as_json)
    branch = branch_of(git)
    kept = git.out("rev-parse", "--short", "HEAD") or None
    say(f"Fetching from {shown_url(url)} ...")
    try:
        git.run("fetch", "-q", REMOTE, remote=True)
    except RemoteError as error:
        raise unreachable(url, error.message, kept) from None
    theirs = f"refs/remotes/{REMOTE}/{branch}"
    if has_ref(git, theirs):
        result.received = (
            count(git, f"HEAD..{theirs}") if has_ref(git, "HEAD") else count(git, theirs)
        )
        if result.received:
            settled_there = _settled_elsewhere(git, theirs)
            result.conflicts = merge_remote(git, locations, theirs, env.today)
            say(f"Received {plural(result.received, 'commit')}.")
            for conflict in result.conflicts:
                say(conflict["message"])
            for subject in settled_there:
                say(
                    f"Another device merged edits made on both sides ({subject}): the value "
                    "not kept is recorded beside it (person.conflicts.toml, or a file ending "
                    "in .sync-conflict-...)."
                )
        result.sent = count(git, f"{theirs}..HEAD")
    else:
        result.sent = count(git, "HEAD") if has_ref(git, "HEAD") else 0
    if result.sent:
        say(f"Sending {plural(result.sent, 'commit')} ...")
        try:
            git.run("push", "-q", REMOTE, f"HEAD:refs/heads/{branch}", remote=True)
        except RemoteError as error:
            raise unreachable(url, error.message, kept) from None
        git.run("branch", "-q", f"--set-upstream-to={REMOTE}/{branch}", check=False)
    if not (result.committed or result.received or result.sent):
        say("Already in sync.")
    else:
        say(f"In sync with {shown_url(url)}.")
    return _finish(result, as_json)


MERGED_SUBJECT = "grow: merged from the remote ("


def _settled_elsewhere(git: Git, theirs: str) -> list[str]:
    """What the commits about to be received say another device settled (the files named by
    its merge commits), so this device hears of it too."""
    subjects = git.out("log", "--format=%s", f"HEAD..{theirs}").splitlines()
    return [
        s.removeprefix(MERGED_SUBJECT).rstrip(")") for s in subjects if s.startswith(MERGED_SUBJECT)
    ]


def _finish(result: SyncResult, as_json: bool) -> SyncResult:
    if as_json:
        output.print_json(asdict(result) | {"remote": result.remote and shown_url(result.remote)})
    return result


def init(env: Environment, remote: str | None, encrypt_to: list[str]) -> None:
    """Make the notes folder a repository; with `remote`, a clone of it when it holds notes (into
    an empty folder only), or the first push to it when it is empty."""
    locations = paths.resolve(env)
    folder = locations.notes_dir
    _check_remote_tools(remote)
    if paths.is_synced(folder):
        _init_existing(env, locations, remote, encrypt_to)
        return
    emptiness = _entries_besides_cache(folder)
    paths.ensure_notes_dir(locations)
    git = git_for(env, locations)
    git.run("init", "-q")
    git.run("symbolic-ref", "HEAD", f"refs/heads/{DEFAULT_BRANCH}")
    _exclude_cache(folder)
    if remote is None:
        committed = commit_changes(git)
        output.line(
            f"The notes folder {folder} is now a git repository"
            + (f"; {plural(len(committed['files']), 'file')} committed." if committed else ".")
        )
        output.line("Give it a remote with 'grow sync init --remote URL', then 'grow sync'.")
        return
    try:
        _add_remote(git, remote, encrypt_to)
        output.line(f"Fetching from {shown_url(remote)} ...")
        try:
            git.run("fetch", "-q", REMOTE, remote=True)
        except RemoteError as error:
            raise RemoteError(
                f"Cannot reach the remote {shown_url(remote)}: {error.message}.",
                hint="Check the address and your access, then try again.",
            ) from None
        branches = _remote_branches(git)
        if branches and emptiness:
            raise UsageError(
                f"The notes folder {folder} is not empty ({emptiness}), and {shown_url(remote)} "
                "already holds notes: grow clones a remote's notes only into an empty folder.",
                hint="Give an empty folder: 'grow --notes DIR sync init ...' (or move these notes "
                "away first).",
            )
    except (UsageError, RemoteError, StoreError):
        shutil.rmtree(folder / paths.GIT_DIRNAME, ignore_errors=True)  # as it was before
        raise
    if branches:
        _check_out(git, branches)
        notes = len(git.out("ls-files", "--", "people", "journal").splitlines())
        output.line(f"Cloned {shown_url(remote)} into {folder}: {plural(notes, 'file')} of notes.")
        return
    committed = commit_changes(git)
    output.line(
        f"The notes folder {folder} is now a git repository"
        + (f"; {plural(len(committed['files']), 'file')} committed." if committed else ".")
    )
    sync(env, as_json=False)


def _init_existing(
    env: Environment, locations: Locations, remote: str | None, encrypt_to: list[str]
) -> None:
    git = git_for(env, locations)
    current = remote_url(git)
    paths.ensure_cache_ignored(locations)
    _exclude_cache(locations.notes_dir)
    if remote is None or current == remote:
        where = f" with the remote {shown_url(current)}" if current else " (no remote yet)"
        output.line(f"The notes folder {locations.notes_dir} is already synced{where}.")
        return
    if current is not None:
        raise UsageError(
            f"The notes folder {locations.notes_dir} already syncs with {shown_url(current)}.",
            hint=f"To change it: git -C {locations.notes_dir} remote set-url origin URL",
        )
    _add_remote(git, remote, encrypt_to)
    output.line(f"Remote {shown_url(remote)} added.")
    sync(env, as_json=False)


def _check_remote_tools(remote: str | None) -> None:
    encrypted = remote is not None and remote.startswith(GCRYPT_PREFIX)
    if encrypted and shutil.which("git-remote-gcrypt") is None:
        raise StoreError(
            "An encrypted remote (gcrypt::) needs git-remote-gcrypt, which is not installed.",
            hint="Install it: sudo apt install git-remote-gcrypt gnupg (README: 'Encrypted "
            "remotes').",
        )


def _add_remote(git: Git, remote: str, encrypt_to: list[str]) -> None:
    git.run("remote", "add", REMOTE, remote)
    if encrypt_to:
        if not remote.startswith(GCRYPT_PREFIX):
            raise UsageError("--encrypt-to is for an encrypted remote: gcrypt::URL.")
        git.run("config", f"remote.{REMOTE}.gcrypt-participants", " ".join(encrypt_to))


def _remote_branches(git: Git) -> list[str]:
    listed = git.out("for-each-ref", "--format=%(refname:strip=3)", f"refs/remotes/{REMOTE}/")
    return [name for name in listed.splitlines() if name and name != "HEAD"]


def _check_out(git: Git, branches: list[str]) -> None:
    """Take the remote's branch (main if it has one; an encrypted remote names no default)."""
    head = git.out("symbolic-ref", "--short", f"refs/remotes/{REMOTE}/HEAD").split("/")[-1]
    chosen = next((b for b in (head, DEFAULT_BRANCH, "master") if b in branches), branches[0])
    git.run("checkout", "-q", "-B", chosen, f"{REMOTE}/{chosen}")
    git.run("branch", "-q", f"--set-upstream-to={REMOTE}/{chosen}", check=False)


def _entries_besides_cache(folder: Path) -> str:
    """'' for a folder that is missing or holds nothing but .grow/; else what it holds."""
    try:
        names = sorted(entry.name for entry in folder.iterdir() if entry.name != ".grow")
    except FileNotFoundError:
        return ""
    except NotADirectoryError:
        raise StoreError(f"{folder} is not a folder.") from None
    if not names:
        return ""
    shown = ", ".join(names[:3]) + (f" and {len(names) - 3} more" if len(names) > 3 else "")
    return shown


def _exclude_cache(folder: Path) -> None:
    """.grow/ in the repository's own exclude file too, should its .gitignore be deleted."""
    exclude = folder / paths.GIT_DIRNAME / "info" / "exclude"
    try:
        text = exclude.read_text(encoding="utf-8") if exclude.exists() else ""
        if "/.grow/" not in text.splitlines():
            exclude.parent.mkdir(parents=True, exist_ok=True)
            exclude.write_text(
                text + ("" if text.endswith("\n") or not text else "\n") + "/.grow/\n",
                encoding="utf-8",
            )
    except OSError:
        pass  # .grow/.gitignore is the rule; this is the spare


def auto_commit(env: Environment) -> None:
    """After a command that wrote: .grow/.gitignore ensured, and with `sync_auto_commit = true`
    in a synced folder, what it wrote committed (no network). Problems are warnings: the write
    itself succeeded."""
    try:
        locations = paths.resolve(env)
        if not locations.notes_dir.is_dir():
            return
        paths.ensure_cache_ignored(locations)
        if not paths.is_synced(locations.notes_dir) or not paths.sync_auto_commit(env):
            return
        commit_changes(git_for(env, locations))
    except (StoreError, UsageError) as error:
        output.warning(f"not committed: {error}")
