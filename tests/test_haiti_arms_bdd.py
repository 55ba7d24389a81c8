"""Scenarios of features/haiti_arms.feature (steps in conftest.py)."""

from pytest_bdd import scenarios

scenarios("haiti_arms.feature")
