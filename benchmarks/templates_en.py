"""English sentence templates of the benchmark generator (our own wording).

Slots as in :mod:`templates_ar`: ``{G}`` armed groups, ``{S}`` states, ``{P}`` people,
``{O}`` organisations, ``{L}`` places, ``{B}`` bases, ``{W}`` weapons, ``{M}`` agencies;
``{n:S}`` is a state's adjective (Iranian).  ``{D}`` a date phrase, ``{DAY}`` a weekday,
``{N}``/``{K}`` numbers, ``{Y}`` a year, ``{Q}`` a quoted statement, ``{U}`` the fixed
umbrella group of ``{G}``.
"""

HEADLINES = [
    "{G} claims {W} attack on {B}",
    "{S} denies links to {G} attacks",
    "{P} vows more operations against {S}",
    "{S2} strikes {G} positions in {L}",
    "Fears grow of wider war between {S} and {S2}",
    "{O} urges restraint after attacks in {L}",
    "Report: {S} arms {G} with {W}",
    "{K} wounded in attack on {B}, {M} reports",
    "{G} leaders go to ground fearing {n:S} retaliation",
    "Can {S} contain the escalation in {L}?",
]

AFFILIATION = [
    "{G} is part of the {O}, an alliance of armed factions with political clout.",
    "{G}, a member of the {O}, has taken part in its meetings since {Y}.",
    "A source close to {G} said the movement belongs to the {O} and does not act alone.",
    "{G} operates under the umbrella of {U} and coordinates with it in the field.",
    "Analysts point to the dependence of {G} on the {O}, despite its claims of independence.",
]

SUPPORT = [
    "{G} receives weapons and money from {S}, according to Western intelligence reports.",
    "Analysts say {S} backs {G} with arms and training.",
    "The {S}-backed {G} is among the most active factions in {L}.",
    "{S2} accuses {S} of supplying {G} with {W} and guidance systems.",
    "Factions loyal to {S} in {L} have stepped up their threats against Western interests.",
    "{G} enjoys direct sponsorship from {S}, which provides funding and expertise.",
    "A report found that {S} shipped {W} to {G} through {L}.",
    "Experts describe {G} as a military arm of {S} in the region.",
]

LEADERSHIP = [
    "{P}, the secretary-general of {G}, said in a televised speech that \"{Q}\".",
    "{G} leader {P} announced that the group \"{Q}\".",
    "{P} has led {G} since {Y} and is under international sanctions.",
    "{P}, commander of {G}, chaired a meeting of senior leaders in {L}.",
    "{P}, head of the {O}, stressed that \"{Q}\".",
]

SPOKESPERSON = [
    "{G} spokesman {P} said in a statement that \"{Q}\".",
    "{P}, the official spokesperson of the {O}, said that \"{Q}\".",
    "{G} military spokesman {P} announced {D} a new operation against {B}.",
    "{P}, who speaks for {G}, said fighters had targeted {B} with {W}.",
    "{O} spokesperson {P} told reporters that \"{Q}\".",
]

OFFICIALS = [
    "{n:S} Foreign Minister {P} said his country \"{Q}\".",
    "{S} Ambassador to {L} {P} stressed the importance of protecting diplomatic missions.",
    "{n:S} Defense Minister {P} discussed the situation in {L} with his {n:S2} counterpart.",
    "{P}, the {n:S} national security adviser, said that \"{Q}\".",
]

ATTACK = [
    "{G} claimed responsibility for a {W} attack on {B} in {L} {D}.",
    "{G} targeted {B} with {W} {D}, wounding {K} soldiers.",
    "{B} in {L} came under {W} attack {D}, which {G} later claimed.",
    "{n:S} warplanes struck {G} positions in {L} {D}.",
    "{G} fired a salvo of {W} towards {S} {D}, the group said in a statement.",
    "{G} shelled {B} with {W} {D}, causing no casualties.",
    "Security sources said {B} was hit {D} by {W} launched by {G}.",
    "{n:S} aircraft hit a {G} headquarters in {L} {D}, killing {K} fighters.",
    "{G} attacked a merchant ship near {L} with {W} {D}.",
    "{G} said it had carried out {N} operations against {B} since the start of the month.",
]

