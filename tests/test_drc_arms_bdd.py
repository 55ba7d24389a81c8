"""Scenarios of features/drc_arms.feature (steps in conftest.py)."""

from pytest_bdd import scenarios

scenarios("drc_arms.feature")
