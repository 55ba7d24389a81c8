"""Scenarios of features/isil_al_qaida_trade.feature (steps in conftest.py)."""

from pytest_bdd import scenarios

scenarios("isil_al_qaida_trade.feature")
