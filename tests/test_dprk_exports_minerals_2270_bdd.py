"""Scenarios of features/dprk_exports_minerals_2270.feature (steps in conftest.py)."""

from pytest_bdd import scenarios

scenarios("dprk_exports_minerals_2270.feature")
