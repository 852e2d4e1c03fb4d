"""`grow report --html FILE`: one self-contained page, checked as text and in headless Chromium."""

from __future__ import annotations

import html as markup
import json
import shutil
import struct
import subprocess
from pathlib import Path
from typing import Any

import pytest
from markupsafe import escape

from folders import Grow, write_note, write_person
from test_stats import SINCE, UNTIL, flags_folder, stats_folder

CHROMIUM = shutil.which("chromium")
HOSTILE = '<script>alert("x")</script> & Co'
EVE = HOSTILE.replace('"', "'")  # her name, as her profile has it


def _report(grow: Grow, notes_dir: Path, tmp_path: Path, *options: str) -> Path:
    stats_folder(notes_dir)
    write_person(notes_dir, "eve-hostile", EVE)
    write_note(
        notes_dir,
        "people/eve-hostile/2026-11-01-coaching.md",
        'schema = 1\nkind = "coaching"\ndate = 2026-11-01\nperson = "eve-hostile"\n'
        'focus = "development"\ntopic = "<img src=x onerror=alert(1)>"\n',
    )
    target = tmp_path / "out" / "report.html"
    target.parent.mkdir()
    result = grow("report", "--html", str(target), "--since", SINCE, "--until", UNTIL, *options)
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
    assert "2.5" in html and "Ana Diaz" in html and "3 / 4" in html and "4.0" not in html


def _people_section(html: str) -> str:
    return html[
        html.index('<table class="people">') : html.index(
            "</table>", html.index('<table class="people">')
        )
    ]


def test_people_come_by_need(grow: Grow, notes_dir: Path, tmp_path: Path) -> None:
    html = _report(grow, notes_dir, tmp_path).read_text(encoding="utf-8")
    people = _people_section(html)
    # The check-in missed longest first: Cy's 72 days ago, Eve's 14 (11-01 + 7), Ben's 3; then
    # Ana and Dee, 1 check-in short each, Ana with fewer conversations for each check-in
    # expected (3 / 4 against 5 / 4). By name it would be Ana, Ben, Cy, Dee, Eve.
    order = ["Cy Park", "&lt;script&gt;", "Ben Ode", "Ana Diaz", "Dee Ray"]
    assert [people.index(name) for name in order] == sorted(people.index(name) for name in order)
    # The charts list them in the same order.
    bars = html[html.index("Conversations per person") :]
    assert [bars.index(name) for name in order] == sorted(bars.index(name) for name in order)


def test_missed_checkins_are_shown_and_flagged_as_grow_due_has_them(
    grow: Grow, notes_dir: Path, tmp_path: Path
) -> None:
    html = _report(grow, notes_dir, tmp_path).read_text(encoding="utf-8")
    due = json.loads(grow("due", "--json").stdout)
    missed = {entry["person"]: entry for entry in due if entry["status"] == "missed"}
    # The report must not lose one of them.
    assert sorted(missed) == ["ben-ode", "cy-park", "eve-hostile"]
    names = {"ben-ode": "Ben Ode", "cy-park": "Cy Park", "eve-hostile": str(escape(EVE))}
    people = _people_section(html)
    for slug, entry in missed.items():
        days = entry["days_overdue"]
        shown = f'<span class="date">{entry["due"]}</span>, missed {days} day'
        assert shown in people, slug
        assert (
            f'<p class="flag">Your check-in with {names[slug]} was due on {entry["due"]} '
            f"({days} day" in html
        )
    assert '<th>check-ins missed now</th><td class="n">3</td>' in html


def test_conversations_per_week_is_an_inline_svg(
    grow: Grow, notes_dir: Path, tmp_path: Path
) -> None:
    html = _report(grow, notes_dir, tmp_path).read_text(encoding="utf-8")
    trend = html[
        html.index('<svg class="trend"') : html.index("</svg>", html.index('<svg class="trend"'))
    ]
    # Four weeks from 10-24 (Eve's 11-01 development conversation makes the second week 4): the
    # tallest column is the full 120 px, the others in proportion; no week is partial.
    heights = [float(h) for h in _attributes(trend, "rect", "height")]
    assert heights == [60.0, 120.0, 60.0, 60.0]
    assert "<title>2026-10-31: 4 conversations</title>" in trend
    assert "2026-10-24</text>" in trend and "2026-11-14</text>" in trend


def _attributes(svg: str, tag: str, name: str) -> list[str]:
    found = []
    for part in svg.split(f"<{tag} ")[1:]:
        found.append(part.split(f'{name}="', 1)[1].split('"', 1)[0])
    return found


