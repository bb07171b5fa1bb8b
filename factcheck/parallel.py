"""Extraction over several processes, and through the incremental cache.

Extraction is CPU-bound Python (regexes and spaCy's tokenizer), so threads do not help;
processes do. Workers are started with ``spawn`` (the only start method that is safe with
threads and works the same on every platform), and each builds its ``Extractor`` once,
from the same pipeline, alias table, attribute rules and ``corpus_names`` as the parent,
so a document's claims do not depend on which process read it. Documents travel in
chunks (fewer, larger messages) and results are put back in corpus order, so the output
is identical to a serial run.

A document whose extraction raises is a failed status, as in a serial run. A worker that
dies outright (killed, out of memory) fails the documents of the chunk it held, with a
reason, and the run goes on in a fresh pool.

Code that calls this with ``jobs > 1`` from a script must guard its entry point with
``if __name__ == "__main__":``, as every use of ``spawn`` must.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import pickle
import sqlite3
import sys
from collections.abc import Callable, Generator, Iterator, Mapping, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from factcheck.model import Claim, Document
from factcheck.nlp import NAME_FINDER
from factcheck.pipeline import Extraction, Extractor, Outcome, claims_or_error
from factcheck.subjects import corpus_names

if TYPE_CHECKING:
    from factcheck.cache import ClaimCache
    from factcheck.corpus import Corpus

log = logging.getLogger(__name__)


def resolve_jobs(jobs: int | None) -> int:
    """``jobs`` as a process count: 0 or a negative number means every available core."""
    if jobs is None:
        return 1
    if jobs > 0:
        return jobs
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


@dataclass(frozen=True)
class WorkerConfig:
    """What a worker needs to build an extractor equal to the parent's (all picklable)."""

    nlp: bytes  # the parent's pipeline, pickled (spaCy pipelines pickle via to_bytes)
    aliases: object
    attributes: Mapping[str, object]
    names: frozenset[str]


_worker: Extractor | None = None


def _init_worker(config: WorkerConfig) -> None:
    global _worker
    import spacy

    spacy.blank("en")  # registers spaCy's built-in factories, as building one does in the parent
    extractor = Extractor(
        nlp=pickle.loads(config.nlp),
        aliases=config.aliases,  # type: ignore[arg-type]
        attributes=config.attributes,  # type: ignore[arg-type]
    )
    set_corpus_names(extractor, config.names)
    _worker = extractor


def _work(chunk: list[tuple[int, Document]]) -> list[tuple[int, Outcome]]:
    assert _worker is not None, "worker used before its initializer ran"
    return [(index, claims_or_error(_worker, document)) for index, document in chunk]


def set_corpus_names(extractor: Extractor, names: frozenset[str]) -> None:
    if NAME_FINDER in extractor.nlp.pipe_names:
        finder = extractor.nlp.get_pipe(NAME_FINDER)
        finder.corpus_names = names  # type: ignore[attr-defined]


def extract_corpus(
    extractor: Extractor,
    corpus: Corpus,
    *,
    progress: Callable[[int, int], None] | None = None,
    jobs: int | None = 1,
    cache: str | Path | ClaimCache | None = None,
) -> Extraction:
    """``Extractor.extract`` with ``jobs`` processes and an optional cache directory.

    The result (claims, their order, document statuses) is the same as a serial run's.
    """
    from factcheck.cache import ClaimCache, configuration_fingerprint

    documents = corpus.documents
    total = len(documents)
    names = corpus_names(d.text for d in documents)
    set_corpus_names(extractor, names)
    outcomes: dict[int, Outcome] = {}
    done = 0
    if progress is not None:
        progress(0, total)

    def advance(count: int) -> None:
        nonlocal done
        done += count
        if progress is not None and count:
            progress(min(done, total), total)

    store: ClaimCache | None = None
    keys: dict[int, str] = {}
    if isinstance(cache, ClaimCache):
        store = cache
    elif cache is not None:
        try:
            store = ClaimCache(cache, configuration_fingerprint(extractor))
        except (OSError, sqlite3.Error) as exc:  # the run matters more than its cache
            log.warning("%s: cannot use the cache, extracting everything: %s", cache, exc)
    if store is not None:
        for index, document in enumerate(documents):
            keys[index] = key = store.key(document, names)
            hit = store.get(key)
            if hit is not None:
                outcomes[index] = hit
        advance(len(outcomes))
    pending = [i for i in range(total) if i not in outcomes]
    workers = min(resolve_jobs(jobs), len(pending))
    if workers > 1:
        results = _in_processes(extractor, documents, pending, names, workers, advance)
    else:
        results = _serially(extractor, documents, pending, advance)
    unsaved: list[tuple[str, list[Claim]]] = []
    for index, outcome in results:
        outcomes[index] = outcome
        if store is not None and not isinstance(outcome, str):
            unsaved.append((keys[index], outcome))
            if len(unsaved) >= 256:  # saved as it goes, so an interrupted run is not lost
                store.put_many(unsaved)
                unsaved = []
    if store is not None:
        store.put_many(unsaved)
        if store is not cache:
            store.close()
    return Extraction.of(
        corpus.failures, ((document, outcomes[i]) for i, document in enumerate(documents))
    )


