"""Compiled templates kept in the user's cache folder (store/template_cache.py): used again while
the template's source is the same, compiled again when it changed or the kept file is damaged,
and never used from a folder someone else could write in."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from jinja2 import DictLoader, Environment

from grow_cli.store import template_cache


@pytest.fixture
def cache_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    return tmp_path / "cache"


def environment(source: str, compiled: list[str]) -> Environment:
    """An environment over one template, counting what it compiles."""
    made = Environment(
        loader=DictLoader({"t.j2": source}), bytecode_cache=template_cache.bytecode_cache("x")
    )
    real = made.compile

    def compile_counted(*args: Any, **kwargs: Any) -> Any:
        compiled.append(source)
        return real(*args, **kwargs)

    made.compile = compile_counted  # type: ignore[method-assign]
    return made


def kept_files(cache_home: Path) -> list[Path]:
    return sorted(cache_home.glob("grow/templates-*/*"))


def test_a_template_is_compiled_once_and_again_when_its_source_changes(cache_home: Path) -> None:
    compiled: list[str] = []
    assert environment("Hi {{ name }}", compiled).get_template("t.j2").render(name="A") == "Hi A"
    assert compiled == ["Hi {{ name }}"] and len(kept_files(cache_home)) == 1
    again = environment("Hi {{ name }}", compiled).get_template("t.j2")
    assert again.render(name="B") == "Hi B" and compiled == ["Hi {{ name }}"]
    changed = environment("Bye {{ name }}", compiled).get_template("t.j2")
    assert changed.render(name="C") == "Bye C" and compiled[-1] == "Bye {{ name }}"
    folder = kept_files(cache_home)[0].parent
    assert folder.stat().st_mode & 0o777 == 0o700


@pytest.mark.parametrize("damage", [b"", b"garbage", b"j2\x00\x01" * 3, None])
def test_a_damaged_kept_file_is_compiled_again(cache_home: Path, damage: bytes | None) -> None:
    compiled: list[str] = []
    environment("Hi {{ name }}", compiled).get_template("t.j2")
    [kept] = kept_files(cache_home)
    whole = kept.read_bytes()
    kept.write_bytes(whole[: len(whole) // 2] if damage is None else damage)
    rendered = environment("Hi {{ name }}", compiled).get_template("t.j2").render(name="D")
    assert rendered == "Hi D" and len(compiled) == 2


def test_a_cache_that_cannot_be_written_is_not_kept(
    cache_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import tempfile

    def refuse(*args: Any, **kwargs: Any) -> Any:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(tempfile, "NamedTemporaryFile", refuse)
    compiled: list[str] = []
    assert environment("Hi {{ name }}", compiled).get_template("t.j2").render(name="E") == "Hi E"
    assert kept_files(cache_home) == []


def test_no_cache_in_a_folder_others_may_write_in_or_a_link(
    cache_home: Path, tmp_path: Path
) -> None:
    assert template_cache.bytecode_cache("x") is not None
    [folder] = cache_home.glob("grow/templates-*")
    os.chmod(folder, 0o777)
    assert template_cache.bytecode_cache("x") is None
    os.chmod(folder, 0o700)
    folder.rmdir()
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir(mode=0o700)
    folder.symlink_to(elsewhere)
    assert template_cache.bytecode_cache("x") is None
    folder.unlink()
    (cache_home / "grow").chmod(0o500)  # none can be made: none is used
    try:
        assert template_cache.bytecode_cache("y") is None or os.geteuid() == 0
    finally:
        (cache_home / "grow").chmod(0o700)


def test_settings_keep_their_code_apart(cache_home: Path) -> None:
    assert template_cache.bytecode_cache("a") is not None
    assert template_cache.bytecode_cache("b") is not None
    assert len(list(cache_home.glob("grow/templates-*"))) == 2
