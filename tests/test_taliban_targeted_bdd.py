"""Scenarios of features/taliban_targeted.feature (steps in conftest.py)."""

from pytest_bdd import scenarios

scenarios("taliban_targeted.feature")
