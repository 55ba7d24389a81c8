"""Scenarios of features/libya_targeted.feature (steps in conftest.py)."""

from pytest_bdd import scenarios

scenarios("libya_targeted.feature")
