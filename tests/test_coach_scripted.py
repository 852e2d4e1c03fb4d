"""`grow coach` / `grow feedback` with answers files: the scripted twin of the conversation."""

from __future__ import annotations

import datetime as dt
import os
import tempfile
import tomllib
from pathlib import Path

import pytest

from conftest import EXAMPLES
from folders import GROW_ANSWERS, coaching_answers
from grow_cli.domain.dates import parse_date
from grow_cli.store import frontmatter

TODAY = dt.date(2026, 11, 22)
PEOPLE = {"performance": "Alex Kim", "development": "Priya Shah", "career": "Sam Lee"}


def front(path: Path) -> dict:  # type: ignore[type-arg]
    return frontmatter.parse(path.read_text(encoding="utf-8"))


def resolved(value: object) -> object:
    return parse_date(value, TODAY) if isinstance(value, str) else value


def saved_path(result) -> Path:  # type: ignore[no-untyped-def]
    line = next(line for line in result.stdout.splitlines() if line.startswith("Saved "))
    return Path(line.removeprefix("Saved "))


@pytest.mark.parametrize("focus", ["performance", "development", "career"])
def test_each_example_is_saved_as_exactly_the_answers_given(grow, focus: str) -> None:  # type: ignore[no-untyped-def]
    assert grow("person", "add", PEOPLE[focus]).exit_code == 0
    example = EXAMPLES / f"{focus}.toml"
    result = grow("coach", PEOPLE[focus], "--answers", str(example))
    assert result.exit_code == 0, result.output

    path = saved_path(result)
    slug = path.parent.name
    assert path.name == "2026-11-22-coaching.md"
    data = front(path)
    answers = tomllib.loads(example.read_text())
    note_id = f"{slug}/2026-11-22-coaching"
    assert (data["schema"], data["kind"], data["date"], data["person"], data["id"]) == (
        2,
        "coaching",
        TODAY,
        slug,
        note_id,
    )
    # A coaching conversation that names no thread opens one of its own.
    assert data["thread"] == f"{note_id}#t1"
    for key in ("focus", "topic", "tags"):
        assert data[key] == answers[key]
    assert data["next_checkin"] == resolved(answers["next_checkin"])
    assert {k: v for k, v in data["grow"].items() if k != "goal_smart"} == answers["grow"]
    assert data["grow"]["goal_smart"]["time_bound"] == "pass"
    assert data.get("feedback", []) == answers.get("feedback", [])
    for number, (saved, given) in enumerate(
        zip(data["actions"], answers["actions"], strict=True), start=1
    ):
        assert saved["id"] == f"{note_id}#a{number}" and saved["status"] == "open"
        assert saved["text"] == given["text"] and saved["owner"] == given["owner"]
        assert saved["relevant_to"] == given["relevant_to"]
        assert saved["confidence"] == given["confidence"]
        assert saved["smart"] == {
            "specific": "pass",
            "measurable": "pass",
            "achievable": "pass",
            "relevant": "pass",
            "time_bound": "pass",
        }
        if "due" in given:
            assert saved["due"] == resolved(given["due"])
    for saved, given in zip(data["support"], answers["support"], strict=True):
        assert saved["text"] == given["text"] and saved["due"] == resolved(given["due"])

    body = path.read_text().split("+++\n", 2)[2]
    assert f"with {PEOPLE[focus]}, 2026-11-22" in body
    assert "## Actions" in body and "\n- " + answers["actions"][0]["text"] in body
    assert "[ ]" not in body  # no check boxes, which other tools would show as never ticked
    assert "Next check-in: " in body


def test_due_left_out_is_read_from_the_action_text(grow, notes_dir: Path) -> None:  # type: ignore[no-untyped-def]
    grow("person", "add", "Alex Kim")
    result = grow("coach", "alex-kim", "--answers", str(EXAMPLES / "performance.toml"))
    actions = front(saved_path(result))["actions"]
    assert actions[1]["text"].endswith("by Friday") and actions[1]["due"] == dt.date(2026, 11, 27)


