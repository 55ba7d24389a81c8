"""Scenarios of features/haiti_targeted.feature (steps in conftest.py)."""

from pytest_bdd import scenarios

scenarios("haiti_targeted.feature")
