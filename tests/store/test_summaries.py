"""The attack summaries of the facts graph stay exact under replace, remove and load
(kg.store.summaries)."""
from __future__ import annotations

from pyoxigraph import Literal, Quad, RdfFormat, Store, serialize

from kg.rdf.iris import document_iri
from kg.store import open_store
from kg.store.summaries import attack_update
from kg.vocab import DCTERMS, FACTS_GRAPH, ID, KGO, PROV, RDF, XSD

from tests.store.summary_stores import recomputed, write_document

HOUTHIS, IRAN, NAVY = ID["entity/houthis"], ID["entity/iran"], ID["entity/us_navy"]


def day(text: str) -> Literal:
    return Literal(text, datatype=XSD.date)


def attack(name: str, attacker, *, target=None, date=None, denied=False, weapon=None) -> list[Quad]:
    node = ID[f"attack/{name}"]
    quads = [Quad(node, KGO.attacker, attacker), Quad(node, KGO.eventCode, Literal("190"))]
    if target is not None:
        quads.append(Quad(node, KGO.target, target))
    if date is not None:
        quads.append(Quad(node, KGO.date, day(date)))
    if denied:
        quads.append(Quad(node, KGO.polarity, KGO.Denied))
    if weapon is not None:
        quads.append(Quad(node, KGO.weapon, weapon))
    return quads


def summaries(store: Store) -> dict:
    """attacker -> (attacks, first date, last date, example attack), read from the graph."""
    out = {}
    for link in store.quads_for_pattern(None, KGO.attacksBy, None, FACTS_GRAPH):
        node = link.subject
        if next(store.quads_for_pattern(node, KGO.attackTarget, None, FACTS_GRAPH), None):
            continue  # a pair's node (pairs below)

        def one(p):
            q = next(store.quads_for_pattern(node, p, None, FACTS_GRAPH), None)
            return None if q is None else q.object
        first, last = one(KGO.firstDate), one(KGO.lastDate)
        out[link.object] = (int(one(KGO.attackCount).value), first and first.value,
                            last and last.value, one(KGO.exampleAttack).value.rsplit("/", 1)[1])
    return out


def pairs(store: Store) -> dict:
    """(attacker, target) -> attacks, read from the pair nodes of the graph."""
    out = {}
    for link in store.quads_for_pattern(None, KGO.attackTarget, None, FACTS_GRAPH):
        node = link.subject
        attacker = next(store.quads_for_pattern(node, KGO.attacksBy, None, FACTS_GRAPH)).object
        count = next(store.quads_for_pattern(node, KGO.pairAttackCount, None, FACTS_GRAPH)).object
        out[(attacker, link.object)] = int(count.value)
    return out


def test_an_attack_count_supported_by_two_documents_survives_removing_one(tmp_path):
    with open_store(tmp_path / "s") as st:
        st.replace_document("d1", attack("a1", HOUTHIS, target=NAVY, date="2024-01-12"))
        st.replace_document("d2", attack("a2", HOUTHIS, target=NAVY, date="2024-02-03"))
        assert summaries(st.oxigraph) == {HOUTHIS: (2, "2024-01-12", "2024-02-03", "a1")}
        assert pairs(st.oxigraph) == {(HOUTHIS, NAVY): 2}
        st.remove_document("d1")
        assert summaries(st.oxigraph) == {HOUTHIS: (1, "2024-02-03", "2024-02-03", "a2")}
        assert pairs(st.oxigraph) == {(HOUTHIS, NAVY): 1}
        st.remove_document("d2")
        assert summaries(st.oxigraph) == {} and pairs(st.oxigraph) == {}


