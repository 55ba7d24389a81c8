"""Scenarios of features/dprk_maritime_impound.feature: linked events (steps in conftest)."""

from pytest_bdd import scenarios

scenarios("dprk_maritime_impound.feature")
