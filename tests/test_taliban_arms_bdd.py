"""Scenarios of features/taliban_arms.feature (steps in conftest.py)."""

from pytest_bdd import scenarios

scenarios("taliban_arms.feature")
