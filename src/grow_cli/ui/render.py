"""Markdown rendered from templates: note bodies now, prep sheets and follow-ups later.

A user can override any template by putting a file of the same name in `<notes>/templates/`.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from grow_cli.domain.bodies import SLOT
from grow_cli.store.paths import TEMPLATES_DIRNAME, Locations
from grow_cli.store.resources import templates_loader
from grow_cli.store.template_cache import bytecode_cache

if TYPE_CHECKING:
    from jinja2 import Environment as JinjaEnvironment

    from grow_cli.domain.followup import FollowUp
    from grow_cli.domain.models import Note

NOTE_TEMPLATE = "note.md.j2"
# What a template's compiled code depends on besides its source (store/template_cache.py):
# every environment below is made with these settings.
COMPILED_WITH = "autoescape=False keep_trailing_newline=True"
# grow's earlier note templates, which notes saved then were rendered with: a body that is one
# of their renderings was not edited by hand. Until 2026-12 items were "- [ ]" checkboxes,
# which other tools show as tasks to tick, though grow never ticked them.
OLDER_NOTE_TEMPLATES = ("note-checkboxes.md.j2",)


def _add_globals(environment: JinjaEnvironment) -> None:
    """What every template may call: trend_text(goal), plural(3, "day"), every(14),
    status_label("progress")."""
    from grow_cli.domain.vocabulary import status_label
    from grow_cli.domain.wording import every, plural
    from grow_cli.ui.views.threads import trend_text

    environment.globals.update(
        trend_text=trend_text, plural=plural, every=every, status_label=status_label
    )


@cache
def _jinja(user_dir: Path) -> JinjaEnvironment:
    from jinja2 import ChoiceLoader, Environment, FileSystemLoader, StrictUndefined

    # The user's folder first: a template of the same name there replaces grow's own.
    loader = ChoiceLoader([FileSystemLoader(str(user_dir)), templates_loader()])
    environment = Environment(
        loader=loader,
        autoescape=False,  # Markdown for people, not HTML
        keep_trailing_newline=True,
        undefined=StrictUndefined,
        bytecode_cache=bytecode_cache(COMPILED_WITH),
    )
    _add_globals(environment)
    return environment


@cache
def _shipped_jinja() -> JinjaEnvironment:
    """grow's own templates only, whatever the user's folder holds."""
    from jinja2 import Environment, StrictUndefined

    environment = Environment(
        loader=templates_loader(),
        autoescape=False,
        keep_trailing_newline=True,
        undefined=StrictUndefined,
        bytecode_cache=bytecode_cache(COMPILED_WITH),
    )
    _add_globals(environment)
    return environment


def render(locations: Locations, template: str, **values: Any) -> str:
    """Render a template by name, preferring the user's copy in <notes>/templates/."""
    return _jinja(locations.notes_dir / TEMPLATES_DIRNAME).get_template(template).render(**values)


def note_body(
    locations: Locations,
    note: Note,
    person_name: str | None = None,
    item_texts: Mapping[str, str] | None = None,
    thread_labels: Mapping[str, str] | None = None,
) -> str:
    """The Markdown body of a note; `item_texts` and `thread_labels` let updates and progress
    name the items and goals they refer to."""
    return render(
        locations,
        NOTE_TEMPLATE,
        note=note,
        person_name=person_name,
        items=item_texts or {},
        threads=thread_labels or {},
    )


class _Anything(dict[str, str]):
    """Names for every id a template looks up: SLOT, which stands for any words."""

    def get(self, key: object, default: object = None) -> str:
        return SLOT


def saved_bodies(locations: Locations, note: Note) -> Iterator[str]:
    """The bodies grow could have saved this note with: rendered by the template in force and,
    when the user has their own copy, by grow's own (notes saved before the copy was made).

    The person's display name and the words of the items and goals the note's updates name are
    SLOT (domain/bodies.py): they may have changed since the note was saved; each is also
    rendered without the name. A template that cannot render the note gives no body.
    """
    user_dir = locations.notes_dir / TEMPLATES_DIRNAME
    environments = [_jinja(user_dir)]
    if (user_dir / NOTE_TEMPLATE).is_file():
        environments.append(_shipped_jinja())
    # A note about a person is saved with their name; one saved without (by a script) has none.
    names = [SLOT, None] if note.person else [None]
    shipped = _shipped_jinja()
    renderings = [(environment, NOTE_TEMPLATE) for environment in environments]
    renderings += [(shipped, older) for older in OLDER_NOTE_TEMPLATES]
    for environment, template_name in renderings:
        for name in names:
            values = {"note": note, "person_name": name, "items": _Anything()}
            try:
                template = environment.get_template(template_name)
                body = template.render(**values, threads=_Anything())
            except Exception:
                # A user's template may fail in any way on a note; then it says nothing about it.
                continue
            yield body


FOLLOWUP_TEMPLATE = "followup.md.j2"


def followup(
    locations: Locations,
    note: Note,
    person_name: str | None,
    message: FollowUp,
    *,
    markdown: bool = False,
    thread_labels: Mapping[str, str] | None = None,
) -> str:
    """The follow-up message for a conversation, said to the person: what was said and agreed,
    the support you give, after a check-in what was done, dropped and is still open, and the
    next check-in. `message` holds its sentences (domain/followup.py)."""
    return render(
        locations,
        FOLLOWUP_TEMPLATE,
        note=note,
        message=message,
        first_name=message.first_name,
        person_name=person_name,
        markdown=markdown,
        threads=thread_labels or {},
    )