def test_replacing_a_document_changes_the_count_and_dates_exactly(tmp_path):
    with open_store(tmp_path / "s") as st:
        st.replace_document("d1", attack("a1", HOUTHIS, date="2024-03-01")
                            + attack("a2", IRAN, target=NAVY))
        st.replace_document("d2", attack("a3", HOUTHIS, date="2024-01-05"))
        assert summaries(st.oxigraph) == {HOUTHIS: (2, "2024-01-05", "2024-03-01", "a1"),
                                          IRAN: (1, None, None, "a2")}
        # d1 again: its Houthi attack is now denied, Iran's attack is gone, a new one is Iran's
        st.replace_document("d1", attack("a1", HOUTHIS, date="2024-03-01", denied=True)
                            + attack("a4", IRAN, target=HOUTHIS, date="2024-04-09"))
        assert summaries(st.oxigraph) == {HOUTHIS: (1, "2024-01-05", "2024-01-05", "a3"),
                                          IRAN: (1, "2024-04-09", "2024-04-09", "a4")}
        assert pairs(st.oxigraph) == {(IRAN, HOUTHIS): 1}, "Iran's attack on the navy went"


def test_a_clash_side_and_a_denied_attack_are_not_counted(tmp_path):
    clash = attack("c1", HOUTHIS, target=HOUTHIS) + [Quad(ID["attack/c1"], KGO.target, NAVY)]
    with open_store(tmp_path / "s") as st:
        # c1 names the Houthis on both sides and the navy as a target: it counts once;
        # c2 only against itself, c3 denied: neither counts
        st.replace_document("d1", clash + attack("c2", NAVY, target=NAVY)
                            + attack("c3", IRAN, target=NAVY, denied=True))
        assert summaries(st.oxigraph) == {HOUTHIS: (1, None, None, "c1")}
        assert pairs(st.oxigraph) == {(HOUTHIS, NAVY): 1}


def test_a_bulk_load_and_a_build_give_the_summaries_of_a_whole_recomputation(tmp_path):
    docs = {"d1": attack("a1", HOUTHIS, target=NAVY, date="2024-01-12"),
            "d2": attack("a2", HOUTHIS, date="2024-05-30") + attack("a3", IRAN, target=NAVY),
            "d3": attack("a4", IRAN, target=HOUTHIS, date="2023-11-02", denied=True)}
    data = {d: serialize([Quad(q.subject, q.predicate, q.object, document_iri(d)) for q in quads],
                         format=RdfFormat.N_QUADS) for d, quads in docs.items()}
    with open_store(tmp_path / "s") as st:
        writer = st.bulk_writer(batch_documents=1)
        for d in ("d1", "d2"):
            writer.add_nquads(d, data[d])
        writer.flush()
        assert summaries(st.oxigraph) == {HOUTHIS: (2, "2024-01-12", "2024-05-30", "a1"),
                                          IRAN: (1, None, None, "a3")}
        path = tmp_path / "more.nq"
        # d1 again without its attack, and d3 (a denied attack: Iran's count stays)
        path.write_bytes(serialize([Quad(ID["entity/houthis"], KGO.mentionedIn, document_iri("d1"),
                                         document_iri("d1"))], format=RdfFormat.N_QUADS) + data["d3"])
        st.load_files([path])
        assert summaries(st.oxigraph) == {HOUTHIS: (1, "2024-05-30", "2024-05-30", "a2"),
                                          IRAN: (1, None, None, "a3")}
        memory = recomputed(st.oxigraph)
        assert summaries(memory) == summaries(st.oxigraph)
        assert pairs(memory) == pairs(st.oxigraph) and pairs(memory)


def test_an_update_of_some_attackers_leaves_the_others(tmp_path):
    store = Store()
    g = document_iri("d1")
    store.extend(Quad(q.subject, q.predicate, q.object, g)
                 for q in attack("a1", HOUTHIS, date="2024-01-12") + attack("a2", IRAN))
    store.update(attack_update([HOUTHIS]))
    assert summaries(store) == {HOUTHIS: (1, "2024-01-12", "2024-01-12", "a1")}
    store.remove_graph(g)
    store.update(attack_update([IRAN]))  # Iran has no attacks left: still none; Houthis untouched
    assert summaries(store) == {HOUTHIS: (1, "2024-01-12", "2024-01-12", "a1")}
    store.update(attack_update(None))
    assert summaries(store) == {}


