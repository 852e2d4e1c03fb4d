"""`grow share`: the shared 1:1 document, and the privacy of what it leaves out.

The privacy test fills every text field of every note model (and of a profile and a talking
point) with a token of its own, saves notes of every kind a person has, and checks that no
token of a PRIVATE field (domain/sharing.py) reaches the document, in Markdown or in HTML; and
that every field of the models is classified, so a field added later fails here until it is.
"""

from __future__ import annotations

import re
import types
import typing
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from pydantic import BaseModel

from grow_cli.domain import sharing
from grow_cli.domain.models import Note, Person, TalkingPoint
from grow_cli.store import frontmatter

SLUG = "alex-kim"
MODELS: dict[str, type[BaseModel]] = {"note": Note, "person": Person, "talking_point": TalkingPoint}
# Filled in by the test itself: what makes the note a note of this person.
FIXED = {"note.schema", "note.kind", "note.date", "note.person", "note.id", "note.thread"}


def _models_in(annotation: Any) -> tuple[type[BaseModel] | None, bool, bool]:
    """(the model inside an annotation, whether it is a list, whether it holds text)."""
    origin = typing.get_origin(annotation)
    if origin is typing.Annotated:
        return _models_in(typing.get_args(annotation)[0])
    if origin in (typing.Union, types.UnionType):
        found = [_models_in(a) for a in typing.get_args(annotation) if a is not type(None)]
        return found[0] if len(found) == 1 else (None, False, any(f[2] for f in found))
    if origin is list:
        model, _, text = _models_in(typing.get_args(annotation)[0])
        return model, True, text
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation, False, False
    return None, False, annotation is str


def field_paths(model: type[BaseModel], prefix: str) -> Iterator[tuple[str, bool]]:
    """Every field of a model as (dotted path, whether it is a table), tables' keys included."""
    for name, info in model.model_fields.items():
        path = f"{prefix}.{info.alias or name}"
        inner, _, _ = _models_in(info.annotation)
        yield path, inner is not None
        if inner is not None:
            yield from field_paths(inner, path)


class Tokens:
    """A token of its own for each text field: 'xq0007xq' (letters no wording step changes)."""

    def __init__(self) -> None:
        self.by_path: dict[str, list[str]] = {}

    def new(self, path: str) -> str:
        token = f"xq{sum(map(len, self.by_path.values())):04d}xq"
        self.by_path.setdefault(path, []).append(token)
        return token


def filled(model: type[BaseModel], prefix: str, tokens: Tokens) -> dict[str, Any]:
    """Data for `model` with every text field (nested tables too) a token."""
    data: dict[str, Any] = {}
    for name, info in model.model_fields.items():
        key = info.alias or name
        path = f"{prefix}.{key}"
        if path in FIXED:
            continue
        inner, is_list, text = _models_in(info.annotation)
        if inner is not None:
            value = filled(inner, path, tokens)
            data[key] = [value] if is_list else value
        elif text:
            token = tokens.new(path)
            if path.endswith(".email"):  # a valid address that still carries the token
                token += "@example.com"
            data[key] = [token] if is_list else token
        elif info.is_required():
            data[key] = _example(info.annotation)
    return data


def _example(annotation: Any) -> Any:
    """A valid value of a required field that holds no text (a verdict, a status, a score)."""
    origin = typing.get_origin(annotation)
    if origin is typing.Annotated:
        return _example(typing.get_args(annotation)[0])
    if origin is typing.Literal:
        return typing.get_args(annotation)[0]
    from datetime import date

    return {int: 1, float: 1.0, bool: False, date: date(2026, 11, 1)}[annotation]


def _note(kind: str, number: int, tokens: Tokens) -> dict[str, Any]:
    data = filled(Note, "note", tokens)
    note_id = f"{SLUG}/2026-11-{10 + number:02d}-{kind}"
    data.update(schema=2, kind=kind, date=f"2026-11-{10 + number:02d}", person=SLUG, id=note_id)
    if kind != "checkin":
        data["thread"] = f"{note_id}#t1"
    for table in ("actions", "support"):
        for count, item in enumerate(data[table], start=1):
            item["id"] = f"{note_id}#{table[0]}{count}"
            item.pop("thread", None)
            item["status"] = "open"
    data["grow"].pop("options_by", None)
    return data


