"""Scenarios of features/dprk_targeted_vessels.feature (steps in conftest.py)."""

from pytest_bdd import scenarios

scenarios("dprk_targeted_vessels.feature")
