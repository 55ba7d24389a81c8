"""Scenarios of features/iran_arms.feature (steps in conftest.py)."""

from pytest_bdd import scenarios

scenarios("iran_arms.feature")
