"""Scenarios of features/dprk_arms_export.feature (steps in conftest.py)."""

from pytest_bdd import scenarios

scenarios("dprk_arms_export.feature")
