"""RDF layer: IRIs, the mapping from analysed documents to quads, and serialisation."""
