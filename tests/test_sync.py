"""grow sync: two clones of a bare repository on local disk, as two devices of one manager.

git is the real one. No test sets a git identity for grow: it must commit without one (the
"grow on <host>" fallback); commit times are fixed with GIT_COMMITTER_DATE where "newer" counts.
"""

from __future__ import annotations

import json
import subprocess
import tomllib
from pathlib import Path

import pytest

from conftest import EXAMPLES

FEEDBACK = (
    'topic = "Demo day"\n[[feedback]]\nsituation = "At Tuesday\'s demo"\n'
    'behavior = "Three stories were incomplete"\nimpact = "The team reworked them"\n'
)


@pytest.fixture(autouse=True)
def git_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    """git reads no system or user config and knows no identity: a fresh machine."""
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")
    for name in ("GIT_AUTHOR_NAME", "GIT_AUTHOR_EMAIL", "GIT_COMMITTER_NAME", "EMAIL"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.delenv("GIT_COMMITTER_EMAIL", raising=False)
    monkeypatch.delenv("GIT_DIR", raising=False)


def git(*args: str, cwd: Path) -> str:
    """git run by the test itself (never to commit)."""
    done = subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True, check=True)
    return done.stdout


@pytest.fixture
def bare(tmp_path: Path) -> Path:
    remote = tmp_path / "remote.git"
    subprocess.run(["git", "init", "-q", "--bare", str(remote)], check=True)
    return remote


@pytest.fixture
def devices(grow, tmp_path: Path, bare: Path):  # type: ignore[no-untyped-def]
    """Laptop A with Alex Kim, synced to the bare remote; laptop B cloned from it."""
    a, b = tmp_path / "a", tmp_path / "b"
    assert grow("--notes", str(a), "person", "add", "Alex Kim", "--role", "Engineer").exit_code == 0
    made = grow("--notes", str(a), "sync", "init", "--remote", str(bare))
    assert made.exit_code == 0, made.output
    cloned = grow("--notes", str(b), "sync", "init", "--remote", str(bare))
    assert cloned.exit_code == 0, cloned.output
    assert "Cloned" in cloned.output
    return a, b


def feedback(grow, folder: Path) -> str:  # type: ignore[no-untyped-def]
    result = grow("--notes", str(folder), "feedback", "alex-kim", "--answers", "-", input=FEEDBACK)
    assert result.exit_code == 0, result.output
    return next(line for line in result.output.splitlines() if line.startswith("Saved ")).split()[
        -1
    ]


def sync(grow, folder: Path, *extra: str):  # type: ignore[no-untyped-def]
    return grow("--notes", str(folder), "sync", *extra)


def test_notes_of_one_day_on_two_devices_never_clash(grow, devices) -> None:  # type: ignore[no-untyped-def]
    a, b = devices
    saved_a, saved_b = feedback(grow, a), feedback(grow, b)
    # Each device names its notes with its own id: same person, same day, two names.
    assert Path(saved_a).name != Path(saved_b).name
    assert Path(saved_a).name.startswith("2026-11-22-feedback-")
    for folder in (a, b, a):
        result = sync(grow, folder)
        assert result.exit_code == 0, result.output
    names_a = sorted(p.name for p in (a / "people" / "alex-kim").glob("*.md"))
    names_b = sorted(p.name for p in (b / "people" / "alex-kim").glob("*.md"))
    assert names_a == names_b == sorted([Path(saved_a).name, Path(saved_b).name])
    assert "sync-conflict" not in " ".join(p.name for p in (a / "people" / "alex-kim").iterdir())
    # Their ids resolve in every command, on both devices.
    history = json.loads(grow("--notes", str(b), "history", "alex-kim", "--json").output)
    ids = sorted(note["id"] for note in history)
    assert ids == sorted(f"alex-kim/{Path(p).stem}" for p in (saved_a, saved_b))
    for note_id in ids:
        assert grow("--notes", str(a), "show", note_id).exit_code == 0
    # The commit says what changed in names and slugs only, never the words of the note.
    log = git("log", "--format=%s%n%b%n%an", cwd=a)
    assert "grow: feedback with alex-kim (2026-11-22)" in log
    assert "Three stories" not in log and "grow on " in log


def test_an_unsynced_folder_keeps_todays_names(grow, notes_dir: Path) -> None:  # type: ignore[no-untyped-def]
    grow("person", "add", "Alex Kim")
    assert Path(feedback(grow, notes_dir)).name == "2026-11-22-feedback.md"
    assert Path(feedback(grow, notes_dir)).name == "2026-11-22-feedback-2.md"
    assert (notes_dir / ".grow" / ".gitignore").read_text().splitlines()[-1] == "*"


