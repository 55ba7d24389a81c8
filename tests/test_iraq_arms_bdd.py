"""Scenarios of features/iraq_arms.feature (steps in conftest.py)."""

from pytest_bdd import scenarios

scenarios("iraq_arms.feature")
