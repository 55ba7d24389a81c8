"""Scenarios of features/iraq_cultural_property.feature (steps in conftest.py)."""

from pytest_bdd import scenarios

scenarios("iraq_cultural_property.feature")
