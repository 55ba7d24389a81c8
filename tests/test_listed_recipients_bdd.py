"""Scenarios of features/listed_recipients.feature (steps in conftest.py)."""

from pytest_bdd import scenarios

scenarios("listed_recipients.feature")
