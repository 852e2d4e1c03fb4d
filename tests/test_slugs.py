"""Safe slugs from display names."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from grow_cli.domain.slugs import SlugError, is_slug, slugify


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
