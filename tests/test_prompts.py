"""The prompt seam's own behaviour: the editor for long answers."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from grow_cli.ui import prompts


def fake_editor(tmp_path: Path, answer: str) -> str:
    """A stand-in for $EDITOR that keeps grow's comment lines and writes an answer above them."""
    script = tmp_path / "editor.sh"
    script.write_text(
        "#!/bin/sh\n"
        f'{{ printf \'%s\\n\' \'{answer}\'; grep \'^#\' "$1"; }} > "$1.new" && mv "$1.new" "$1"\n'
    )
    script.chmod(script.stat().st_mode | stat.S_IEXEC)
    return str(script)


def test_editor_answer_is_read_back_without_the_comment_lines(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("EDITOR", fake_editor(tmp_path, "Ship the onboarding guide by Friday"))
    monkeypatch.delenv("VISUAL", raising=False)
    answer = prompts.editor("Goal?", default="draft", validate=lambda text: True)
    assert answer == "Ship the onboarding guide by Friday"


def test_an_editor_that_fails_is_one_clear_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("EDITOR", str(tmp_path / "no-such-editor"))
    monkeypatch.delenv("VISUAL", raising=False)
    with pytest.raises(prompts.EditorError, match="did not run"):
        prompts.editor("Goal?")
