"""The disk: finding the journal, reading it within limits, locking, and every write the tool makes.

Every file repairkit writes goes through here:
- the journal: a temp file beside it, fsync, rename, fsync of the folder, under
  an exclusive flock on the folder (never on the file that is replaced), and
  never while git holds the repository's index lock (a pull is writing);
- files people asked for (exports, drafts, `.gitattributes`): never through a
  symlink at the final name, never through a symlink inside a git work tree
  that leads out of it, and never over an existing file unless the caller
  says the person agreed;
- the user's own data (private notes, the safety-screen marker): 0600 files in
  a 0700 folder, every byte checked written and fsynced.
Operating-system failures (a full disk, a read-only folder, a name too long)
become one clear RepairError with a hint, never a traceback.
"""
from __future__ import annotations

import contextlib
import errno
import fcntl
import os
import stat
import time
from collections.abc import Iterator
from pathlib import Path

from repairkit.errors import FileProblem, JournalError, UsageError

DEFAULT_NAME = "repair.yaml"
MAX_BYTES = 50 * 1024 * 1024
LOCK_TIMEOUT = 10.0
TEMP_PREFIX = ".repair-tmp-"
SAVED: list[str] = []  # every file this process has written, so an interrupted command can say what stands


# ------------------------------------------------------------------ finding ---

def find_journal(explicit: str | os.PathLike | None = None, cwd: Path | None = None) -> Path:
    """--journal › $REPAIR_JOURNAL › the nearest repair.yaml here or above."""
    if explicit:
        return Path(explicit)
    env = os.environ.get("REPAIR_JOURNAL")
    if env:
        return Path(env)
    try:
        here = (cwd or Path.cwd()).resolve()
    except OSError as e:
        raise JournalError(f"the current folder cannot be read ({e.strerror or e})",
                           hint="cd into a folder that exists, or pass --journal PATH") from None
    for folder in (here, *here.parents):
        candidate = folder / DEFAULT_NAME
        with contextlib.suppress(OSError):
            if candidate.is_file():
                return candidate
    raise JournalError(f"no {DEFAULT_NAME} here or in any folder above",
                       hint="run `repair init` to start a journal, or pass --journal PATH")


def display_path(path: Path | str) -> str:
    """The path as the user would write it: relative when it is below the current folder."""
    p = Path(path)
    try:
        rel = os.path.relpath(p)
    except (ValueError, OSError):
        return str(p)
    return rel if not rel.startswith("..") else str(p)


# ------------------------------------------------------------------- errors ---

_FULL = (errno.ENOSPC, errno.EDQUOT)


def os_problem(e: OSError, doing: str, path: Path | str | None = None, *,
               kind: type = FileProblem) -> Exception:
    """One clear error for an operating-system failure: what we were doing, why, and what to try."""
    shown = display_path(path) if path is not None else None
    where = f" {shown}" if shown else ""
    code = e.errno
    if code in _FULL:
        return kind(f"could not {doing}{where}: the disk is full", hint="free some space, then run it again; "
                    "nothing was changed")
    if code == errno.EFBIG:
        return kind(f"could not {doing}{where}: the file would be larger than this system allows",
                    hint="check `ulimit -f` and the file system's limits; nothing was changed")
    if code in (errno.EACCES, errno.EPERM):
        return kind(f"could not {doing}{where}: permission denied",
                    hint="check the owner and mode of the file and its folder (`ls -ld`)")
    if code == errno.EROFS:
        return kind(f"could not {doing}{where}: the file system is read-only",
                    hint="use a folder you can write to")
    if code == errno.ENAMETOOLONG:
        return UsageError(f"could not {doing}: the file name is too long", hint="choose a shorter name")
    if code == errno.ENOENT:
        return kind(f"could not {doing}{where}: a folder on the way does not exist",
                    hint="check the path, or create the folder first")
    if code == errno.ENOTDIR:
        return kind(f"could not {doing}{where}: part of the path is a file, not a folder", hint="check the path")
    if code == errno.EISDIR:
        return kind(f"could not {doing}{where}: it is a folder", hint="give a file name")
    if code == errno.ELOOP:
        return kind(f"could not {doing}{where}: too many symbolic links", hint="check the links on the way")
    if code == errno.EIO:
        return kind(f"could not {doing}{where}: the disk reported an input/output error",
                    hint="check the disk; nothing was changed")
    reason = e.strerror or type(e).__name__
    return kind(f"could not {doing}{where}: {reason.lower()}", hint="check the path and try again")


