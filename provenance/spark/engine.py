"""The pipeline on Spark, for corpora beyond one machine; the output is the local engine's.

1. load     (:mod:`.inputs`): JSON Lines and Parquet records read on the executors;
2. outlets  the pile's own mastheads, read per record, gathered in corpus order;
3. read     stages 2-4 and the text profiles, a map over the records
            (:func:`provenance.pipeline.article_reader`, the local engine's function);
4. pairs    candidate sentence pairs and their scores (:mod:`.pairs`), a group-by;
5. graph    the read articles and the scored pairs are brought to the driver, where
            :func:`provenance.pipeline.trace_read` (the local engine's code) does the rest.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from contextlib import nullcontext
from typing import TYPE_CHECKING, Any

from provenance import lexicon, outlets, pile, pipeline, reuse
from provenance.config import Config
from provenance.models import LoadedDocument, ProvenanceGraph
from provenance.spark import inputs, pairs
from provenance.spark.session import spark_session, spilled

if TYPE_CHECKING:
    from pyspark import RDD
    from pyspark.sql import SparkSession

def trace_spark(paths: Iterable[str], config: Config | None = None, master: str | None = None,
                conf: Mapping[str, str] | None = None, session: SparkSession | None = None) -> ProvenanceGraph:
    """:func:`provenance.trace` on Spark: same input records, byte-identical output.

    ``paths``: JSON Lines or Parquet files or folders, local or on any file system Spark
    reads (``hdfs://``, ``s3a://``, …). ``master``: a Spark master URL (default: this
    machine's cores). ``conf``: extra Spark settings. ``session``: a running Spark session
    to use (a notebook's), left running; otherwise one is started and stopped.
    """
    config = config or Config()
    running = nullcontext(session) if session is not None else spark_session(master, conf)
    with running as spark, pipeline.cyclic_collector_paused():
        files, listing_problems = inputs.list_inputs(spark.sparkContext, list(paths))
        raw = inputs.read_records(spark, files, config.max_file_bytes).persist(spilled())
        cached: list[RDD[Any]] = [raw]
        try:
            records, problems = inputs.settled(raw, files)
            registry = _registry(records, config)
            work = _read(records, registry, config).persist(spilled())
            cached.append(work)
            scorer = pairs.SparkPairScorer(spark.sparkContext, work.values().flatMap(_profile),
                                           buckets=max(2, spark.sparkContext.defaultParallelism * 2))
            # the collected articles are passed on without a name, so that trace_read can let go of them
            return pipeline.trace_read(_in_corpus_order(work), registry, (*listing_problems, *problems), config,
                                       scorer)
        finally:
            for rdd in cached:  # a notebook's session outlives the run
                rdd.unpersist()


def _in_corpus_order(work: RDD[tuple[inputs.RecordKey, pipeline.ArticleWork]]) -> list[pipeline.ArticleWork]:
    """The read articles on the driver, in the local engine's order.

    The (cached) articles are read in one job on every executor first: ``toLocalIterator``
    alone would compute one partition at a time. It then brings them a partition at a
    time, so the driver's JVM never holds them all as ``collect`` would.
    """
    work.count()
    return [item for _, item in sorted(work.toLocalIterator(), key=lambda pair: pair[0])]


def _profile(item: pipeline.ArticleWork) -> list[reuse.TextProfile]:
    return [item.profile] if item.profile is not None else []


def _registry(records: RDD[tuple[inputs.RecordKey, LoadedDocument]], config: Config) -> outlets.Registry:
    """The registry with the pile's own mastheads (:mod:`provenance.pile`), first by corpus order."""
    base = outlets.load_registry(config.outlet_files)
    found = records.mapValues(lambda document: pile.pile_outlet(document, base)) \
        .filter(lambda pair: pair[1] is not None).collect()
    return pile.with_outlets(base, (outlet for _, outlet in sorted(found, key=lambda pair: pair[0])))


def _read(records: RDD[tuple[inputs.RecordKey, LoadedDocument]], registry: outlets.Registry,
          config: Config) -> RDD[tuple[inputs.RecordKey, pipeline.ArticleWork]]:
    context = records.context
    shared = context.broadcast((registry, lexicon.load_lexicons(config.phrase_files)))

    def read_partition(part: Iterable[tuple[inputs.RecordKey, LoadedDocument]]
                       ) -> Iterator[tuple[inputs.RecordKey, pipeline.ArticleWork]]:
        reader = pipeline.article_reader(*shared.value, with_profiles=True)
        for key, document in part:
            yield key, reader(document)

    return records.mapPartitions(read_partition, preservesPartitioning=True)
