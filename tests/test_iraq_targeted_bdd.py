"""Scenarios of features/iraq_targeted.feature (steps in conftest.py)."""

from pytest_bdd import scenarios

scenarios("iraq_targeted.feature")
