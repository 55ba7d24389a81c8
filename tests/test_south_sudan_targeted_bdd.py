"""Scenarios of features/south_sudan_targeted.feature (steps in conftest.py)."""

from pytest_bdd import scenarios

scenarios("south_sudan_targeted.feature")
