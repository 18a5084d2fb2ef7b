"""Walking folders: the files to read, and the entries that cannot be read, each with the reason."""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Iterable, Iterator
from pathlib import Path

from entente.ingest.readers import SUPPORTED_SUFFIXES, ReadFailure
from entente.ingest.text import safe_name


def _not_a_file(path: Path) -> str | None:
    """Why a folder entry that is neither a regular file nor a folder cannot be read; None for a file or a
    folder (a folder reached through a link is not followed: a link can make a folder contain itself)."""
    try:
        mode = path.stat().st_mode
    except OSError as exc:
        if path.is_symlink():
            if exc.errno == errno.ELOOP:
                return "skipped: a link that leads back to itself (a loop)"
            return f"skipped: a link to something that does not exist ({safe_name(os.readlink(path))})"
        return f"skipped: cannot be opened ({exc.strerror or exc})"
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        if not path.is_symlink():
            return None
        target = path.resolve()
        if target == path.parent.resolve() or target in path.parent.resolve().parents:
            return "skipped: a link back to a folder that holds it (a loop)"
        return "skipped: a link to another folder; links to folders are not followed (add that folder itself)"
    what = ("a named pipe" if stat.S_ISFIFO(mode) else "a socket" if stat.S_ISSOCK(mode)
            else "a device" if stat.S_ISCHR(mode) or stat.S_ISBLK(mode) else "not a regular file")
    return f"skipped: {what}, not a file (reading it could block or never end)"


def iter_paths(paths: Iterable[Path]) -> Iterator[Path | ReadFailure]:
    """Expand folders recursively (sorted, hidden files skipped); missing paths become failures.

    In a folder, files of other types (images, spreadsheets) are skipped; a file named on its own is
    always read, so an unsupported one is reported. Entries that cannot be read (a link to nothing, a link
    loop, a pipe or a device) are reported as skipped, with the reason.
    """
    for path in paths:
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if any(part.startswith(".") for part in child.relative_to(path).parts):
                    continue
                why = _not_a_file(child)
                if why:
                    yield ReadFailure(safe_name(str(child)), why, skipped=True)
                elif child.is_file() and child.suffix.lower() in SUPPORTED_SUFFIXES:
                    yield child
        elif path.is_file():
            yield path
        elif path.exists() or path.is_symlink():  # a pipe or a device would block or never end
            yield ReadFailure(safe_name(str(path)), (_not_a_file(path) or "not a regular file")
                              .removeprefix("skipped: "))
        else:
            yield ReadFailure(safe_name(str(path)), "no such file or folder")
