"""Test setup. The environment is fixed at import time, before typer.rich_utils or rich load, so
output is plain and the same width on every machine, and nothing touches the real home folder."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

os.environ.update(NO_COLOR="1", TERM="dumb", COLUMNS="100", GROW_TODAY="2026-11-22")
for _name in ("FORCE_COLOR", "PY_COLORS", "TTY_COMPATIBLE", "GITHUB_ACTIONS", "TERMINAL_WIDTH"):
    os.environ.pop(_name, None)
# Until a fixture narrows it, even module-level code sees a throwaway home.
_SESSION_HOME = Path(tempfile.mkdtemp(prefix="grow-test-home-"))
os.environ.update(
    HOME=str(_SESSION_HOME),
    XDG_CONFIG_HOME=str(_SESSION_HOME / ".config"),
    XDG_DOCUMENTS_DIR=str(_SESSION_HOME / "Documents"),
    XDG_DATA_HOME=str(_SESSION_HOME / ".local/share"),
    XDG_CACHE_HOME=str(_SESSION_HOME / ".cache"),
)
os.environ.pop("GROW_NOTES_DIR", None)
os.environ.pop("GROW_CONFIG", None)
# A numeric date such as 01/12/2026 follows the locale's order (LC_ALL, then LC_TIME, then
# LANG): the time locale is fixed to C (day first) on every machine, the character set kept.
_lc_all = os.environ.pop("LC_ALL", None)
if _lc_all:
    os.environ.setdefault("LANG", _lc_all)
os.environ["LC_TIME"] = "C.UTF-8"

from collections.abc import Iterator  # noqa: E402

import pytest  # noqa: E402
from hypothesis import HealthCheck, settings  # noqa: E402
from typer.testing import CliRunner  # noqa: E402

from grow_cli.cli import app  # noqa: E402
from grow_cli.store.resources import examples_dir  # noqa: E402
from grow_cli.ui import output  # noqa: E402
from interactive import converse  # noqa: E402, F401  (the prompt-driving fixture)

# No example may fail for taking long: on a shared, busy CI machine anything can be slow. Loaded
# before any test module, so every @settings inherits it; one that sets suppress_health_check
# adds to settings().suppress_health_check rather than dropping too_slow.
settings.register_profile("grow", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("grow")

DATA = Path(__file__).parent / "data"
# The examples grow ships (src/grow_cli/examples/), found the way grow finds them. A real folder:
# the tests run on an install of this checkout, not from a zip, so its files can be passed by path.
EXAMPLES = Path(str(examples_dir()))


@pytest.fixture(autouse=True)
def isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Every test gets its own home, config and notes folder under tmp_path."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("XDG_DOCUMENTS_DIR", str(home / "Documents"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / ".cache"))
    monkeypatch.setenv("GROW_CONFIG", str(home / ".config" / "grow" / "config.toml"))
    monkeypatch.setenv("GROW_NOTES_DIR", str(tmp_path / "notes"))
    output.reset()
    yield home
    output.reset()


@pytest.fixture
def notes_dir(tmp_path: Path) -> Path:
    """The notes folder the autouse fixture points GROW_NOTES_DIR at."""
    return tmp_path / "notes"


@pytest.fixture
def empty_folder(notes_dir: Path) -> Path:
    """The notes folder, made and empty (reading commands refuse one that does not exist)."""
    notes_dir.mkdir(mode=0o700)
    return notes_dir


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def grow(runner: CliRunner):  # type: ignore[no-untyped-def]
    """Run grow in-process: grow("person", "add", "Alex Kim", input=...)."""

    def run(*args: str, input: str | None = None):  # type: ignore[no-untyped-def]
        output.reset()
        return runner.invoke(app, list(args), input=input)

    return run
