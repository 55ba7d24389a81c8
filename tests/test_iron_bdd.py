"""Scenarios of features/dprk_iron.feature (steps in conftest.py)."""

from pytest_bdd import scenarios

scenarios("dprk_iron.feature")
