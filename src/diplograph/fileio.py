"""Writing files so that a failure never leaves half of one behind."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import NamedTuple

from .errors import InputError


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Write to a temporary file beside `path`, then rename it into place."""
    atomic_write_chunks(path, [data])


class FileRange(NamedTuple):
    """A stretch of another file, to be copied as a chunk by atomic_write_chunks."""

    path: Path
    offset: int
    length: int


def atomic_write_chunks(path: Path, chunks: Iterable[bytes | FileRange]) -> None:
    """atomic_write_bytes of the chunks one after another, without joining them in memory.

    A FileRange is copied by the kernel where it can (copy_file_range), which
    spares reading a large unchanged stretch into memory and writing it out.
    """
    path = Path(path)
    if path.is_dir():
        raise InputError("is a folder; give a file name to write to", path=str(path))
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as exc:
        raise InputError(f"cannot write here: {exc.strerror or exc}", path=str(path)) from None
    try:
        with os.fdopen(fd, "wb") as fh:
            for chunk in chunks:
                if isinstance(chunk, FileRange):
                    fh.flush()
                    _copy_range(chunk, fh)
                else:
                    fh.write(chunk)
        # mkstemp makes the file private; a written graph is an ordinary file (0666 less the umask)
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def atomic_write_text(path: Path, text: str) -> None:
    atomic_write_bytes(path, text.encode("utf-8"))


def _copy_range(r: FileRange, out) -> None:
    with open(r.path, "rb") as src:
        done = 0
        if hasattr(os, "copy_file_range"):
            try:
                while done < r.length:
                    n = os.copy_file_range(src.fileno(), out.fileno(), r.length - done, r.offset + done)
                    if n == 0:
                        break
                    done += n
            except OSError:
                pass    # not on this file system: copy through memory below
        if done < r.length:
            src.seek(r.offset + done)
            out.seek(0, os.SEEK_END)
            out.write(src.read(r.length - done))
            out.flush()