@pytest.fixture
def sentinel_folder(notes_dir: Path) -> Tokens:
    """A person whose profile, notes of every kind and talking point hold tokens everywhere."""
    from datetime import date

    import tomli_w

    tokens = Tokens()
    folder = notes_dir / "people" / SLUG
    (folder / "agenda").mkdir(parents=True)
    profile = filled(Person, "person", tokens) | {"name": "Alex Kim"}
    person = Person(**profile).model_dump(mode="python", exclude_none=True)
    (folder / "person.toml").write_text(tomli_w.dumps(person))
    for number, kind in enumerate(("coaching", "feedback", "checkin", "coaching"), start=1):
        data = _note(kind, number, tokens)
        Note.model_validate(data)  # a note grow reads
        text = frontmatter.render(data, "# A note\n")
        (folder / f"{data['id'].split('/')[1]}.md").write_text(text, encoding="utf-8")
    point = filled(TalkingPoint, "talking_point", tokens)
    point.update(id="tp-0000aaaa", date=date(2026, 11, 12), by="report")
    (folder / "agenda" / "2026-11-12-tp-0000aaaa.toml").write_text(tomli_w.dumps(point))
    return tokens


def private_tokens(tokens: Tokens) -> dict[str, str]:
    return {
        token: path
        for path, found in tokens.by_path.items()
        for token in found
        if not sharing.is_shared(path)
    }


def leaks(text: str, tokens: Tokens) -> dict[str, str]:
    """The private fields whose token is in `text` (any case: some wording capitalises)."""
    lowered = text.lower()
    return {path: token for token, path in private_tokens(tokens).items() if token in lowered}


def _share(grow: Callable[..., Any], *args: str) -> str:
    result = grow("share", "alex", "--out", "-", *args)
    assert result.exit_code == 0, result.output
    return str(result.stdout)


@pytest.mark.parametrize("form", ["markdown", "html"])
def test_no_private_field_reaches_the_shared_document(
    grow: Callable[..., Any], sentinel_folder: Tokens, form: str
) -> None:
    text = _share(grow, "--format", form)
    assert private_tokens(sentinel_folder), "the folder must hold private text to check"
    assert leaks(text, sentinel_folder) == {}
    # ... and the document is not empty: what is shared is there.
    for path in ("note.grow.goal", "note.actions.text", "note.support.text", "talking_point.text"):
        assert any(t in text for t in sentinel_folder.by_path[path]), path


def test_private_fields_stay_out_even_through_a_template_that_prints_them(
    grow: Callable[..., Any], sentinel_folder: Tokens, notes_dir: Path
) -> None:
    # A follow-up template of the user's own that prints the private fields of its note: the
    # shared document's notes no longer hold them, so nothing reaches it.
    (notes_dir / "templates").mkdir()
    (notes_dir / "templates" / "followup.md.j2").write_text(
        "{{ note.private_notes }} {{ note.tags }} {{ note.grow.will if note.grow }} "
        "{{ note.grow.options if note.grow }} {{ note.actions | map(attribute='relevant_to') "
        "| list }} {{ note.reflection }}\n",
        encoding="utf-8",
    )
    assert leaks(_share(grow), sentinel_folder) == {}


