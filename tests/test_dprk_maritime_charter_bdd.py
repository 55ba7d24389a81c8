"""Scenarios of features/dprk_maritime_charter.feature (steps in conftest.py)."""

from pytest_bdd import scenarios

scenarios("dprk_maritime_charter.feature")
