"""The construction grids (`extract.grid`): every case that passes keeps passing; the loader reads the format."""
from __future__ import annotations

import json

import pytest

from extract.grid import GridCase, check_case, load_cases, run_case

CASES = load_cases()


@pytest.mark.parametrize("case", CASES, ids=[f"{c.grid}/{c.id}" for c in CASES])
def test_grid_case(case: GridCase, pipeline):
    if case.xfail:
        pytest.xfail(case.xfail)
    assert check_case(case, run_case(case, pipeline)) == []


def test_case_ids_are_unique():
    ids = [(c.grid, c.id) for c in CASES]
    assert len(ids) == len(set(ids))


def test_the_loader_names_a_case_without_its_text(tmp_path):
    (tmp_path / "g.jsonl").write_text(json.dumps({"id": "x", "construction": "c"}) + "\n")
    with pytest.raises(ValueError, match=r"g.jsonl:1: missing \['text'\]"):
        load_cases(tmp_path)


def test_a_counter_example_fails_when_it_gives_a_row(extract_text):
    case = GridCase(grid="g", id="x", construction="c", text="Russia has massed 100,000 troops near Ukraine.",
                    movements=[], counter=True)
    problems = check_case(case, extract_text(case.text, case.published))
    assert len(problems) == 1 and problems[0].startswith("counter-example gave 1 movements row(s)")


def test_a_wanted_row_with_the_wrong_speaker_is_missing(extract_text):
    case = GridCase(grid="g", id="x", construction="c", text="Boris Johnson said the talks had failed.",
                    statements=[{"speaker": "Emmanuel Macron", "content": "the talks had failed"}])
    problems = check_case(case, extract_text(case.text, case.published))
    assert problems == ["missing {'speaker': 'Emmanuel Macron', 'content': 'the talks had failed'}"]


def test_an_absent_row_fails_only_when_a_row_matches_it(extract_text):
    text = "Joe Biden spoke with Vladimir Putin by phone on Saturday."
    result = extract_text(text, "2022-02-14")
    no_meeting = GridCase(grid="g", id="x", construction="c", text=text, statements=[], counter=True,
                          absent=[{"kind": "meeting"}])
    no_call = GridCase(grid="g", id="y", construction="c", text=text, statements=[], counter=True,
                       absent=[{"kind": "call"}])
    assert check_case(no_meeting, result) == []
    assert check_case(no_call, result)[0].startswith("gave unwanted {'kind': 'call'}")


@pytest.mark.parametrize("absent, wanted, expected", [
    ([{"speaker": "Boris Johnson", "content": "the talks had failed"}], None,
     ["gave unwanted {'speaker': 'Boris Johnson', 'content': 'the talks had failed'}: the talks had failed"]),
    ([{"speaker": "Emmanuel Macron"}], None, []),
    ([], [{"speaker": "Boris Johnson", "country": "GBR"}], []),
    ([], [{"speaker": "Boris Johnson", "country": "FRA"}], ["missing {'speaker': 'Boris Johnson', 'country': 'FRA'}"]),
])
def test_absent_rows_and_the_speakers_country(extract_text, absent, wanted, expected):
    case = GridCase(grid="g", id="x", construction="c", text="Boris Johnson said the talks had failed.",
                    statements=wanted, absent=absent)
    assert check_case(case, extract_text(case.text, case.published)) == expected
