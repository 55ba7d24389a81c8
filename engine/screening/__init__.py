"""Stage 4, screening: names compared, parties and vessels screened, matches placed in time."""
