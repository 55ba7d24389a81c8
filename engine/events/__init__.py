"""Stage 1, events: the event contract as models, the readers, validation and rejections."""
