"""Scenarios of features/mali_targeted.feature (steps in conftest.py)."""

from pytest_bdd import scenarios

scenarios("mali_targeted.feature")
