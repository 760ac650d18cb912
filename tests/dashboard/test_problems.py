"""A batch's problems are said once per input and message, with their lines; warnings apart from errors."""
from __future__ import annotations

import json

from dashboard import config, ingest, problems
from extract.records import InputProblem


def test_a_500_line_jsonl_over_the_batch_limit_gives_one_line_with_the_count():
    """The real readers on a 500-line upload: 50 articles fit, the other 450 lines are one message."""
    lines = [json.dumps({"id": f"a{i}", "text": f"Article number {i}. Russia moved troops."}) for i in range(500)]
    items = ingest.read_uploads([ingest.Upload("batch.jsonl", "\n".join(lines).encode())])
    batch = ingest.prepare(items, default_date=None)
    assert len(batch.articles) == config.MAX_ARTICLES and len(batch.problems) == 450
    assert problems.problem_lines(problems.group_problems(batch.problems), warnings=False) == [
        "batch.jsonl: not extracted: more than 50 articles in one batch (450 lines: 51–500)"]


def test_messages_that_name_their_line_group_and_scattered_lines_are_listed():
    found = [InputProblem(f"b.jsonl:{n}", f"invalid JSON on line {n}: Expecting value (column 1)") for n in (3, 4, 5, 9)]
    found += [InputProblem("b.jsonl", "file is empty"), InputProblem("b.jsonl", "file is empty")]
    assert problems.problem_lines(problems.group_problems(found), warnings=False) == [
        "b.jsonl: invalid JSON: Expecting value (column 1) (4 lines: 3–5, 9)", "b.jsonl: file is empty (2 times)"]


def test_warnings_are_kept_apart_from_errors():
    found = [InputProblem("a.csv:2", "warning: bad date 'soon'; processed without a publication date"),
             InputProblem("a.csv:7", "no `text` field (fields: id)")]
    groups = problems.group_problems(found)
    assert problems.problem_lines(groups, warnings=True) == [
        "a.csv: bad date 'soon'; processed without a publication date (line 2)"]
    assert problems.problem_lines(groups, warnings=False) == ["a.csv: no `text` field (fields: id) (line 7)"]


def test_long_line_lists_are_cut_with_a_count():
    assert problems.line_ranges([1, 3, 5, 7, 9, 11, 13, 14, 15]) == "1, 3, 5, 7, 9, 11 … and 3 more"
