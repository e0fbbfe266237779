"""The networkx side of the analytics-engine benchmark: reads an edge list (one "a<TAB>b" per line),
times PageRank, Louvain and (optionally) exact betweenness, and prints the medians as JSON."""
import json
import statistics
import sys
import time

import networkx as nx


def median_seconds(work, runs):
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main():
    path, runs, with_betweenness = sys.argv[1], int(sys.argv[2]), sys.argv[3] == "yes"
    graph = nx.Graph()
    with open(path, encoding="utf-8") as edges:
        for line in edges:
            a, b = line.rstrip("\n").split("\t")
            if a != b:
                graph.add_edge(a, b)
    result = {
        "nodes": graph.number_of_nodes(),
        "edges": graph.number_of_edges(),
        "pagerank": median_seconds(lambda: nx.pagerank(graph, alpha=0.85, tol=1e-6), runs),
        "louvain": median_seconds(lambda: nx.community.louvain_communities(graph, seed=42), runs),
    }
    if with_betweenness:
        result["betweenness"] = median_seconds(lambda: nx.betweenness_centrality(graph), 1)
    print(json.dumps(result))


if __name__ == "__main__":
    main()
