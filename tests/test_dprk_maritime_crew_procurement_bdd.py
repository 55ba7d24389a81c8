"""Scenarios of features/dprk_maritime_crew_procurement.feature (steps in conftest.py)."""

from pytest_bdd import scenarios

scenarios("dprk_maritime_crew_procurement.feature")
