"""Packaging (issue 11, point 9): `python -m grow_cli` is the CLI, and the templates and examples
are package data read through the import system, so grow works from wherever it was imported,
even a zip archive. (.ci/run builds the real wheel and runs it from outside the clone.)"""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import grow_cli
from grow_cli.store import resources

TODAY = "2026-11-22"
TEMPLATES = {"note.md.j2", "followup.md.j2", "prep.md.j2", "report.html.j2"}


def _python(
    *args: str, cwd: Path, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """A fresh interpreter, with no terminal: standard input is empty."""
    return subprocess.run(
        [sys.executable, *args],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        cwd=cwd,
        env=env,
        timeout=120,
        check=False,
    )


def test_python_m_grow_cli_is_the_grow_command(tmp_path: Path) -> None:
    version = _python("-m", "grow_cli", "--version", cwd=tmp_path)
    assert version.returncode == 0, version.stderr
    assert version.stdout == f"grow {grow_cli.__version__}\n"
    # Named "grow" in its usage, as the console script is, not "python -m grow_cli".
    helped = _python("-m", "grow_cli", "--help", cwd=tmp_path)
    assert helped.returncode == 0, helped.stderr
    assert helped.stdout.startswith("Usage: grow [OPTIONS] COMMAND [ARGS]...")


def test_the_shipped_templates_and_examples_are_in_the_package() -> None:
    assert set(resources.templates_loader().list_templates()) >= TEMPLATES
    names = {entry.name for entry in resources.examples_dir().iterdir()}
    assert {"performance.toml", "development.toml", "career.toml", "journal-month"} <= names
    assert 'focus = "performance"' in resources.example_text("performance.toml")
    assert resources.example_path("journal-month").joinpath("README.md").is_file()
    # A location a person can open: a real folder beside the package's own modules.
    folder = Path(resources.example_location())
    assert folder.is_dir() and folder.parent == Path(grow_cli.__file__).parent


def _zip_package(archive: Path) -> None:
    """The grow_cli package, sources and data, in a zip archive (no compiled files)."""
    package = Path(grow_cli.__file__).parent
    with zipfile.ZipFile(archive, "w") as zipped:
        for path in sorted(package.rglob("*")):
            if path.is_file() and "__pycache__" not in path.parts:
                zipped.write(path, Path("grow_cli") / path.relative_to(package))


def test_the_demo_runs_with_grow_imported_from_a_zip(tmp_path: Path) -> None:
    archive = tmp_path / "grow_cli.zip"
    _zip_package(archive)
    env = {
        **os.environ,  # the test's own home (conftest)
        "PYTHONPATH": str(archive),  # ahead of site-packages: this copy, not the installed one
        "TMPDIR": str(tmp_path),  # where the demo makes its notes folder
        "GROW_TODAY": TODAY,
    }
    where = _python("-c", "import grow_cli; print(grow_cli.__file__)", cwd=tmp_path, env=env)
    assert where.stdout.strip() == str(archive / "grow_cli" / "__init__.py"), where.stderr

    demo = _python("-m", "grow_cli", "coach", "--demo", cwd=tmp_path, env=env)
    assert demo.returncode == 0, demo.stderr
    # The example's answers (read from the zip) rendered by the note template (read from the zip).
    assert "# Coaching conversation with Alex Kim" in demo.stdout
    assert 'topic = "Client ticket turnaround"' in demo.stdout
    assert "Saved " in demo.stdout
