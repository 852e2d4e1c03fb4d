"""A message as a mailto: link (RFC 6068): the address, then `subject` and `body` as header
fields, every character but the unreserved ones percent-encoded (UTF-8), line breaks as
`%0D%0A`.

Mail programs and the systems that hand links to them cut long links (Windows' shell at about
2,000 characters; some clients earlier), so `fitted` keeps a link within MAX_URI by leaving out
whole lines from the end of the body, and says how many.
"""

from __future__ import annotations

from urllib.parse import quote

MAX_URI = 2000
# What RFC 6068 lets stand in an address besides letters, digits and -._~ ('@' and the
# sub-delimiters other than ',', which would start another address, and '&', '=' and ';').
_ADDRESS_SAFE = "@!$'()*+"


def crlf(text: str) -> str:
    """Every line break (\\n, \\r\\n or a lone \\r) as CRLF, as RFC 6068 wants them."""
    return "\r\n".join(text.replace("\r\n", "\n").replace("\r", "\n").split("\n"))


def mailto_uri(to: str, subject: str, body: str) -> str:
    """The mailto: link: `to` (may be empty: the mail program asks), a one-line subject and
    the body."""
    fields = []
    if subject:
        fields.append("subject=" + quote(" ".join(subject.split()), safe=""))
    if body:
        fields.append("body=" + quote(crlf(body), safe=""))
    query = "?" + "&".join(fields) if fields else ""
    return f"mailto:{quote(to.strip(), safe=_ADDRESS_SAFE)}{query}"


def fitted(to: str, subject: str, body: str, limit: int = MAX_URI) -> tuple[str, int]:
    """The link with as many of the body's lines, from the start, as keep it within `limit`
    characters; and how many lines were left out (0 when the whole body fits)."""
    lines = body.rstrip("\n").split("\n")
    kept = len(lines)
    uri = mailto_uri(to, subject, body)
    while len(uri) > limit and kept > 0:
        kept -= 1
        uri = mailto_uri(to, subject, "\n".join(lines[:kept]))
    return uri, len(lines) - kept