# ------------------------------------------------------------------ reading ---

def read_bytes(path: Path) -> bytes:
    """The journal's bytes; refused by size before any is read, and never blocking on a FIFO."""
    shown = display_path(path)
    too_big = JournalError(f"the journal is over the {MAX_BYTES // (1024 * 1024)} MB a journal may be",
                           path=shown, line=1, col=1,
                           hint="is this the right file? a journal of years of entries is a few MB")
    try:
        # O_NONBLOCK only for the open: a FIFO with no writer would otherwise wait forever.
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_CLOEXEC)
        with os.fdopen(fd, "rb") as f:
            info = os.fstat(fd)
            if stat.S_ISDIR(info.st_mode):
                raise IsADirectoryError(path)
            if info.st_size > MAX_BYTES:
                too_big.message = f"the journal is {info.st_size / (1024 * 1024):.1f} MB, over the " \
                                  f"{MAX_BYTES // (1024 * 1024)} MB a journal may be"
                raise too_big
            fcntl.fcntl(fd, fcntl.F_SETFL, fcntl.fcntl(fd, fcntl.F_GETFL) & ~os.O_NONBLOCK)
            data = f.read(MAX_BYTES + 1)
        if len(data) > MAX_BYTES:  # grew since fstat(), or not a regular file
            raise too_big
        return data
    except FileNotFoundError:
        if os.path.islink(path):
            raise JournalError(f"{shown} is a symbolic link to {os.readlink(path)}, which does not exist",
                               hint="fix or remove the link, or pass --journal with the real file") from None
        raise JournalError(f"{shown} does not exist", hint="run `repair init` to start a journal") from None
    except IsADirectoryError:
        raise JournalError(f"{shown} is a folder, not a journal file") from None
    except PermissionError:
        raise JournalError(f"{shown} cannot be read (permission denied)",
                           hint="check the file's owner and mode (`ls -l`)") from None
    except OSError as e:
        raise os_problem(e, "read", path, kind=JournalError) from None


# ------------------------------------------------------------------ git ---

def git_dir(folder: Path) -> Path | None:
    """The .git folder of the work tree holding `folder` (following a worktree's `gitdir:` file), if any."""
    try:
        folder = Path(os.path.realpath(folder))
    except OSError:
        return None
    for d in (folder, *folder.parents):
        dot = d / ".git"
        try:
            info = os.lstat(dot)
        except OSError:
            continue
        if stat.S_ISDIR(info.st_mode):
            return dot
        if stat.S_ISREG(info.st_mode):
            try:
                with open(dot, encoding="utf-8", errors="replace") as f:
                    line = f.read(4096).strip()
            except OSError:
                return None
            if line.startswith("gitdir:"):
                target = Path(line[len("gitdir:"):].strip())
                return target if target.is_absolute() else (d / target)
        return None
    return None


def work_tree(path: Path) -> Path | None:
    """The top of the git work tree that holds `path` (a file or folder), found without running git."""
    try:
        real = Path(os.path.realpath(path))
    except OSError:
        return None
    for d in (real, *real.parents):
        if os.path.lexists(d / ".git"):
            return d
    return None


# ------------------------------------------------------------------ locking ---

