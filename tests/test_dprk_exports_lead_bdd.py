"""Scenarios of features/dprk_exports_lead.feature (steps in conftest.py)."""

from pytest_bdd import scenarios

scenarios("dprk_exports_lead.feature")
