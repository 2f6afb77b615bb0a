"""The door: `repair` and `python -m repairkit` both start here.

Ctrl-C can come at any moment, also while Python is still importing the
command line (the first tenth of a second or so). A handler is set before
anything heavy is imported, so that moment ends like any other: one line on
stderr and exit 130, never a traceback. Once the command line is loaded it
hands over to KeyboardInterrupt, which the command turns into the same line
(saying whether anything was saved). Once the command has finished, a late
Ctrl-C no longer changes its outcome.
"""
import gc
import os
import sys

try:  # the C module itself: `signal` builds its enums on import, a few milliseconds without a handler
    import _signal as signal
except ImportError:  # pragma: no cover - an interpreter without it
    import signal

EXIT_INTERRUPTED = 130  # repairkit.errors.EXIT_INTERRUPTED, not imported here: this module stays light


def _say_stopped() -> None:
    try:
        sys.stderr.write("\nrepair: stopped; nothing was saved\n")
        sys.stderr.flush()
    except (AttributeError, OSError, ValueError):  # no stderr, or it is gone
        pass


def _stopped_while_starting(signum, frame):
    _say_stopped()
    os._exit(EXIT_INTERRUPTED)  # nothing has been opened or written yet: nothing to clean up


def main() -> int:
    # A command lives a fraction of a second but may make a hundred thousand small records (a
    # 20,000-entry journal), none of them in a reference cycle. Python's default looks for cycles
    # every 700 new objects and goes over the whole heap again and again as it grows: a tenth of a
    # warm review at 20,000 entries. Looking every 100,000 keeps the same safety net for the rare
    # cycle at a fraction of the cost.
    gc.set_threshold(100_000, 50, 100)
    try:
        # Only where Ctrl-C would raise KeyboardInterrupt: a caller that ignores it (`nohup`, `cmd &`
        # in a script) keeps ignoring it.
        guard = signal.getsignal(signal.SIGINT) is signal.default_int_handler
        if guard:
            signal.signal(signal.SIGINT, _stopped_while_starting)
    except ValueError:  # not the main thread
        guard = False
    from repairkit.cli import run as run_command

    code = None
    try:
        if guard:
            signal.signal(signal.SIGINT, signal.default_int_handler)
        code = run_command()
    except KeyboardInterrupt:  # only in the instant between the handover and the command's own handling
        if code is None:
            _say_stopped()
            code = EXIT_INTERRUPTED
    finally:
        if guard:
            signal.signal(signal.SIGINT, signal.SIG_IGN)  # finished: a late Ctrl-C changes nothing
    if code == EXIT_INTERRUPTED:
        # Interrupted and already said so. Leave now: under `python -m`, an interpreter that saw a
        # KeyboardInterrupt inside an import can decide at exit that it went unhandled and end
        # itself by SIGINT instead of exiting 130.
        for stream in (sys.stdout, sys.stderr):
            try:
                stream.flush()
            except (AttributeError, OSError, ValueError):
                pass
        os._exit(code)
    return code


if __name__ == "__main__":
    sys.exit(main())
