"""Scenarios of features/dprk_supplies_vessels.feature (steps in conftest.py)."""

from pytest_bdd import scenarios

scenarios("dprk_supplies_vessels.feature")
