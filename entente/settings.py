"""Every setting once: name, default and one-line help, read from the environment."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Setting:
    name: str
    default: str
    help: str

    def value(self) -> str:
        return os.environ.get(self.name, self.default)


DATA_DIR = Setting(
    "ENTENTE_DATA_DIR", str(PROJECT_ROOT / "data"),
    "Folder holding the embedded SQLite store (entente.sqlite).",
)
DATABASE_URL = Setting(
    "ENTENTE_DATABASE_URL", "",
    "SQLAlchemy URL of the store; empty means sqlite:///<ENTENTE_DATA_DIR>/entente.sqlite.",
)
SEEDS_DIR = Setting(
    "ENTENTE_SEEDS_DIR", str(PROJECT_ROOT / "seeds"),
    "Folder of the seed documents loaded into an empty store on first run.",
)
MAX_FILE_BYTES = Setting(
    "ENTENTE_MAX_FILE_BYTES", str(50 * 1024 * 1024),
    "Files larger than this many bytes are rejected unread.",
)
MAX_TEXT_CHARS = Setting(
    "ENTENTE_MAX_TEXT_CHARS", str(2_000_000),
    "Documents whose plain text is longer than this many characters are rejected (texts are parsed in "
    "chunks, so any length fits in memory; extraction takes about 60 CPU seconds a million characters of "
    "prose, 80 of short lines, 85 of an HTML table: bench/bench_shapes.py).",
)
CHUNK_CHARS = Setting(
    "ENTENTE_CHUNK_CHARS", str(100_000),
    "Longer texts are parsed in pieces of at most this many characters (cut at paragraph, line, sentence "
    "or word breaks), which bounds the memory one document takes; at most 1,000,000.",
)

PARSE_TIMEOUT = Setting(
    "ENTENTE_PARSE_TIMEOUT", "60",
    "Seconds a PDF, DOCX or HTML file may take to parse (in a separate process) before it is rejected.",
)
PARSER_MEMORY_BYTES = Setting(
    "ENTENTE_PARSER_MEMORY_BYTES", str(2 * 1024**3),
    "Address-space limit of the PDF/DOCX/HTML parser process, in bytes.",
)
UPLOAD_TIMEOUT = Setting(
    "ENTENTE_UPLOAD_TIMEOUT", "600",
    "Seconds the app's upload process may spend on one uploaded file (read, extract, store) before it is "
    "stopped and the file reported as failed.",
)
UPLOAD_MEMORY_BYTES = Setting(
    "ENTENTE_UPLOAD_MEMORY_BYTES", str(4 * 1024**3),
    "Address-space limit of the process in which the app reads, extracts and stores uploads (and re-extracts "
    "stored documents), in bytes.",
)
MAX_UNZIPPED_BYTES = Setting(
    "ENTENTE_MAX_UNZIPPED_BYTES", str(200 * 1024 * 1024),
    "A .docx whose parts would inflate past this many bytes is rejected before inflating.",
)

THEMES = Setting(
    "ENTENTE_THEMES", "",
    "Path of a user's own theme taxonomy (TOML) used instead of the shipped entente/data/themes.toml.",
)
APP_EXPORT_EVENTS = Setting(
    "ENTENTE_APP_EXPORT_EVENTS", "20000",
    "The app offers downloads of views with at most this many events; larger exports are made with "
    "`entente export`, since the server holds a downloaded file in memory until the session ends.",
)
PUBLISHER_TZ = Setting(
    "ENTENTE_PUBLISHER_TZ", "America/New_York",
    "Time zone (IANA name) in which a corpus line's `published` timestamp is read as a day: a release "
    "stamped 01:46 UTC is the previous day's in Washington. A dateline in the text takes precedence.",
)

ALL_SETTINGS: tuple[Setting, ...] = (
    DATA_DIR, DATABASE_URL, SEEDS_DIR, MAX_FILE_BYTES, MAX_TEXT_CHARS, CHUNK_CHARS, PARSE_TIMEOUT,
    PARSER_MEMORY_BYTES, UPLOAD_TIMEOUT, UPLOAD_MEMORY_BYTES, MAX_UNZIPPED_BYTES, THEMES, APP_EXPORT_EVENTS,
    PUBLISHER_TZ,
)


def database_url(override: str | None = None) -> str:
    """The store's SQLAlchemy URL: an explicit override, else ENTENTE_DATABASE_URL, else the data dir."""
    if override:
        return override
    url = DATABASE_URL.value()
    if url:
        return url
    return f"sqlite:///{Path(DATA_DIR.value()) / 'entente.sqlite'}"


def seeds_dir() -> Path:
    return Path(SEEDS_DIR.value())


def max_file_bytes() -> int:
    return int(MAX_FILE_BYTES.value())


def max_text_chars() -> int:
    return int(MAX_TEXT_CHARS.value())


def chunk_chars() -> int:
    """ENTENTE_CHUNK_CHARS, kept within what spaCy parses in one piece (1,000,000 characters)."""
    return max(1_000, min(int(CHUNK_CHARS.value()), 1_000_000))


def parse_timeout() -> float:
    return float(PARSE_TIMEOUT.value())


def parser_memory_bytes() -> int:
    return int(PARSER_MEMORY_BYTES.value())


def upload_timeout() -> float:
    return float(UPLOAD_TIMEOUT.value())


def upload_memory_bytes() -> int:
    return int(UPLOAD_MEMORY_BYTES.value())


def max_unzipped_bytes() -> int:
    return int(MAX_UNZIPPED_BYTES.value())


def app_export_events() -> int:
    return int(APP_EXPORT_EVENTS.value())


def publisher_tz() -> str:
    return PUBLISHER_TZ.value() or "America/New_York"
