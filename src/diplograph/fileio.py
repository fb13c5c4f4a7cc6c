"""Writing files so that a failure never leaves half of one behind.

Where a command writes (`-o`) is one of three kinds (`target`):

- `-`, standard output;
- a special file (a character or block device such as /dev/null, a FIFO, a
  socket), written directly: renaming a file over it would replace the device
  node or the pipe with a regular file;
- a regular file, or a name not yet taken: written to a temporary file beside
  it and renamed into place, so that a reader sees the old file or the new
  one, never half of one.

A symbolic link is followed to the file it names (a link to /dev/null writes
to the device; a link to a regular file replaces that file, and the link
stays a link).

A build holds a lock on its output (and on its cache folder) for its whole
run (`exclusive`), and stages its output under a name of its own
(`staged_beside`); what a killed build left beside the output is removed by
the next one (`remove_stale`).
"""

from __future__ import annotations

import errno
import fcntl
import os
import stat
import sys
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO, NamedTuple

from .errors import InputError

STDOUT = "-"
# The suffixes of what a writer leaves beside its target while it works: atomic_write_chunks'
# temporary file and a build's staged graph.
TMP_SUFFIX, STAGED_SUFFIX = ".tmp", ".staged"
_BLOCK = 1 << 20


class Target(NamedTuple):
    """Where `-o` writes: kind is "stdout", "special" or "regular"; path is the file written,
    symbolic links followed (None for standard output)."""

    kind: str
    path: Path | None

    @property
    def regular(self) -> bool:
        return self.kind == "regular"


