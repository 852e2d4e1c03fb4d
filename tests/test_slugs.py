"""Safe slugs from display names."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from grow_cli.domain.slugs import (
    SlugError,
    check_new_slug,
    check_slug,
    is_slug,
    legacy_slugify,
    slugify,
)


@pytest.mark.parametrize(
    ("name", "slug"),
    [
        ("Alex Kim", "alex-kim"),
        ("  Zoë Ångström ", "zoe-angstrom"),
        ("Mary-Jane O'Neil", "mary-jane-o-neil"),
        ("Sam 🌱", "sam"),
        ("x" * 500, "x" * 64),
    ],
)
def test_names_become_safe_slugs(name: str, slug: str) -> None:
    assert slugify(name) == slug


@pytest.mark.parametrize("name", ["", "   ", "../etc", "a/b", "a\\b", "..", "李雷", "🌱🌱", "שלום"])
def test_unsafe_or_empty_names_are_refused(name: str) -> None:
    with pytest.raises(SlugError):
        slugify(name)


@given(st.text())
def test_any_name_gives_a_safe_slug_or_a_clear_refusal(name: str) -> None:
    try:
        slug = slugify(name)
    except SlugError as error:
        assert str(error)
    else:
        assert is_slug(slug) and "/" not in slug and ".." not in slug


@pytest.mark.parametrize(
    ("name", "slug"),
    [
        ("Łukasz Żółw", "lukasz-zolw"),
        ("Straße", "strasse"),
        ("Søren Kierkegård", "soren-kierkegard"),
        ("Æsa Þórsdóttir", "aesa-thorsdottir"),
        ("Đorđe Ħal", "dorde-hal"),
        ("Œuvre", "oeuvre"),
        ("Işık", "isik"),
    ],
)
def test_latin_letters_are_transliterated_not_dropped(name: str, slug: str) -> None:
    assert slugify(name) == slug


@pytest.mark.parametrize("name", ["Con", "NUL", "aux", "Prn", "COM1", "lpt9"])
def test_names_windows_keeps_for_devices_are_refused(name: str) -> None:
    with pytest.raises(SlugError, match="Windows"):
        slugify(name)


@pytest.mark.parametrize("slug", ["con", "nul", "com1", "lpt3"])
def test_new_folders_never_take_a_windows_device_name(slug: str) -> None:
    assert check_slug(slug) == slug  # a note that already names it keeps loading
    with pytest.raises(SlugError, match="Windows"):
        check_new_slug(slug)


@pytest.mark.parametrize("name", ["Connor", "com10", "lpt", "console", "nullah"])
def test_names_that_only_look_like_device_names_are_kept(name: str) -> None:
    assert slugify(name) == name.lower()


def test_the_old_slug_is_still_made_for_folders_from_before() -> None:
    assert legacy_slugify("Łukasz Żółw") == "ukasz-zow"
