"""Editing a note (issue 3): `grow edit NOTE` opens its front matter in $EDITOR, checks it on
save, writes it atomically with its body made again; and `grow show` / `grow prep` warn about a
body edited by hand, which grow never reads."""

from __future__ import annotations

import datetime as dt
import re
import shlex
import shutil
import stat
import sys
from pathlib import Path
from typing import Any

import pytest

from conftest import DATA, EXAMPLES
from folders import (
    ALEX_DAMAGED,
    coach_from_example,
    coaching_answers,
    example_folder,
    run_json,
    write_note,
)
from grow_cli.ui import render
from interactive import NO, YES, Converse, front

SLUG = "alex-kim"
NOTE = f"{SLUG}/2026-11-22-coaching"
HAND_EDITED = "its text was edited by hand"


@pytest.fixture
def note_path(grow: Any, notes_dir: Path) -> Path:
    """Alex, and a coaching conversation today whose topic is 'Run 3 of the pilot'."""
    assert grow("person", "add", "Alex Kim").exit_code == 0
    answers = coaching_answers(topic="Run 3 of the pilot")
    result = grow("coach", SLUG, "--answers", "-", input=answers)
    assert result.exit_code == 0, result.output
    return notes_dir / "people" / SLUG / "2026-11-22-coaching.md"


