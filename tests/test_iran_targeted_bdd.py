"""Scenarios of features/iran_targeted.feature (steps in conftest.py)."""

from pytest_bdd import scenarios

scenarios("iran_targeted.feature")
