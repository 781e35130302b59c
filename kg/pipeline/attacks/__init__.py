"""Attack events: who attacked what, where, when and with what, from one sentence.

A sentence is read as a row of items (words and mentions, Arabic proclitics kept with
the item).  An attack trigger ("هجمات", "استهدفت", "تعرضت ... لهجوم", "launched",
"struck") opens a frame; the roles are then read around it:

* target: mentions after a target preposition ("على", "ضد", "باتجاه", "on", "at") or
  after a targeting verb, continued by coordination ("و", "،", "مثل"); the owner named
  after a generic noun ("القواعد العسكرية لقوات التحالف"); for a passive ("تعرضت
  القاعدة لهجوم"), the subject;
* attacker: the passive's agent ("من قبل X", "طائرات مسيّرة تابعة لـX"), a claim
  ("تبنت X"), a possessive ("هجماتها"), or the sentence's subject; for a trigger inside
  an announcement, the announcer (a spokesperson's organisation);
* place: the location phrase after each target ("في الأنبار"), else after the trigger;
* date: a date mention of the sentence; weapons: its weapon mentions.

A trigger under a threat, plan, hypothesis or negation ("توعد بمواصلة", "سترد على",
"would strike"), after a demonstrative ("هذه الضربات": an attack already told), or
inside a denial, makes no event.  One event is made per distinct target, and each
attack on an actor also states that the attacker opposes it.
"""
from kg.pipeline.attacks.cues import (
    KIND_PRIORITY, MANNER_KINDS, WEAPON_KINDS, AttackCues, attack_cues)
from kg.pipeline.attacks.items import Item, sentence_items
from kg.pipeline.attacks.extractor import AttackExtractor

__all__ = ["AttackCues", "AttackExtractor", "Item", "KIND_PRIORITY", "MANNER_KINDS", "WEAPON_KINDS",
           "attack_cues", "sentence_items"]
