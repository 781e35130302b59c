#!/usr/bin/env python3
"""Structural check of the dev gold files (not a scorer).

Usage: python3 validate_gold.py   (needs pyyaml; imports norm() from the reference scorer)

Checks: YAML parses; published/language agree with the document's front matter; types are
contract classes; predicates are in the vocabulary; every fact/attack refers only to keys
defined in `entities`; weapons are Weapon entities; dates are ISO dates; and at least one
name of every entity occurs in the document text (allowing Arabic proclitics و ف ب ل ك ال).
"""
import sys, glob, os, re, yaml, datetime, collections
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.environ.get('SHABAKA_SCORER_DIR', os.path.join(HERE, '..', '..', '..', '..', 'shared', 'tools')))
from score import norm, fact_options, as_list
RELS = {"supports","memberOf","leaderOf","spokespersonOf","officialOf","alliedWith","opposes","locatedIn","operatedBy"}
CLASSES = {"Actor","Person","Organization","ArmedGroup","State","Government","Coalition","Place","Region","MilitaryBase","Vessel","Weapon","Event","Attack"}
tot = collections.Counter()
ok = True
def err(f, m):
    global ok; ok = False; print(f"ERROR {f}: {m}")
for g in sorted(glob.glob(os.path.join(HERE, '*.gold.yaml'))):
    f = os.path.basename(g)
    d = yaml.safe_load(open(g, encoding='utf-8'))
    doc = os.path.join(os.path.dirname(g), d['document'])
    if not os.path.exists(doc): err(f, 'document missing')
    raw = open(doc, encoding='utf-8').read()
    fm = yaml.safe_load(raw.split('---')[1])
    if str(fm['date']) != str(d['published']): err(f, f"published {d['published']} != front matter {fm['date']}")
    if fm['language'] != d['language']: err(f, 'language mismatch')
    text = norm(raw)
    ents = d['entities']
    # name collisions inside one doc
    seen = {}
    for k, e in ents.items():
        if e['type'] not in CLASSES: err(f, f'bad type {k} {e["type"]}')
        for n in e['names']:
            nn = norm(n)
            if nn in seen and seen[nn] != k and ents[seen[nn]]['type'] != 'Weapon' and e['type'] != 'Weapon':
                print(f"  note {f}: name '{n}' shared by {seen[nn]} and {k}")
            seen.setdefault(nn, k)
        # some name must occur in the document text
        if not any(re.search(r'(^|\s)[وفبلك]{0,2}(ال|ل)?' + re.escape(norm(n)) + r'(\s|$)', text) for n in e['names']):
            err(f, f'no name of entity {k} found in text')
    def chk(key, where):
        for x in as_list(key):
            if x not in ents: err(f, f'{where}: unknown entity {x}')
    for sec in ('facts', 'optional'):
        for fact in d.get(sec) or []:
            if len(fact) != 3: err(f, f'{sec} bad arity {fact}')
            s, p, o = fact
            chk(s, sec); chk(o, sec)
            for pp in as_list(p):
                if pp not in RELS: err(f, f'{sec}: bad predicate {pp}')
    # a required fact must not also be entirely optional duplicates (fine) ; check facts not in optional
    req = {o for fact in d.get('facts') or [] for o in fact_options(fact)}
    for sec in ('attacks', 'optional_attacks'):
        for a in d.get(sec) or []:
            unknown = set(a) - {'attacker','target','place','date','weapons','optional_fields'}
            if unknown: err(f, f'{sec}: unknown keys {unknown}')
            if a.get('target') is None: err(f, f'{sec}: target missing')
            chk(a.get('attacker'), sec); chk(a.get('target'), sec); chk(a.get('place'), sec); chk(a.get('weapons'), sec)
            for w in as_list(a.get('weapons')):
                if ents[w]['type'] != 'Weapon': err(f, f'weapon {w} not a Weapon')
            if 'date' in a and not isinstance(a['date'], datetime.date): err(f, f'date not a date: {a["date"]}')
    ne = sum(1 for e in ents.values() if e['type'] != 'Weapon')
    nw = len(ents) - ne
    row = dict(entities=ne, weapons=nw, facts=len(d.get('facts') or []), optional=len(d.get('optional') or []),
               attacks=len(d.get('attacks') or []), optional_attacks=len(d.get('optional_attacks') or []))
    print(f"{f:24s} " + " ".join(f"{k}={v}" for k, v in row.items()))
    for k, v in row.items(): tot[(d['language'], k)] += v; tot[('all', k)] += v
print()
for lang in ('ar', 'en', 'all'):
    print(lang, {k: tot[(lang, k)] for k in ('entities','weapons','facts','optional','attacks','optional_attacks')})
print('OK' if ok else 'FAILED')
sys.exit(0 if ok else 1)
