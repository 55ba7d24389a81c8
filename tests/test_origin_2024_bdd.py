"""Scenarios of features/origin_2024.feature (steps in conftest.py)."""

from pytest_bdd import scenarios

scenarios("origin_2024.feature")
