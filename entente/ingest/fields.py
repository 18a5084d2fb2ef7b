"""What a corpus line's fields mean: `url` as a web address (`published` is read by entente.publish_day)."""

from __future__ import annotations


def web_url(value: object) -> str | None:
    """An http(s) address as given, else None: a "javascript:" or "file:" url is never kept."""
    if isinstance(value, str) and value.strip().lower().startswith(("http://", "https://")):
        url = value.strip()
        return url if not any(c.isspace() or ord(c) < 0x20 for c in url) else None
    return None
