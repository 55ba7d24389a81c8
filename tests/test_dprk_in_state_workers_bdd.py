"""Scenarios of features/dprk_in_state_workers.feature (steps in conftest.py)."""

from pytest_bdd import scenarios

scenarios("dprk_in_state_workers.feature")
