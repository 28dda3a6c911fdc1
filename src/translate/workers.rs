//! Requests in flight at once: batches handed to a few worker threads, for translation
//! backends and embeddings servers alike.
//!
//! Written here rather than with rayon: the work is waiting on a server, not computing, the
//! limit is the server's (a few requests at once, not one per core), and the first failure must
//! stop further requests while those in flight finish. Scoped threads and an atomic counter
//! are all that takes.

use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

/// What [`run_batches`] did.
#[derive(Debug)]
pub struct Outcome<T, E> {
    /// The results of the batches that succeeded, by batch index, in index order.
    pub done: Vec<(usize, T)>,
    /// How many batches were started (requests sent).
    pub started: usize,
    /// The first failure, after which no further batch was started.
    pub error: Option<E>,
}

/// Run `work` on batches `0..count` with up to `workers` threads, each taking the next batch
/// not yet started. After the first error no batch is started; those in flight finish, and
/// their results are kept.
pub fn run_batches<T: Send, E: Send>(
    count: usize,
    workers: usize,
    work: impl Fn(usize) -> Result<T, E> + Sync,
) -> Outcome<T, E> {
    let done: Mutex<Vec<(usize, T)>> = Mutex::new(Vec::new());
    let error: Mutex<Option<E>> = Mutex::new(None);
    let next = AtomicUsize::new(0);
    let failed = AtomicBool::new(false);
    let started = AtomicUsize::new(0);
    std::thread::scope(|scope| {
        for _ in 0..workers.clamp(1, count.max(1)) {
            scope.spawn(|| {
                while !failed.load(Ordering::Relaxed) {
                    let b = next.fetch_add(1, Ordering::Relaxed);
                    if b >= count {
                        return;
                    }
                    started.fetch_add(1, Ordering::Relaxed);
                    match work(b) {
                        Ok(t) => done.lock().unwrap_or_else(|p| p.into_inner()).push((b, t)),
                        Err(e) => {
                            failed.store(true, Ordering::Relaxed);
                            error
                                .lock()
                                .unwrap_or_else(|p| p.into_inner())
                                .get_or_insert(e);
                            return;
                        }
                    }
                }
            });
        }
    });
    let mut done = done.into_inner().unwrap_or_else(|p| p.into_inner());
    done.sort_by_key(|(b, _)| *b);
    Outcome {
        done,
        started: started.into_inner(),
        error: error.into_inner().unwrap_or_else(|p| p.into_inner()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    #[test]
    fn every_batch_runs_once_and_results_come_in_order() {
        let out = run_batches(10, 3, |b| Ok::<_, ()>(b * 2));
        assert_eq!(out.started, 10);
        assert!(out.error.is_none());
        let got: Vec<usize> = out.done.iter().map(|&(_, t)| t).collect();
        assert_eq!(got, (0..10).map(|b| b * 2).collect::<Vec<_>>());
    }

    #[test]
    fn workers_run_at_once_up_to_the_limit() {
        let (now, most) = (AtomicUsize::new(0), AtomicUsize::new(0));
        run_batches(8, 3, |_| {
            let n = now.fetch_add(1, Ordering::SeqCst) + 1;
            most.fetch_max(n, Ordering::SeqCst);
            std::thread::sleep(Duration::from_millis(30));
            now.fetch_sub(1, Ordering::SeqCst);
            Ok::<_, ()>(())
        });
        assert_eq!(most.into_inner(), 3);
    }

    #[test]
    fn the_first_error_stops_further_batches_and_keeps_what_succeeded() {
        // one worker: batches run in order, so the failure at 3 leaves 0..3 done and 4.. unsent
        let out = run_batches(10, 1, |b| if b == 3 { Err("boom") } else { Ok(b) });
        assert_eq!(out.error, Some("boom"));
        assert_eq!(out.started, 4);
        assert_eq!(
            out.done.iter().map(|&(b, _)| b).collect::<Vec<_>>(),
            [0, 1, 2]
        );
        // nothing to do: no request, no thread needed
        let none = run_batches(0, 4, |_| Ok::<(), ()>(()));
        assert_eq!((none.started, none.done.len()), (0, 0));
    }
}
