"""English language data."""

#: A sentence of our own that touches every stage (see kg.lang.ar.WARM_UP).
WARM_UP = "The army spokesman said on Monday that gunmen attacked a military base in Baghdad with a drone."
