"""Scenarios of features/south_sudan_arms.feature (steps in conftest.py)."""

from pytest_bdd import scenarios

scenarios("south_sudan_arms.feature")
