"""Scenarios of features/dprk_wmd_arms_services.feature (steps in conftest.py)."""

from pytest_bdd import scenarios

scenarios("dprk_wmd_arms_services.feature")
