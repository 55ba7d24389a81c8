"""Scenarios of features/libya_arms.feature (steps in conftest.py)."""

from pytest_bdd import scenarios

scenarios("libya_arms.feature")
