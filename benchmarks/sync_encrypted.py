"""`grow sync` through an encrypted remote, beside a plain one and an age-based alternative.

    python benchmarks/sync_encrypted.py [--notes-count 1000] [--people 50] [--runs 3]

For a folder of generated notes (generate_notes.py), as processes (`python -m grow_cli`), with a
throwaway GPG key in a temporary GNUPGHOME:

- plain: `grow sync init --remote BARE` (first push), `grow sync init` into an empty folder
  (clone), then one new note and `grow sync` (the everyday case);
- gcrypt: the same through `gcrypt::BARE` (git-remote-gcrypt, GPG);
- age (only when `pyrage` is installed): what grow would have to do itself with age, which has no
  git remote helper in Debian: `git bundle create --all`, encrypt the bundle with pyrage to an
  X25519 recipient (push), then decrypt it and `git clone` from it (clone); each push sends the
  whole history again.

Prints the median of --runs for each, in seconds.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

FEEDBACK = (
    'topic = "Demo day"\n[[feedback]]\nsituation = "At Tuesday\'s demo"\n'
    'behavior = "Three stories were incomplete"\nimpact = "The team reworked them"\n'
)


def grow(folder: Path, *args: str, input_text: str | None = None) -> None:
    subprocess.run(
        [sys.executable, "-m", "grow_cli", "--notes", str(folder), *args],
        check=True,
        capture_output=True,
        text=True,
        input=input_text,
    )


def timed(action: Callable[[], None]) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def one_slug(folder: Path) -> str:
    return sorted(p.name for p in (folder / "people").iterdir())[0]


def git_remote_case(work: Path, source: Path, url: str) -> dict[str, float]:
    """First push, clone and an everyday sync through `url`."""
    laptop, other = work / "laptop", work / "other"
    shutil.copytree(source, laptop)
    figures = {"push": timed(lambda: grow(laptop, "sync", "init", "--remote", url))}
    figures["clone"] = timed(lambda: grow(other, "sync", "init", "--remote", url))
    grow(laptop, "feedback", one_slug(laptop), "--answers", "-", input_text=FEEDBACK)
    figures["sync one note"] = timed(lambda: grow(laptop, "sync"))
    return figures


def age_case(work: Path, source: Path) -> dict[str, float]:
    """The age alternative: a whole-history bundle, encrypted; decrypted and cloned."""
    import pyrage  # type: ignore[import-not-found]

    identity = pyrage.x25519.Identity.generate()
    laptop = work / "laptop"
    shutil.copytree(source, laptop)
    grow(laptop, "sync", "init")
    sealed = work / "notes.bundle.age"

    def push() -> None:
        bundle = work / "notes.bundle"
        subprocess.run(
            ["git", "-C", str(laptop), "bundle", "create", "-q", str(bundle), "--all"],
            check=True,
            capture_output=True,
        )
        sealed.write_bytes(pyrage.encrypt(bundle.read_bytes(), [identity.to_public()]))
        bundle.unlink()

    def clone() -> None:
        bundle = work / "taken.bundle"
        bundle.write_bytes(pyrage.decrypt(sealed.read_bytes(), [identity]))
        subprocess.run(
            ["git", "clone", "-q", str(bundle), str(work / "other")],
            check=True,
            capture_output=True,
        )

    return {"push": timed(push), "clone": timed(clone), "sync one note": timed(push)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--notes-count", type=int, default=1000)
    parser.add_argument("--people", type=int, default=50)
    parser.add_argument("--runs", type=int, default=3)
    options = parser.parse_args()
    root = Path(tempfile.mkdtemp(prefix="grow-bench-sync-"))
    gnupg = Path(tempfile.mkdtemp(prefix="grow-gpg-", dir="/tmp"))
    os.environ.update(GNUPGHOME=str(gnupg), GIT_CONFIG_NOSYSTEM="1", GROW_TODAY="2026-11-22")
    os.environ["GROW_CONFIG"] = str(root / "config.toml")
    try:
        subprocess.run(
            [
                "gpg",
                "--batch",
                "--passphrase",
                "",
                "--quick-gen-key",
                "grow bench <bench@example.invalid>",
                "default",
                "default",
                "never",
            ],
            check=True,
            capture_output=True,
        )
        source = root / "source"
        subprocess.run(
            [
                sys.executable,
                str(Path(__file__).parent / "generate_notes.py"),
                "--notes",
                str(source),
                "--people",
                str(options.people),
                "--notes-count",
                str(options.notes_count),
            ],
            check=True,
        )
        cases: dict[str, Callable[[Path], dict[str, float]]] = {
            "plain": lambda w: git_remote_case(w, source, str(w / "remote.git")),
            "gcrypt": lambda w: git_remote_case(w, source, f"gcrypt::{w / 'remote.git'}"),
        }
        try:
            import pyrage  # type: ignore[import-not-found]  # noqa: F401

            cases["age (bundle)"] = lambda w: age_case(w, source)
        except ImportError:
            print("pyrage not installed: the age alternative is not measured")
        files = sum(1 for _ in source.rglob("*.md"))
        print(f"{files} notes, {options.people} people, median of {options.runs} runs (s)")
        for name, case in cases.items():
            runs = []
            for run in range(options.runs):
                work = root / f"{name}-{run}".replace(" ", "_")
                work.mkdir()
                subprocess.run(
                    ["git", "init", "-q", "--bare", str(work / "remote.git")], check=True
                )
                runs.append(case(work))
            shown = ", ".join(
                f"{key} {statistics.median(r[key] for r in runs):.2f}" for key in runs[0]
            )
            print(f"{name:>13}: {shown}")
    finally:
        subprocess.run(["gpgconf", "--kill", "all"], check=False)
        shutil.rmtree(gnupg, ignore_errors=True)
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
