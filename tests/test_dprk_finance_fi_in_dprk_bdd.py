"""Scenarios of features/dprk_finance_fi_in_dprk.feature (steps in conftest.py)."""

from pytest_bdd import scenarios

scenarios("dprk_finance_fi_in_dprk.feature")
