"""Ingest on a Dask `distributed` cluster (imported only when one is used): each worker loads the spaCy
pipeline once (a worker plugin), batches go out a few at a time, each worker writes its documents to
the shared store, and the scheduler redoes the batches of a worker lost mid-job."""

from __future__ import annotations

import copy
import ipaddress
import logging
import uuid
from collections.abc import Callable, Hashable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

import dask.config
import yaml
from distributed import Client, LocalCluster, WorkerPlugin, as_completed
from sqlalchemy.engine import make_url

from entente.ingest.failures import IngestStopped
from entente.models import Document, IngestReport

log = logging.getLogger(__name__)

# what Entente's workers need of Dask's configuration; `dask worker` reads it with DASK_CONFIG=this folder
WORKER_CONFIG_DIR = Path(__file__).parent / "data" / "dask"

LOCAL_PREFIX = "local:"
RETRIES = 2  # a batch whose task raised (a store that did not answer) is tried this many times more
CONNECT_TIMEOUT = "30s"
IN_FLIGHT_PER_THREAD = 2  # batches handed to the scheduler per worker thread: enough to keep workers busy


class ClusterError(ValueError):
    """A --cluster value, or a store, the cluster path cannot use; the message says why."""


def check_address(value: str) -> str:
    """`local:N` (a LocalCluster of N worker processes on this machine) or a scheduler's address
    (`tcp://HOST:8786`); raises ClusterError naming the value otherwise."""
    if value.startswith(LOCAL_PREFIX):
        count = value[len(LOCAL_PREFIX):]
        if not count.isdigit() or int(count) < 1:
            raise ClusterError(f"not a local cluster like local:2 (a positive number of workers): {value!r}")
        return value
    scheme, sep, rest = value.partition("://")
    host, _, port = rest.rpartition(":")
    if not sep or scheme not in ("tcp", "tls") or not host or not port.isdigit():
        raise ClusterError(f"not a scheduler address like tcp://HOST:8786 or local:N: {value!r}")
    return value


def _on_this_machine(address: str) -> bool:
    if address.startswith(LOCAL_PREFIX):
        return True
    host = address.partition("://")[2].rpartition(":")[0].strip("[]")
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check_store(address: str, url: str) -> None:
    """Workers on other machines cannot write to this machine's SQLite file: each would write a file of
    its own, and the documents would be lost to this store. Refuse that before anything is sent."""
    if make_url(url).get_backend_name() == "sqlite" and not _on_this_machine(address):
        raise ClusterError(
            f"the store is a SQLite file ({url}), which workers on other machines cannot write to: "
            "give --db (or ENTENTE_DATABASE_URL) a PostgreSQL URL they can all reach")


class SpacyPlugin(WorkerPlugin):
    """Loads the spaCy pipeline and the taxonomy once when a worker starts (and again in a worker
    that replaces a lost one), so no batch pays for them."""

    name = "entente-spacy"
    idempotent = True  # registering it again (a second ingest on the same cluster) changes nothing

    def setup(self, worker: object) -> None:
        from entente.extract.nlp import load_nlp
        from entente.taxonomy import load_taxonomy

        load_taxonomy()
        load_nlp()  # cached in the worker process: every batch on this worker uses this one


@contextmanager
def connect(address: str) -> Iterator[Client]:
    """A client of the scheduler at `address`, or of a LocalCluster started for `local:N` and shut
    down after; the plugin is registered, so every worker, present or later, has the pipeline."""
    check_address(address)
    if address.startswith(LOCAL_PREFIX):
        # one thread per worker: spaCy holds the GIL, so processes, not threads, give parallelism;
        # no dashboard (it needs bokeh): that is for an operator's long-lived scheduler
        ours = yaml.safe_load((WORKER_CONFIG_DIR / "entente.yaml").read_text())
        config = dask.config.update(copy.deepcopy(dask.config.config), ours)  # merged: Dask's other keys stay
        with dask.config.set(config), \
                LocalCluster(n_workers=int(address[len(LOCAL_PREFIX):]), threads_per_worker=1,
                             processes=True, dashboard_address=None, silence_logs=logging.ERROR) as cluster, \
                Client(cluster) as client:
            client.register_plugin(SpacyPlugin(), name=SpacyPlugin.name)
            yield client
        return
    try:
        client = Client(address, timeout=CONNECT_TIMEOUT)
    except OSError as exc:
        raise ClusterError(f"no Dask scheduler answers at {address}: {exc}") from exc
    with client:
        client.register_plugin(SpacyPlugin(), name=SpacyPlugin.name)
        yield client


Batch = Sequence[Document]


def run_batches(client: Client, batches: Sequence[Batch], url: str, replace: bool,
                done: Callable[[int, list[IngestReport]], None], *,
                work: Callable[[list[Document], str, bool], list[IngestReport]]) -> None:
    """Extract and store `batches` on the cluster, `work(batch, url, replace)` on a worker for each (the
    pipeline's worker_batch: the cluster runs work, the pipeline says what); `done(index, reports)` as each
    batch finishes, in the order they finish. At most a few batches per worker thread are out at once, so a large archive
    does not sit whole in the scheduler's memory. A batch whose task raised is retried; one that still
    fails (or that killed the workers it ran on, which Dask gives up on after a few) is reported failed,
    document by document, and the others go on."""
    waiting = iter(enumerate(batches))
    index_of: dict[Hashable, int] = {}  # a future's key -> its batch
    queue = as_completed(loop=client.loop)

    def top_up() -> None:
        # workers may join or leave a long job: the bound follows the threads the cluster has now
        limit = max(2, IN_FLIGHT_PER_THREAD * sum(client.nthreads().values()))
        while len(index_of) < limit:
            item = next(waiting, None)
            if item is None:
                return
            index, batch = item
            future = client.submit(work, list(batch), url, replace, retries=RETRIES, pure=False,
                                   key=f"entente-batch-{index}-{uuid.uuid4().hex[:8]}")
            index_of[future.key] = index
            queue.add(future)

    top_up()
    for future in queue:
        index = index_of.pop(future.key)
        try:
            reports = future.result()
        except IngestStopped:  # the store cannot take more (its disk is full): nothing else is sent
            client.cancel(list(queue.futures))
            raise
        except Exception as exc:  # noqa: BLE001 - a batch that failed every try fails alone
            error_id = uuid.uuid4().hex[:8]
            log.error("batch of %s failed on the cluster (error %s): %s",
                      ", ".join(d.source for d in batches[index]), error_id, exc)
            reports = [IngestReport(d.source, "failed", d.id,
                                    [f"worker failed (error {error_id}): {type(exc).__name__}: {exc}"])
                       for d in batches[index]]
        future.release()
        done(index, reports)
        top_up()
