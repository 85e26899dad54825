/*
 * A persistent fork-join worker pool for the elementwise driver.
 *
 * sk_parallel(task, ctx, chunks) runs task(ctx, c) for c in [0, chunks) on the workers and the
 * calling thread, and returns when all are done. Chunks are claimed with an atomic counter, so a
 * slow core never holds the others up. Workers are created on first use (count: the online CPUs,
 * or SYMKERNEL_THREADS) and then sleep on a condition variable between jobs.
 *
 * Only one job uses the pool at a time; a second caller (an async call on a libuv thread while the
 * main thread computes) finds it busy and runs its chunks itself. Results never depend on which
 * thread ran a chunk: elementwise kernels write disjoint ranges, reductions combine per-chunk
 * partials in chunk order.
 */
#ifndef SK_POOL_H
#define SK_POOL_H

#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdlib.h>
#include <unistd.h>

#define SK_MAX_THREADS 256

typedef void (*sk_task_fn)(void *ctx, size_t chunk);

typedef struct {
  sk_task_fn task;
  void *ctx;
  size_t chunks;
  atomic_size_t next;
  atomic_size_t done;
} sk_job;

static struct {
  pthread_mutex_t lock;
  pthread_cond_t wake;
  pthread_cond_t finished;
  pthread_mutex_t busy;
  sk_job *job;
  unsigned long generation;
  int active; /* workers inside the current job: the job lives on the caller's stack */
  int limit;  /* workers that may join the current job (setThreads can lower it below `workers`) */
  int workers;
  int threads; /* wanted, including the caller; 0 = not decided yet */
} sk_pool = { PTHREAD_MUTEX_INITIALIZER, PTHREAD_COND_INITIALIZER, PTHREAD_COND_INITIALIZER,
              PTHREAD_MUTEX_INITIALIZER, NULL, 0, 0, 0, 0, 0 };

static void sk_run_chunks(sk_job *job)
{
  for (;;) {
    size_t c = atomic_fetch_add(&job->next, 1);
    if (c >= job->chunks) return;
    job->task(job->ctx, c);
    if (atomic_fetch_add(&job->done, 1) + 1 == job->chunks) {
      pthread_mutex_lock(&sk_pool.lock);
      pthread_cond_broadcast(&sk_pool.finished);
      pthread_mutex_unlock(&sk_pool.lock);
    }
  }
}

static void *sk_worker(void *arg)
{
  const int index = (int)(intptr_t)arg;
  unsigned long seen = 0;
  for (;;) {
    pthread_mutex_lock(&sk_pool.lock);
    while (sk_pool.generation == seen) pthread_cond_wait(&sk_pool.wake, &sk_pool.lock);
    seen = sk_pool.generation;
    sk_job *job = sk_pool.job;
    if (!job || index >= sk_pool.limit) {
      pthread_mutex_unlock(&sk_pool.lock);
      continue;
    }
    sk_pool.active++;
    pthread_mutex_unlock(&sk_pool.lock);
    sk_run_chunks(job);
    pthread_mutex_lock(&sk_pool.lock);
    sk_pool.active--;
    pthread_cond_broadcast(&sk_pool.finished);
    pthread_mutex_unlock(&sk_pool.lock);
  }
  return NULL;
}

/* Threads to use, including the caller: SYMKERNEL_THREADS, else the online CPUs. */
static int sk_thread_count(void)
{
  if (sk_pool.threads > 0) return sk_pool.threads;
  int n = 0;
  const char *env = getenv("SYMKERNEL_THREADS");
  if (env && *env) n = atoi(env);
  if (n <= 0) {
    long cpus = sysconf(_SC_NPROCESSORS_ONLN);
    n = cpus > 0 ? (int)cpus : 1;
  }
  if (n > SK_MAX_THREADS) n = SK_MAX_THREADS;
  sk_pool.threads = n;
  return n;
}

static void sk_set_threads(int n)
{
  if (n < 1) n = 1;
  if (n > SK_MAX_THREADS) n = SK_MAX_THREADS;
  sk_pool.threads = n;
}

static void sk_parallel(sk_task_fn task, void *ctx, size_t chunks)
{
  int threads = sk_thread_count();
  sk_job job = { task, ctx, chunks, 0, 0 };
  if (threads <= 1 || chunks <= 1 || pthread_mutex_trylock(&sk_pool.busy) != 0) {
    for (size_t c = 0; c < chunks; c++) task(ctx, c);
    return;
  }
  pthread_mutex_lock(&sk_pool.lock);
  while (sk_pool.workers < threads - 1) {
    pthread_t t;
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
    int failed = pthread_create(&t, &attr, sk_worker, (void *)(intptr_t)sk_pool.workers);
    pthread_attr_destroy(&attr);
    if (failed) break;
    sk_pool.workers++;
  }
  sk_pool.job = &job;
  sk_pool.limit = threads - 1;
  sk_pool.generation++;
  pthread_cond_broadcast(&sk_pool.wake);
  pthread_mutex_unlock(&sk_pool.lock);

  sk_run_chunks(&job);

  pthread_mutex_lock(&sk_pool.lock);
  sk_pool.job = NULL; /* no worker picks the job up from now on */
  while (atomic_load(&job.done) < chunks || sk_pool.active > 0) pthread_cond_wait(&sk_pool.finished, &sk_pool.lock);
  pthread_mutex_unlock(&sk_pool.lock);
  pthread_mutex_unlock(&sk_pool.busy);
}

#endif /* SK_POOL_H */
