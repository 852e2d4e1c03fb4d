"""kill -9 in the middle of the interactive flows, in a real terminal (pexpect, the installed
grow), as `test_kill_9_mid_conversation_loses_only_the_answer_being_typed` does for `grow coach`:
the weekly check-in, a journal entry (GROW on my own goal, killed inside the open list of
options) and the journal's own check-in.

Each test answers some prompts, types half of the next answer, and kills grow with SIGKILL. Then:
every answer submitted is in the draft, the half-typed one is not; the next grow commands (a
reader, then `--resume`) leave no temp file behind, including one planted as the killed process
would have left it had the kill come mid-save (its pid is now a dead process's); and `--resume`
shows what is recorded and asks exactly the prompt that was being answered, then finishes.

Every step waits for its exact prompt text (expect_exact); nothing sleeps.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import tomllib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from grow_cli.store import frontmatter
from test_pty import GROW, TIMEOUT, Spawn, Step, answer, finish

pexpect = pytest.importorskip("pexpect")
pytestmark = [
    pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX pty"),
    pytest.mark.skipif(GROW is None, reason="the grow console script is not installed"),
]

ENTER, CTRL_U, UP = "\r", "\x15", "\x1b[A"
ALEX = "alex-kim"
COACHING = f"{ALEX}/2026-11-22-coaching"
THREAD = f"{COACHING}#t1"
ACTION = f"{COACHING}#a1"
GOAL = "Send the sprint summary to the team every Friday by 3 PM for the next 4 weeks"
COACHING_ANSWERS = f"""
focus = "performance"
topic = "Planning"

[measure]
what = "Summaries sent on time"
unit = "summaries"
baseline = 0
target = 4

[grow]
goal = "{GOAL}"
reality = "The summary goes out on Mondays, if at all"
options = ["Draft it on Thursday"]
will = "Draft the first one this Thursday"

[[actions]]
text = "Send the sprint summary to the team by Friday"
relevant_to = "Team planning"
confidence = 8
"""
JOURNAL_ENTRY = "journal/2026-11-22-journal"
JOURNAL_ANSWERS = """
mode = "grow"
topic = "Delegating"

[grow]
goal = "Hand the weekly report over to Priya by 30 November"
reality = "I write it myself every Friday"
options = ["Pair on one report first"]
will = "Book the pairing session on Monday"

[[actions]]
text = "Pair with Priya on the weekly report by Friday"
relevant_to = "Delegation"
confidence = 8

