"""Fetching an article from an ``http(s)://`` URL, with a timeout and a size limit."""

from __future__ import annotations

import re
import socket
import urllib.error
import urllib.request
from dataclasses import dataclass

from studyapp import __version__
from studyapp.errors import InputError

TIMEOUT_S = 20.0
MAX_BYTES = 10 * 1024 * 1024
_TEXT_TYPES = ("text/html", "application/xhtml+xml", "text/plain", "text/markdown")


@dataclass(frozen=True, slots=True)
class FetchedPage:
    url: str  # after redirects
    text: str
    content_type: str


def is_url(source: str) -> bool:
    return bool(re.match(r"(?i)^https?://\S+$", source.strip()))


def fetch(url: str, timeout: float = TIMEOUT_S, max_bytes: int = MAX_BYTES) -> FetchedPage:
    """Download a web page as text. Every failure is an :class:`InputError` with one clear line."""
    url = url.strip()
    if not is_url(url):
        raise InputError(f"not a web address: {url!r}")
    request = urllib.request.Request(url, headers={"User-Agent": f"studyapp/{__version__}", "Accept": "text/html,text/plain;q=0.9,*/*;q=0.1"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310 (http/https only, checked above)
            content_type = response.headers.get_content_type()
            if content_type not in _TEXT_TYPES:
                raise InputError(f"{url} is not a web page or text ({content_type})")
            length = response.headers.get("Content-Length")
            if length and length.isdigit() and int(length) > max_bytes:
                raise InputError(f"{url} is larger than {max_bytes // (1024 * 1024)} MB")
            body = response.read(max_bytes + 1)
            if len(body) > max_bytes:
                raise InputError(f"{url} is larger than {max_bytes // (1024 * 1024)} MB")
            charset = response.headers.get_content_charset()
            final_url = response.geturl()
    except InputError:
        raise
    except urllib.error.HTTPError as exc:
        raise InputError(f"cannot fetch {url}: HTTP {exc.code} {exc.reason}") from None
    except urllib.error.URLError as exc:
        reason = exc.reason
        if isinstance(reason, (socket.timeout, TimeoutError)):
            raise InputError(f"cannot fetch {url}: no answer within {timeout:g} s") from None
        if isinstance(reason, socket.gaierror):
            raise InputError(f"cannot fetch {url}: the host is unknown or you are offline") from None
        raise InputError(f"cannot fetch {url}: {getattr(reason, 'strerror', None) or reason}") from None
    except (TimeoutError, socket.timeout):
        raise InputError(f"cannot fetch {url}: no answer within {timeout:g} s") from None
    except (OSError, ValueError) as exc:
        raise InputError(f"cannot fetch {url}: {exc}") from None
    if charset is None:
        m = re.search(rb"""<meta[^>]+charset=["']?([\w-]+)""", body[:4096], re.IGNORECASE)
        charset = m.group(1).decode("ascii") if m else "utf-8"
    try:
        text = body.decode(charset, errors="replace")
    except LookupError:
        text = body.decode("utf-8", errors="replace")
    return FetchedPage(final_url, text, content_type)