ANSWERS_NOT_SMART = """
focus = "performance"
topic = "Planning"
[grow]
goal = "Get better at planning soon"
[[actions]]
text = "Improve communication"
[[actions]]
text = "Send the sprint plan to the team every Monday by 10am"
relevant_to = "Team delivery"
confidence = 8
due = "eventually"
"""


def test_unsmart_answers_name_every_problem_and_keep_only_a_draft(grow, notes_dir: Path) -> None:  # type: ignore[no-untyped-def]
    grow("person", "add", "Alex Kim")
    result = grow("coach", "Alex Kim", "--answers", "-", input=ANSWERS_NOT_SMART)
    assert result.exit_code == 1
    error = result.stderr
    # Every problem on a line of its own, then how to go on.
    lines = error.splitlines()
    assert lines[0] == "grow: error: The note was not saved:"
    assert all(line.startswith("  - ") for line in lines[1:-1]) and len(lines) >= 4
    assert lines[1].startswith("  - grow: The goal 'Get better at planning soon' is not SMART")
    assert "set goal_smart_override = true in [grow]" in lines[1]  # the key that really works
    assert lines[-1].startswith("Nothing was saved.")
    assert "'soon'" in error
    assert "actions[1]: The action 'Improve communication' is not SMART" in error
    assert "actions[2].due:" in error and "eventually" in error
    assert "grow coach alex-kim --resume" in error
    assert list((notes_dir / "people" / "alex-kim").glob("*.md")) == []
    draft = notes_dir / ".grow" / "drafts" / "coaching-alex-kim.toml"
    assert tomllib.loads(draft.read_text())["answers"]["topic"] == "Planning"


def test_an_unsmart_action_can_be_kept_on_purpose(grow) -> None:  # type: ignore[no-untyped-def]
    grow("person", "add", "Alex Kim")
    answers = (
        f'focus = "development"\ntopic = "Voice"\n{GROW_ANSWERS}[[actions]]\n'
        'text = "Speak up more in meetings"\nsmart_override = true\n'
    )
    result = grow("coach", "alex-kim", "--answers", "-", input=answers)
    assert result.exit_code == 0, result.output
    action = front(saved_path(result))["actions"][0]
    assert action["smart_override"] is True
    assert action["smart"]["specific"] == "fail" and action["smart"]["time_bound"] == "fail"


def test_next_checkin_defaults_from_the_focus_and_cadence(grow) -> None:  # type: ignore[no-untyped-def]
    grow("person", "add", "Alex Kim", "--cadence", "10")
    for focus, expected in (("performance", 10), ("development", 28), ("career", 42)):
        result = grow("coach", "alex-kim", "--answers", "-", input=coaching_answers(focus, "t"))
        assert front(saved_path(result))["next_checkin"] == TODAY + dt.timedelta(days=expected)


def test_keys_grow_fills_in_are_refused(grow) -> None:  # type: ignore[no-untyped-def]
    grow("person", "add", "Alex Kim")
    result = grow(
        "coach",
        "alex-kim",
        "--answers",
        "-",
        input='kind = "journal"\nperson = "sam"\ntopic = "t"\n',
    )
    assert result.exit_code == 1
    assert "kind: is filled in by grow" in result.stderr
    assert "person: is filled in by grow" in result.stderr


