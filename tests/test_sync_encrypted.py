"""grow sync through an encrypted remote: git-remote-gcrypt with a GPG key made for the test.

Skips where git-remote-gcrypt or gpg is missing, except in CI (CI=true), where it fails: .ci/run
installs them, so CI always tests encryption. The key lives in a throwaway GNUPGHOME with no
passphrase (nothing prompts), and its gpg-agent is stopped at the end.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from test_sync import FEEDBACK

TOOLS = ("git-remote-gcrypt", "gpg", "gpgconf")


@pytest.fixture
def gnupg(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """A fresh GNUPGHOME with one secret key (no passphrase); yields its fingerprint."""
    missing = [tool for tool in TOOLS if shutil.which(tool) is None]
    if missing:
        message = f"not installed: {', '.join(missing)} (apt install git-remote-gcrypt gnupg)"
        if os.environ.get("CI") == "true":
            pytest.fail(f"CI must test the encrypted remote: {message}")
        pytest.skip(message)
    # A short path: gpg-agent's socket path must fit in a socket address (about 100 bytes).
    home = Path(tempfile.mkdtemp(prefix="grow-gpg-", dir="/tmp"))
    home.chmod(0o700)
    monkeypatch.setenv("GNUPGHOME", str(home))
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")
    subprocess.run(
        [
            "gpg",
            "--batch",
            "--passphrase",
            "",
            "--quick-gen-key",
            "grow test <grow-test@example.invalid>",
            "default",
            "default",
            "never",
        ],
        check=True,
        capture_output=True,
    )
    listed = subprocess.check_output(["gpg", "--list-secret-keys", "--with-colons"], text=True)
    fingerprint = next(line.split(":")[9] for line in listed.splitlines() if line.startswith("fpr"))
    try:
        yield fingerprint
    finally:
        subprocess.run(["gpgconf", "--kill", "all"], check=False, capture_output=True)
        shutil.rmtree(home, ignore_errors=True)


def test_two_devices_through_an_encrypted_remote(grow, gnupg: str, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    remote = tmp_path / "remote.git"
    subprocess.run(["git", "init", "-q", "--bare", str(remote)], check=True)
    url = f"gcrypt::{remote}"
    a, b = tmp_path / "a", tmp_path / "b"
    assert grow("--notes", str(a), "person", "add", "Alex Kim").exit_code == 0
    made = grow("--notes", str(a), "sync", "init", "--remote", url, "--encrypt-to", gnupg)
    assert made.exit_code == 0, made.output
    cloned = grow("--notes", str(b), "sync", "init", "--remote", url)
    assert cloned.exit_code == 0, cloned.output
    assert (b / "people/alex-kim/person.toml").is_file()

    written = grow("--notes", str(b), "feedback", "alex-kim", "--answers", "-", input=FEEDBACK)
    assert written.exit_code == 0, written.output
    assert grow("--notes", str(b), "sync").exit_code == 0
    assert grow("--notes", str(a), "sync").exit_code == 0
    assert len(list((a / "people/alex-kim").glob("2026-11-22-feedback-*.md"))) == 1

    # What the remote holds is ciphertext: every object git keeps there, decompressed, holds
    # no name, slug or word of a note (a plain remote's objects hold them all).
    objects = subprocess.run(
        ["git", f"--git-dir={remote}", "cat-file", "--batch-all-objects", "--batch"],
        capture_output=True,
        check=True,
    ).stdout
    assert len(objects) > 1000
    for secret in (b"alex-kim", b"Alex Kim", b"Three stories", b"person.toml"):
        assert secret not in objects, f"{secret!r} readable in the remote"
    status = grow("--notes", str(a), "sync", "status", "--json")
    assert '"encrypted": true' in status.output
    # Local files stay plain text.
    assert "Alex Kim" in (a / "people/alex-kim/person.toml").read_text()
