"""Scenarios of features/yemen_targeted.feature (steps in conftest.py)."""

from pytest_bdd import scenarios

scenarios("yemen_targeted.feature")
