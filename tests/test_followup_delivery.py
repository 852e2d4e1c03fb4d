"""`grow followup PERSON --copy` and `--mailto`: the message on the clipboard or in a new e-mail,
always printed as well, one clear line when the desktop cannot take it. Desktop programs are
fakes first on PATH (tests/desktop_fakes.py) that record what they were given."""

from __future__ import annotations

import string
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_fakes import fake_program, only_on_path
from folders import ALEX_DAMAGED, example_folder
from grow_cli.domain.mailto import MAX_URI, crlf, fitted, mailto_uri

SUBJECT = "Follow-up: our conversation (Friday 20 November)"


@pytest.fixture
def folder(grow, notes_dir: Path) -> Path:  # type: ignore[no-untyped-def]
    example_folder(grow, notes_dir)
    (notes_dir / ALEX_DAMAGED).unlink()  # its warning would be on every standard error here
    return notes_dir


@pytest.fixture
def bin_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """PATH holds only this folder (no real clipboard or opener is found); no display."""
    folder = tmp_path / "bin"
    only_on_path(monkeypatch, folder)
    for name in ("DISPLAY", "WAYLAND_DISPLAY"):
        monkeypatch.delenv(name, raising=False)
    return folder


def message(grow) -> str:  # type: ignore[no-untyped-def]
    result = grow("followup", "alex-kim")
    assert result.exit_code == 0, result.output
    return result.stdout


