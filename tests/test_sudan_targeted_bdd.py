"""Scenarios of features/sudan_targeted.feature (steps in conftest.py)."""

from pytest_bdd import scenarios

scenarios("sudan_targeted.feature")
