"""The load run's report: step times per phase and kind, CPU shares, without running a browser."""
from __future__ import annotations

from dashboard.cpu import CpuShare
from dashboard.load import COLD_SECONDS, LoadReport, StepTime


def test_step_times_are_summarised_per_phase_and_kind():
    report = LoadReport(sessions=2, seconds=90)
    report.steps = [StepTime("open", 0.1, 4.0, True), StepTime("open", 0.2, 2.0, True),
                    StepTime("visit Timeline", 10, 30.0, False),
                    StepTime("visit Timeline", COLD_SECONDS + 1, 1.5, True)]
    assert report.step_lines() == [
        "step seconds (count × median/90th percentile/longest), a failed step counted at its end:",
        f"  first {COLD_SECONDS} s: open 2× 3.0/3.8/4.0; visit Timeline 1× 30.0/30.0/30.0",
        "  after: visit Timeline 1× 1.5/1.5/1.5",
    ]


def test_a_report_without_steps_prints_no_step_lines():
    assert LoadReport(sessions=1, seconds=1).step_lines() == []


def test_cpu_shares_are_printed_as_percentages():
    report = LoadReport(sessions=1, seconds=60)
    report.cpu["in the first minute"] = CpuShare(60, 0.97, 0.995)
    assert report.cpu_lines() == ["CPU in the first minute: app server 97% of one core; machine 100% busy "
                                  "(all cores) over 60 s"]
    assert report.cpu_lines()[0] in report.lines()


def test_the_probe_session_is_summarised_on_lines_of_its_own():
    report = LoadReport(sessions=2, seconds=90, idle_browsers=True)
    report.steps = [StepTime("visit Timeline", 5, 20.0, True), StepTime("visit Timeline", 6, 2.5, True, "probe"),
                    StepTime("visit Timeline", COLD_SECONDS + 5, 1.0, True, "probe")]
    assert report.step_lines()[1:] == [
        f"  first {COLD_SECONDS} s: visit Timeline 1× 20.0/20.0/20.0",
        f"  probe, first {COLD_SECONDS} s: visit Timeline 1× 2.5/2.5/2.5",
        "  probe, after: visit Timeline 1× 1.0/1.0/1.0",
    ]
    assert "plus one probe session at normal priority" in report.lines()[0]