def test_a_small_load_into_a_store_of_many_attackers_recomputes_only_its_own(tmp_path, monkeypatch):
    import kg.store.summaries as module
    others = [ID[f"entity/group{i:02}"] for i in range(20)]  # one touched: under 1/16 of them
    asked = []
    update = module.attack_update
    monkeypatch.setattr(module, "attack_update", lambda a: asked.append(a) or update(a))
    with open_store(tmp_path / "s") as st:
        for i, group in enumerate(others):
            st.replace_document(f"g{i}", attack(f"g{i}", group, target=NAVY, date=f"2024-0{i % 9 + 1}-01"))
        asked.clear()
        path = tmp_path / "one.nq"
        quads = attack("b1", others[2], date="2023-12-24") + attack("b2", others[2], target=others[2])
        write_document(path, "b", quads)
        st.load_files([path])
        assert asked == [[others[2]]], "one attacker's summary recomputed, by its attacks"
        assert summaries(st.oxigraph)[others[2]] == (2, "2023-12-24", "2024-03-01", "b1")
        memory = recomputed(st.oxigraph)
        assert summaries(memory) == summaries(st.oxigraph)
        assert pairs(memory) == pairs(st.oxigraph) and pairs(memory)


def documents(store: Store) -> dict:
    """entity -> (documents, first issued, last issued), read from the graph."""
    out = {}
    for link in store.quads_for_pattern(None, KGO.documentsOf, None, FACTS_GRAPH):
        def one(p, node=link.subject):
            q = next(store.quads_for_pattern(node, p, None, FACTS_GRAPH), None)
            return None if q is None else q.object.value
        out[link.object] = (int(one(KGO.documentCount)), one(KGO.firstIssued), one(KGO.lastIssued))
    return out


def article(doc_id: str, issued: str | None, *entities) -> list[Quad]:
    doc = ID[f"doc/{doc_id}"]
    quads = [Quad(e, KGO.mentionedIn, doc) for e in entities]
    if issued is not None:
        quads.append(Quad(doc, DCTERMS.issued, day(issued)))
    return quads


def test_document_counts_and_dates_follow_replace_remove_and_load(tmp_path):
    with open_store(tmp_path / "s") as st:
        st.replace_document("d1", article("d1", "2024-01-02", IRAN, HOUTHIS))
        st.replace_document("d2", article("d2", "2024-03-04", IRAN))
        assert documents(st.oxigraph) == {IRAN: (2, "2024-01-02", "2024-03-04"),
                                          HOUTHIS: (1, "2024-01-02", "2024-01-02")}
        st.replace_document("d1", article("d1", "2024-05-06", HOUTHIS))  # no longer names Iran
        assert documents(st.oxigraph) == {IRAN: (1, "2024-03-04", "2024-03-04"),
                                          HOUTHIS: (1, "2024-05-06", "2024-05-06")}
        # a document without a date: the entity's dates are unknown, as the query found them
        path = tmp_path / "d3.nq"
        write_document(path, "d3", article("d3", None, IRAN))
        st.load_files([path])
        assert documents(st.oxigraph)[IRAN] == (2, None, None)
        st.remove_document("d3")
        st.remove_document("d2")
        assert documents(st.oxigraph) == {HOUTHIS: (1, "2024-05-06", "2024-05-06")}


def backings(store: Store) -> dict:
    """(backer, backed) -> documents, read from the graph."""
    out = {}
    for link in store.quads_for_pattern(None, KGO.backer, None, FACTS_GRAPH):
        node = link.subject
        backed = next(store.quads_for_pattern(node, KGO.backed, None, FACTS_GRAPH)).object
        count = next(store.quads_for_pattern(node, KGO.documentCount, None, FACTS_GRAPH)).object
        out[(link.object, backed)] = int(count.value)
    return out