def lock_timeout() -> float:
    raw = os.environ.get("REPAIR_LOCK_TIMEOUT")
    if raw is None or raw.strip() == "":
        return LOCK_TIMEOUT
    try:
        value = float(raw)
    except ValueError:
        value = float("nan")
    if not (0 <= value <= 24 * 3600):  # also catches nan
        raise UsageError(f"REPAIR_LOCK_TIMEOUT={raw[:60]!r} is not a number of seconds",
                         hint="set it to a number such as 10, or unset it")
    return value


class _Waiting:
    """Polls with a growing delay until a deadline shared by everything one write waits for."""

    def __init__(self, timeout: float) -> None:
        self.timeout = timeout
        self.deadline = time.monotonic() + timeout
        self.delay = 0.005

    def expired(self) -> bool:
        return time.monotonic() >= self.deadline

    def sleep(self) -> None:
        time.sleep(min(self.delay, max(self.deadline - time.monotonic(), 0)))
        self.delay = min(self.delay * 2, 0.1)


def _wait_for_git(gitdir: Path | None, waiting: _Waiting, path: Path) -> None:
    """While git holds the index lock (a pull, a merge, a checkout is writing the work tree), wait."""
    if gitdir is None:
        return
    lock = gitdir / "index.lock"
    while os.path.lexists(lock):
        if waiting.expired():
            raise JournalError(f"git is busy in this repository (it holds {display_path(lock)}), so "
                               f"{display_path(path)} was not changed (waited {waiting.timeout:g} s)",
                               hint="let the pull or merge finish, then run the command again; if no git "
                                    "command is running, a crashed one left the lock behind: remove that file")
        waiting.sleep()


class Lock:
    """The journal's write lock: a flock on its folder, and no git process writing the work tree."""

    def __init__(self, path: Path, waiting: _Waiting, gitdir: Path | None) -> None:
        self.path = path
        self.waiting = waiting
        self.gitdir = gitdir

    def check_git(self) -> None:
        """Called again just before a rename, so a pull that started meanwhile is never overwritten."""
        _wait_for_git(self.gitdir, self.waiting, self.path)


@contextlib.contextmanager
def locked(path: Path, timeout: float | None = None, *, wait_for_git: bool = True) -> Iterator[Lock]:
    """Hold the journal's lock: a flock on its directory, which is never replaced.

    Inside a git work tree it also waits while git holds `.git/index.lock`,
    which git takes before a merge writes files and keeps until after; the
    merge driver and `resolve`, being part of the merge, pass wait_for_git=False.
    """
    waiting = _Waiting(lock_timeout() if timeout is None else timeout)
    folder = Path(os.path.realpath(path)).parent  # a symlinked journal is locked where it really lives
    try:
        fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY | os.O_CLOEXEC)
    except OSError as e:
        raise os_problem(e, "open the folder of", path, kind=JournalError) from None
    try:
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except OSError as e:
                if e.errno not in (errno.EWOULDBLOCK, errno.EAGAIN, errno.EACCES):
                    raise os_problem(e, "lock", path, kind=JournalError) from None
                if waiting.expired():
                    raise JournalError(f"{display_path(path)} is locked by another repair command "
                                       f"(waited {waiting.timeout:g} s)",
                                       hint="try again in a moment; if nothing else is running, "
                                            "check for a stuck `repair` process") from None
                waiting.sleep()
        gitdir = git_dir(folder) if wait_for_git else None
        _wait_for_git(gitdir, waiting, path)
        _remove_stale_temps(folder)
        yield Lock(path, waiting, gitdir)
    finally:
        os.close(fd)  # closing releases the flock


def _remove_stale_temps(folder: Path) -> None:
    """Temp files left by a write that was killed; safe to remove while we hold the lock."""
    try:
        for name in os.listdir(folder):
            if name.startswith(TEMP_PREFIX):
                with contextlib.suppress(OSError):
                    os.unlink(folder / name)
    except OSError:
        pass


# ------------------------------------------------------------------ writing ---