def test_broken_answers_file_is_one_line(grow, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    grow("person", "add", "Alex Kim")
    bad = tmp_path / "a.toml"
    bad.write_text('topic = "unclosed\n')
    result = grow("coach", "alex-kim", "--answers", str(bad))
    assert result.exit_code == 1 and "a.toml, line 1: invalid TOML" in result.stderr
    missing = grow("coach", "alex-kim", "--answers", str(tmp_path / "nope.toml"))
    assert missing.exit_code == 2 and "No answers file at" in missing.stderr


def test_without_a_terminal_or_answers_it_exits_2_with_a_hint(grow) -> None:  # type: ignore[no-untyped-def]
    grow("person", "add", "Alex Kim")
    result = grow("coach", "alex-kim")
    assert result.exit_code == 2
    assert "this is not one" in result.stderr and "--answers FILE" in result.stderr
    assert "not a terminal" not in result.output
    # The hint names the installed examples folder: one a person can open, wherever grow is.
    shown = result.stderr.split("example answers files are in ", 1)[1].strip().removesuffix(".")
    assert (Path(shown) / "performance.toml").is_file()


def test_unknown_person_is_a_clear_error(grow) -> None:  # type: ignore[no-untyped-def]
    result = grow("coach", "Nobody Here", "--answers", str(EXAMPLES / "career.toml"))
    assert result.exit_code == 1
    # The name as typed: grow looks it up by more than the slug it would make.
    assert "No person 'Nobody Here'" in result.stderr and "grow person add" in result.stderr


def test_feedback_alone_and_a_judgement_is_flagged(grow) -> None:  # type: ignore[no-untyped-def]
    grow("person", "add", "Alex Kim")
    answers = (
        'topic = "Demo day"\n[[feedback]]\nsituation = "At Tuesday\'s demo"\n'
        'behavior = "You were lazy about the stories"\n'
        'impact = "The team reworked three stories"\n'
    )
    result = grow("feedback", "alex-kim", "--answers", "-", input=answers)
    assert result.exit_code == 0, result.output
    assert "feedback[1].behavior: 'lazy' describes the person" in result.stderr
    data = front(saved_path(result))
    assert data["kind"] == "feedback" and data["feedback"][0]["behavior"].startswith("You were")
    assert saved_path(result).name == "2026-11-22-feedback.md"


def test_user_template_overrides_the_bundled_one(grow, notes_dir: Path) -> None:  # type: ignore[no-untyped-def]
    grow("person", "add", "Alex Kim")
    (notes_dir / "templates").mkdir()
    (notes_dir / "templates" / "note.md.j2").write_text("My own layout: {{ note.topic }}\n")
    result = grow("coach", "alex-kim", "--answers", str(EXAMPLES / "performance.toml"))
    assert saved_path(result).read_text().endswith("\n\nMy own layout: Client ticket turnaround\n")


def test_every_demo_reuses_one_folder_emptied_first(  # type: ignore[no-untyped-def]
    grow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))

    def demo_folder() -> Path:
        result = grow("coach", "--demo")
        assert result.exit_code == 0, result.output
        return Path(result.stdout.split("The demo's notes folder is ")[1].split(";")[0])

    first = demo_folder()
    (first / "people" / "alex-kim" / "left-over.md").write_text("from the last demo")
    second = demo_folder()
    assert second == first and [p.name for p in tmp_path.glob("grow-demo-*")] == [first.name]
    assert sorted(p.name for p in (second / "people" / "alex-kim").iterdir()) == [
        "2026-11-22-coaching.md",
        "person.toml",
    ]
    listed = grow("--notes", str(second), "person", "list")
    assert listed.exit_code == 0 and "warning" not in listed.output


def test_a_demo_folder_grow_did_not_make_is_left_alone(  # type: ignore[no-untyped-def]
    grow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    someone_elses = tmp_path / f"grow-demo-{os.getuid()}"
    someone_elses.mkdir(mode=0o700)
    (someone_elses / "precious.txt").write_text("keep me")
    result = grow("coach", "--demo")
    assert result.exit_code == 0, result.output
    assert (someone_elses / "precious.txt").read_text() == "keep me"
    assert len(list(tmp_path.glob("grow-demo-*"))) == 2


def test_demo_without_a_terminal_plays_the_example_in_a_temporary_folder(
    grow, notes_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))  # keep the demo folder in the test's
    result = grow("coach", "--demo")
    assert result.exit_code == 0, result.output
    assert '+++\nschema = 2\nkind = "coaching"' in result.stdout
    assert "# Coaching conversation with Alex Kim" in result.stdout
    folder = Path(result.stdout.split("The demo's notes folder is ")[1].split(";")[0])
    assert folder.parent == tmp_path and folder.name.startswith("grow-demo-")
    assert (folder / "people" / "alex-kim" / "person.toml").exists()
    assert not notes_dir.exists() or not any((notes_dir / "people").glob("*"))