def statement(doc_id: str, n: int, s, p, o, polarity=KGO.Asserted) -> list[Quad]:
    node, doc = ID[f"statement/{doc_id}-{n}"], ID[f"doc/{doc_id}"]
    return [Quad(node, RDF.subject, s), Quad(node, RDF.predicate, p), Quad(node, RDF.object, o),
            Quad(node, KGO.polarity, polarity), Quad(node, PROV.wasDerivedFrom, doc)]


def test_backing_counts_follow_statements_not_denied(tmp_path):
    with open_store(tmp_path / "s") as st:
        # two statements of one backing in d1 count one document; d2 reports it too
        st.replace_document("d1", statement("d1", 0, IRAN, KGO.supports, HOUTHIS)
                            + statement("d1", 1, IRAN, KGO.supports, HOUTHIS, KGO.Reported)
                            + statement("d1", 2, IRAN, KGO.memberOf, HOUTHIS))
        st.replace_document("d2", statement("d2", 0, IRAN, KGO.supports, HOUTHIS, KGO.Reported))
        assert backings(st.oxigraph) == {(IRAN, HOUTHIS): 2}
        # d2 again: now a denial, which does not count
        st.replace_document("d2", statement("d2", 0, IRAN, KGO.supports, HOUTHIS, KGO.Denied))
        assert backings(st.oxigraph) == {(IRAN, HOUTHIS): 1}
        st.remove_document("d1")
        assert backings(st.oxigraph) == {}


DRONE, ROCKET = ID["entity/drone"], ID["entity/rocket"]


def weapons(store: Store) -> dict:
    """(attacker, weapon) -> (attacks, first date, last date), read from the graph."""
    out = {}
    for link in store.quads_for_pattern(None, KGO.attackWeapon, None, FACTS_GRAPH):
        def one(p, node=link.subject):
            q = next(store.quads_for_pattern(node, p, None, FACTS_GRAPH), None)
            return None if q is None else q.object.value
        attacker = next(store.quads_for_pattern(link.subject, KGO.weaponsBy, None, FACTS_GRAPH)).object
        out[(attacker, link.object)] = (int(one(KGO.attackCount)), one(KGO.firstDate), one(KGO.lastDate))
    return out


def test_weapon_counts_and_dates_follow_replace_remove_and_load(tmp_path):
    with open_store(tmp_path / "s") as st:
        # a clash side stays (the weapons query never left it out); the denied one does not count
        st.replace_document("d1", attack("w1", HOUTHIS, target=NAVY, date="2024-01-12", weapon=DRONE)
                            + attack("w2", HOUTHIS, target=HOUTHIS, date="2024-03-01", weapon=DRONE)
                            + attack("w3", IRAN, weapon=ROCKET, denied=True))
        st.replace_document("d2", attack("w4", HOUTHIS, weapon=DRONE)  # no date: dates stay
                            + attack("w5", HOUTHIS, date="2023-12-30", weapon=ROCKET))
        assert weapons(st.oxigraph) == {(HOUTHIS, DRONE): (3, "2024-01-12", "2024-03-01"),
                                        (HOUTHIS, ROCKET): (1, "2023-12-30", "2023-12-30")}
        # d1 again: the clash is gone and Iran's rocket attack is no longer denied
        st.replace_document("d1", attack("w1", HOUTHIS, target=NAVY, date="2024-01-12", weapon=DRONE)
                            + attack("w3", IRAN, weapon=ROCKET, date="2024-06-06"))
        assert weapons(st.oxigraph) == {(HOUTHIS, DRONE): (2, "2024-01-12", "2024-01-12"),
                                        (HOUTHIS, ROCKET): (1, "2023-12-30", "2023-12-30"),
                                        (IRAN, ROCKET): (1, "2024-06-06", "2024-06-06")}
        st.remove_document("d2")
        assert weapons(st.oxigraph) == {(HOUTHIS, DRONE): (1, "2024-01-12", "2024-01-12"),
                                        (IRAN, ROCKET): (1, "2024-06-06", "2024-06-06")}
        path = tmp_path / "d3.nq"
        write_document(path, "d3", attack("w6", IRAN, weapon=DRONE))
        st.load_files([path])
        assert weapons(st.oxigraph)[(IRAN, DRONE)] == (1, None, None), "no dated attack: no dates"
        memory = recomputed(st.oxigraph)
        assert weapons(memory) == weapons(st.oxigraph)
        st.remove_document("d1")
        st.remove_document("d3")
        assert weapons(st.oxigraph) == {}


