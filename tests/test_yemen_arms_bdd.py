"""Scenarios of features/yemen_arms.feature (steps in conftest.py)."""

from pytest_bdd import scenarios

scenarios("yemen_arms.feature")