def test_career_topics_stay_private_unless_asked(
    grow: Grow, notes_dir: Path, tmp_path: Path
) -> None:
    # Dee's career conversation on 10-24 is about "Next role"; her 11-02 note of no focus says
    # "Next role" too, which is the same topic: it stays out as well.
    shared = _report(grow, notes_dir, tmp_path).read_text(encoding="utf-8")
    assert "Next role" not in shared
    assert "1 topic of career conversations, kept private" in shared
    assert "Response times" in shared  # other topics are listed
    target = tmp_path / "out" / "report.html"
    result = grow(
        "report", "--html", str(target), "--since", SINCE, "--until", UNTIL, "--include-private"
    )
    assert result.exit_code == 0, result.output
    private = target.read_text(encoding="utf-8")
    assert "Next role" in private and "kept private" not in private
    # grow stats --json keeps listing every topic: it is the manager's own view.
    stats = json.loads(grow("stats", "--json", "--since", SINCE, "--until", UNTIL).stdout)
    assert "Next role" in stats["team"]["topics"]


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
    profile = tmp_path / f"chromium-profile-{len(list(tmp_path.glob('chromium-profile-*')))}"
    command = [
        CHROMIUM,
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        f"--user-data-dir={profile}",
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


# The widths the report must fit: a phone, the laptop where the old table ran off, a laptop.
WIDTHS = (390, 1000, 1280)
# A test-only page (the report itself stays script-free): the report in a same-origin srcdoc
# frame of each width, measured once loaded; the numbers are written into the DOM, which
# --dump-dom prints. A control frame too wide on purpose shows that the measure can fail.
MEASURE = """<!DOCTYPE html><html><body>
{frames}
<pre id="out">not measured</pre>
<script>
function measure(frame) {{
  const doc = frame.contentDocument, root = doc.documentElement, width = root.clientWidth;
  const cut = [];
  for (const el of doc.body.querySelectorAll("*")) {{
    const box = el.getBoundingClientRect();
    if (box.width && (box.right > width + 0.5 || box.left < -0.5)) {{
      const name = el.tagName.toLowerCase() + "." + (el.getAttribute("class") || "");
      cut.push(name + " " + Math.round(box.left) + "-" + Math.round(box.right));
    }}
  }}
  const table = doc.querySelector("table.people");
  const row = table ? table.querySelector("tbody tr") : null;
  return {{
    width: width,
    scroll_width: root.scrollWidth,
    table_right: table ? table.getBoundingClientRect().right : null,
    row_display: row ? doc.defaultView.getComputedStyle(row).display : null,
    cut: cut.slice(0, 10),
  }};
}}
window.addEventListener("load", () => {{
  const found = {{}};
  for (const frame of document.querySelectorAll("iframe")) found[frame.id] = measure(frame);
  document.getElementById("out").textContent = JSON.stringify(found);
}});
</script></body></html>"""
TOO_WIDE = '<!DOCTYPE html><table class="people" style="width:2000px"><tr><td>x</td></tr></table>'


def _measure(tmp_path: Path, report: str) -> dict[str, Any]:
    frames = [
        f'<iframe id="w{width}" width="{width}" height="8000" srcdoc="{markup.escape(report)}">'
        "</iframe>"
        for width in WIDTHS
    ]
    frames.append(
        f'<iframe id="control" width="390" height="200" srcdoc="{markup.escape(TOO_WIDE)}">'
        "</iframe>"
    )
    wrapper = tmp_path / "measure.html"
    wrapper.write_text(MEASURE.format(frames="\n".join(frames)), encoding="utf-8")
    dom = _chromium(tmp_path, "--virtual-time-budget=10000", "--dump-dom", wrapper.as_uri())
    assert dom.returncode == 0, dom.stderr
    out = dom.stdout.split('<pre id="out">', 1)[1].split("</pre>", 1)[0]
    measured: dict[str, Any] = json.loads(markup.unescape(out))
    return measured


@pytest.mark.skipif(CHROMIUM is None, reason="no chromium on PATH")
def test_fits_a_phone_and_a_laptop_without_cutting_the_people_table(
    grow: Grow, notes_dir: Path, tmp_path: Path
) -> None:
    report = _report(grow, notes_dir, tmp_path).read_text(encoding="utf-8")
    measured = _measure(tmp_path, report)
    control = measured["control"]
    assert control["scroll_width"] > control["width"] and control["cut"]  # the measure can fail
    for width in WIDTHS:
        frame = measured[f"w{width}"]
        assert frame["width"] == width, frame
        # Nothing runs off the page: no sideways scrolling, every element inside the width.
        assert frame["scroll_width"] <= frame["width"], frame
        assert frame["cut"] == [], frame
        assert frame["table_right"] <= frame["width"], frame
    # A phone gets one card per person; a laptop the table.
    assert measured["w390"]["row_display"] == "block"
    assert measured["w1280"]["row_display"] == "table-row"


def _png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data.startswith(b"\x89PNG\r\n\x1a\n") and data[12:16] == b"IHDR"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


@pytest.mark.skipif(CHROMIUM is None, reason="no chromium on PATH")
@pytest.mark.parametrize("width", [390, 1280])
def test_screenshots_at_phone_and_laptop_widths(
    grow: Grow, notes_dir: Path, tmp_path: Path, width: int
) -> None:
    page = _report(grow, notes_dir, tmp_path)
    shot = tmp_path / f"report-{width}.png"
    result = _chromium(
        tmp_path, f"--screenshot={shot}", f"--window-size={width},2400", page.as_uri()
    )
    assert result.returncode == 0, result.stderr
    assert _png_size(shot) == (width, 2400)
    assert shot.stat().st_size > 20_000  # something was drawn, not a blank page
