"""Stage 7, the report: its models and one module per format."""
