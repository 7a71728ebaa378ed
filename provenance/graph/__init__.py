"""Stage 6, graph inference: nodes for articles and for the sources they point to.

Edges point from the article that took something to where it came from. A cited
outlet's report that is not in the corpus becomes a node of its own; articles that share
text with no telling direction hang from one source node; duplicates and snapshots fold
into one article. :func:`build_graph` runs the steps (see :mod:`.builder`);
:func:`assign_roles` names what each node is once the chains are known.
"""

from provenance.graph.builder import GraphParts, build_graph
from provenance.graph.edges import merge_edges
from provenance.graph.index import PileReading
from provenance.graph.people import publishing_people
from provenance.graph.roles import assign_roles
from provenance.kinds import RELATION_PRIORITY

__all__ = ["RELATION_PRIORITY", "GraphParts", "PileReading", "assign_roles", "build_graph", "merge_edges",
           "publishing_people"]
