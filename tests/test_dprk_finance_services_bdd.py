"""Scenarios of features/dprk_finance_services.feature (steps in conftest.py)."""

from pytest_bdd import scenarios

scenarios("dprk_finance_services.feature")