def test_the_check_finds_a_leak_when_redaction_is_off(
    grow: Callable[..., Any],
    sentinel_folder: Tokens,
    notes_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The privacy check can fail: with redaction switched off, that template leaks."""
    (notes_dir / "templates").mkdir()
    (notes_dir / "templates" / "followup.md.j2").write_text(
        "{{ note.private_notes }}\n", encoding="utf-8"
    )
    monkeypatch.setattr("grow_cli.app.share.redact", lambda data, model: data)
    assert set(leaks(_share(grow), sentinel_folder)) == {"note.private_notes"}


def test_every_field_of_the_models_is_classified() -> None:
    unclassified = [
        path
        for model, cls in MODELS.items()
        for path, table in field_paths(cls, model)
        if not table and sharing.classified(path) is None
    ]
    assert unclassified == [], (
        "Say in src/grow_cli/domain/sharing.py whether these may be shared (SHARED) or are the "
        f"manager's own (PRIVATE), and in the README's 'The shared 1:1 document': {unclassified}"
    )


def test_the_classification_names_only_fields_that_exist_and_each_once() -> None:
    known = {path for model, cls in MODELS.items() for path, _ in field_paths(cls, model)}
    known |= set(MODELS)
    assert sorted((sharing.SHARED | sharing.PRIVATE) - known) == []
    assert frozenset() == sharing.SHARED & sharing.PRIVATE


def test_private_notes_are_private_and_the_readme_lists_the_private_fields() -> None:
    assert sharing.classified("note.private_notes") == "private"
    readme = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")
    section = readme.split("### The shared 1:1 document", 1)[1].split("\n## ", 1)[0]
    for path in sharing.PRIVATE:
        key = path.split(".", 1)[1]
        assert f"`{key}`" in section, f"README: the shared document's section names {key}"


def test_redact_drops_private_keys_in_tables_and_lists_of_tables() -> None:
    data = {
        "topic": "t",
        "tags": ["x"],
        "grow": {"goal": "g", "will": "w"},
        "actions": [{"text": "a", "relevant_to": "r", "smart": {"specific": "pass"}}],
        "new_field": "not listed: private until it is",
    }
    assert sharing.redact(data, "note") == {
        "topic": "t",
        "grow": {"goal": "g"},
        "actions": [{"text": "a"}],
    }


# -- The document's contents ---------------------------------------------------------------------


@pytest.fixture
def coached(grow: Callable[..., Any], tmp_path: Path) -> None:
    assert grow("person", "add", "Alex Kim").exit_code == 0
    assert grow("agenda", "alex", "add", "Conference budget", "--theirs").exit_code == 0
    answers = tmp_path / "coach.toml"
    answers.write_text(
        """
focus = "performance"
topic = "Client turnaround"
private_notes = "Thinking about moving them to the other team"
tags = ["sensitive-tag"]
[grow]
goal = "Bring the average first reply on client tickets down to 4 hours by the end of next month"
reality = "Replies take 18 hours"
options = ["An option never shared"]
will = "A will never shared"
[measure]
what = "Average first reply"
unit = "hours"
baseline = 18
target = 4
[[actions]]
text = "Write reply templates for the 5 most common ticket questions by Friday"
relevant_to = "A relevance never shared"
confidence = 8
[[support]]
text = "Book the training by 4 December"
""",
        encoding="utf-8",
    )
    result = grow("coach", "alex", "--answers", str(answers))
    assert result.exit_code == 0, result.output


def test_the_document_holds_what_both_sides_see(grow: Callable[..., Any], coached: None) -> None:
    text = _share(grow)
    for words in (
        "# Our 1:1 notes: Alex Kim",
        "## Next check-in",
        "Conference budget (from Alex, added 2026-11-22)",
        "Average first reply: 18 hours, target 4",
        "**open** Write reply templates",
        "**open** Book the training by 4 December (due 2026-12-04) [manager]",
        "### Coaching conversation, 2026-11-22",
        "> Hi Alex,",
    ):
        assert words in text
    for private in ("moving them", "sensitive-tag", "never shared"):
        assert private not in text


def test_html_is_one_escaped_page(grow: Callable[..., Any], coached: None) -> None:
    assert grow("agenda", "alex", "add", "<script>alert(1)</script> & more").exit_code == 0
    text = _share(grow, "--format", "html")
    assert text.startswith("<!DOCTYPE html>")
    assert "<script>" not in text and "&lt;script&gt;alert(1)&lt;/script&gt; &amp; more" in text
    assert not re.search(r"(src|href)=", text)  # nothing fetched


def test_out_writes_a_private_file(grow: Callable[..., Any], coached: None, tmp_path: Path) -> None:
    target = tmp_path / "shared.md"
    result = grow("share", "alex", "--out", str(target))
    assert result.exit_code == 0 and f"Wrote {target}" in result.stdout
    assert target.read_text(encoding="utf-8").startswith("# Our 1:1 notes: Alex Kim")
    assert target.stat().st_mode & 0o777 == 0o600


def test_a_wrong_format_or_person_is_one_line(grow: Callable[..., Any], coached: None) -> None:
    wrong = grow("share", "alex", "--format", "pdf")
    assert wrong.exit_code == 2 and "use markdown or html" in wrong.stderr
    unknown = grow("share", "alx")
    assert unknown.exit_code != 0 and "Did you mean alex-kim (Alex Kim)?" in unknown.stderr
