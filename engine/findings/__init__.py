"""Stage 6, findings: conditions explained, findings built, caps and links across events."""