def test_a_coaching_note_and_its_thread_resolve_in_a_synced_folder(grow, devices) -> None:  # type: ignore[no-untyped-def]
    a, _ = devices
    result = grow(
        "--notes", str(a), "coach", "alex-kim", "--answers", str(EXAMPLES / "performance.toml")
    )
    assert result.exit_code == 0, result.output
    goals = json.loads(grow("--notes", str(a), "goals", "alex-kim", "--json").output)
    thread = goals[0]["id"]
    assert thread.startswith("alex-kim/2026-11-22-coaching-") and thread.endswith("#t1")
    assert grow("--notes", str(a), "show", thread).exit_code == 0
    note_id = thread.split("#")[0]
    assert grow("--notes", str(a), "show", f"{note_id}#a1").exit_code == 0


def test_a_person_edited_on_both_devices_merges_field_by_field(  # type: ignore[no-untyped-def]
    grow, devices, monkeypatch: pytest.MonkeyPatch
) -> None:
    a, b = devices
    # A edits role and style, B edits role and cadence; B's commit is the newer.
    grow(
        "--notes", str(a), "person", "edit", "alex-kim", "--role", "Team lead", "--style", "Direct"
    )
    monkeypatch.setenv("GIT_COMMITTER_DATE", "2026-11-22T09:00:00+00:00")
    assert sync(grow, a).exit_code == 0
    grow(
        "--notes",
        str(b),
        "person",
        "edit",
        "alex-kim",
        "--role",
        "Staff engineer",
        "--cadence",
        "14",
    )
    monkeypatch.setenv("GIT_COMMITTER_DATE", "2026-11-22T10:00:00+00:00")
    result = sync(grow, b, "--json")
    assert result.exit_code == 0, result.output
    done = json.loads(result.output)
    assert [c["resolution"] for c in done["conflicts"]] == ["fields_merged"]
    profile = tomllib.loads((b / "people/alex-kim/person.toml").read_text())
    # Each side's own change kept; the field both changed: the newer (B's).
    assert profile["role"] == "Staff engineer"
    assert profile["style"] == "Direct" and profile["cadence_days"] == 14
    record = tomllib.loads((b / "people/alex-kim/person.conflicts.toml").read_text())
    assert [(c["field"], c["kept"], c["other"]) for c in record["conflict"]] == [
        ("role", "Staff engineer", "Team lead")
    ]
    assert not (b / ".git" / "MERGE_HEAD").exists()
    assert sync(grow, a).exit_code == 0
    assert (a / "people/alex-kim/person.toml").read_text() == (
        b / "people/alex-kim/person.toml"
    ).read_text()
    assert (a / "people/alex-kim/person.conflicts.toml").is_file()
    shown = json.loads(grow("--notes", str(a), "person", "show", "alex-kim", "--json").output)
    assert shown["role"] == "Staff engineer"


def test_two_devices_settle_once_they_have_exchanged_everything(grow, devices) -> None:  # type: ignore[no-untyped-def]
    a, b = devices
    feedback(grow, a)
    feedback(grow, b)
    for folder in (a, b, a, b):
        assert sync(grow, folder).exit_code == 0
    commits = git("rev-list", "--count", "HEAD", cwd=a)
    for folder in (a, b, a, b):
        result = sync(grow, folder)
        assert result.exit_code == 0 and "Already in sync." in result.output, result.output
    assert git("rev-list", "--count", "HEAD", cwd=a) == commits  # no empty merges


def test_the_device_that_did_not_merge_hears_what_the_other_settled(  # type: ignore[no-untyped-def]
    grow, devices, monkeypatch: pytest.MonkeyPatch
) -> None:
    a, b = devices
    grow("--notes", str(a), "person", "edit", "alex-kim", "--role", "Team lead")
    monkeypatch.setenv("GIT_COMMITTER_DATE", "2026-11-22T09:00:00+00:00")
    assert sync(grow, a).exit_code == 0
    grow("--notes", str(b), "person", "edit", "alex-kim", "--role", "Staff engineer")
    monkeypatch.setenv("GIT_COMMITTER_DATE", "2026-11-22T10:00:00+00:00")
    assert sync(grow, b).exit_code == 0
    heard = sync(grow, a)
    assert heard.exit_code == 0
    assert "Another device merged edits made on both sides" in heard.output
    assert "people/alex-kim/person.toml" in heard.output


def test_a_note_edited_on_both_devices_keeps_both(grow, devices) -> None:  # type: ignore[no-untyped-def]
    a, b = devices
    saved = Path(feedback(grow, a))
    assert sync(grow, a).exit_code == 0 and sync(grow, b).exit_code == 0
    relative = saved.relative_to(a)
    (a / relative).write_text((a / relative).read_text() + "\nEdited on A.\n")
    (b / relative).write_text((b / relative).read_text() + "\nEdited on B.\n")
    assert sync(grow, a).exit_code == 0
    result = sync(grow, b)
    assert result.exit_code == 0, result.output
    assert "changed on both devices" in result.output
    beside = [p for p in (b / relative.parent).iterdir() if ".sync-conflict-" in p.name]
    assert len(beside) == 1 and "Edited on A." in beside[0].read_text()
    assert "Edited on B." in (b / relative).read_text()
    assert git("status", "--porcelain", cwd=b) == ""


