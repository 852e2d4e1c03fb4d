"""SBI checks (issue 15, point 4): labels, absolutes and guessed intent each named with their own
reason, plain observations of work left alone, impacts that are only a feeling asked for a
consequence, and escalation counting only feedback that passed or was kept on purpose."""

from __future__ import annotations

import json
from typing import Any

import pytest

from grow_cli.domain.sbi import behavior_finding, impact_problem

LABELS = [
    "Was defensive when I raised the missed deadline",
    "Is a slacker on the support rota",
    "Seemed checked out for the whole retro",
    "You're so unprofessional with clients",
    "Sam was difficult in the planning meeting",
    "He is really negative in code reviews",
    "Not a team player during the incident",
    "You were brilliant in the demo",
]
ABSOLUTES = [
    "Always late to standup",
    "Never listens in our 1:1s",
    "Interrupts people constantly",
    "Misses the handover every single time",
    "Is on their phone all the time in meetings",
    "Left the handover to the last minute, as usual",
]
INTENTS = [
    "Was ignoring me in Slack all week",
    "Doesn't care about the test coverage",
    "Wanted to embarrass me in front of the client",
    "Left the bug in on purpose",
    "Was bored in the design review",
    "Couldn't be bothered to update the ticket",
    "Pushed your own design because you wanted the credit",
    "Was trying to get out of the call",
]
OBSERVATIONS = [
    "The code in the PR was difficult to review: 2,000 lines in one commit",
    "The PR description was hard to follow",
    "The build was slow on Tuesday",
    "Sent the release notes two days after the deadline",
    "Interrupted Sam twice while she presented the roadmap",
    "Pushed to main without a review three times this sprint",
    "Did not reply to my two messages on Tuesday",
    "Arrived 20 minutes late to three of the last four standups",
    "Said 'that is a stupid idea' when Priya proposed the rollback",
    'Told Jo "you always break the build" in front of the team',
    "Added defensive checks for empty input to every public function",
    "You were late to three of the last four standups",
]


@pytest.mark.parametrize("behavior", LABELS)
def test_labels_are_named(behavior: str) -> None:
    finding = behavior_finding(behavior)
    assert finding is not None and finding.problem == "label"
    assert finding.words in behavior.lower() and "describes the person" in finding.reason


@pytest.mark.parametrize("behavior", ABSOLUTES)
def test_absolutes_are_named(behavior: str) -> None:
    finding = behavior_finding(behavior)
    assert finding is not None and finding.problem == "absolute"
    assert f"'{finding.words}'" in finding.reason and "name the occasions" in finding.reason


@pytest.mark.parametrize("behavior", INTENTS)
def test_guessed_intent_is_named(behavior: str) -> None:
    finding = behavior_finding(behavior)
    assert finding is not None and finding.problem == "intent"
    assert "guesses at what they meant or felt" in finding.reason


@pytest.mark.parametrize("behavior", OBSERVATIONS)
def test_plain_observations_raise_nothing(behavior: str) -> None:
    assert behavior_finding(behavior) is None


def test_each_problem_has_its_own_reason() -> None:
    reasons = {
        behavior_finding(t).reason.split("' ", 1)[1] for t in (LABELS[0], ABSOLUTES[0], INTENTS[0])
    }  # type: ignore[union-attr]
    assert len(reasons) == 3


@pytest.mark.parametrize(
    "impact",
    [
        "People felt bad",
        "I was annoyed",
        "The team felt bad about it",
        "It was bad",
        "Customers were unhappy",
    ],
)
def test_an_impact_that_is_only_a_feeling_asks_for_a_consequence(impact: str) -> None:
    reason = impact_problem(impact)
    assert reason is not None and "what it led to" in reason


@pytest.mark.parametrize(
    "impact",
    [
        "The release slipped two days",
        "The client escalated to their VP",
        "Sam stopped sharing ideas in standup",
        "I felt frustrated and we had to redo the slides",
        "Two clients escalated to their account manager",
        "The team reworked three stories",
    ],
)
def test_an_impact_with_a_consequence_passes(impact: str) -> None:
    assert impact_problem(impact) is None


