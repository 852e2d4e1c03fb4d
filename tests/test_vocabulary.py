"""One vocabulary (issue 11, point 3): the models, the flows' choices and the CLI's choices all
take their words from domain/vocabulary.py."""

from __future__ import annotations

import typing

from typer.testing import CliRunner

from grow_cli.cli import app
from grow_cli.domain import models, vocabulary
from grow_cli.flows.checkin import STATUS_CHOICES
from grow_cli.flows.coach import FOCUS_CHOICES, OWNER_CHOICES
from grow_cli.flows.journal import MODE_CHOICES


def test_the_models_use_the_vocabulary() -> None:
    fields = models.Note.model_fields
    assert typing.get_args(fields["kind"].annotation) == vocabulary.KINDS
    assert set(typing.get_args(models.Action.model_fields["status"].annotation)) == set(
        vocabulary.STATUSES
    )
    assert typing.get_args(models.Action.model_fields["owner"].annotation) == vocabulary.OWNERS


def test_the_flows_offer_the_vocabularys_words() -> None:
    assert tuple(c.value for c in FOCUS_CHOICES) == vocabulary.FOCUSES
    assert tuple(c.value for c in MODE_CHOICES) == vocabulary.ENTRY_MODES
    assert (*vocabulary.ENTRY_MODES, "checkin") == vocabulary.MODES
    assert {c.value for c in STATUS_CHOICES} == set(vocabulary.STATUSES)
    assert {c.value for c in OWNER_CHOICES} <= set(vocabulary.OWNERS)


def test_the_two_sets_once_both_called_conversation() -> None:
    assert set(vocabulary.COACHING_KINDS) < set(vocabulary.MEETING_KINDS)
    assert "checkin" in vocabulary.MEETING_KINDS and "checkin" not in vocabulary.COACHING_KINDS
    assert "journal" not in vocabulary.MEETING_KINDS


def test_status_words() -> None:
    assert vocabulary.statuses_for(["todo"]) == set(vocabulary.OPEN_STATUSES)
    assert vocabulary.statuses_for(["all"]) == set(vocabulary.STATUSES)
    assert vocabulary.statuses_for(["done", "blocked"]) == {"done", "blocked"}
    assert set(vocabulary.STATUSES) == vocabulary.OPEN_STATUSES | vocabulary.CLOSED_STATUSES


def test_the_cli_refuses_words_outside_the_vocabulary() -> None:
    runner = CliRunner()
    for args, option in (
        (["search", "x", "--focus", "perf"], "--focus"),
        (["search", "x", "--kind", "talk"], "--kind"),
        (["actions", "--status", "finished"], "--status"),
        (["journal", "--mode", "diary"], "--mode"),
    ):
        result = runner.invoke(app, args)
        assert result.exit_code == 2, (args, result.output)
        assert f"{option} " in result.stderr and "is not one of" in result.stderr