def _serially(
    extractor: Extractor,
    documents: Sequence[Document],
    pending: list[int],
    advance: Callable[[int], None],
) -> Iterator[tuple[int, Outcome]]:
    for index in pending:
        yield index, claims_or_error(extractor, documents[index])
        advance(1)


def _in_processes(
    extractor: Extractor,
    documents: Sequence[Document],
    pending: list[int],
    names: frozenset[str],
    workers: int,
    advance: Callable[[int], None],
) -> Iterator[tuple[int, Outcome]]:
    if not _spawnable():
        log.warning("cannot start worker processes from %s; running serially", sys.argv[0])
        yield from _serially(extractor, documents, pending, advance)
        return
    try:
        config = WorkerConfig(
            pickle.dumps(extractor.nlp), extractor.aliases, extractor.attributes, names
        )
        pickle.dumps(config)
    except Exception as exc:  # an unpicklable custom pipeline: one process still works
        log.warning("cannot send the pipeline to worker processes (%s); running serially", exc)
        yield from _serially(extractor, documents, pending, advance)
        return
    # several chunks per worker keep both cores busy to the end; 64 documents at most
    # per chunk keep the messages small and the progress bar moving
    size = max(1, min(64, len(pending) // (workers * 8) or 1))
    chunks = [
        [(i, documents[i]) for i in pending[start : start + size]]
        for start in range(0, len(pending), size)
    ]
    # A worker that dies breaks the pool for every chunk still queued. Those are tried
    # again one document per task, and what breaks even then, one at a time in a single
    # worker, where a death names its document: only the document that kills a worker fails.
    broken = yield from _pool_round(chunks, workers, config, advance)
    if broken and len(broken) == len(chunks) and not _workers_start(config):
        # the workers cannot start here (a pipeline that does not load in a fresh
        # process, say), so the parent does the work rather than fail it all
        log.warning("worker processes failed to start; extracting in this process")
        items = [item for chunk in broken for item in chunk]
        yield from _serially(extractor, documents, [i for i, _ in items], advance)
        return
    if broken:
        singles = [[item] for chunk in broken for item in chunk]
        broken = yield from _pool_round(singles, workers, config, advance)
    if broken:
        yield from _one_by_one([item for chunk in broken for item in chunk], config, advance)


def _workers_start(config: WorkerConfig) -> bool:
    """Whether a worker process can start and build its extractor at all."""
    context = multiprocessing.get_context("spawn")
    try:
        with ProcessPoolExecutor(
            max_workers=1, mp_context=context, initializer=_init_worker, initargs=(config,)
        ) as pool:
            pool.submit(_work, []).result()
    except BrokenProcessPool:
        return False
    return True


def _one_by_one(
    items: list[tuple[int, Document]], config: WorkerConfig, advance: Callable[[int], None]
) -> Iterator[tuple[int, Outcome]]:
    """Documents one at a time in one worker, replaced whenever a document kills it."""
    context = multiprocessing.get_context("spawn")
    pool: ProcessPoolExecutor | None = None
    try:
        for index, document in items:
            if pool is None:
                pool = ProcessPoolExecutor(
                    max_workers=1, mp_context=context, initializer=_init_worker, initargs=(config,)
                )
            try:
                results = pool.submit(_work, [(index, document)]).result()
            except BrokenProcessPool:
                pool.shutdown()
                pool = None
                reason = "the worker process extracting it died (killed, or out of memory)"
                yield index, f"{document.id}: {reason}"
                advance(1)
                continue
            yield from results
            advance(len(results))
    finally:
        if pool is not None:
            pool.shutdown()


Chunk = list[tuple[int, Document]]


def _spawnable() -> bool:
    """False when a spawned worker could not import the main module: a script read from
    standard input (``python - < script.py``) names a file ``<stdin>`` that does not
    exist, and the worker would die before it could report why, leaving the pool hung."""
    main = sys.modules.get("__main__")
    path = getattr(main, "__file__", None)
    return path is None or os.path.exists(path)


def _pool_round(
    chunks: list[Chunk], workers: int, config: WorkerConfig, advance: Callable[[int], None]
) -> Generator[tuple[int, Outcome], None, list[Chunk]]:
    """Run chunks in a fresh pool; yield their outcomes and return the chunks it lost."""
    broken: list[Chunk] = []
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(
        max_workers=workers, mp_context=context, initializer=_init_worker, initargs=(config,)
    ) as pool:
        # Start every worker before any work is queued. The pool spawns a worker on each
        # submit; a worker that dies while the next is still being spawned leaves that one
        # out of the pool's clean-up, and the pool waits for it forever (CPython 3.11).
        for _ in range(workers):
            try:
                pool.submit(int)
            except BrokenProcessPool:
                break
        futures: list[tuple[Future[list[tuple[int, Outcome]]] | None, Chunk]] = []
        for chunk in chunks:
            try:
                futures.append((pool.submit(_work, chunk), chunk))
            except BrokenProcessPool:  # broke while submitting
                futures.append((None, chunk))
        for future, chunk in futures:
            try:
                if future is None:
                    raise BrokenProcessPool("not submitted")
                results = future.result()
            except BrokenProcessPool:
                broken.append(chunk)
                continue
            yield from results
            advance(len(results))
    return broken