def test_an_unreachable_remote_keeps_the_commit_and_a_later_sync_sends_it(  # type: ignore[no-untyped-def]
    grow, devices, bare: Path, tmp_path: Path
) -> None:
    a, b = devices
    saved = Path(feedback(grow, a))
    away = tmp_path / "away.git"
    bare.rename(away)  # the remote's disk unmounted, the network down
    result = sync(grow, a)
    assert result.exit_code == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "Cannot reach the remote" in lines[0]
    assert "does not appear to be a git repository" in lines[0]  # git's reason, not its advice
    assert "the next 'grow sync' sends them" in lines[0] and ".." not in lines[0]
    assert "feedback with alex-kim" in git("log", "-1", "--format=%s", cwd=a)
    assert saved.is_file()
    away.rename(bare)
    assert sync(grow, a).exit_code == 0
    assert sync(grow, b).exit_code == 0
    assert (b / saved.relative_to(a)).is_file()


def test_clone_into_an_empty_folder_and_refuse_a_full_one(
    grow, devices, bare: Path, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    _, b = devices
    assert (b / "people/alex-kim/person.toml").is_file()
    assert (b.stat().st_mode & 0o777) == 0o700
    assert ((b / "people/alex-kim/person.toml").stat().st_mode & 0o777) == 0o600
    full = tmp_path / "full"
    assert grow("--notes", str(full), "person", "add", "Sam Lee").exit_code == 0
    result = grow("--notes", str(full), "sync", "init", "--remote", str(bare))
    assert result.exit_code == 2
    assert len(result.stderr.strip().splitlines()) == 1
    assert "is not empty" in result.stderr and "already holds notes" in result.stderr
    assert not (full / ".git").exists()  # left as it was


def test_grow_never_commits_its_cache(grow, devices, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    a, b = devices
    feedback(grow, a)
    grow("--notes", str(a), "due")  # writes the index
    assert sync(grow, a).exit_code == 0
    for folder in (a, b):
        assert (folder / ".grow" / ".gitignore").is_file()
        assert not [p for p in git("ls-files", cwd=folder).splitlines() if ".grow" in p]
    assert (a / ".grow" / "device").is_file()


def test_auto_commit_after_each_write(
    grow, devices, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    a, _ = devices
    config = tmp_path / "config.toml"
    config.write_text("sync_auto_commit = true\n")
    monkeypatch.setenv("GROW_CONFIG", str(config))
    before = git("rev-parse", "HEAD", cwd=a)
    feedback(grow, a)
    assert git("status", "--porcelain", cwd=a) == ""
    assert "feedback with alex-kim" in git("log", "-1", "--format=%s", cwd=a)
    # Commits only: nothing was sent.
    assert git("rev-parse", "origin/main", cwd=a) == before
    status = json.loads(grow("--notes", str(a), "sync", "status", "--json").output)
    assert status["auto_commit"] is True and status["ahead"] == 1 and status["changes"] == []
    config.write_text('sync_auto_commit = "yes"\n')
    result = grow("--notes", str(a), "sync", "status")
    assert result.exit_code == 1 and "sync_auto_commit" in result.stderr


def test_status_names_what_is_not_committed(grow, devices) -> None:  # type: ignore[no-untyped-def]
    a, _ = devices
    feedback(grow, a)
    status = json.loads(grow("--notes", str(a), "sync", "status", "--json").output)
    assert status["synced"] is True and status["remote"] and status["branch"] == "main"
    assert [c["status"] for c in status["changes"]] == ["A"]
    assert git("status", "--porcelain", cwd=a).startswith("??")  # status staged nothing
    text = grow("--notes", str(a), "sync", "status").output
    assert "Not committed yet (1): feedback with alex-kim (2026-11-22)" in text


def test_sync_without_init_says_how_to_start(grow, notes_dir: Path) -> None:  # type: ignore[no-untyped-def]
    grow("person", "add", "Alex Kim")
    result = grow("sync")
    assert result.exit_code == 1 and "grow sync init" in result.stderr


def test_init_without_a_remote_commits_locally(grow, notes_dir: Path) -> None:  # type: ignore[no-untyped-def]
    grow("person", "add", "Alex Kim")
    result = grow("sync", "init")
    assert result.exit_code == 0, result.output
    assert git("ls-files", cwd=notes_dir).split() == ["people/alex-kim/person.toml"]
    result = grow("sync")
    assert result.exit_code == 0 and "No remote" in result.output
