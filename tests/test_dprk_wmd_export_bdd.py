"""Scenarios of features/dprk_wmd_export.feature (steps in conftest.py)."""

from pytest_bdd import scenarios

scenarios("dprk_wmd_export.feature")