def test_copy_puts_the_message_on_the_clipboard_and_prints_it(
    grow, folder: Path, bin_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    expected = message(grow)
    xclip = fake_program(bin_dir, "xclip", reads_stdin=True)
    monkeypatch.setenv("DISPLAY", ":0")
    result = grow("followup", "alex-kim", "--copy")
    assert result.exit_code == 0 and result.stdout == expected
    assert xclip.args == ["-selection", "clipboard"]
    assert xclip.stdin.decode("utf-8") == expected
    assert result.stderr == "Copied the follow-up to the clipboard.\n"


def test_wayland_comes_first_and_a_failing_program_gives_way(
    grow, folder: Path, bin_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    expected = message(grow)
    wl_copy = fake_program(bin_dir, "wl-copy", status=1, reads_stdin=True)
    xsel = fake_program(bin_dir, "xsel", reads_stdin=True)
    monkeypatch.setenv("WAYLAND_DISPLAY", "wayland-0")
    monkeypatch.setenv("DISPLAY", ":0")
    result = grow("followup", "alex-kim", "--copy")
    assert wl_copy.ran and xsel.args == ["--clipboard", "--input"]
    assert xsel.stdin.decode("utf-8") == expected
    assert result.stderr == "Copied the follow-up to the clipboard.\n"


def test_no_clipboard_is_one_line_and_nothing_is_lost(grow, folder: Path, bin_dir: Path) -> None:  # type: ignore[no-untyped-def]
    xclip = fake_program(bin_dir, "xclip", reads_stdin=True)  # there, but no display for it
    expected = message(grow)
    result = grow("followup", "alex-kim", "--copy")
    assert result.exit_code == 0 and result.stdout == expected and not xclip.ran
    assert result.stderr == (
        "Not copied: no clipboard program was found (install wl-clipboard on Wayland, xclip or "
        "xsel on X11; macOS and Windows have their own). The message is printed above.\n"
    )


def test_every_clipboard_failing_names_the_last(
    grow, folder: Path, bin_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    fake_program(bin_dir, "xclip", status=1)
    monkeypatch.setenv("DISPLAY", ":99")
    result = grow("followup", "alex-kim", "--copy")
    assert result.exit_code == 0 and result.stdout == message(grow)
    assert (
        result.stderr == "Not copied: xclip failed (exit status 1). The message is printed above.\n"
    )


def test_copy_with_out_writes_the_file_and_copies(
    grow, folder: Path, bin_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    xclip = fake_program(bin_dir, "xclip", reads_stdin=True)
    monkeypatch.setenv("DISPLAY", ":0")
    target = tmp_path / "followup.txt"
    result = grow("followup", "alex-kim", "--copy", "--out", str(target))
    assert result.stdout == f"Wrote {target}\n"
    assert xclip.stdin == target.read_bytes()


def test_mailto_prints_the_link_and_opens_it_only_when_asked(
    grow, folder: Path, bin_dir: Path
) -> None:  # type: ignore[no-untyped-def]
    expected = message(grow)
    opener = fake_program(bin_dir, "xdg-open")
    assert grow("person", "edit", "alex-kim", "--email", "alex@example.com").exit_code == 0
    result = grow("followup", "alex-kim", "--mailto")  # no terminal: printed, not opened
    assert result.exit_code == 0 and result.stdout.startswith(expected)
    uri = result.stdout.removeprefix(expected).strip()
    parts = urlsplit(uri)
    assert (parts.scheme, parts.path) == ("mailto", "alex@example.com")
    fields = parse_qs(parts.query, strict_parsing=True)
    assert fields["subject"] == [SUBJECT]
    assert fields["body"] == [crlf(expected)]
    assert "%0D%0A" in uri and not opener.ran and result.stderr == ""

    opened = grow("followup", "alex-kim", "--mailto", "--open")
    assert opener.args == [uri]
    assert opened.stderr == "Opened it in your mail program; read it through before you send it.\n"


def test_without_an_email_the_mail_program_asks_for_the_address(
    grow, folder: Path, bin_dir: Path
) -> None:  # type: ignore[no-untyped-def]
    result = grow("followup", "alex-kim", "--mailto")
    link = result.stdout.splitlines()[-1]
    assert link.startswith("mailto:?subject=Follow-up%3A%20our%20conversation")


def test_nothing_to_open_it_with_is_one_line(grow, folder: Path, bin_dir: Path) -> None:  # type: ignore[no-untyped-def]
    result = grow("followup", "alex-kim", "--mailto", "--open")
    assert result.exit_code == 0 and result.stdout.splitlines()[-1].startswith("mailto:")
    assert result.stderr == (
        "Not opened: xdg-open was not found on PATH, so nothing could open it. Copy the link "
        "above into a browser or mail program.\n"
    )
    fake_program(bin_dir, "xdg-open", status=3)  # xdg-open: no program for mailto: links
    failed = grow("followup", "alex-kim", "--mailto", "--open")
    assert failed.exit_code == 0
    assert failed.stderr.startswith("Not opened: xdg-open failed (exit status 3).")


def test_open_needs_mailto(grow, folder: Path) -> None:  # type: ignore[no-untyped-def]
    result = grow("followup", "alex-kim", "--open")
    assert result.exit_code == 2 and "give --mailto with it" in result.stderr


def test_a_bad_email_is_refused_in_one_line(grow, folder: Path) -> None:  # type: ignore[no-untyped-def]
    result = grow("person", "edit", "alex-kim", "--email", "alex at example")
    assert result.exit_code == 1 and "e-mail address" in result.stderr
    assert "Traceback" not in result.output
    assert grow("person", "edit", "alex-kim", "--email", "").exit_code == 0


TEXT = st.text(
    st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=200
)
ADDRESS = st.builds(
    lambda local, domain: f"{local}@{domain}.org",
    st.text(string.ascii_letters + string.digits + "._+-!$'*", min_size=1, max_size=20),
    st.text(string.ascii_lowercase + string.digits + "-", min_size=1, max_size=20),
)


@given(ADDRESS, TEXT, TEXT)
def test_mailto_round_trips_through_urllib(to: str, subject: str, body: str) -> None:
    uri = mailto_uri(to, subject, body)
    assert uri.isascii() and not any(c in uri for c in " \r\n\t#")
    parts = urlsplit(uri)
    assert parts.scheme == "mailto" and unquote(parts.path) == to
    fields = parse_qs(parts.query, keep_blank_values=True)
    assert fields.get("subject", [""]) == [" ".join(subject.split())]
    assert fields.get("body", [""]) == [crlf(body)]
    assert "\n" not in crlf(body).replace("\r\n", "")  # every break is CRLF


def test_a_long_message_is_cut_at_a_whole_line_to_fit() -> None:
    body = "\n".join(f"Line {n}: " + "é" * 30 for n in range(40))
    uri, left_out = fitted("alex@example.com", "Follow-up", body)
    assert len(uri) <= MAX_URI and 0 < left_out < 40
    kept = parse_qs(urlsplit(uri).query)["body"][0].split("\r\n")
    assert kept == body.split("\n")[: 40 - left_out]
    assert fitted("a@b.org", "s", "short") == (mailto_uri("a@b.org", "s", "short"), 0)
