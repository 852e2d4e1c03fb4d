"""Finding a person (issue point 7): by slug, display name in any script, first name or other
whole word, or a unique prefix, ignoring case and accents; two matches are listed, none gets the
closest suggested; `grow coach` offers the close match before a duplicate, and a picker when no
name is given."""

from __future__ import annotations

import unicodedata
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from folders import coaching_answers
from grow_cli.domain.lookup import Candidate, find, fold
from interactive import CTRL_C, ENTER, NO, YES, Converse, draft_of, keys, pick, replace, say

PEOPLE = [
    Candidate("priya-shah", "Priya Shah"),
    Candidate("tomas-okafor", "Tomás Okafor"),
    Candidate("sara-cohen", "שרה כהן"),
    Candidate("sam-lee", "Sam Lee"),
    Candidate("sam-ortiz", "Sam Ortiz"),
    Candidate("li-lei", "李雷"),
    Candidate("olga-ivanova", "Ольга Иванова"),
]


def found(query: str) -> str | None:
    result = find(query, PEOPLE)
    return result.found.slug if result.found else None


# -- The matcher ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "slug"),
    [
        ("priya-shah", "priya-shah"),  # the slug
        ("Priya-Shah", "priya-shah"),  # in any case
        ("Priya Shah", "priya-shah"),  # the display name
        ("PRIYA  shah", "priya-shah"),
        ("priya", "priya-shah"),  # the first name
        ("shah", "priya-shah"),  # any whole word of the name
        ("Tomas", "tomas-okafor"),  # accents ignored
        ("tomás okafor", "tomas-okafor"),
        ("oka", "tomas-okafor"),  # the start of a word
        ("tomas o", "tomas-okafor"),
        ("pri", "priya-shah"),  # a unique prefix
        ("שרה כהן", "sara-cohen"),  # a name slugify can do nothing with
        ("שָׂרָה", "sara-cohen"),  # Hebrew points are marks too
        ("李雷", "li-lei"),
        ("ольга", "olga-ivanova"),  # Cyrillic, case folded
        ("sara", "sara-cohen"),  # a word of the slug
        ("sam lee", "sam-lee"),
    ],
)
def test_a_person_is_found_by_any_of_their_names(query: str, slug: str) -> None:
    assert found(query) == slug


def test_two_people_that_fit_equally_are_both_returned_never_one_guessed() -> None:
    result = find("sam", PEOPLE)
    assert result.found is None
    assert [c.slug for c in result.matches] == ["sam-lee", "sam-ortiz"]


def test_an_exact_name_wins_over_a_word_of_someone_else() -> None:
    people = [Candidate("lee", "Lee"), Candidate("sam-lee", "Sam Lee")]
    assert find("lee", people).found == people[0]


def test_nobody_matching_gives_the_closest_as_suggestions() -> None:
    result = find("priyaa", PEOPLE)
    assert result.found is None and not result.matches
    assert [c.slug for c in result.suggestions] == ["priya-shah"]
    assert find("Thomas", PEOPLE).suggestions[0].slug == "tomas-okafor"
    assert find("zzzz", PEOPLE).suggestions == ()


names = st.text(
    alphabet=st.characters(categories=("Lu", "Ll", "Lo", "Mn", "Zs")), min_size=1, max_size=20
).filter(lambda name: fold(name) != "")


@given(st.lists(names, min_size=1, max_size=6))
def test_every_person_is_found_by_their_slug(people: list[str]) -> None:
    candidates = [Candidate(f"person-{n}", name) for n, name in enumerate(people)]
    for candidate in candidates:
        assert find(candidate.slug, candidates).found == candidate


@given(st.lists(names, min_size=1, max_size=6, unique_by=fold))
def test_every_person_with_a_name_of_their_own_is_found_by_it(people: list[str]) -> None:
    candidates = [Candidate(f"person-{n}", name) for n, name in enumerate(people)]
    for candidate in candidates:
        assert find(candidate.name, candidates).found == candidate
        assert find(fold(candidate.name), candidates).found == candidate


@given(st.text(max_size=30))
def test_folding_is_idempotent_and_ignores_accents(text: str) -> None:
    assert fold(fold(text)) == fold(text)
    bare = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    assert fold(bare) == fold(text)


@given(st.text(max_size=12), st.lists(names, max_size=5))
def test_a_lookup_gives_one_person_or_a_list_of_them_never_both(
    query: str, people: list[str]
) -> None:
    candidates = [Candidate(f"person-{n}", name) for n, name in enumerate(people)]
    result = find(query, candidates)
    assert (result.found is not None) + bool(result.matches) + bool(result.suggestions) <= 1
    assert len(result.matches) != 1
    assert all(c in candidates for c in (*result.matches, *result.suggestions))


# -- Every command that takes PERSON -------------------------------------------------------------


@pytest.fixture
def team(grow: Any) -> None:
    for args in (
        ["Priya Shah"],
        ["Tomás Okafor"],
        ["שרה כהן", "--slug", "sara-cohen"],
        ["Sam Lee"],
        ["Sam Ortiz"],
    ):
        assert grow("person", "add", *args).exit_code == 0


@pytest.mark.parametrize(
    ("typed", "name"),
    [("priya", "Priya Shah"), ("Tomas", "Tomás Okafor"), ("שרה כהן", "שרה כהן")],
)
def test_prep_finds_by_first_name_and_by_a_name_in_any_script(
    grow: Any, team: None, typed: str, name: str
) -> None:
    result = grow("prep", typed)
    assert result.exit_code == 0, result.output
    assert f"Prep for {name}" in result.stdout


