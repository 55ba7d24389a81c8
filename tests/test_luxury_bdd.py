"""Scenarios of features/dprk_luxury.feature (steps in conftest.py)."""

from pytest_bdd import scenarios

scenarios("dprk_luxury.feature")
