"""Scenarios of features/al_shabaab_charcoal.feature (steps in conftest.py)."""

from pytest_bdd import scenarios

scenarios("al_shabaab_charcoal.feature")