HODEIDAH = ID["entity/hodeidah"]


def places(store: Store) -> dict:
    """(kgo:attacksAt or kgo:attacksOn, place) -> (attacks, first date, last date)."""
    out = {}
    for link_predicate in (KGO.attacksAt, KGO.attacksOn):
        for link in store.quads_for_pattern(None, link_predicate, None, FACTS_GRAPH):
            def one(p, node=link.subject):
                q = next(store.quads_for_pattern(node, p, None, FACTS_GRAPH), None)
                return None if q is None else q.object.value
            out[(link_predicate.value.rsplit("#")[1], link.object)] = (
                int(one(KGO.attackCount)), one(KGO.firstDate), one(KGO.lastDate))
    return out


def at(name: str, attacker, place, **kw) -> list[Quad]:
    return attack(name, attacker, **kw) + [Quad(ID[f"attack/{name}"], KGO.place, place)]


def test_place_counts_and_dates_follow_replace_remove_and_load(tmp_path):
    with open_store(tmp_path / "s") as st:
        st.replace_document("d1", at("p1", HOUTHIS, HODEIDAH, date="2024-01-01")
                            + attack("p2", IRAN, target=HODEIDAH, date="2024-02-02")
                            + attack("p3", IRAN, target=HODEIDAH, date="2024-03-03", denied=True))
        st.replace_document("d2", at("p4", HOUTHIS, HODEIDAH))  # no date: the dates stay
        assert places(st.oxigraph) == {("attacksAt", HODEIDAH): (2, "2024-01-01", "2024-01-01"),
                                       ("attacksOn", HODEIDAH): (3, "2024-01-01", "2024-02-02")}
        st.replace_document("d1", attack("p2", IRAN, target=HODEIDAH, date="2024-02-02"))
        assert places(st.oxigraph) == {("attacksAt", HODEIDAH): (1, None, None),
                                       ("attacksOn", HODEIDAH): (2, "2024-02-02", "2024-02-02")}
        st.remove_document("d2")
        assert places(st.oxigraph) == {("attacksOn", HODEIDAH): (1, "2024-02-02", "2024-02-02")}
        path = tmp_path / "d3.nq"
        write_document(path, "d3", at("p5", IRAN, HODEIDAH, target=NAVY, date="2023-05-05"))
        st.load_files([path])
        assert places(st.oxigraph) == {("attacksAt", HODEIDAH): (1, "2023-05-05", "2023-05-05"),
                                       ("attacksOn", HODEIDAH): (2, "2023-05-05", "2024-02-02"),
                                       ("attacksOn", NAVY): (1, "2023-05-05", "2023-05-05")}
        memory = recomputed(st.oxigraph)
        assert places(memory) == places(st.oxigraph)
        st.remove_document("d1")
        st.remove_document("d3")
        assert places(st.oxigraph) == {}


