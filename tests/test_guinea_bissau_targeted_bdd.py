"""Scenarios of features/guinea_bissau_targeted.feature (steps in conftest.py)."""

from pytest_bdd import scenarios

scenarios("guinea_bissau_targeted.feature")
