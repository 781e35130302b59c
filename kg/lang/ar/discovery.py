"""Arabic cues for entities the lexicon does not know.

News text introduces every new actor with a cue: a head noun before an organisation's
or place's name (كتائب ..., قاعدة ..., بلدة ...), a quoted name after such a head, a
title or a known given name before a person's name (kg/lang/ar/person_names.py), a
unit's noun before its number or a group's naming phrase before its quoted name
(kg/lang/ar/units.py), a state's nisba after a noun that stands for the state
(القوات الأميركية), or a ministry/government noun before a nisba.
Each rule proposes :class:`~kg.pipeline.discovery.Candidate` spans over normalised text.

This module holds only the rule table, in the order discovery runs the rules; each
family lives in a module of its own next to it (headed_names.py: names after a head
noun or quoted after one; state_phrases.py: state proxies, governments, borders;
person_names.py, units.py, named_units.py, vessels.py, outlets.py ...).
"""
from __future__ import annotations

from kg.lang.ar.backed_names import backed_short_names
from kg.lang.ar.bare_bodies import bare_parliament
from kg.lang.ar.dateline_outlets import dateline_outlets
from kg.lang.ar.deputy_names import deputies
from kg.lang.ar.described_coalitions import described_coalitions
from kg.lang.ar.described_units import described_offices, described_units
from kg.lang.ar.dual_places import dual_places
from kg.lang.ar.listed_places import listed_places
from kg.lang.ar.headed_names import _headed, _quoted
from kg.lang.ar.named_units import units_named_after_people
from kg.lang.ar.named_wars import named_wars
from kg.lang.ar.noms_de_guerre import names_after_alias_cue
from kg.lang.ar.operations_commands import operations_commands
from kg.lang.ar.quoted_short_names import quoted_short_names
from kg.lang.ar.listed_quoted_names import listed_quoted_names
from kg.lang.ar.outlets import news_agencies, outlets_after_newsroom, outlets_by_form
from kg.lang.ar.person_names import persons, titled_persons
from kg.lang.ar.state_phrases import _administrations, _borders, _directorates, _governments, _state_proxies
from kg.lang.ar.units import numbered_units, self_named, units_under_command
from kg.lang.ar.vessels import _vessel_quoted

RULES = (dateline_outlets, outlets_after_newsroom, outlets_by_form, news_agencies, backed_short_names, _state_proxies, _governments, _directorates, _borders, _administrations, operations_commands, quoted_short_names, listed_quoted_names, _quoted, self_named, units_named_after_people,
         _vessel_quoted, _headed, names_after_alias_cue, persons, titled_persons, deputies,
         numbered_units, units_under_command, described_units, described_offices, dual_places, listed_places, described_coalitions, bare_parliament,
         named_wars)
