"""What grow hands to the desktop around it: `grow due --notify`'s notification, and the
follow-up on the clipboard (`--copy`) or in a new e-mail (`--mailto`).

The desktop programs are ui/desktop.py's; this module decides what to give them and says, in
one line on standard error, when the desktop could not take it. The output the command prints
is never held back: nothing is lost when there is no desktop.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from grow_cli.env import Environment
from grow_cli.ui import desktop, output

if TYPE_CHECKING:
    from grow_cli.app.records import Records
    from grow_cli.domain.due import DueEntry
    from grow_cli.domain.models import Note


def notify_due(entries: list[DueEntry], name_of: Callable[[str], str], env: Environment) -> None:
    """One desktop notification of what is due (none when nothing is)."""
    if not entries:
        return
    from grow_cli.ui.views.items import due_notification

    title, body = due_notification(entries, name_of, env.today)
    problem = desktop.notify(title, body, env.environ)
    if problem is not None:
        output.notice(f"No desktop notification: {problem}.")


def copy_followup(text: str, env: Environment) -> None:
    """The follow-up on the clipboard; a line saying so, or saying why it is not."""
    problem = desktop.copy_to_clipboard(text, env.environ)
    if problem is None:
        output.notice("Copied the follow-up to the clipboard.")
    else:
        output.notice(f"Not copied: {problem}. The message is printed above.")


@dataclass(frozen=True)
class MailLink:
    """A follow-up as a mailto: link, and how much of the message it left out."""

    uri: str
    lines_left_out: int


def mail_link(found: Records, note: Note, text: str, today: dt.date) -> MailLink:
    """The follow-up to `note` as a mailto: link: to the person's e-mail when their profile has
    one, its subject the topic and day, its body the message cut at a whole line to keep the
    link within what mail programs take (domain/mailto.MAX_URI)."""
    from grow_cli.domain.mailto import fitted

    person = found.people.get(note.person or "")
    to = person.email if person is not None and person.email else ""
    uri, left_out = fitted(to, subject_of(note.topic, note.date, today), text)
    return MailLink(uri, left_out)


def open_mail(link: MailLink, env: Environment, *, force: bool) -> None:
    """Print the link, then open it in the mail program when there is a terminal (or `force`),
    saying so, or why it could not."""
    output.line(link.uri)
    if link.lines_left_out:
        output.notice(
            f"The message is too long for a mailto: link: its last {link.lines_left_out} "
            "lines are left out of it. Paste the whole message instead (--copy)."
        )
    if not (force or env.stdout_isatty):
        return
    problem = desktop.open_uri(link.uri, env.environ)
    if problem is None:
        output.notice("Opened it in your mail program; read it through before you send it.")
    else:
        output.notice(f"Not opened: {problem}. Copy the link above into a browser or mail program.")


def subject_of(topic: str | None, day: dt.date, today: dt.date) -> str:
    """The follow-up's subject: 'Follow-up: <topic> (Wednesday 2 December)', the year shown
    when it is not this year's."""
    from grow_cli.domain.followup import long_date

    about = " ".join((topic or "").split()) or "our conversation"
    return f"Follow-up: {about} ({long_date(day, today)})"
