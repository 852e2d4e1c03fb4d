"""`grow sync status`: where the synced notes folder stands, without touching the network."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from grow_cli.app.sync import (
    REMOTE,
    branch_of,
    count,
    has_ref,
    remote_url,
    shown_url,
    staged_changes,
)
from grow_cli.domain.wording import plural
from grow_cli.store import paths
from grow_cli.store.git import Git
from grow_cli.ui import output

if TYPE_CHECKING:
    from grow_cli.env import Environment


def status(env: Environment, *, as_json: bool) -> dict[str, Any]:
    """The folder's sync state: its remote, what is not committed yet, commits not yet sent or
    taken (as of the last fetch), the last commit, this device's id and the auto-commit key."""
    from grow_cli.domain.sync_messages import describe
    from grow_cli.store.device import device_id

    locations = paths.resolve(env)
    paths.require_notes_dir(locations)
    state: dict[str, Any] = {
        "synced": paths.is_synced(locations.notes_dir),
        "notes_dir": str(locations.notes_dir),
    }
    if not state["synced"]:
        if as_json:
            output.print_json(state)
        else:
            output.line(f"The notes folder {locations.notes_dir} is not synced.")
            output.line("Start with 'grow sync init' (add --remote URL to send it somewhere).")
        return state
    paths.ensure_cache_ignored(locations)
    git = Git(locations.notes_dir, env.environ, env.interactive)
    url = remote_url(git)
    branch = branch_of(git)
    # What a commit would take, read from the index of a throwaway copy: status never stages.
    changes = _pending(git)
    theirs = f"refs/remotes/{REMOTE}/{branch}"
    known = url is not None and has_ref(git, theirs) and has_ref(git, "HEAD")
    last = git.out("log", "-1", "--format=%h%x00%cI%x00%s", "HEAD").split("\0")
    state |= {
        "branch": branch,
        "remote": shown_url(url) if url else None,
        "encrypted": bool(url and url.startswith("gcrypt::")),
        "device": device_id(locations),
        "auto_commit": paths.sync_auto_commit(env),
        "changes": [{"status": change.status[:1], "path": change.path} for change in changes],
        "ahead": count(git, f"{theirs}..HEAD") if known else None,
        "behind": count(git, f"HEAD..{theirs}") if known else None,
        "last_commit": {"id": last[0], "date": last[1], "message": last[2]}
        if len(last) == 3
        else None,
    }
    if as_json:
        output.print_json(state)
        return state
    _show(state, [describe(change) for change in changes])
    return state


def _pending(git: Git) -> list[Any]:
    import os
    import tempfile

    with tempfile.TemporaryDirectory() as scratch:
        index = os.path.join(scratch, "index")
        real = git.folder / paths.GIT_DIRNAME / "index"
        if real.is_file():
            with open(real, "rb") as source, open(index, "wb") as copy:
                copy.write(source.read())
        scratch_git = Git(git.folder, {**git.environ, "GIT_INDEX_FILE": index}, git.interactive)
        scratch_git.run("add", "-A")
        return staged_changes(scratch_git)


def _show(state: dict[str, Any], described: list[str]) -> None:
    remote = state["remote"] or "none (grow sync init --remote URL adds one)"
    lock = " (encrypted)" if state["encrypted"] else ""
    output.line(
        f"Notes folder: {state['notes_dir']} (branch {state['branch']}, device {state['device']})"
    )
    output.line(f"Remote: {remote}{lock}")
    if state["ahead"] is not None:
        output.line(
            f"As of the last sync: {plural(state['ahead'], 'commit')} to send, "
            f"{state['behind']} to take."
        )
    if described:
        output.line(
            f"Not committed yet ({len(described)}): "
            + "; ".join(described[:5])
            + (f"; and {len(described) - 5} more" if len(described) > 5 else "")
        )
    else:
        output.line("Everything is committed.")
    last = state["last_commit"]
    if last:
        output.line(f"Last commit: {last['id']} {last['date']} {last['message']}")
    auto = "on" if state["auto_commit"] else "off (sync_auto_commit = true in the config: on)"
    output.line(f"Commit after every write: {auto}")
