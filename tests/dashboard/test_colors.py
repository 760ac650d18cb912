import pandas as pd
import pytest

from dashboard.colors import FIXED, actor_color, kind_symbol, status_group


@pytest.mark.parametrize("code, colour", [("RUS", "#D55E00"), ("UKR", "#0072B2"), ("NATO", "#009E73"), (None, "#8C8C8C"), ("", "#8C8C8C"),
                                          (pd.NA, "#8C8C8C"), (float("nan"), "#8C8C8C")])
def test_fixed_colours(code, colour):
    assert actor_color(code) == colour


def test_colours_are_stable_and_distinct():
    assert len(set(FIXED.values())) == len(FIXED)
    assert actor_color("EST") == actor_color("EST")  # a hash, not an order: the same on every page


@pytest.mark.parametrize("kind, future, symbol", [("call", False, "triangle-up"), ("call", True, "triangle-up-open"), ("movement", False, "cross")])
def test_kind_symbols(kind, future, symbol):
    assert kind_symbol(kind, future=future) == symbol


@pytest.mark.parametrize("status, group", [("deployed", "in place"), ("arrived", "in place"), ("on_alert", "intended"), ("withdrawn", "withdrawn")])
def test_status_groups(status, group):
    assert status_group(status) == group