def targeted(store: Store) -> dict:
    """target -> attacks, read from the kgo:attacksAgainst nodes of the graph."""
    out = {}
    for link in store.quads_for_pattern(None, KGO.attacksAgainst, None, FACTS_GRAPH):
        counts = [q.object.value for q in store.quads_for_pattern(link.subject, None, None, FACTS_GRAPH)
                  if q.predicate == KGO.attackCount]
        assert len(counts) == 1, link
        out[link.object] = int(counts[0])
    return out


def test_attacks_against_a_target_follow_replace_remove_and_load(tmp_path):
    """Only attacks that name the base as their target count (one at the base does not),
    a denied one is left out, and a count stated by two documents survives removing one."""
    base = ID["entity/base_x"]
    with open_store(tmp_path / "s") as st:
        st.replace_document("d1", attack("t1", HOUTHIS, target=base)
                            + attack("t2", IRAN, target=base, denied=True)
                            + at("t3", IRAN, base))
        st.replace_document("d2", attack("t4", IRAN, target=base) + attack("t5", IRAN, target=NAVY))
        assert targeted(st.oxigraph) == {base: 2, NAVY: 1}
        st.remove_document("d1")
        assert targeted(st.oxigraph) == {base: 1, NAVY: 1}
        st.replace_document("d2", attack("t5", IRAN, target=NAVY))
        assert targeted(st.oxigraph) == {NAVY: 1}
        path = tmp_path / "d3.nq"
        write_document(path, "d3", attack("t6", HOUTHIS, target=base) + attack("t7", HOUTHIS, target=base))
        st.load_files([path])
        assert targeted(st.oxigraph) == {base: 2, NAVY: 1}
        memory = recomputed(st.oxigraph)
        assert targeted(memory) == targeted(st.oxigraph)
        st.remove_document("d2")
        st.remove_document("d3")
        assert targeted(st.oxigraph) == {}


def event_types(store: Store) -> dict:
    """(code, sub-event type or None) -> attacks, read from the graph."""
    out = {}
    for link in store.quads_for_pattern(None, KGO.attacksOfCode, None, FACTS_GRAPH):
        sub = next(store.quads_for_pattern(link.subject, KGO.attacksOfSubEventType, None, FACTS_GRAPH), None)
        count = next(store.quads_for_pattern(link.subject, KGO.attackCount, None, FACTS_GRAPH)).object
        out[(link.object.value.rsplit("/", 1)[1], sub and sub.object.value.rsplit("/", 1)[1])] = int(count.value)
    return out


def coded(name: str, code: str, sub: str | None = None, **kw) -> list[Quad]:
    node = ID[f"attack/{name}"]
    quads = [Quad(node, KGO.eventCode, ID[f"code/{code}"])]
    if sub is not None:
        quads.append(Quad(node, KGO.acledSubEventType, ID[f"sub/{sub}"]))
    if kw.get("denied"):
        quads.append(Quad(node, KGO.polarity, KGO.Denied))
    return quads


def test_event_type_counts_follow_replace_remove_and_load(tmp_path):
    with open_store(tmp_path / "s") as st:
        st.replace_document("d1", coded("e1", "1952", "drone") + coded("e2", "1952")
                            + coded("e3", "194", "shelling", denied=True))
        st.replace_document("d2", coded("e4", "1952", "drone"))
        assert event_types(st.oxigraph) == {("1952", "drone"): 2, ("1952", None): 1}
        st.replace_document("d1", coded("e3", "194", "shelling"))  # no longer denied
        assert event_types(st.oxigraph) == {("1952", "drone"): 1, ("194", "shelling"): 1}
        st.remove_document("d2")
        path = tmp_path / "d3.nq"
        write_document(path, "d3", coded("e5", "194", "shelling") + coded("e6", "195"))
        st.load_files([path])
        assert event_types(st.oxigraph) == {("194", "shelling"): 2, ("195", None): 1}
        memory = recomputed(st.oxigraph)
        assert event_types(memory) == event_types(st.oxigraph)
        st.remove_document("d1")
        st.remove_document("d3")
        assert event_types(st.oxigraph) == {}
