"""Decoding and cleaning of raw text, display-safe names, and the document id derived from the text."""

from __future__ import annotations

import codecs
import hashlib
import re
import unicodedata

# C0/C1 control characters other than tab and newline; NUL among them.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
# Line and paragraph separators that str.splitlines() honours but a reader never sees as text.
_LINE_BREAKS = re.compile(r"[\x85\u2028\u2029]")
# Bidirectional embeddings, overrides and isolates: "\u202eevil" would show reversed, reordering a title or
# a quote around it. Plain text needs none of them to show its own letters in their own direction.
_BIDI_CONTROLS = re.compile(r"[\u202a-\u202e\u2066-\u2069]")
# A byte-order mark inside the text (files concatenated with `cat`) is a zero-width nothing.
_STRAY_BOM = "\ufeff"
# Bytes that occur in text files: printable, whitespace, and every byte >= 0x80 (encodings).
_TEXT_BYTES = bytes({7, 8, 9, 10, 12, 13, 27} | set(range(0x20, 0x7F)) | set(range(0x80, 0x100)))
# Characters that must never reach a terminal or a page unescaped in a file name: controls (newline,
# escape sequences), invisible format characters (bidi overrides that make "txt.exe" read "exe.txt").
_UNSAFE_IN_NAME = {"Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"}


class UndecodableText(ValueError):
    """The bytes are not text in any encoding an office uses."""


def _cp1252_fallback(error: UnicodeError) -> tuple[str, int]:
    """Decode the bytes that are not UTF-8 as Windows-1252 (latin-1 for its five undefined bytes)."""
    assert isinstance(error, UnicodeDecodeError)
    bad = error.object[error.start:error.end]
    return "".join(bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in bad), error.end


codecs.register_error("entente-cp1252", _cp1252_fallback)


def _utf16_without_bom(sample: bytes) -> str | None:
    """"utf-16-le" / "utf-16-be" when every other byte is NUL, as in ASCII text saved as UTF-16 without a
    byte-order mark (some Windows exports); None otherwise."""
    if len(sample) < 4:
        return None
    even, odd = sample[0::2], sample[1::2]
    for zeros, chars, codec in ((odd, even, "utf-16-le"), (even, odd, "utf-16-be")):
        if (zeros.count(0) > 0.9 * len(zeros) and chars.count(0) < 0.1 * len(chars)
                and len(chars.translate(None, _TEXT_BYTES)) <= len(chars) // 20):
            return codec
    return None


def decode(data: bytes) -> str:
    """Decode bytes that claim to be text: UTF-8 (with or without BOM), UTF-16 (with a BOM, or ASCII-range
    text without one), else Windows-1252; in a UTF-8 file, the odd byte that is not UTF-8 (a curly quote
    pasted from Word) is read as Windows-1252 rather than turning the whole file into mojibake.

    Raises UndecodableText for binary data (control bytes in a file that is not UTF-16).
    """
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8):].decode("utf-8", errors="entente-cp1252")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", errors="replace")
    sample = data[:8192]
    utf16 = _utf16_without_bom(sample)
    if utf16:
        return data.decode(utf16, errors="replace")
    if sample and len(sample.translate(None, _TEXT_BYTES)) > len(sample) // 20:
        raise UndecodableText("binary content (control bytes), not text")
    return data.decode("utf-8", errors="entente-cp1252")


def clean(text: str) -> str:
    """Normalise text the way every stage expects it: NFC, \\n line ends, no control characters."""
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _LINE_BREAKS.sub("\n", text).replace(_STRAY_BOM, "")
    text = _CONTROL.sub("", text)
    text = _BIDI_CONTROLS.sub("", text)
    # Line by line, not a regex: "[ \t]+\n" is quadratic on a long run of spaces (minutes for 200 KB).
    text = "\n".join(line.rstrip(" \t") for line in text.split("\n"))
    return text.strip("\n")


def safe_name(name: str) -> str:
    """A file name or corpus id as one printable line: control and invisible format characters are written
    as escapes, so "report\\n.txt" prints as `report\\x0a.txt` and an RTL override as `\\u202e`.

    The same raw name always gives the same safe name, so it still keys the store's sources.
    """
    out = []
    for char in name:
        if unicodedata.category(char) in _UNSAFE_IN_NAME:
            code = ord(char)
            out.append(f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}" if code < 0x10000
                       else f"\\U{code:08x}")
        else:
            out.append(char)
    return "".join(out)


def one_line(text: str, limit: int = 300, *, drop_bidi: bool = True) -> str:
    """A title or a reason as one clean line of at most `limit` characters (whitespace runs collapsed, bidi
    controls dropped unless `drop_bidi` is False: a name keeps them, for `safe_name` to show)."""
    text = _CONTROL.sub(" ", unicodedata.normalize("NFC", text))
    text = _BIDI_CONTROLS.sub("", text) if drop_bidi else text
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def document_id(text: str) -> str:
    """Hex SHA-256 of the cleaned text: the same text read from any file is one document."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def file_id(data: bytes) -> str:
    """Hex SHA-256 of a file's bytes (salted apart from any text's id): the id of a document that has
    no text to key it by, such as a scanned PDF."""
    return hashlib.sha256(b"entente file\0" + data).hexdigest()


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
