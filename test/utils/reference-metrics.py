"""Recomputes the metrics of a co-creation network with networkx and prints how far ours are.

    python3 test/utils/reference-metrics.py NODE_LINK_JSON PATH_LENGTH

NODE_LINK_JSON: a node-link export of the co-creation view (or the same shape built from a GraphQL
answer): nodes with degree, weightedDegree, betweenness, closeness, pageRank, community and sectors (or sector);
links with weight. PATH_LENGTH: INVERSE_WEIGHT (a tie's length is 1 / weight) or HOPS.
Prints, as JSON, the largest absolute difference per node metric and networkx's modularity of the
exported partition and E-I index of sectors (Krackhardt & Stern 1988), for the test to compare.
"""
import json
import sys

import networkx as nx


def main():
    with open(sys.argv[1], encoding="utf-8") as f:
        doc = json.load(f)
    path_length = sys.argv[2]
    g = nx.Graph()
    for node in doc["nodes"]:
        g.add_node(node["id"], **node)
    for link in doc["links"]:
        assert not g.has_edge(link["source"], link["target"]), "co-creation ties are one per pair"
        g.add_edge(link["source"], link["target"], weight=link["weight"], length=1 / link["weight"])

    distance = "length" if path_length == "INVERSE_WEIGHT" else None
    reference = {
        "degree": dict(g.degree()),
        "weightedDegree": dict(g.degree(weight="weight")),
        "betweenness": nx.betweenness_centrality(g, weight=distance, normalized=True),
        "closeness": nx.closeness_centrality(g, distance=distance, wf_improved=True),
        "pageRank": nx.pagerank(g, alpha=0.85, weight="weight", tol=1e-14, max_iter=10000),
    }
    deviation = {
        metric: max((abs(g.nodes[n][metric] - value) for n, value in values.items()), default=0.0)
        for metric, values in reference.items()
    }

    communities = {}
    for n, data in g.nodes(data=True):
        communities.setdefault(data["community"], set()).add(n)
    modularity = (
        nx.community.modularity(g, communities.values(), weight="weight", resolution=1)
        if g.number_of_edges() > 0
        else None
    )
    # An actor may have several sectors: a tie stays inside when its ends share one.
    def sectors(data):
        if "sectors" in data:
            value = data["sectors"]
            return set(json.loads(value) if isinstance(value, str) else value)
        return {data["sector"]} if data.get("sector") is not None else set()

    external = internal = 0
    for a, b in g.edges():
        sa, sb = sectors(g.nodes[a]), sectors(g.nodes[b])
        if not sa or not sb:
            continue
        if sa & sb:
            internal += 1
        else:
            external += 1
    ei = (external - internal) / (external + internal) if external + internal > 0 else None
    print(
        json.dumps(
            {
                "nodes": g.number_of_nodes(),
                "edges": g.number_of_edges(),
                "deviation": deviation,
                "modularity": modularity,
                "eiIndex": ei,
            }
        )
    )


main()