def _create_temp(folder: Path, prefix: str = TEMP_PREFIX) -> tuple[int, str]:
    """A new private (0600) file in `folder`; its name marks it as ours to clean up."""
    while True:
        name = os.path.join(folder, prefix + os.urandom(6).hex())
        try:
            return os.open(name, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_CLOEXEC | os.O_NOFOLLOW, 0o600), name
        except FileExistsError:
            continue


def write_all(fd: int, data: bytes) -> None:
    """Write every byte (os.write may write fewer than asked) and fsync."""
    view = memoryview(data)
    while view:
        written = os.write(fd, view)
        if written <= 0:
            raise OSError(errno.EIO, "nothing could be written")
        view = view[written:]
    os.fsync(fd)


def _fsync_dir(folder: Path) -> None:
    dir_fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY | os.O_CLOEXEC)
    try:
        os.fsync(dir_fd)
    finally:
        os.close(dir_fd)


def _replace(tmp: str, target: Path, *, replace: bool) -> None:
    if replace:
        os.replace(tmp, target)
        return
    try:
        os.link(tmp, target)  # fails if the name exists: a new file never lands on someone else's
    except OSError as e:
        if e.errno not in (errno.EPERM, errno.EOPNOTSUPP, errno.ENOTSUP, errno.EXDEV, errno.EMLINK):
            raise
        # A file system without hard links: check, then rename (a far smaller window than before).
        if os.path.lexists(target):
            raise FileExistsError(errno.EEXIST, "exists", str(target)) from None
        os.replace(tmp, target)
        return
    os.unlink(tmp)


def atomic_write(path: Path, data: bytes, mode: int | None = None, *, temp_prefix: str = TEMP_PREFIX,
                 lock: Lock | None = None, replace: bool = True, doing: str = "write") -> None:
    """Temp file beside the target, fsync, rename over it, fsync the directory.

    The journal (passed with its Lock) may be a symlink the user made: its
    target is replaced, never the link, as long as no link inside a git work
    tree leads out of it. Files other than journals pass their own
    `temp_prefix`, so a journal writer cleaning up after a killed write never
    takes theirs. With the Lock, git's index lock is checked once more just
    before the rename.
    """
    target = checked_target(Path(path), follow_final=True)
    folder = target.parent
    if mode is None:
        try:
            mode = os.stat(target).st_mode & 0o7777
        except FileNotFoundError:
            mode = 0o600
        except OSError as e:
            raise os_problem(e, doing, path) from None
    tmp = None
    try:
        fd, tmp = _create_temp(folder, temp_prefix)
        try:
            os.fchmod(fd, mode)
            write_all(fd, data)
        finally:
            os.close(fd)
        if lock is not None:
            lock.check_git()
        _replace(tmp, target, replace=replace)
        tmp = None
        SAVED.append(str(target))
        _fsync_dir(folder)
    except OSError as e:
        if isinstance(e, FileExistsError) and not replace:
            raise FileProblem(f"{display_path(path)} already exists; not replacing it",
                              hint="choose another name, or say that it may be replaced") from None
        raise os_problem(e, doing, path) from None
    finally:
        if tmp is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp)


def checked_target(path: Path, *, follow_final: bool) -> Path:
    """The real file a write to `path` lands on, refusing links a partner could have committed.

    Each symlink on the way is followed only when it does not sit inside a
    git work tree, or leads to somewhere inside that same work tree: a link
    committed to a shared repository can never send a write out of it. With
    follow_final=False a symlink at the final name is refused outright.
    """
    path = Path(os.path.abspath(path))
    parts = path.parts
    current = Path(parts[0])
    hops = 0
    i = 1
    while i < len(parts):
        name = parts[i]
        candidate = current / name
        final = i == len(parts) - 1
        try:
            is_link = stat.S_ISLNK(os.lstat(candidate).st_mode)
        except FileNotFoundError:
            is_link = False
        except OSError as e:
            raise os_problem(e, "write", path) from None
        if not is_link:
            current = candidate
            i += 1
            continue
        real = Path(os.path.realpath(candidate))
        if final and not follow_final:
            raise FileProblem(f"{display_path(path)} is a symbolic link (to {real}); not writing through it",
                              hint="remove the link or choose another name")
        tree = work_tree(current)
        if tree is not None and not _inside(real, tree):
            raise FileProblem(f"{display_path(candidate)} is a symbolic link inside the git repository at {tree} "
                              f"that leads out of it, to {real}; not writing through it",
                              hint="links in a shared repository can come from anyone who commits to it; "
                                   "remove the link, or write to the real place directly")
        hops += 1
        if hops > 40:
            raise FileProblem(f"could not write {display_path(path)}: too many symbolic links",
                              hint="check the links on the way")
        parts = real.parts + parts[i + 1:]
        current = Path(parts[0])
        i = 1
    return current


