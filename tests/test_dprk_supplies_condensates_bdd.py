"""Scenarios of features/dprk_supplies_condensates.feature (steps in conftest.py)."""

from pytest_bdd import scenarios

scenarios("dprk_supplies_condensates.feature")
