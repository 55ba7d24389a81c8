"""Scenarios of features/dprk_cases.feature: the incidents of dprk_cases.md (steps in conftest)."""

from pytest_bdd import scenarios

scenarios("dprk_cases.feature")
