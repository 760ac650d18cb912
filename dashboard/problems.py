"""The problems of one Add-articles batch, said once each: identical messages of an input grouped with their lines.

A 500-line JSONL over the batch limit used to give 450 identical errors, one per line; here it gives one
line with the count and the line numbers. Messages starting with "warning:" (the article was still
added, e.g. without a date) are kept apart from errors (the input or line was not added), so the page
can show each kind in its own box. File names and messages quote the input: the page shows them as
plain text, never as Markdown.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from extract.records import InputProblem

_ORIGIN_LINE = re.compile(r"^(?P<input>.*):(?P<line>\d+)$")
WARNING = "warning:"


@dataclass(frozen=True)
class ProblemGroup:
    """One message of one input, with the lines it was reported for (empty for the input as a whole)."""

    input: str
    message: str
    lines: tuple[int, ...]
    times: int
    warning: bool

    def text(self) -> str:
        """The message with where it happened: '(line 3)', '(450 lines: 51–500)', or '(3 times)'."""
        if len(self.lines) == 1:
            return f"{self.message} (line {self.lines[0]})"
        if self.lines:
            return f"{self.message} ({len(self.lines):,} lines: {line_ranges(self.lines)})"
        return f"{self.message} ({self.times:,} times)" if self.times > 1 else self.message


def line_ranges(lines: tuple[int, ...] | list[int], *, most: int = 6) -> str:
    """Line numbers as ranges: '3, 5–9, 12'; after `most` ranges, '… and N more'."""
    ranges: list[list[int]] = []
    for n in sorted(set(lines)):
        if ranges and n == ranges[-1][1] + 1:
            ranges[-1][1] = n
        else:
            ranges.append([n, n])
    parts = [f"{a}" if a == b else f"{a}–{b}" for a, b in ranges]
    if len(parts) > most:
        rest = sum(b - a + 1 for a, b in ranges[most:])
        return ", ".join(parts[:most]) + f" … and {rest:,} more"
    return ", ".join(parts)


def _split(problem: InputProblem) -> tuple[str, int | None, str, bool]:
    """(input, line or None, message without its line number or warning prefix, is a warning)."""
    origin = str(problem.origin or "input")
    match = _ORIGIN_LINE.match(origin)
    name, line = (match["input"], int(match["line"])) if match else (origin, None)
    message = problem.message.strip()
    warning = message.lower().startswith(WARNING)
    if warning:
        message = message[len(WARNING):].strip()
    if line is not None:  # "invalid JSON on line 12: ..." says its line in the message: said once, below
        message = re.sub(rf"\s+on line {line}\b", "", message)
    return name, line, message, warning


def group_problems(problems: list[InputProblem]) -> list[ProblemGroup]:
    """Identical messages of each input as one group, in the order they first appeared."""
    groups: dict[tuple[str, str, bool], tuple[list[int], list[int]]] = {}
    for problem in problems:
        name, line, message, warning = _split(problem)
        lines, times = groups.setdefault((name, message, warning), ([], [0]))
        if line is not None and line not in lines:
            lines.append(line)
        times[0] += 1
    return [ProblemGroup(name, message, tuple(sorted(lines)), times[0], warning)
            for (name, message, warning), (lines, times) in groups.items()]


def problem_lines(groups: list[ProblemGroup], *, warnings: bool) -> list[str]:
    """'input: message (where)' for each group of one kind (errors or warnings)."""
    return [f"{g.input}: {g.text()}" for g in groups if g.warning == warnings]
