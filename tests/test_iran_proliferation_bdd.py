"""Scenarios of features/iran_proliferation.feature (steps in conftest.py)."""

from pytest_bdd import scenarios

scenarios("iran_proliferation.feature")
