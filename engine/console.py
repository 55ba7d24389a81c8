"""What the command line shows a person: progress, the closing summary, "did you mean".

Progress goes to standard error only when it is a terminal (``rich``, imported only then):
events read, rate, elapsed and, for files of known size, a percentage and the time left.
"""

from __future__ import annotations

import argparse
import io
import os
import sys
from collections.abc import Iterator, Sequence
from difflib import get_close_matches
from pathlib import Path
from typing import IO, Any, NoReturn

__all__ = ["CountingReader", "Parser", "Progress", "check_output", "closing_line",
           "did_you_mean"]


def did_you_mean(word: str, choices: Sequence[str]) -> str:
    """``"; did you mean 'check'?"`` or an empty string."""
    hint = get_close_matches(word, list(choices), n=1, cutoff=0.6)
    return f"; did you mean {hint[0]!r}?" if hint else ""


def _options(parser: argparse.ArgumentParser) -> Iterator[str]:
    for action in parser._actions:
        yield from (o for o in action.option_strings if o.startswith("--"))
        if isinstance(action, argparse._SubParsersAction):
            for sub in action.choices.values():
                yield from _options(sub)


class Parser(argparse.ArgumentParser):
    """argparse without abbreviations, and with "did you mean" on mistyped words."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("allow_abbrev", False)
        kwargs.setdefault("formatter_class", argparse.RawDescriptionHelpFormatter)
        super().__init__(*args, **kwargs)

    def error(self, message: str) -> NoReturn:
        if "invalid choice: '" in message:
            word = message.split("invalid choice: '", 1)[1].split("'", 1)[0]
            choices = [c.strip(" ')") for c in message.split("(choose from", 1)[-1].split(",")]
            message += did_you_mean(word, choices)
        elif message.startswith("unrecognized arguments: "):
            words = message.removeprefix("unrecognized arguments: ").split()
            known = sorted(set(_options(self)))
            hints = [did_you_mean(w.split("=")[0], known) for w in words if w.startswith("-")]
            message += "".join(h for h in hints if h)
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: error: {message}\n")


def check_output(path: str | None) -> str | None:
    """Why ``--output`` cannot be written (checked before the batch), or None."""
    if path is None:
        return None
    target = Path(path)
    parent = target.parent if str(target.parent) else Path(".")
    if target.is_dir():
        return f"--output {path}: is a folder"
    if not parent.is_dir():
        return f"--output {path}: folder {parent} does not exist"
    if not os.access(parent, os.W_OK | os.X_OK) or (target.exists()
                                                    and not os.access(target, os.W_OK)):
        return f"--output {path}: cannot be written (permission denied)"
    return None


class CountingReader(io.RawIOBase):
    """A binary file that counts the bytes read from it (for a percentage of known size)."""

    def __init__(self, raw: IO[bytes], counter: list[int]) -> None:
        super().__init__()
        self._raw = raw
        self._counter = counter

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        data = self._raw.read(len(buffer))
        n = len(data)
        buffer[:n] = data
        self._counter[0] += n
        return n

    def close(self) -> None:
        self._raw.close()
        super().close()


class Progress:
    """Events read, rate, elapsed and (known size) percentage and time left, on stderr."""

    def __init__(self, total_bytes: int | None, counter: list[int]) -> None:
        from rich.console import Console
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            TaskProgressColumn,
            TextColumn,
            TimeElapsedColumn,
            TimeRemainingColumn,
        )
        from rich.progress import Progress as Bar

        self._counter = counter
        self._bar = Bar(TextColumn("checking"), BarColumn(), TaskProgressColumn(),
                        MofNCompleteColumn() if total_bytes is None else TextColumn(""),
                        TextColumn("{task.fields[events]} events, {task.fields[rate]}/s"),
                        TimeElapsedColumn(), TimeRemainingColumn(),
                        console=Console(file=sys.stderr), transient=True)
        self._task = self._bar.add_task("check", total=total_bytes, events="0", rate="0")
        self._bar.start()

    def __call__(self, events: int) -> None:
        elapsed = self._bar.tasks[0].elapsed or 0.0
        rate = f"{events / elapsed:,.0f}" if elapsed > 0 else "-"
        self._bar.update(self._task, completed=self._counter[0], events=f"{events:,}",
                         rate=rate)

    def stop(self) -> None:
        self._bar.stop()


def closing_line(summary: Any, where: str) -> str:
    """``12 events: 11 checked, 1 rejected; 4 findings (violation 3, review 1); report: x``."""
    sev = ", ".join(f"{k} {v}" for k, v in sorted(summary.by_severity.items()))
    extra = f"; {summary.undecided} undecided" if summary.undecided is not None else ""
    return (f"sanctions-engine: {summary.events} events: {summary.checked} checked, "
            f"{summary.rejected} rejected; {summary.findings} findings ({sev}); "
            f"{summary.exempted} exempted{extra}; report: {where}")
