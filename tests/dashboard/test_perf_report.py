"""`dashboard.perf`'s verdicts: the target holds for the median, and a worst load over it is said."""
import pytest

from dashboard.perf import TARGETS, report


@pytest.mark.parametrize("values, verdict", [
    ([1.2, 1.3, 1.4], "ok"),
    ([1.2, 1.3, 2.6], "ok, the worst load over"),
    ([2.6, 2.7, 1.0], "over target"),
])
def test_map_verdicts(values, verdict):
    assert TARGETS["map"] == 2.5
    line, = report("shipped data", {"map (cold)": values})
    assert line.endswith(f"(target ≤ 2.5 s: {verdict})")
    assert f"worst {max(values):5.2f} s" in line
