"""A synthetic graph of a few thousand entities, shaped like kg build's output, for
checking that the view stays usable at size (tests and benchmarks)."""
from __future__ import annotations

import random
from pathlib import Path

from pyoxigraph import Literal, NamedNode, Quad, RdfFormat, serialize

from kg.vocab import ID, KGO, RDF, RDFS, RELATIONS, XSD

CLASSES = ("ArmedGroup", "State", "Person", "Organization", "MilitaryBase", "Place")


def write_big_graph(path: Path, entities: int = 2000, links: int = 3000, attacks: int = 150,
                    seed: int = 1) -> Path:
    rnd = random.Random(seed)
    graph = NamedNode(ID.base + "doc/big")
    nodes = [NamedNode(f"{ID.base}entity/e{i}") for i in range(entities)]
    quads = []
    for i, node in enumerate(nodes):
        quads += [Quad(node, RDF.type, KGO[CLASSES[i % len(CLASSES)]], graph),
                  Quad(node, RDFS.label, Literal(f"كيان رقم {i}", language="ar"), graph),
                  Quad(node, RDFS.label, Literal(f"Entity {i}", language="en"), graph)]
    for _ in range(links):  # preferential attachment: a few hubs, a long tail
        a = nodes[int(rnd.paretovariate(1.2)) % entities]
        b = rnd.choice(nodes)
        if a != b:
            quads.append(Quad(a, KGO[rnd.choice(RELATIONS)], b, graph))
    for i in range(attacks):
        node = NamedNode(f"{ID.base}attack/a{i}")
        quads += [Quad(node, RDF.type, KGO.Attack, graph),
                  Quad(node, KGO.attacker, rnd.choice(nodes), graph),
                  Quad(node, KGO.target, rnd.choice(nodes), graph),
                  Quad(node, KGO.date, Literal(f"2023-10-{1 + i % 28:02d}", datatype=XSD.date), graph)]
    path.write_bytes(serialize(quads, format=RdfFormat.N_QUADS))
    return path
