"""Stage 5, matching: facts and rules in durable-rules' encoding (the only place that knows it)."""