def _inside(path: Path, folder: Path) -> bool:
    try:
        Path(path).relative_to(Path(os.path.realpath(folder)))
        return True
    except ValueError:
        return False


def write_file(path: Path, data: bytes, *, replace: bool, mode: int | None = None,
               temp_prefix: str = ".repair-out-") -> Path:
    """A file a person asked for (an export, a draft): atomic, never through a link at its final name,
    never out of a git work tree through a committed link, and never over an existing file unless
    `replace` (the person said so). Returns the real path written."""
    target = checked_target(Path(path), follow_final=False)
    if os.path.isdir(target):
        raise FileProblem(f"{display_path(path)} is a folder", hint="give a file name")
    atomic_write(target, data, mode, temp_prefix=temp_prefix, replace=replace)
    return target


def existing_target(path: Path) -> Path | None:
    """Where a write to `path` would land, when something is already there (for asking first)."""
    try:
        target = checked_target(Path(path), follow_final=False)
    except FileProblem:
        return None  # the write itself will refuse, with the reason
    return target if os.path.lexists(target) else None


def create_new(path: Path, data: bytes, *, lock: Lock | None = None) -> None:
    """A new journal (0600): refused if anything, even a dangling link, is at the name."""
    if os.path.lexists(path):
        if os.path.islink(path) and not os.path.exists(path):
            raise JournalError(f"{display_path(path)} is a symbolic link to {os.readlink(path)}, which does not "
                               "exist; not creating a journal through it",
                               hint="remove the link, or pass --journal with the real place for the journal")
        raise JournalError(f"{display_path(path)} already exists; not overwriting it",
                           hint="use it as it is (`repair status`), or pass --journal for a new file")
    atomic_write(path, data, 0o600, lock=lock, replace=False, doing="create")


# --------------------------------------------------------------- user data ---

def make_private_dir(folder: Path, ours: int = 1) -> None:
    """Create `folder` with any missing parents, all 0700 whatever the umask.

    Folders that already exist are left as they are, except the last `ours`
    levels (repairkit's own, such as …/repairkit/journals), which are always
    set to 0700.
    """
    missing = []
    level = folder
    while not os.path.lexists(level) and level.parent != level:
        missing.append(level)
        level = level.parent
    for d in reversed(missing):
        try:
            os.mkdir(d, 0o700)
        except FileExistsError:
            continue  # made by someone else meanwhile
        os.chmod(d, 0o700)  # mkdir's mode passes through the umask; this does not
    if not folder.is_dir():
        raise NotADirectoryError(errno.ENOTDIR, "not a folder", str(folder))
    level = folder
    for _ in range(ours):
        os.chmod(level, 0o700)
        level = level.parent


def _xdg(var: str, *default: str) -> Path:
    raw = os.environ.get(var)
    if raw:
        if not os.path.isabs(raw):
            raise UsageError(f"${var} ({raw[:60]}) is not an absolute path",
                             hint=f"set {var} to an absolute folder, or unset it")
        return Path(raw)
    return Path(os.path.expanduser("~"), *default)


def data_dir() -> Path:
    """This user's own repairkit folder ($XDG_DATA_HOME/repairkit): never shared, never in git."""
    return _xdg("XDG_DATA_HOME", ".local", "share") / "repairkit"


