"""Scenarios of features/sudan_arms.feature (steps in conftest.py)."""

from pytest_bdd import scenarios

scenarios("sudan_arms.feature")
