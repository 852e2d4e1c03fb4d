"""`grow journal`: each mode through the real prompts and through answers files, Ctrl-C, resume."""

from __future__ import annotations

import datetime as dt
import tomllib
from pathlib import Path

from interactive import (  # the in-process prompt harness
    CTRL_C,
    ENTER,
    NO,
    Converse,
    front,
    keys,
    pick,
    saved_note,
    say,
)

GROW_MODE, REFLECTION, CAREER = 0, 1, 2
GOAL = "Give 3 talks at meetups by the end of next year"
ACTION = "Submit a talk proposal to the local Python meetup by Friday"


def grow_mode_keys() -> str:
    return keys(
        pick(GROW_MODE),
        say(GOAL),
        say("I have given one internal talk and froze on questions"),
        say("Practise with a friend"),
        say("Join a speaking club"),
        ENTER,
        say("Write the proposal this week"),
        say(ACTION),
        say("my speaking goal"),
        say("8"),  # no "By when?": the text has a date
        NO,  # another action?
    )


def test_grow_mode_saves_my_own_actions(converse: Converse, notes_dir: Path) -> None:
    run = converse("journal", keys=keys(grow_mode_keys(), say("speaking"), ENTER))
    assert run.exit_code == 0, run.stdout + run.stderr
    assert "Goal: what do I want to achieve, and by when?" in run.screen
    path = saved_note(run)
    assert path == notes_dir / "journal" / "2026-11-22-journal.md"
    note = front(path)
    assert note["kind"] == "journal" and note["mode"] == "grow" and "person" not in note
    assert note["grow"]["goal"] == GOAL
    assert note["grow"]["options"] == ["Practise with a friend", "Join a speaking club"]
    [action] = note["actions"]
    assert (action["owner"], action["due"], action["confidence"]) == (
        "self",
        dt.date(2026, 11, 27),
        8,
    )
    assert note["tags"] == ["speaking"]
    assert "Show the follow-up message" not in run.screen  # nobody to follow up with


def test_reflection_mode(converse: Converse) -> None:
    typed = keys(
        pick(REFLECTION),
        say("I cut Priya off in the review"),
        say("Apologised afterwards"),
        say("I rush when time is short"),
        say("Ask one question before giving my view"),
        ENTER,
        ENTER,
    )
    run = converse("journal", keys=typed)
    assert run.exit_code == 0, run.stdout + run.stderr
    assert "What does it tell me about myself?" in run.screen
    note = front(saved_note(run))
    assert note["mode"] == "reflection" and "grow" not in note and "actions" not in note
    assert note["reflection"] == {
        "what_happened": "I cut Priya off in the review",
        "what_i_did": "Apologised afterwards",
        "what_it_tells_me": "I rush when time is short",
        "what_ill_try": "Ask one question before giving my view",
    }


def test_career_mode_with_a_date_to_look_again(converse: Converse) -> None:
    typed = keys(
        pick(CAREER),
        say("Towards product management"),
        say("Talking to customers"),
        say("Owning a roadmap"),
        say("Shadow a product manager for a day"),
        ENTER,  # review_on: the suggested "in 3 months"
        ENTER,
        ENTER,
    )
    run = converse("journal", keys=typed)
    assert run.exit_code == 0, run.stdout + run.stderr
    career = front(saved_note(run))["career"]
    assert career["direction"] == "Towards product management"
    assert career["review_on"] == dt.date(2027, 2, 22)


def test_mode_given_on_the_command_line_is_not_asked(converse: Converse) -> None:
    typed = keys(say("x happened"), say("y"), say("z"), say("w"), ENTER, ENTER)
    run = converse("journal", "--mode", "reflection", keys=typed)
    assert run.exit_code == 0, run.stdout + run.stderr
    assert "What kind of entry is this?" not in run.screen
    assert front(saved_note(run))["reflection"]["what_happened"] == "x happened"


def test_ctrl_c_keeps_a_draft_and_resume_finishes(converse: Converse, notes_dir: Path) -> None:
    run = converse("journal", keys=keys(pick(REFLECTION), say("Missed the deadline"), CTRL_C))
    assert run.exit_code == 130
    assert "Continue with: grow journal --resume" in run.stderr
    draft = notes_dir / ".grow" / "drafts" / "journal-journal.toml"
    kept = tomllib.loads(draft.read_text())["answers"]
    assert kept["reflection"] == {"what_happened": "Missed the deadline"}

    resumed = converse(
        "journal",
        "--resume",
        keys=keys(
            say("Told the team late"),
            say("I avoid bad news"),
            say("Say it the same day"),
            ENTER,
            ENTER,
        ),
    )
    assert resumed.exit_code == 0, resumed.stdout + resumed.stderr
    reflection = front(saved_note(resumed))["reflection"]
    assert reflection["what_happened"] == "Missed the deadline"
    assert reflection["what_ill_try"] == "Say it the same day"
    assert not draft.exists()


def test_answers_files_for_each_mode(grow, notes_dir: Path) -> None:  # type: ignore[no-untyped-def]
    entries = {
        "grow": f'[grow]\ngoal = "{GOAL}"\nreality = "r"\noptions = ["o"]\nwill = "w"\n'
        f'[[actions]]\ntext = "{ACTION}"\nrelevant_to = "speaking"\nconfidence = 8\n',
        "reflection": '[reflection]\nwhat_happened = "a"\nwhat_i_did = "d"\n'
        'what_it_tells_me = "t"\nwhat_ill_try = "b"\n',
        "career": '[career]\ndirection = "product"\nstrengths = "s"\ndevelopment_areas = "d"\n'
        'next_step = "n"\nreview_on = "in 3 months"\n',
    }
    for mode, answers in entries.items():
        result = grow("journal", "--answers", "-", input=f'mode = "{mode}"\n{answers}')
        assert result.exit_code == 0, result.output
    saved = sorted((notes_dir / "journal").glob("*.md"), key=lambda p: (len(p.name), p.name))
    assert [front(p)["mode"] for p in saved] == ["grow", "reflection", "career"]
    assert front(saved[0])["actions"][0]["owner"] == "self"
    assert front(saved[2])["career"]["review_on"] == dt.date(2027, 2, 22)


def test_journal_needs_a_mode_and_a_terminal(grow) -> None:  # type: ignore[no-untyped-def]
    missing = grow("journal", "--answers", "-", input='[reflection]\nwhat_happened = "a"\n')
    assert missing.exit_code == 1 and "mode: is required" in missing.stderr
    assert grow("journal", "--mode", "diary").exit_code == 2
    no_tty = grow("journal")
    assert no_tty.exit_code == 2 and "--answers FILE" in no_tty.stderr
    shown = no_tty.stderr.split("example entries are in ", 1)[1].strip().removesuffix(".")
    assert (Path(shown) / "journal").is_dir()
