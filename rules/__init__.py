"""The rulebook shipped with sanctions-engine: YAML data, one folder per regime.

This file only makes the folder importable as ``sanctions_engine.rules`` so that
``Engine.load()`` finds the shipped rules through ``importlib.resources``.
"""
