"""Scenarios of features/dprk_maritime_port_entry.feature (steps in conftest.py)."""

from pytest_bdd import scenarios

scenarios("dprk_maritime_port_entry.feature")
