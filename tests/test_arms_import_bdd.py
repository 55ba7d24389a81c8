"""Scenarios of features/dprk_arms_import.feature (steps in conftest.py)."""

from pytest_bdd import scenarios

scenarios("dprk_arms_import.feature")
