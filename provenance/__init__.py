"""provenance: trace syndicated news back to its origin.

>>> import provenance
>>> graph = provenance.trace(["examples/calder-bridge"])  # doctest: +SKIP
>>> graph.origins[0]  # doctest: +SKIP
"""

from provenance.config import Config
from provenance.models import ProvenanceGraph
from provenance.notebook import trace_records
from provenance.pipeline import trace, trace_corpus

__version__ = "0.1.0"

__all__ = ["Config", "ProvenanceGraph", "__version__", "trace", "trace_corpus", "trace_records"]
