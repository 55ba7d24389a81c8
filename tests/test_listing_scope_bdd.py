"""Scenarios of features/listing_scope.feature (steps in conftest.py)."""

from pytest_bdd import scenarios

scenarios("listing_scope.feature")
