"""Arabic language data and morphology."""
