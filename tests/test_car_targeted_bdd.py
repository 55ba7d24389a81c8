"""Scenarios of features/car_targeted.feature (steps in conftest.py)."""

from pytest_bdd import scenarios

scenarios("car_targeted.feature")
