"""Scenarios of features/dprk_finance_trade_support.feature (steps in conftest.py)."""

from pytest_bdd import scenarios

scenarios("dprk_finance_trade_support.feature")