[[actions]]
text = "Write the report checklist by Thursday"
relevant_to = "Delegation"
confidence = 9
"""


@pytest.fixture
def pty_env(tmp_path: Path) -> dict[str, str]:
    """As in test_pty.py: a plain terminal, a fixed date, everything under tmp_path."""
    return {
        **os.environ,
        "TERM": "xterm-256color",
        "NO_COLOR": "1",
        "PROMPT_TOOLKIT_NO_CPR": "1",
        "COLUMNS": "100",
        "GROW_TODAY": "2026-11-22",
        "GROW_NOTES_DIR": str(tmp_path / "notes"),
        "GROW_CONFIG": str(tmp_path / "c.toml"),
        "HOME": str(tmp_path),
        "TMPDIR": str(tmp_path),
    }


@pytest.fixture
def spawn(pty_env: dict[str, str]) -> Iterator[Spawn]:
    """As in test_pty.py: the installed grow in a 40x100 pty, killed at teardown."""
    children: list[Any] = []

    def start(*args: str) -> Any:
        child = pexpect.spawn(
            GROW, list(args), env=pty_env, encoding="utf-8", dimensions=(40, 100), timeout=TIMEOUT
        )
        child.logfile_read = sys.stdout  # the transcript, shown by pytest when a test fails
        children.append(child)
        return child

    yield start
    for child in children:
        if child.isalive():
            child.terminate(force=True)


def grow_run(
    env: dict[str, str], *args: str, input: str | None = None
) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        [GROW, *args],
        env=env,
        input=input,
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        stdin=None if input is not None else subprocess.DEVNULL,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return result


def kill_9(child: Any) -> int:
    """SIGKILL the child, wait for it to end; its pid."""
    os.kill(child.pid, signal.SIGKILL)
    child.expect(pexpect.EOF)
    child.close()
    assert child.signalstatus == signal.SIGKILL
    return int(child.pid)


def drafts_dir(notes: Path) -> Path:
    return notes / ".grow" / "drafts"


def the_draft(notes: Path) -> Path:
    [draft] = [path for path in drafts_dir(notes).iterdir() if path.suffix == ".toml"]
    return draft


def plant_temp_of(pid: int, final: Path) -> Path:
    """The temp file a writer with this pid leaves when killed mid-save (store/atomic.py's name)."""
    from grow_cli.store.atomic import _HOST

    temp = final.parent / f".{final.name}.{_HOST}.{pid}.0.tmp"
    temp.write_text(final.read_text(encoding="utf-8") if final.exists() else "")
    return temp


def temp_files(notes: Path) -> list[str]:
    return sorted(str(p.relative_to(notes)) for p in notes.rglob("*.tmp"))


def front(path: Path) -> dict[str, Any]:
    return frontmatter.parse(path.read_text(encoding="utf-8"))


def new_note(folder: Path, before: set[Path]) -> Path:
    """The one note file in `folder` that was not there before."""
    [note] = set(folder.glob("*.md")) - before
    return note


def resume(spawn: Spawn, args: tuple[str, ...], recorded: list[str], prompt: str) -> Any:
    """`ARGS --resume`: what is recorded is shown, then the prompt the kill interrupted."""
    child = spawn(*args, "--resume")
    child.expect_exact("Already recorded")
    for line in recorded:
        child.expect_exact(line)
    child.expect_exact(prompt)
    return child


def test_kill_9_mid_checkin_keeps_every_submitted_answer(
    spawn: Spawn, pty_env: dict[str, str], tmp_path: Path
) -> None:
    notes = tmp_path / "notes"
    grow_run(pty_env, "person", "add", "Alex Kim")
    grow_run(pty_env, "coach", ALEX, "--answers", "-", input=COACHING_ANSWERS)
    submitted: list[Step] = [
        ("how helpful was your conversation", ENTER),  # their rating: skipped
        (f"How is it going with: {GOAL[:40]}", "Going well\r"),
        ("Summaries sent on time now (summaries)?", "2\r"),
        ("Where is it now?", UP + UP + ENTER),  # from "Not started yet" up to "Blocked"
        ("What is blocking it, and what would help?", "Waiting for the numbers\r"),
        ("Where does this goal stand now?", ENTER),  # "Still working on it"
    ]
    before = set((notes / "people" / ALEX).glob("*.md"))
    child = spawn("checkin", ALEX)
    answer(child, submitted)
    next_prompt = "When will you check in on this goal next?"
    child.expect_exact(next_prompt)
    child.send(CTRL_U + "in 2 we")  # half typed, never submitted
    pid = kill_9(child)

    draft = the_draft(notes)
    assert draft.name == f"checkin-{ALEX}.toml"
    kept = tomllib.loads(draft.read_text(encoding="utf-8"))["answers"]
    assert kept["progress"][THREAD]["how"] == "Going well"
    assert float(kept["progress"][THREAD]["reading"]) == 2
    assert kept["progress"][THREAD]["status"] == "active"
    assert "next_checkin" not in kept["progress"][THREAD]
    assert kept["review"][ACTION] == {"status": "blocked", "blocker": "Waiting for the numbers"}

    planted = [plant_temp_of(pid, draft), plant_temp_of(pid, notes / "people" / ALEX / "x.md")]
    grow_run(pty_env, "due")  # a reader: the dead writer's temp in the person's folder goes
    assert str(planted[1].relative_to(notes)) not in temp_files(notes)
    child = resume(
        spawn, ("checkin", ALEX), ["progress.", "how: Going well", "blocker: Waiting"], next_prompt
    )
    assert "How is it going with" not in child.before
    assert (
        "What is blocking it"
        not in child.before.split("Already recorded")[-1].split("blocker:")[-1]
    )
    child.send(CTRL_U + "in 2 weeks\r")
    answer(
        child,
        [
            ("Any new actions to agree?", "n"),
            ("Tags to find this again (comma separated, optional)", ENTER),
            ("Private notes, for you only", ENTER),
            ("Save this note?", ENTER),
        ],
    )
    child.expect_exact(f"Saved {notes / 'people' / ALEX}")
    answer(child, [("Show the follow-up message to send them?", "n")])
    assert finish(child) == 0
    note = new_note(notes / "people" / ALEX, before)
    assert temp_files(notes) == []  # the draft's folder swept when the draft was read
    assert not draft.exists()
    data = front(note)
    [update] = data["updates"]
    assert (update["ref"], update["status"], update["note"]) == (
        ACTION,
        "blocked",
        "Waiting for the numbers",
    )
    [progress] = data["progress"]
    assert progress["thread"] == THREAD and float(progress["reading"]) == 2
    assert str(progress["next_checkin"]) == "2026-12-06"  # typed after the resume


def test_kill_9_in_the_journals_open_list_keeps_the_options_given(
    spawn: Spawn, pty_env: dict[str, str], tmp_path: Path
) -> None:
    notes = tmp_path / "notes"
    notes.mkdir(mode=0o700)
    goal = "Give 3 talks at meetups by the end of next year"
    child = spawn("journal")
    answer(
        child,
        [
            ("What kind of entry is this?", ENTER),  # GROW on a goal of my own
            ("Goal: what do I want to achieve, and by when?", goal + "\r"),
            ("Reality: where am I now? What have I tried?", "I froze on questions\r"),
            ("empty to finish) #1", "Practise at the club\r"),
            ("empty to finish) #2", "Record myself\r"),
        ],
    )
    child.expect_exact("empty to finish) #3")
    child.send("Ask a frie")  # half typed
    pid = kill_9(child)

    draft = the_draft(notes)
    assert draft.name == "journal-journal.toml"
    kept = tomllib.loads(draft.read_text(encoding="utf-8"))["answers"]
    assert kept["mode"] == "grow"
    assert kept["grow"]["goal"] == goal and kept["grow"]["reality"] == "I froze on questions"
    options = kept.get("grow", {}).get("options") or kept["_redo"]["grow"]["options"]
    assert options == ["Practise at the club", "Record myself"]
    assert "Ask a frie" not in draft.read_text(encoding="utf-8")

    planted = plant_temp_of(pid, draft)
    child = resume(spawn, ("journal",), [f"grow.goal: {goal}"], "empty to finish) #1")
    assert not planted.exists()  # swept when the draft was read
    assert "Reality: where am I now?" not in child.before
    # The options given before the kill are offered again, each kept with Enter; then the list
    # ends where the kill came, and the will is asked.
    child.expect_exact("Practise at the club")  # #1's default
    child.send(ENTER)
    child.expect_exact("empty to finish) #2")
    child.expect_exact("Record myself")
    child.send(ENTER)
    child.expect_exact("empty to finish) #3")
    child.send(ENTER)
    child.expect_exact("Will: what will I do first?")
    child.send("Book the club's next open mic\r")
    answer(
        child,
        [
            (
                "Action: what exactly will I do?",
                "Submit 1 talk proposal to the December meetup by Friday\r",
            ),
            ("What does it serve (a goal of mine, my development)?", "Speaking\r"),
            ("How sure am I that I can do it, 1 to 10?", "7\r"),
            ("Add another action?", "n"),
            ("Tags to find this again (comma separated, optional)", ENTER),
            ("Save this note?", ENTER),
        ],
    )
    child.expect_exact(f"Saved {notes / 'journal'}")
    assert finish(child) == 0
    assert temp_files(notes) == []
    data = front(new_note(notes / "journal", set()))
    assert data["grow"]["options"] == ["Practise at the club", "Record myself"]
    assert data["grow"]["reality"] == "I froze on questions"
    assert [action["owner"] for action in data["actions"]] == ["self"]


def test_kill_9_mid_journal_checkin_keeps_the_items_reviewed(
    spawn: Spawn, pty_env: dict[str, str], tmp_path: Path
) -> None:
    notes = tmp_path / "notes"
    notes.mkdir(mode=0o700)
    grow_run(pty_env, "journal", "--answers", "-", input=JOURNAL_ANSWERS)
    before = set((notes / "journal").glob("*.md"))
    child = spawn("journal", "checkin")
    answer(
        child,
        [
            # Earliest due first. From "Not started yet" up to "Done", then to "Blocked".
            ("Action: Write the report checklist", UP * 4 + ENTER),
            ("Action: Pair with Priya", UP + UP + ENTER),
        ],
    )
    blocker = "What is blocking it, and what would help?"
    child.expect_exact(blocker)
    child.send("No time this w")  # half typed
    pid = kill_9(child)

    draft = the_draft(notes)
    kept = tomllib.loads(draft.read_text(encoding="utf-8"))["answers"]
    assert kept["review"] == {
        f"{JOURNAL_ENTRY}#a2": {"status": "done"},
        f"{JOURNAL_ENTRY}#a1": {"status": "blocked"},
    }
    planted = plant_temp_of(pid, notes / JOURNAL_ENTRY.replace("journal/", "journal/x-"))
    grow_run(pty_env, "journal", "list")  # a reader of the journal folder
    assert not planted.exists()
    child = resume(spawn, ("journal", "checkin"), ["status: done"], blocker)
    child.send("No time this week; block an hour on Monday\r")
    answer(
        child,
        [
            ("Tags to find this again (comma separated, optional)", ENTER),
            ("Save this note?", ENTER),
        ],
    )
    child.expect_exact(f"Saved {notes / 'journal'}")
    assert finish(child) == 0
    assert temp_files(notes) == [] and not draft.exists()
    note = new_note(notes / "journal", before)
    updates = {u["ref"]: (u["status"], u.get("note", "")) for u in front(note)["updates"]}
    assert updates == {
        f"{JOURNAL_ENTRY}#a2": ("done", ""),
        f"{JOURNAL_ENTRY}#a1": ("blocked", "No time this week; block an hour on Monday"),
    }