def cache_dir() -> Path:
    return _xdg("XDG_CACHE_HOME", ".cache") / "repairkit"


def _ensure_data_dir() -> Path:
    folder = data_dir()
    try:
        make_private_dir(folder)
    except OSError as e:
        raise os_problem(e, "create your private data folder", folder) from None
    return folder


def append_private(name: str, data: bytes) -> Path:
    """Append to one of the user's own files, 0600, under an exclusive flock; all or nothing.

    A short write (a nearly full disk) is cut back to the old size, so the file
    never ends with half a record that would glue itself to the next one; a file
    that already does (left by an older version) gets a line break first.
    """
    path = _ensure_data_dir() / name
    try:
        fd = os.open(path, os.O_RDWR | os.O_APPEND | os.O_CREAT | os.O_CLOEXEC | os.O_NOFOLLOW, 0o600)
    except OSError as e:
        if e.errno == errno.ELOOP:
            raise FileProblem(f"{display_path(path)} is a symbolic link; not writing through it",
                              hint="remove the link; this file is repairkit's own") from None
        raise os_problem(e, "save to", path) from None
    try:
        os.fchmod(fd, 0o600)
        fcntl.flock(fd, fcntl.LOCK_EX)
        size = os.fstat(fd).st_size
        try:
            if size and data.endswith(b"\n") and os.pread(fd, 1, size - 1) != b"\n":
                data = b"\n" + data  # a record an older version left cut short stays on a line of its own
            write_all(fd, data)
        except OSError as e:
            with contextlib.suppress(OSError):
                os.ftruncate(fd, size)
                os.fsync(fd)
            raise os_problem(e, "save to", path) from None
        SAVED.append(str(path))
    finally:
        os.close(fd)
    return path


def write_config(path: Path, data: bytes) -> None:
    """Replace (or create) the user's config file atomically; a new one is 0600 in a 0700 folder."""
    folder = Path(path).parent
    try:
        if not folder.is_dir():
            make_private_dir(folder)
    except OSError as e:
        raise os_problem(e, "create the folder of", path) from None
    atomic_write(Path(path), data, temp_prefix=".repair-config-", doing="save your settings to")


def write_private(name: str, data: bytes) -> Path:
    """Replace one of the user's own small files atomically (0600)."""
    path = _ensure_data_dir() / name
    atomic_write(path, data, 0o600, temp_prefix=".repair-private-")
    return path


def read_private(name: str, limit: int = 16 * 1024 * 1024) -> bytes | None:
    """One of the user's own files, or None when there is none (or it cannot be read)."""
    try:
        path = data_dir() / name
        fd = os.open(path, os.O_RDONLY | os.O_CLOEXEC | os.O_NOFOLLOW)
    except (OSError, UsageError):
        return None
    with os.fdopen(fd, "rb") as f:
        return f.read(limit)


# ---------------------------------------------------------------- edit copy ---

def edit_copy(name: str, data: bytes) -> Path:
    """A private copy of the journal for `repair edit`: 0600 in a new 0700 temp folder, outside the
    notes repository so nothing a partner commits can reach it, and not picked up by git."""
    import tempfile

    try:
        folder = Path(tempfile.mkdtemp(prefix="repair-edit-"))
    except OSError as e:
        raise os_problem(e, "make a temporary folder for your edit") from None
    copy = folder / name
    try:
        fd = os.open(copy, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_CLOEXEC | os.O_NOFOLLOW, 0o600)
        try:
            write_all(fd, data)
        finally:
            os.close(fd)
    except OSError as e:
        discard_edit_copy(copy)
        raise os_problem(e, "write a private copy of the journal to", copy) from None
    return copy


def discard_edit_copy(copy: Path) -> None:
    """Remove an edit copy and its folder; a copy already gone is fine."""
    import shutil

    shutil.rmtree(Path(copy).parent, ignore_errors=True)