def target(path: str | Path) -> Target:
    """What writing to `path` means (see the module's docstring)."""
    if str(path) == STDOUT:
        return Target("stdout", None)
    path = Path(path)
    real = Path(os.path.realpath(path))
    try:
        st = os.stat(real)
    except FileNotFoundError:
        return Target("regular", real)
    except OSError as exc:
        # a symbolic link that loops, a folder on the way that cannot be searched
        raise InputError(f"cannot write here: {exc.strerror or exc}", path=str(path)) from None
    if stat.S_ISDIR(st.st_mode):
        raise InputError("is a folder; give a file name to write to", path=str(path))
    if stat.S_ISREG(st.st_mode):
        return Target("regular", real)
    return Target("special", real)


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Write `data` to `path`: a regular file through a temporary file beside it renamed into
    place; standard output (`-`) and special files directly."""
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
    where = target(path)
    if not where.regular:
        write_direct(where, chunks, name=str(path))
        return
    with atomic_open(path, where) as fh:
        _write_chunks(fh, chunks)


@contextmanager
def atomic_open(path: Path, where: Target | None = None) -> Iterator[BinaryIO]:
    """A binary file to write `path` through, as atomic_write_bytes writes it: a regular file is
    renamed into place when the block ends without an error (and removed if it raises);
    standard output and special files are written directly."""
    where = where or target(path)
    if not where.regular:
        with _direct(where, name=str(path)) as out:
            yield out
        return
    real = where.path
    assert real is not None  # a regular target has its path
    try:
        real.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{real.name}.", suffix=TMP_SUFFIX, dir=real.parent)
    except OSError as exc:
        raise InputError(f"cannot write here: {exc.strerror or exc}", path=str(path)) from None
    try:
        with os.fdopen(fd, "wb") as fh:
            yield fh
        publish(Path(tmp), real)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def publish(tmp: Path, real: Path) -> None:
    """Rename the finished regular file `tmp` over `real`, with the mode an ordinary new file has.

    mkstemp makes the file private; a written graph is an ordinary file (0666 less the umask).
    """
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(tmp, 0o666 & ~umask)
    os.replace(tmp, real)


def write_direct(where: Target, chunks: Iterable[bytes | FileRange], *, name: str | None = None) -> None:
    """Write the chunks straight into standard output or a special file (no temporary file)."""
    with _direct(where, name=name) as out:
        _write_chunks(out, chunks)


@contextmanager
def _direct(where: Target, *, name: str | None = None) -> Iterator[BinaryIO]:
    """Standard output or a special file, opened for writing in place."""
    name = name or str(where.path)
    try:
        if where.kind == "stdout":
            out = sys.stdout.buffer
            sys.stdout.flush()
            yield out
            out.flush()
        else:
            path = where.path
            assert path is not None  # only standard output has no path
            if stat.S_ISSOCK(os.stat(path).st_mode):
                import socket

                with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
                    sock.connect(str(path))
                    with sock.makefile("wb") as fh:
                        yield fh
            else:
                # a FIFO: open blocks until something reads it, as for any writer of a pipe
                with open(path, "wb") as fh:
                    yield fh
    except BrokenPipeError:
        raise InputError("the reader closed it before the end was written", path=name) from None
    except OSError as exc:
        raise InputError(f"cannot write here: {exc.strerror or exc}", path=name) from None


def write_plain(path: Path, chunks: Iterable[bytes | FileRange]) -> None:
    """Write the chunks into the regular file `path` in place (a file of the caller's own)."""
    with open(path, "wb") as fh:
        _write_chunks(fh, chunks)


def _write_chunks(fh: BinaryIO, chunks: Iterable[bytes | FileRange]) -> None:
    for chunk in chunks:
        if isinstance(chunk, FileRange):
            fh.flush()
            _copy_range(chunk, fh)
        else:
            fh.write(chunk)


def atomic_write_text(path: Path, text: str) -> None:
    atomic_write_bytes(path, text.encode("utf-8"))


def _copy_range(r: FileRange, out: BinaryIO) -> None:
    with open(r.path, "rb") as src:
        done = 0
        seekable = out.seekable()
        if hasattr(os, "copy_file_range") and seekable:
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
            if seekable:
                out.seek(0, os.SEEK_END)
            while done < r.length:
                block = src.read(min(_BLOCK, r.length - done))
                if not block:
                    break
                out.write(block)
                done += len(block)
            out.flush()


# ----- a build's output: staged beside it, locked, and what a killed build left ------------------


def staged_beside(real: Path) -> Path:
    """A new, empty file of this process's own beside `real`, to write a graph into before it is
    renamed over `real`: two builds never share one (`.NAME.RANDOM.staged`)."""
    try:
        real.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{real.name}.", suffix=STAGED_SUFFIX, dir=real.parent)
    except OSError as exc:
        raise InputError(f"cannot write here: {exc.strerror or exc}", path=str(real)) from None
    os.close(fd)
    return Path(tmp)


def staged_elsewhere() -> Path:
    """A new, empty regular file in the temporary folder, to stage a graph bound for standard
    output or a special file (nothing may be written beside /dev/null)."""
    fd, tmp = tempfile.mkstemp(prefix=".diplograph-", suffix=STAGED_SUFFIX)
    os.close(fd)
    return Path(tmp)


def leftovers(real: Path) -> list[Path]:
    """What writers of `real` leave beside it while they work (`.NAME.staged`, `.NAME.*.staged`,
    `.NAME.*.tmp`, and a large build's `.NAME.parts-*` folders)."""
    folder = real.parent
    if not folder.is_dir():
        return []
    head = f".{real.name}."
    found = []
    try:
        names = os.listdir(folder)
    except OSError:
        return []
    for name in sorted(names):
        if name == f".{real.name}{STAGED_SUFFIX}" or (name.startswith(head) and (
                name.endswith((STAGED_SUFFIX, TMP_SUFFIX)) or name[len(head):].startswith("parts-"))):
            found.append(folder / name)
    return found


def remove_stale(real: Path) -> list[tuple[Path, int]]:
    """Remove what an interrupted build (or writer) of `real` left beside it; return each path removed
    and its size in bytes. Call it only while holding `exclusive` on `real`: then no other build is
    writing them."""
    return remove_all(leftovers(real))


def remove_all(paths: Iterable[Path]) -> list[tuple[Path, int]]:
    """Remove these files and folders; return each one removed, with its size in bytes."""
    import shutil

    removed = []
    for path in paths:
        try:
            if path.is_dir() and not path.is_symlink():
                size = sum(f.stat().st_size for f in path.rglob("*") if f.is_file())
                shutil.rmtree(path)
            else:
                size = path.lstat().st_size
                path.unlink()
        except OSError:
            continue
        removed.append((path, size))
    return removed


@contextmanager
def exclusive(lock: Path, busy: str) -> Iterator[None]:
    """Hold an exclusive lock (flock) on the file `lock` while inside; the file is removed on the way
    out. When another process holds it, raise InputError (exit 2) with `busy` and that process's id:
    a second build refuses at once rather than wait for a first that may take hours.
    """
    lock = Path(lock)
    lock.parent.mkdir(parents=True, exist_ok=True)
    while True:
        try:
            fd = os.open(lock, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o644)
        except OSError as exc:
            raise InputError(f"cannot lock: {exc.strerror or exc}", path=str(lock)) from None
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            holder = os.pread(fd, 32, 0).decode("ascii", "replace").strip()
            os.close(fd)
            if exc.errno not in (errno.EAGAIN, errno.EACCES):
                raise InputError(f"cannot lock: {exc.strerror or exc}", path=str(lock)) from None
            # the holder writes its id just after it takes the lock: it may not be there yet
            raise InputError(busy + (f" (process {holder})" if holder.isdigit() else " (another process)")) \
                from None
        # the holder before us removes the file before it lets go: a lock on a removed file is no lock
        try:
            same = os.path.samestat(os.fstat(fd), os.stat(lock))
        except FileNotFoundError:
            same = False
        if same:
            break
        os.close(fd)
    try:
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode(), 0)
        yield
    finally:
        try:
            os.unlink(lock)
        except OSError:
            pass
        os.close(fd)


def lock_path(real: Path) -> Path:
    """The lock file of a build writing the regular file `real`: `.NAME.lock` beside it."""
    return real.with_name(f".{real.name}.lock")
