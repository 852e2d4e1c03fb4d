"""`grow report --html FILE`: one self-contained page, checked as text and in headless Chromium."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from folders import Grow, write_note, write_person
from test_stats import SINCE, UNTIL, flags_folder, stats_folder

CHROMIUM = shutil.which("chromium")
HOSTILE = '<script>alert("x")</script> & Co'


def _report(grow: Grow, notes_dir: Path, tmp_path: Path) -> Path:
    stats_folder(notes_dir)
    write_person(notes_dir, "eve-hostile", HOSTILE.replace('"', "'"))
    write_note(
        notes_dir,
        "people/eve-hostile/2026-11-01-coaching.md",
        'schema = 1\nkind = "coaching"\ndate = 2026-11-01\nperson = "eve-hostile"\n'
        'focus = "development"\ntopic = "<img src=x onerror=alert(1)>"\n',
    )
    target = tmp_path / "out" / "report.html"
    target.parent.mkdir()
    result = grow("report", "--html", str(target), "--since", SINCE, "--until", UNTIL)
    assert result.exit_code == 0, result.output
    assert f"Wrote the report to {target}" in result.stdout
    return target


def test_self_contained_and_escaped(grow: Grow, notes_dir: Path, tmp_path: Path) -> None:
    html = _report(grow, notes_dir, tmp_path).read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>")
    assert "<svg" in html and "<rect" in html
    for outside in ("<script", "http://", "https://", "<link", "@import", "url("):
        assert outside not in html.replace('xmlns="http://www.w3.org/2000/svg"', "")
    assert "&lt;script&gt;alert(" in html and "&lt;img src=x" in html
    assert "&amp; Co" in html
    # The numbers of the hand-computed folder (now with Eve: 10 conversations in 4 weeks).
    assert "2.5" in html and "Ana Diaz" in html and "3 / 4.0" in html


def test_the_flags_are_worth_a_look_and_escaped(grow: Grow, notes_dir: Path) -> None:
    flags_folder(notes_dir, support=HOSTILE)
    result = grow("report", "--html", "-")
    assert result.exit_code == 0, result.output
    html = result.stdout
    assert html.index("<h2>Worth a look</h2>") < html.index("Conversations per person")
    assert (
        '<p class="flag">Priya Shah had 7 of 9 conversations (78%), over twice the mean share of '
        "25%: who else needs your time?</p>" in html
    )
    assert "6 of your 8 coaching conversations (75%)" in html
    assert "Your last development or career conversation with Sam Lee was 113 days ago" in html
    assert (
        "Your support for Priya Shah, &#34;&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt; &amp; "
        "Co&#34;, was due on 2026-11-15" in html
    )
    assert "<script" not in html


def test_writes_to_stdout(grow: Grow, notes_dir: Path) -> None:
    stats_folder(notes_dir)
    result = grow("report", "--html", "-")
    assert result.exit_code == 0
    assert result.stdout.startswith("<!DOCTYPE html>") and "Dee Ray" in result.stdout


def test_folder_is_refused(grow: Grow, tmp_path: Path, empty_folder: Path) -> None:
    result = grow("report", "--html", str(tmp_path))
    assert result.exit_code == 2 and "is a folder" in result.stderr


def _chromium(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    assert CHROMIUM is not None
    command = [
        CHROMIUM,
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        f"--user-data-dir={tmp_path / 'chromium-profile'}",
        *args,
    ]
    return subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)


@pytest.mark.skipif(CHROMIUM is None, reason="no chromium on PATH")
def test_renders_in_chromium(grow: Grow, notes_dir: Path, tmp_path: Path) -> None:
    page = _report(grow, notes_dir, tmp_path)
    dom = _chromium(tmp_path, "--dump-dom", page.as_uri())
    assert dom.returncode == 0, dom.stderr
    text = dom.stdout
    for name in ("Ana Diaz", "Ben Ode", "Cy Park", "Dee Ray"):
        assert name in text
    assert "<svg" in text and "<rect" in text
    assert "Cy Park had no conversation in the period." in text
    # The hostile name stayed text: no script element came out of it.
    assert "<script" not in text and "&lt;script&gt;" in text
    shot = tmp_path / "report.png"
    result = _chromium(tmp_path, f"--screenshot={shot}", "--window-size=1000,1400", page.as_uri())
    assert result.returncode == 0, result.stderr
    data = shot.read_bytes()
    assert data.startswith(b"\x89PNG") and len(data) > 20_000