DENIAL = [
    "{P} denied any link between {S} and the attacks carried out by {G}.",
    "{G} denied responsibility for the attack on {B} and blamed other parties.",
    "A spokesman for {S} denied that his country backs or directs {G}.",
    "{P} said {G} \"does not take orders or instructions\" from {S}.",
    "{S} denied in an official statement supplying {G} with any weapons.",
]

CLAIM = [
    "{G} claimed the attack on {B} in a statement posted on its channel.",
    "{G} claimed it had hit {B} with {W}, scoring direct hits.",
    "{M} quoted security sources as saying {G} was behind the latest attacks in {L}.",
    "{M} reported that {K} rockets landed near {B} {D}.",
    "The {O} said in a statement that the attack on {B} would not go unanswered.",
]

QUOTES = [
    "operations will continue until foreign forces leave",
    "there will be no truce and no retreat",
    "the response will come at the right time and place",
    "we do not seek escalation but we will not stand idly by",
    "the security of the region is a shared responsibility",
    "the attacks are a direct threat to stability",
    "the government is committed to protecting diplomatic missions",
    "these attacks can no longer be ignored",
    "a political solution is the only way out of the crisis",
    "our forces are on maximum alert",
    "we reject any foreign interference in our internal affairs",
]

FILLER_OPENERS = [
    "Observers say", "Analysts believe", "Estimates suggest", "Experts warn that",
    "According to informed sources,", "Diplomats note that", "Meanwhile,",
    "Security researchers argue that", "Local officials concede that", "Press reports indicate that",
    "Despite calls for calm,", "As diplomatic contacts continue,",
]
FILLER_SUBJECTS = [
    "the latest escalation", "the security situation", "the political deadlock",
    "the ongoing negotiations", "tension along the border", "economic pressure",
    "division within the government", "the humanitarian crisis", "mistrust between the parties",
    "falling oil prices", "the diplomatic push", "the question of troop withdrawal",
]
FILLER_PREDICATES = [
    "threatens to widen the conflict", "could push the region toward open confrontation",
    "leaves the government with hard choices", "reflects a shift in the rules of engagement",
    "still weighs on public opinion", "deepens the suffering of civilians",
    "complicates the calculations of regional powers", "deepens polarisation",
    "opens the door to several scenarios", "limits the state's ability to assert control",
    "worries investors", "reshuffles the cards",
]
FILLER_TAILS = [
    "in the region", "in the coming weeks", "with no political solution in sight",
    "in the short term", "amid a conspicuous international silence",
    "as calls for restraint grow louder", "unless the major powers step in",
    "ahead of the elections", "in {L} and the surrounding areas", "in the words of one official",
    "for more than {N} weeks",
]
FILLER_SENTENCES = [
    "Residents of {L} have lived for weeks in cautious anticipation, with a heavy security presence on the main roads.",
    "Supporters of the factions celebrated the announcement on social media, while others doubted it was serious.",
    "The government fears the strikes will hurt the country's economic interests.",
    "The factions have taken precautionary security measures, including restricting the movements of some leaders.",
    "Fears are growing that the region will slide into a wider war that nobody wants.",
    "Fuel prices in {L} rose by {N} percent last month.",
    "Markets in {L} are stagnant as cross-border trade slows.",
    "Residents of {L} said they heard a series of explosions around midnight.",
    "Authorities closed the roads leading to the area and imposed a security cordon.",
    "Parliament held an emergency session to discuss the latest security developments.",
    "Rights groups called for an independent investigation into the incident.",
    "The developments come days after a senior delegation visited {L}.",
    "There has been no official comment on the reports so far.",
    "Contacts between regional capitals continue in an effort to contain the situation.",
    "Thousands demonstrated in {L} against what they called foreign interference.",
]
BOILERPLATE = ["Skip to main content", "Share this article", "Advertisement", "Read more"]