@pytest.fixture
def use_editor(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Any:
    """use_editor(code): $EDITOR becomes a Python script running `code` with `path` (the file
    to edit) and `text` (its contents) defined; it needs no terminal."""
    monkeypatch.delenv("VISUAL", raising=False)
    count = iter(range(1000))

    def make(code: str, variable: str = "EDITOR") -> Path:
        script = tmp_path / f"editor-{next(count)}.py"
        script.write_text(
            "import pathlib, sys\npath = pathlib.Path(sys.argv[-1])\n"
            f"text = path.read_text(encoding='utf-8')\n{code}\n",
            encoding="utf-8",
        )
        command = f"{shlex.quote(sys.executable)} {shlex.quote(str(script))} --wait"
        monkeypatch.setenv(variable, command)
        return script

    return make


def replacing(old: str, new: str) -> str:
    return f"path.write_text(text.replace({old!r}, {new!r}), encoding='utf-8')"


def edit_body(path: Path, old: str, new: str) -> None:
    """Change words in a note's body only, as a person in their editor would."""
    head, delimiter, body = path.read_text(encoding="utf-8").partition("\n+++\n")
    assert old in body
    path.write_text(head + delimiter + body.replace(old, new), encoding="utf-8")


def body_of(path: Path) -> str:
    return path.read_text(encoding="utf-8").partition("\n+++\n")[2]


def test_a_hand_edited_body_is_flagged_and_grow_edit_makes_it_true(
    grow: Any, note_path: Path, use_editor: Any, notes_dir: Path
) -> None:
    edit_body(note_path, "Run 3", "Run 4")
    shown = grow("show", NOTE)
    assert shown.exit_code == 0
    assert "Run 3" in shown.stdout  # grow reads the front matter
    warning = (
        f"grow: warning: {NOTE}: its text was edited by hand; grow reads the front matter (TOML "
        f"between +++), so the edit shows nowhere. Use 'grow edit {NOTE}' to change what was said."
    )
    assert warning in shown.stderr
    prep = grow("prep", SLUG)
    assert prep.exit_code == 0 and warning in prep.stderr
    topics = [m["text"] for m in run_json(grow, "search", "pilot")[0]["matches"]]
    assert topics == ["Run 3 of the pilot"]

    use_editor(replacing('topic = "Run 3 of the pilot"', 'topic = "Run 4 of the pilot"'))
    result = grow("edit", NOTE)
    assert result.exit_code == 0, result.output
    assert f"Saved {note_path}" in result.stdout
    assert front(note_path)["topic"] == "Run 4 of the pilot"
    assert "**Topic:** Run 4 of the pilot" in body_of(note_path)
    assert "Run 3" not in note_path.read_text()
    assert stat.S_IMODE(note_path.stat().st_mode) == 0o600
    shown = grow("show", NOTE)
    assert "Run 4" in shown.stdout and HAND_EDITED not in shown.stderr
    prep = grow("prep", SLUG)
    assert "Run 4" in prep.stdout and HAND_EDITED not in prep.stderr
    topics = [m["text"] for m in run_json(grow, "search", "pilot")[0]["matches"]]
    assert topics == ["Run 4 of the pilot"]
    # The note as it was is kept, hand edit and all.
    earlier = notes_dir / ".grow" / "edited" / "people" / SLUG / "2026-11-22-coaching.md"
    assert "Run 4" in body_of(earlier) and front(earlier)["topic"] == "Run 3 of the pilot"
    assert not list((notes_dir / ".grow" / "editing").iterdir())


def test_an_edit_changes_only_what_was_changed(grow: Any, note_path: Path, use_editor: Any) -> None:
    before = note_path.read_text()
    use_editor(replacing("Draft the first one this Thursday", "Draft the first one on Wednesday"))
    assert grow("edit", str(note_path)).exit_code == 0  # a path works as well as an id
    after = note_path.read_text()
    changed = [
        (old, new)
        for old, new in zip(before.splitlines(), after.splitlines(), strict=True)
        if old != new
    ]
    assert changed == [
        (
            'will = "Draft the first one this Thursday"',
            'will = "Draft the first one on Wednesday"',
        ),
        (
            "**Will.** Draft the first one this Thursday",
            "**Will.** Draft the first one on Wednesday",
        ),
    ]


def test_nothing_changed_saves_nothing(
    grow: Any, note_path: Path, use_editor: Any, notes_dir: Path
) -> None:
    before = note_path.read_bytes()
    use_editor("pass")
    result = grow("edit", NOTE)
    assert result.exit_code == 0, result.output
    assert result.stdout == "No change.\n"
    assert note_path.read_bytes() == before
    assert not (notes_dir / ".grow" / "edited").exists()
    # A comment added is no change to the note either.
    use_editor("path.write_text(text + '# a thought\\n', encoding='utf-8')")
    assert grow("edit", NOTE).stdout == "No change.\n"
    assert note_path.read_bytes() == before


def test_no_change_to_the_front_matter_makes_a_hand_edited_body_again(
    grow: Any, note_path: Path, use_editor: Any
) -> None:
    before = note_path.read_text()
    edit_body(note_path, "Run 3", "Run 4")
    use_editor("pass")
    result = grow("edit", NOTE)
    assert result.exit_code == 0, result.output
    assert "No change to the front matter" in result.stdout
    assert note_path.read_text() == before
    assert HAND_EDITED not in grow("show", NOTE).stderr


def test_every_problem_is_named_and_nothing_is_saved(
    grow: Any, note_path: Path, use_editor: Any, notes_dir: Path
) -> None:
    before = note_path.read_bytes()
    use_editor(
        "path.write_text(text.replace('focus = \"performance\"', 'focus = \"speed\"')"
        ".replace('confidence = 8', 'confidence = 11'), encoding='utf-8')"
    )
    result = grow("edit", NOTE)
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    lines = result.stderr.splitlines()
    assert lines[0] == "grow: error: people/alex-kim/2026-11-22-coaching.md was not changed:"
    assert "  - focus: must be one of: performance, development, career" in lines
    assert "  - actions[1].confidence: must be at most 10" in lines
    assert note_path.read_bytes() == before
    kept = next((notes_dir / ".grow" / "editing").iterdir())
    assert f"your text is kept in {kept}" in result.stderr
    assert 'focus = "speed"' in kept.read_text()
    assert stat.S_IMODE(kept.stat().st_mode) == 0o600


def test_a_broken_toml_names_its_line(grow: Any, note_path: Path, use_editor: Any) -> None:
    use_editor(replacing('kind = "coaching"', 'kind = "coaching'))
    result = grow("edit", NOTE)
    assert result.exit_code == 1
    text = (Path(result.stderr.rsplit("kept in ", 1)[1].strip().rstrip("."))).read_text()
    line = text.splitlines().index('kind = "coaching') + 1
    assert f"line {line}: invalid TOML" in result.stderr


def test_id_kind_and_person_stay(grow: Any, note_path: Path, use_editor: Any) -> None:
    assert grow("person", "add", "Sam Lee").exit_code == 0
    use_editor(
        "path.write_text(text.replace('kind = \"coaching\"', 'kind = \"feedback\"')"
        ".replace('person = \"alex-kim\"', 'person = \"sam-lee\"')"
        f".replace('id = \"{NOTE}\"', 'id = \"sam-lee/mine\"'), encoding='utf-8')"
    )
    before = note_path.read_bytes()
    result = grow("edit", NOTE)
    assert result.exit_code == 1
    assert "kind: stays 'coaching'" in result.stderr
    assert "person: stays 'alex-kim': the note lies in people/alex-kim/" in result.stderr
    assert f"id: stays '{NOTE}'" in result.stderr
    assert note_path.read_bytes() == before


def test_an_item_a_later_check_in_updates_cannot_disappear(
    grow: Any, note_path: Path, use_editor: Any
) -> None:
    done = f'[[updates]]\nref = "{NOTE}#a1"\nstatus = "done"\n'
    assert grow("checkin", SLUG, "--answers", "-", input=done).exit_code == 0
    use_editor(
        "head, _, rest = text.partition('[[actions]]')\n"
        "path.write_text(head + rest.partition('[[support]]')[2] if '[[support]]' in rest "
        "else head, encoding='utf-8')"
    )
    result = grow("edit", NOTE)
    assert result.exit_code == 1
    assert f"{NOTE}#a1: {SLUG}/2026-11-22-checkin refers to it, so it stays" in result.stderr


def test_an_action_added_gets_an_id_of_its_own(grow: Any, note_path: Path, use_editor: Any) -> None:
    added = '\n[[actions]]\ntext = "Book the review room by Tuesday"\ndue = 2026-11-24\n'
    use_editor(f"path.write_text(text + {added!r}, encoding='utf-8')")
    result = grow("edit", NOTE)
    assert result.exit_code == 0, result.output
    assert [a["id"] for a in front(note_path)["actions"]] == [f"{NOTE}#a1", f"{NOTE}#a2"]
    assert "Book the review room by Tuesday (due 2026-11-24)" in body_of(note_path)
    items = run_json(grow, "actions", SLUG)
    assert f"{NOTE}#a2" in [item["id"] for item in items]


def test_a_date_after_today_is_refused(grow: Any, note_path: Path, use_editor: Any) -> None:
    use_editor(replacing("date = 2026-11-22", "date = 2026-12-01"))
    result = grow("edit", NOTE)
    assert result.exit_code == 1
    assert "date: 2026-12-01 is after today" in result.stderr


def test_at_a_terminal_the_editor_opens_again_on_a_problem(
    converse: Converse, note_path: Path, use_editor: Any, tmp_path: Path
) -> None:
    marker = tmp_path / "opened-once"
    seen = tmp_path / "seen-second-time.toml"
    use_editor(
        f"marker = pathlib.Path({str(marker)!r})\n"
        "if not marker.exists():\n"
        "    marker.write_text('')\n"
        "    path.write_text(text.replace('focus = \"performance\"', 'focus = \"speed\"'), "
        "encoding='utf-8')\n"
        "else:\n"
        f"    pathlib.Path({str(seen)!r}).write_text(text, encoding='utf-8')\n"
        "    path.write_text(text.replace('focus = \"speed\"', 'focus = \"development\"'), "
        "encoding='utf-8')\n"
    )
    run = converse("edit", NOTE, keys=YES)
    assert run.exit_code == 0, run.stdout + run.stderr
    assert "focus: must be one of" in run.stderr
    assert "Open the editor again to fix it?" in run.screen
    # The second time, the problem is at the top and the text is as it was left.
    reopened = seen.read_text()
    assert "# grow could not save this:" in reopened and 'focus = "speed"' in reopened
    assert front(note_path)["focus"] == "development"
    assert "**Focus:** development" in body_of(note_path)


def test_at_a_terminal_declining_saves_nothing(
    converse: Converse, note_path: Path, use_editor: Any
) -> None:
    before = note_path.read_bytes()
    use_editor(replacing('focus = "performance"', 'focus = "speed"'))
    run = converse("edit", NOTE, keys=NO)
    assert run.exit_code == 1
    assert "was not changed" in run.stderr and "your text is kept in" in run.stderr
    assert note_path.read_bytes() == before


def test_an_editor_that_cannot_start_is_one_line(
    grow: Any, note_path: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, notes_dir: Path
) -> None:
    monkeypatch.delenv("VISUAL", raising=False)
    monkeypatch.setenv("EDITOR", str(tmp_path / "no-such-editor") + " --wait")
    result = grow("edit", NOTE)
    assert result.exit_code == 1
    assert result.stderr.count("\n") == 1
    assert "did not run" in result.stderr and "Nothing was saved" in result.stderr
    assert not list((notes_dir / ".grow" / "editing").iterdir())


def test_visual_comes_before_editor(
    grow: Any, note_path: Path, use_editor: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    use_editor(replacing("Run 3", "Run 5"), variable="VISUAL")
    monkeypatch.setenv("EDITOR", "false")
    assert grow("edit", NOTE).exit_code == 0
    assert front(note_path)["topic"] == "Run 5 of the pilot"


@pytest.mark.parametrize(
    "code",
    [
        "path.write_bytes(b'\\xff\\xfe\\x00binary' * 10)",
        "path.write_bytes(b'x = 1\\n' * 400_000)",
    ],
    ids=["binary", "huge"],
)
def test_a_binary_or_huge_file_is_refused(
    grow: Any, note_path: Path, use_editor: Any, code: str
) -> None:
    before = note_path.read_bytes()
    use_editor(code)
    result = grow("edit", NOTE)
    assert result.exit_code == 1
    assert "Traceback" not in result.output and "was not changed" in result.stderr
    assert note_path.read_bytes() == before


def test_a_damaged_note_is_mended(
    grow: Any, notes_dir: Path, use_editor: Any, empty_folder: Path
) -> None:
    path = write_note(
        notes_dir,
        ALEX_DAMAGED,
        'schema = 1\nkind = "feedback\ndate = 2026-11-21\nperson = "alex-kim"\n',
        "Written by hand.\n",
    )
    assert "skipped" in grow("history", SLUG).stderr
    use_editor(replacing('kind = "feedback\n', 'kind = "feedback"\n'))
    result = grow("edit", ALEX_DAMAGED)
    assert result.exit_code == 0, result.output
    assert front(path)["kind"] == "feedback"
    history = grow("history", SLUG)
    assert "skipped" not in history.stderr and f"{SLUG}/2026-11-21-feedback" in history.stdout


def test_an_unknown_note_is_not_found(grow: Any, empty_folder: Path, use_editor: Any) -> None:
    use_editor("pass")
    result = grow("edit", "alex-kim/2026-01-01-coaching")
    assert result.exit_code == 1 and "No note" in result.stderr


# The body check must not cry wolf: notes grow wrote and nobody changed never warn, whatever
# changed around them since (a name, a template copy, an item's words, whitespace).


def warnings_of(grow: Any, notes: Path) -> str:
    """The standard error of `grow show` on every note and `grow prep` on every person."""
    said = []
    for path in sorted(notes.glob("*/**/*.md")):
        said.append(grow("--notes", str(notes), "show", str(path)).stderr)
    people = notes / "people"
    for person in sorted(people.iterdir()) if people.is_dir() else []:
        said.append(grow("--notes", str(notes), "prep", person.name).stderr)
    return "".join(said)


@pytest.mark.parametrize("folder", ["schema1", "journal-month", "example"])
def test_notes_nobody_edited_never_warn(
    grow: Any, tmp_path: Path, notes_dir: Path, folder: str
) -> None:
    if folder == "example":
        notes = example_folder(grow, notes_dir)
    else:
        source = DATA / "schema1" / "notes" if folder == "schema1" else EXAMPLES / folder
        notes = tmp_path / folder
        shutil.copytree(source, notes)
    said = warnings_of(grow, notes)
    assert HAND_EDITED not in said
    assert "grow edit" not in said


def test_whitespace_a_new_name_or_a_template_copy_raise_no_warning(
    grow: Any, note_path: Path, notes_dir: Path
) -> None:
    text = note_path.read_text()
    note_path.write_text(text.replace("\n\n", "\n\n\n").rstrip("\n") + "  \n\n\n")
    (notes_dir / "people" / SLUG / "person.toml").write_text('name = "Alexandra Kim"\n')
    templates = notes_dir / "templates"
    templates.mkdir()
    shipped = (Path(str(EXAMPLES)).parent / "templates" / "note.md.j2").read_text()
    (templates / "note.md.j2").write_text(shipped.replace("## GROW", "## The conversation"))
    render._jinja.cache_clear()  # runs in one process share jinja's cache; grow starts afresh
    assert HAND_EDITED not in grow("show", NOTE).stderr  # saved before the copy was made
    # A note saved with the copy is checked against it.
    answers = coaching_answers(topic="Later")
    assert grow("coach", SLUG, "--answers", "-", input=answers).exit_code == 0
    later = note_path.with_name("2026-11-22-coaching-2.md")
    assert "## The conversation" in later.read_text()
    assert HAND_EDITED not in grow("show", f"{NOTE}-2").stderr
    edit_body(later, "Later", "Sooner")
    assert HAND_EDITED in grow("show", f"{NOTE}-2").stderr


def test_a_check_in_naming_an_item_whose_words_changed_raises_no_warning(
    grow: Any, note_path: Path, use_editor: Any
) -> None:
    done = f'[[updates]]\nref = "{NOTE}#a1"\nstatus = "done"\n'
    assert grow("checkin", SLUG, "--answers", "-", input=done).exit_code == 0
    use_editor(replacing("Send the sprint summary to the team by Friday", "Send the summary"))
    assert grow("edit", NOTE).exit_code == 0
    checkin = f"{SLUG}/2026-11-22-checkin"
    assert HAND_EDITED not in grow("show", checkin).stderr
    assert HAND_EDITED not in grow("prep", SLUG).stderr


def test_a_ticked_box_in_the_body_is_flagged_by_prep_which_checks_only_what_it_shows(
    grow: Any, note_path: Path, notes_dir: Path
) -> None:
    edit_body(note_path, "- Send the sprint summary", "- [x] Send the sprint summary")
    assert grow("person", "add", "Priya Shah").exit_code == 0
    priya = coach_from_example(grow, "Priya Shah", "development", dt.date(2026, 11, 21))
    edit_body(priya, "## GROW", "## Grow")
    result = grow("prep", SLUG)
    assert f"{NOTE}: {HAND_EDITED}" in result.stderr
    assert result.stderr.count(HAND_EDITED) == 1  # Priya's note is not on Alex's sheet
    assert HAND_EDITED in grow("prep", "priya-shah").stderr


def test_a_body_saved_with_the_older_check_boxes_is_not_taken_for_a_hand_edit(
    grow: Any, note_path: Path
) -> None:
    body = body_of(note_path)
    assert "\n- Send the sprint summary" in body
    older = re.sub(
        r"(## (?:Actions|Support I committed to)\n\n?)((?:- .*\n)+)",
        lambda m: m[1] + re.sub(r"(?m)^- ", "- [ ] ", m[2]),
        body,
    )
    assert older != body and "- [ ] Send the sprint summary" in older
    edit_body(note_path, body, older)
    assert HAND_EDITED not in grow("prep", SLUG).stderr
    assert HAND_EDITED not in grow("show", NOTE).stderr
    edit_body(note_path, "- [ ] Send the sprint summary", "- [x] Send the sprint summary")
    assert HAND_EDITED in grow("prep", SLUG).stderr  # a ticked box is still a hand edit
