"""Stage 3, lists: the UN Consolidated List, its aliases and snapshots, designated vessels."""
