"""Reads a quartiersnetz export with an independent consumer and prints its counts as JSON.

    python3 test/utils/read-export.py FORMAT FILE [EDGES_CSV]

FORMAT: graphml | gexf (networkx readers), node-link (networkx node_link_graph), csv (Python's csv
module; FILE is the node list, EDGES_CSV the edge list). Quotes are counted from each edge's
`quotes` attribute, a JSON list of strings (a real list in node-link JSON).
"""
import csv
import json
import sys

import networkx as nx


def quote_count(value):
    """Pieces of evidence: quotes, and '' where a cited source gives a locator instead."""
    if value is None or value == "":
        return 0
    items = value if isinstance(value, list) else json.loads(value)
    assert all(isinstance(item, str) for item in items), items
    return len(items)


def graph_counts(g):
    return {
        "nodes": g.number_of_nodes(),
        "edges": g.number_of_edges(),
        "quotes": sum(quote_count(d.get("quotes")) for *_, d in g.edges(data=True)),
        "multigraph": g.is_multigraph(),
    }


def main():
    fmt, path = sys.argv[1], sys.argv[2]
    if fmt == "graphml":
        counts = graph_counts(nx.read_graphml(path))
    elif fmt == "gexf":
        counts = graph_counts(nx.read_gexf(path))
    elif fmt == "node-link":
        with open(path, encoding="utf-8") as f:
            counts = graph_counts(nx.node_link_graph(json.load(f), edges="links"))
    elif fmt == "csv":
        with open(path, newline="", encoding="utf-8") as f:
            nodes = sum(1 for _ in csv.DictReader(f))
        with open(sys.argv[3], newline="", encoding="utf-8") as f:
            rows = list(csv.DictReader(f))
        counts = {"nodes": nodes, "edges": len(rows), "quotes": sum(quote_count(r["quotes"]) for r in rows)}
    else:
        raise SystemExit(f"unknown format {fmt}")
    print(json.dumps(counts))


main()
