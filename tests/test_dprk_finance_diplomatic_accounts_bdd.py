"""Scenarios of features/dprk_finance_diplomatic_accounts.feature (steps in conftest.py)."""

from pytest_bdd import scenarios

scenarios("dprk_finance_diplomatic_accounts.feature")
