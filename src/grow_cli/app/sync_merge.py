"""Merging what another device pushed, without losing either side or leaving git mid-merge.

New notes never collide (store/device.py names them per device). What can conflict is a file
changed on both devices: a person.toml is merged field by field (the side whose commit is newer
wins a field both changed; the other value is appended to people/<slug>/person.conflicts.toml);
any other file keeps this device's version in place and the other beside it as
`<name>.sync-conflict-<commit>`, named in one line. A file changed on one side and removed on the
other is kept. Anything unforeseen aborts the merge: the folder is as it was before the pull.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING, Any

from grow_cli.errors import StoreError
from grow_cli.store.git import Git

if TYPE_CHECKING:
    from grow_cli.store.paths import Locations

_PROFILE = re.compile(r"people/(?P<slug>[^/]+)/person\.toml")
CONFLICTS_FILE = "person.conflicts.toml"


def merge_remote(
    git: Git, locations: Locations, theirs: str, today: dt.date
) -> list[dict[str, str]]:
    """Merge `theirs` into HEAD; the conflicts settled, one dict each ({"path", "resolution",
    "message"})."""
    if not _has_head(git):  # nothing committed here yet: take theirs as it is
        git.run("reset", "-q", "--keep", theirs)
        return []
    # A fast-forward when this device has nothing of its own: a merge commit every time would
    # hand the other device a commit to take, and never let the two settle.
    merged = git.run("merge", "-q", "--no-edit", "--ff", theirs, check=False, commits=True)
    if merged.returncode == 0:
        return []
    try:
        settled = [_settle(git, locations, path, today) for path in _unmerged(git)]
        if not settled or _unmerged(git):
            raise StoreError(f"git could not merge: {merged.stderr.strip() or merged.stdout}")
        summary = "; ".join(item["path"] for item in settled)
        git.run(
            "commit",
            "-q",
            "--no-verify",
            "-m",
            f"grow: merged from the remote ({summary})",
            commits=True,
        )
    except BaseException:
        git.run("merge", "--abort", check=False)
        raise
    return settled


def _has_head(git: Git) -> bool:
    return git.run("rev-parse", "--verify", "-q", "HEAD", check=False).returncode == 0


def _unmerged(git: Git) -> list[str]:
    listed = git.run("diff", "--name-only", "--diff-filter=U", "-z").stdout
    return [path for path in listed.split("\0") if path]


def _stages(git: Git, path: str) -> set[int]:
    listed = git.run("ls-files", "-u", "-z", "--", path).stdout
    return {int(entry.split()[2]) for entry in listed.split("\0") if entry.strip()}


def _blob(git: Git, stage: int, path: str) -> bytes:
    return git.blob(f":{stage}:{path}")


def _settle(git: Git, locations: Locations, path: str, today: dt.date) -> dict[str, str]:
    stages = _stages(git, path)
    if {2, 3} <= stages:
        match = _PROFILE.fullmatch(path)
        if match and 1 in stages:
            settled = _merge_profile(git, locations, path, match["slug"], today)
            if settled is not None:
                return settled
        return _keep_both(git, locations, path)
    kept_stage = 2 if 2 in stages else 3
    target = locations.notes_dir / path
    _write(target, _blob(git, kept_stage, path))
    git.run("add", "--", path)
    where = "here" if kept_stage == 2 else "on the other device"
    return {
        "path": path,
        "resolution": "kept",
        "message": f"{path}: changed {where} and removed on the other side; kept the changed one.",
    }


def _keep_both(git: Git, locations: Locations, path: str) -> dict[str, str]:
    theirs_id = git.out("rev-parse", "--short", "MERGE_HEAD") or "remote"
    beside = f"{path}.sync-conflict-{theirs_id}"
    _write(locations.notes_dir / path, _blob(git, 2, path))
    _write(locations.notes_dir / beside, _blob(git, 3, path))
    git.run("add", "--", path, beside)
    return {
        "path": path,
        "resolution": "both_kept",
        "beside": beside,
        "message": f"{path} was changed on both devices: this device's is kept, the other's is "
        f"beside it as {beside}; compare them and keep one.",
    }


def _write(target: Any, data: bytes) -> None:
    from grow_cli.store.atomic import write_replacing_bytes
    from grow_cli.store.paths import ensure_private_dir

    ensure_private_dir(target.parent)
    write_replacing_bytes(target, data)


def _merge_profile(
    git: Git, locations: Locations, path: str, slug: str, today: dt.date
) -> dict[str, str] | None:
    """person.toml changed on both sides: field by field; None when a side cannot be read."""
    import tomli_w
    from pydantic import ValidationError

    from grow_cli.domain.field_merge import merge_fields
    from grow_cli.domain.models import Person
    from grow_cli.store.toml_text import TomlError, loads

    try:
        base, ours, theirs = (loads(_blob(git, stage, path).decode()) for stage in (1, 2, 3))
    except (TomlError, UnicodeDecodeError, ValueError):
        return None
    ours_time, theirs_time = (_changed_at(git, side, path) for side in ("HEAD", "MERGE_HEAD"))
    ours_newer = ours_time > theirs_time  # a tie goes to the remote's, which others already have
    merged, conflicts = merge_fields(base, ours, theirs, ours_newer=ours_newer)
    try:
        person = Person.model_validate(merged)
    except ValidationError:
        return None
    _write(locations.notes_dir / path, _profile_bytes(person))
    added = [path]
    if conflicts:
        record = _record(git, conflicts, ours_newer, today)
        conflicts_path = f"people/{slug}/{CONFLICTS_FILE}"
        target = locations.notes_dir / conflicts_path
        before = target.read_bytes() if target.is_file() else b""
        text = tomli_w.dumps({"conflict": record}).encode()
        _write(target, before + (b"\n" if before else b"") + text)
        added.append(conflicts_path)
    git.run("add", "--", *added)
    fields = ", ".join(conflict.field for conflict in conflicts)
    told = (
        f"; {fields} edited on both, the newer kept, the other value recorded in "
        f"people/{slug}/{CONFLICTS_FILE}"
        if conflicts
        else ""
    )
    return {
        "path": path,
        "resolution": "fields_merged",
        "message": f"person {slug}: edits from both devices merged field by field{told}.",
    }


def _profile_bytes(person: Any) -> bytes:
    import tomli_w

    return tomli_w.dumps(person.model_dump(mode="python", exclude_none=True)).encode()


def _changed_at(git: Git, side: str, path: str) -> int:
    return int(git.out("log", "-1", "--format=%ct", side, "--", path) or 0)


def _record(git: Git, conflicts: list[Any], ours_newer: bool, today: dt.date) -> list[Any]:
    here = git.out("log", "-1", "--format=%h %an %cs", "HEAD") or "this device"
    there = git.out("log", "-1", "--format=%h %an %cs", "MERGE_HEAD") or "the remote"
    kept_from, other_from = (here, there) if ours_newer else (there, here)
    return [
        {
            "merged_on": today,
            "field": conflict.field,
            "kept": _shown(conflict.kept),
            "kept_from": kept_from,
            "other": _shown(conflict.other),
            "other_from": other_from,
        }
        for conflict in conflicts
    ]


def _shown(value: Any) -> Any:
    return "(not set)" if value is None else value
