"""The Spark engine: the same pipeline on PySpark, for corpora beyond one machine.

Optional (``pip install 'provenance[spark]'``, and Java 17). The per-article stages run as
a map on the executors, shingle postings and candidate pairs as a group-by, pair scoring
on the executors; the graph, small by then, is built on the driver with the local
engine's own code, so the output is byte-identical (:mod:`.engine`).
"""

from provenance.spark.engine import trace_spark
from provenance.spark.inputs import SparkInputError
from provenance.spark.session import DEFAULT_MASTER, SparkUnavailable, spark_session

__all__ = ["DEFAULT_MASTER", "SparkInputError", "SparkUnavailable", "spark_session", "trace_spark"]
