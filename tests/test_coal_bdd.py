"""Scenarios of features/dprk_coal.feature (steps in conftest.py)."""

from pytest_bdd import scenarios

scenarios("dprk_coal.feature")
