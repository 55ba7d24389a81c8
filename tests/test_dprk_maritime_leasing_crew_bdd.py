"""Scenarios of features/dprk_maritime_leasing_crew.feature (steps in conftest.py)."""

from pytest_bdd import scenarios

scenarios("dprk_maritime_leasing_crew.feature")
