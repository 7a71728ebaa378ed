"""Starting Spark for a run: the engine's settings, and what to say when Spark is missing."""

from __future__ import annotations

import os
import sys
import warnings
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pyspark import StorageLevel
    from pyspark.sql import SparkSession

#: Where Spark runs when no master is given: every core of this machine.
DEFAULT_MASTER = "local[*]"
#: Spark settings the engine starts with (a user's ``conf`` overrides them).
DEFAULT_CONF: Mapping[str, str] = {
    "spark.ui.enabled": "false",
    "spark.ui.showConsoleProgress": "false",
    "spark.driver.extraJavaOptions": f"-Dlog4j2.configurationFile={Path(__file__).with_name('log4j2.properties')}",
    "spark.driver.memory": os.environ.get("PROVENANCE_SPARK_DRIVER_MEMORY", "4g"),
}


class SparkUnavailable(Exception):
    """PySpark (the ``spark`` extra) or Java is missing; the message says what to install."""


def spilled() -> StorageLevel:
    """Kept in memory, spilled to disk when it does not fit: never computed twice (reading
    and scoring are the costly steps, and a recomputed partition runs alone)."""
    from pyspark import StorageLevel

    return StorageLevel.MEMORY_AND_DISK


@contextmanager
def spark_session(master: str | None = None, conf: Mapping[str, str] | None = None) -> Iterator[SparkSession]:
    """A Spark session started for one run with the engine's settings, stopped after it."""
    try:
        from pyspark.sql import SparkSession
    except ImportError:
        raise SparkUnavailable("the Spark engine needs PySpark: pip install 'provenance[spark]' "
                               "(and Java 17: apt-get install openjdk-17-jre-headless)") from None
    # the executors' Python: this interpreter (with provenance installed) unless told otherwise
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    builder = SparkSession.builder.appName("provenance")
    if master or "PYSPARK_GATEWAY_PORT" not in os.environ:  # under spark-submit, its --master rules
        builder = builder.master(master or DEFAULT_MASTER)
    settings = {**DEFAULT_CONF, **(conf or {})}
    for name, value in settings.items():
        builder = builder.config(name, value)
    try:
        with warnings.catch_warnings():  # PySpark's notes on the pandas version: not the user's concern
            warnings.simplefilter("ignore", FutureWarning)
            spark = builder.getOrCreate()
    except Exception as error:  # Java missing or unusable: py4j raises its own errors
        raise SparkUnavailable(f"Spark could not start ({str(error).splitlines()[0]}); the engine needs "
                               "Java 17 (apt-get install openjdk-17-jre-headless)") from None
    try:
        yield spark
    finally:
        spark.stop()
