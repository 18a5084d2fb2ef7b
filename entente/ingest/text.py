"""Decoding and cleaning of raw text, and the document id derived from it."""

from __future__ import annotations

import codecs
import hashlib
import re
import unicodedata

# C0/C1 control characters other than tab and newline; NUL among them.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
# Bytes that occur in text files: printable, whitespace, and every byte >= 0x80 (encodings).
_TEXT_BYTES = bytes({7, 8, 9, 10, 12, 13, 27} | set(range(0x20, 0x7F)) | set(range(0x80, 0x100)))
_TRAILING_SPACE = re.compile(r"[ \t]+\n")


class UndecodableText(ValueError):
    """The bytes are not text in any encoding an office uses."""


def decode(data: bytes) -> str:
    """Decode bytes that claim to be text: UTF-8 (with or without BOM), UTF-16 with BOM, else cp1252.

    Raises UndecodableText for binary data (many NUL bytes in a file without a UTF-16 BOM).
    """
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8):].decode("utf-8", errors="replace")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", errors="replace")
    sample = data[:8192]
    if sample and len(sample.translate(None, _TEXT_BYTES)) > len(sample) // 20:
        raise UndecodableText("binary content (control bytes), not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def clean(text: str) -> str:
    """Normalise text the way every stage expects it: NFC, \\n line ends, no control characters."""
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _CONTROL.sub("", text)
    text = _TRAILING_SPACE.sub("\n", text)
    return text.strip("\n")


def document_id(text: str) -> str:
    """Hex SHA-256 of the cleaned text: the same text read from any file is one document."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


# Lines that open saved web pages and releases but are never their title.
_BOILERPLATE = re.compile(
    r"^(skip navigation|on the web|media contact|public contact|news release|press release|"
    r"(for )?immediate release|office of|u\.?s\.? department of|department of|https?:|www\.|or \+|\+\d|"
    r"[-=_*•]+$)",
    re.IGNORECASE,
)
_KICKER = re.compile(r"^(?P<kicker>[^—–]{1,25}?)\s+[—–]\s+(?P<rest>.{10,})$")


def title_from_text(text: str) -> str:
    """A title for a document that carries none: a Markdown heading, an all-caps headline, or the first
    line that is not page furniture ("Skip navigation links", URLs, contacts); cut to 200 characters.

    "USA/Pakistan — U.S., Pakistan Seek to Broaden Defense Relationship" gives the part after the kicker.
    """
    lines = [line.strip() for line in text.splitlines()[:80] if line.strip()]
    candidates = [line for line in lines if not _BOILERPLATE.match(line)]
    for line in candidates:
        if line.startswith("#"):
            return _tidy(line)
    for line in candidates:
        words = line.split()
        if len(words) >= 4 and line.upper() == line and sum(c.isalpha() for c in line) > len(line) / 2:
            return _tidy(line)
    for line in candidates:
        if len(line) > 3:
            kicker = _KICKER.match(line)
            return _tidy(kicker.group("rest") if kicker else line)
    return ""


def _tidy(line: str) -> str:
    return line.lstrip("#").strip().strip("*").strip()[:200]
