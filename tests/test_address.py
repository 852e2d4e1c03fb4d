"""Saying a note's words to the person (domain/address.py), for the follow-up message: their
name becomes "you", an action "You'll ...", your support "I'll ...", SBI one plain sentence."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from grow_cli.domain.address import (
    i_will,
    lower_first,
    names_of,
    sbi_sentence,
    sentence,
    to_you,
    you_will,
)

ALEX = names_of("Alex Kim")


def test_names_of() -> None:
    assert names_of("Alex Kim") == ("Alex Kim", "Alex")
    assert names_of("Priya") == ("Priya",)
    assert names_of("  Zoë   van  Dijk ") == ("Zoë van Dijk", "Zoë")
    assert names_of("") == () and names_of(None) == ()


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("Alex answers tickets late in the day.", "You answer tickets late in the day."),
        ("Alex Kim is late and Alex's manager knows", "You are late and your manager knows"),
        ("Alex always answers late", "You always answer late"),
        ("When Alex tries, it works", "When you try, it works"),
        (
            "Alex watches the queue and Alex misses nothing",
            "You watch the queue and you miss nothing",
        ),
        ("Alex doesn't ask for help", "You don't ask for help"),
        ("Alex answered late", "You answered late"),  # a past verb stays as it is
        ("Alex will send it", "You will send it"),
        ("Sam paired with Alex on tickets", "Sam paired with you on tickets"),
        ("We gave Alex tickets", "We gave you tickets"),  # not the subject: the noun stays
        ("In Alex's demo", "In your demo"),
        ("Alexander is someone else", "Alexander is someone else"),  # whole names only
        ("alex in lower case is not the name", "alex in lower case is not the name"),
        ("Sam asks", "Sam asks"),
        # A verb whose subject is left out follows it, in that sentence only.
        (
            "Alex leads well but has not run one yet. Sam is new and is shy.",
            "You lead well but have not run one yet. Sam is new and is shy.",
        ),
        ("Alex answers quickly and Sam is slow", "You answer quickly and Sam is slow"),
        # he, she, him, her, his: who they mean is not known, so the words stay as typed.
        ("Alex leads well inside her own team", "Alex leads well inside her own team"),
        ("Sam said he would pair with Alex", "Sam said he would pair with Alex"),
    ],
)
def test_to_you(text: str, said: str) -> None:
    assert to_you(text, ALEX) == said


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("Send the draft to Sam by Friday", "You'll send the draft to Sam by Friday"),
        ("Send the draft to Sam by Friday.", "You'll send the draft to Sam by Friday"),
        ("triage the queue twice a day", "You'll triage the queue twice a day"),
        ("Alex will pair with Sam", "You'll pair with Sam"),
        ("You will write the notes", "You'll write the notes"),
        ("Weekly status email to the team", "Weekly status email to the team"),  # no verb first
        ("QA the release", "QA the release"),
    ],
)
def test_you_will(text: str, said: str) -> None:
    assert you_will(text, ALEX) == said


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("Book the training", "I'll book the training"),
        ("Ask Sam to pair with Alex", "I'll ask Sam to pair with you"),
        ("I will book the room", "I will book the room"),
        ("Budget for Alex's course", "I'll budget for your course"),
        ("Introduce Alex to Marco", "I'll introduce you to Marco"),
    ],
)
def test_i_will(text: str, said: str) -> None:
    assert i_will(text, ALEX) == said


@pytest.mark.parametrize(
    ("situation", "behavior", "impact", "said"),
    [
        (
            "In Tuesday's demo",
            "Three of the five stories were not finished",
            "The team reworked them this week",
            "In Tuesday's demo, three of the five stories were not finished, so the team "
            "reworked them this week.",
        ),
        (
            "Tuesday's demo.",
            "Interrupted two colleagues mid-update.",
            "Both stopped sharing blockers.",
            "In Tuesday's demo, you interrupted two colleagues mid-update, so both stopped "
            "sharing blockers.",
        ),
        (
            "the stand-up on Monday",
            "Alex skipped the checklist",
            "which meant a rollback at night",
            "In the stand-up on Monday, you skipped the checklist, which meant a rollback at "
            "night.",
        ),
        (
            "Last sprint",
            "Sam's tickets waited two days",
            "Acme escalated",
            "Last sprint, Sam's tickets waited two days, so Acme escalated.",  # names stay
        ),
    ],
)
def test_sbi_sentence(situation: str, behavior: str, impact: str, said: str) -> None:
    assert sbi_sentence(situation, behavior, impact, ALEX) == said


def test_sentence_and_lower_first() -> None:
    assert sentence("  send it\n by Friday ") == "Send it by Friday."
    assert sentence("Is it done?") == "Is it done?"
    assert lower_first("The team") == "the team"
    assert lower_first("Sam said so") == "Sam said so"
    assert lower_first("QA found it") == "QA found it"
    assert lower_first("Yesterday's call") == "yesterday's call"
    assert lower_first("Tuesday's demo") == "Tuesday's demo"
    assert lower_first("Leading without authority") == "leading without authority"
    assert lower_first("Client ticket turnaround") == "Client ticket turnaround"


@given(st.text(), st.text(), st.text(), st.text(max_size=20))
def test_any_words_are_said_without_failing(a: str, b: str, c: str, name: str) -> None:
    names = names_of(name)
    for said in (
        to_you(a, names),
        you_will(a, names),
        i_will(b, names),
        sbi_sentence(a, b, c, names),
        lower_first(c),
        sentence(a),
    ):
        assert isinstance(said, str)
