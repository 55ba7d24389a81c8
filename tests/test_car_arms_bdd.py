"""Scenarios of features/car_arms.feature (steps in conftest.py)."""

from pytest_bdd import scenarios

scenarios("car_arms.feature")
