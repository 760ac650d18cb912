"""Article links: only `http(s)` URLs with a host are links; anything else is no link at all.

Browsers strip leading and trailing control characters and spaces and drop tabs and newlines
anywhere before they read a URL's scheme (WHATWG URL standard), so `java<TAB>script:` and
`\\x01javascript:` run as `javascript:` when clicked. `safe_url` reads the scheme the same way and
returns "" for every other scheme (`javascript:`, `data:`, `file:`), for URLs without `//host`, and
for URLs with a user name (`https://www.bbc.co.uk@evil.example` hides its real host).
Pure Python: the readers and the dashboard both use it.
"""
from __future__ import annotations

import re
from urllib.parse import quote, urlsplit, urlunsplit

SCHEMES = ("http", "https")
_C0_AND_SPACE = "".join(chr(c) for c in range(0x21))  # what browsers strip from both ends
_TAB_NEWLINE = re.compile(r"[\t\n\r]")  # what browsers remove anywhere
_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:")
_BAD_HOST = re.compile(r"[\x00-\x20\x7f#/:<>?@\[\\\]^|%\"'`{}]")
_SAFE_CHARS = "!#$%&'()*+,/:;=?@[]~"  # kept as they are; spaces, quotes, < > and controls are %-encoded


def safe_url(value: object) -> str:
    """`value` as a normalised http(s) URL (scheme and host lower-cased, unsafe characters %-encoded),
    or "" when it is not one."""
    if not isinstance(value, str):
        return ""
    text = _TAB_NEWLINE.sub("", value.strip(_C0_AND_SPACE))
    scheme = _SCHEME.match(text)
    if not scheme or scheme.group(0)[:-1].lower() not in SCHEMES or not text[scheme.end():].startswith("//"):
        return ""
    try:
        parts = urlsplit(text)
        port = parts.port  # raises ValueError for a port that is not a number
    except ValueError:
        return ""
    host = parts.hostname or ""
    if not host or _BAD_HOST.search(host) or parts.username is not None:
        return ""
    netloc = host if port is None else f"{host}:{port}"
    return urlunsplit((parts.scheme.lower(), netloc, quote(parts.path, safe=_SAFE_CHARS),
                       quote(parts.query, safe=_SAFE_CHARS), quote(parts.fragment, safe=_SAFE_CHARS)))