def test_every_command_taking_a_person_uses_the_same_lookup(grow: Any, team: None) -> None:
    assert grow("coach", "priya", "--answers", "-", input=coaching_answers()).exit_code == 0
    for command in (
        ["history", "priya"],
        ["person", "show", "PRIYA"],
        ["actions", "pri"],
        ["goals", "shah"],
        ["escalation", "priya"],
        ["followup", "priya"],
        ["search", "", "--person", "priya"],
    ):
        result = grow(*command)
        assert result.exit_code == 0, (command, result.output)
    assert "priya-shah/2026-11-22-coaching" in grow("history", "Priya").stdout


def test_two_matches_are_listed_in_one_line(grow: Any, team: None) -> None:
    result = grow("prep", "sam")
    assert result.exit_code == 2
    assert result.stderr.strip() == (
        "grow: error: 'sam' matches sam-lee (Sam Lee), sam-ortiz (Sam Ortiz): give more of the "
        "name (or the slug)."
    )


def test_no_match_suggests_the_closest(grow: Any, team: None) -> None:
    result = grow("prep", "priyaa")
    assert result.exit_code == 1
    assert "No person 'priyaa'. Did you mean priya-shah (Priya Shah)?" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_a_scripted_coach_never_adds_a_close_duplicate(
    grow: Any, team: None, notes_dir: Path
) -> None:
    result = grow("coach", "Priya Sha", "--answers", "-", input=coaching_answers())
    assert result.exit_code == 0, result.output  # "priya sha" starts "priya shah"
    assert (notes_dir / "people" / "priya-shah" / "2026-11-22-coaching.md").exists()
    result = grow("coach", "Pryia Shah", "--answers", "-", input=coaching_answers())
    assert result.exit_code == 1
    assert "Did you mean priya-shah (Priya Shah)?" in result.stderr
    assert not (notes_dir / "people" / "pryia-shah").exists()


# -- At the terminal -----------------------------------------------------------------------------


def stopped_with(run: Any, notes_dir: Path, slug: str) -> None:
    """The conversation started with `slug` and was stopped at its first question."""
    assert run.exit_code == 130, run.stdout + run.stderr
    assert draft_of(notes_dir, slug).exists(), run.stdout + run.stderr


def test_an_unknown_name_close_to_someone_offers_them_first(
    converse: Converse, team: None, notes_dir: Path
) -> None:
    run = converse("coach", "Pryia", keys=keys(ENTER, CTRL_C))  # Enter takes the suggestion
    assert "'Pryia' is not in your notes. Did you mean Priya Shah (priya-shah)?" in run.screen
    assert "Add them?" not in run.screen
    stopped_with(run, notes_dir, "priya-shah")
    assert not (notes_dir / "people" / "pryia").exists()


def test_someone_new_can_still_be_added_beside_a_close_match(
    converse: Converse, team: None, notes_dir: Path
) -> None:
    typed = keys(pick(1), say("Designer"), ENTER, CTRL_C)  # "No: add 'Priyanka' as someone new"
    run = converse("coach", "Priyanka", keys=typed)
    assert "No: add 'Priyanka' as someone new" in run.screen
    assert "Added Priyanka as 'priyanka'." in run.stdout
    stopped_with(run, notes_dir, "priyanka")


def test_a_name_that_fits_two_people_asks_which(
    converse: Converse, team: None, notes_dir: Path
) -> None:
    run = converse("coach", "sam", keys=keys(pick(1), CTRL_C))
    assert "'sam' fits 2 people. Which?" in run.screen
    stopped_with(run, notes_dir, "sam-ortiz")


def test_coach_with_no_name_offers_a_picker_of_the_people_coached(
    converse: Converse, team: None, notes_dir: Path, grow: Any
) -> None:
    assert grow("person", "archive", "sam-lee").exit_code == 0
    # Sorted by name: Priya Shah, Sam Ortiz, Tomás Okafor, שרה כהן; archived Sam Lee left out.
    run = converse("coach", keys=keys(pick(2), CTRL_C))
    assert "Who is the conversation with?" in run.screen
    assert "Sam Lee" not in run.screen and "Someone new" in run.screen
    stopped_with(run, notes_dir, "tomas-okafor")


def test_someone_new_from_the_picker_is_added(
    converse: Converse, team: None, notes_dir: Path
) -> None:
    typed = keys(pick(5), say("Dee Moss"), say(""), replace("14"), CTRL_C)
    run = converse("coach", keys=typed)
    assert "Added Dee Moss as 'dee-moss'." in run.stdout
    stopped_with(run, notes_dir, "dee-moss")
    assert "cadence_days = 14" in (notes_dir / "people" / "dee-moss" / "person.toml").read_text()


def test_a_name_with_no_slug_asks_for_one_when_added_at_the_terminal(
    converse: Converse, empty_folder: Path
) -> None:
    typed = keys(YES, say(""), ENTER, say("dana-levi"), CTRL_C)
    run = converse("coach", "דנה לוי", keys=typed)
    assert "Added דנה לוי as 'dana-levi'." in run.stdout, run.stdout + run.stderr
    stopped_with(run, empty_folder, "dana-levi")


def test_no_name_without_a_terminal_is_one_usage_line(grow: Any, team: None) -> None:
    result = grow("coach")
    assert result.exit_code == 2
    assert len(result.stderr.strip().splitlines()) == 1
    assert 'Name the person, e.g. grow coach "Alex Kim".' in result.stderr
    result = grow("coach", "--answers", "-", input=coaching_answers())
    assert result.exit_code == 2


def test_declining_to_add_an_unknown_person_adds_nobody(
    converse: Converse, empty_folder: Path
) -> None:
    run = converse("coach", "Sam Lee", keys=NO)
    assert run.exit_code == 1 and "No person 'Sam Lee'." in run.stderr
    assert not (empty_folder / "people" / "sam-lee").exists()
