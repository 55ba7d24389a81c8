"""Scenarios of features/drc_targeted.feature (steps in conftest.py)."""

from pytest_bdd import scenarios

scenarios("drc_targeted.feature")
