"""Arabic language data and morphology."""

#: A sentence of our own that touches every stage (speech, a date, an attack with its
#: attacker, target, place and weapon): analysed once before worker processes fork, so
#: the rules and cue tables, which load on first use, are loaded once for all of them.
WARM_UP = "قال المتحدث باسم الجيش يوم الاثنين إن مسلحين هاجموا قاعدة عسكرية في بغداد بطائرة مسيرة."