def sbi_note(behavior: str, impact: str, *, kept: bool = False) -> str:
    override = "sbi_override = true\n" if kept else ""
    return (
        'focus = "performance"\ntopic = "Demo day"\n[[feedback]]\nsituation = "At the demo"\n'
        f'behavior = "{behavior}"\nimpact = "{impact}"\n{override}'
    )


def test_a_scripted_feedback_warns_about_both_parts(grow: Any) -> None:
    assert grow("person", "add", "Alex Kim").exit_code == 0
    result = grow(
        "feedback", "alex-kim", "--answers", "-", input=sbi_note("Always late", "I was annoyed")
    )
    assert result.exit_code == 0
    assert "feedback[1].behavior: 'always' turns some occasions" in result.stderr
    assert "feedback[1].impact: The impact names only a feeling" in result.stderr
    kept = grow(
        "feedback",
        "alex-kim",
        "--answers",
        "-",
        input=sbi_note("Always late", "I was annoyed", kept=True),
    )
    assert kept.exit_code == 0 and kept.stderr == ""


def escalation_sbi(grow: Any) -> dict[str, Any]:
    data = json.loads(grow("escalation", "alex-kim", "--json").stdout)
    [question] = [q for q in data["questions"] if q["key"] == "sbi"]
    return dict(question)


def test_escalation_counts_only_feedback_that_passed_or_was_kept(grow: Any) -> None:
    assert grow("person", "add", "Alex Kim").exit_code == 0
    labelled = sbi_note("Was lazy about the stories", "Three stories slipped to next sprint")
    assert grow("feedback", "alex-kim", "--answers", "-", input=labelled).exit_code == 0
    question = escalation_sbi(grow)
    assert question["answer"] == "partly"
    assert any(
        "not counted" in e["detail"] and "a label" in e["detail"] for e in question["evidence"]
    )
    kept = sbi_note("Was lazy about the stories", "Three stories slipped", kept=True)
    assert grow("feedback", "alex-kim", "--answers", "-", input=kept).exit_code == 0
    question = escalation_sbi(grow)
    assert question["answer"] == "yes"
    assert any("kept with an override" in e["detail"] for e in question["evidence"])


# --- Issue 15, heldout5's SBI kinds, each with a near miss ---------------------------------------


@pytest.mark.parametrize(
    ("behavior", "problem"),
    [
        # A loaded word said of a thing someone set up is its technical sense ...
        ("You made the image thumbnails lazy so the gallery opens at once", None),
        ("You set the cron job to ignore weekends", None),
        ("You told the formatter to ignore the generated files", None),
        # ... said of the person it is still a label or a guess.
        ("You were lazy about the thumbnails", "label"),
        ("You ignored the formatter warnings I raised", "intent"),
        # Making someone look a way is a guess at intent, whoever they are.
        ("You wanted to make Ravi look slow in the review", "intent"),
        # Unbounded occasions.
        ("Whenever a ticket comes in you reassign it to Bo", "absolute"),
        ("You are late to every standup", "absolute"),
        (
            "You were late to every standup of that sprint",
            None,
        ),  # a bounded set: "You were late" is fact
        # A label with an intensifier, and praise of the person.
        ("You were super dismissive, and every time Ana spoke you looked away", "label"),
        ("You've been a real superstar this month", "label"),
    ],
)
def test_heldout5_behaviour_kinds(behavior: str, problem: str | None) -> None:
    found = behavior_finding(behavior)
    assert (found.problem if found else None) == problem, (behavior, found)


@pytest.mark.parametrize(
    ("impact", "ok"),
    [
        ("Search time fell from 900ms to 200ms", True),  # a number
        ("The vendor didn't renew the contract", True),  # what did not happen
        ("The auditor heard about it from the bank", True),  # an irregular past
        ("Finance now wants a sign-off on every invoice", True),  # how people work now
        ("There were no minutes, so the decision was re-argued", True),
        ("It didn't land well", False),  # a verdict worded as something that did not happen
        ("I felt like nobody had read the brief", False),  # a feeling's content
        ("It came across as careless", False),
        ("Honestly a waste of a morning", False),
        ("I was mortified", False),
        ("I was humiliated in front of the whole team", False),  # the audience of a feeling
        ("The energy in the room dropped", False),
        ("Nobody trusts the numbers", False),
    ],
)
def test_heldout5_impact_kinds(impact: str, ok: bool) -> None:
    assert (impact_problem(impact) is None) == ok, impact
