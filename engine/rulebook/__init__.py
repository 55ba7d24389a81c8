"""Stage 2, the rulebook: rule specs, fields, taxonomy, regimes and the checked, loaded model."""
