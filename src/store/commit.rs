//! Group commit: makes committed transactions durable with as few flushes as possible.
//!
//! Every committed write takes a ticket. A writer waits until a flush that *started after* its
//! ticket was issued has finished; whoever finds no flush running becomes the leader, captures
//! the newest ticket as its target, and runs `db.flush()` followed by `sync_data()` on sled's
//! `db` file (sled 0.34.7's flush ends in `sync_file_range`, which does not survive a power cut).
//! While the leader flushes, later writers queue up and are all covered by the next flush, so
//! concurrent writers share one fdatasync instead of each paying for their own.
//!
//! sled writes a page larger than a quarter segment to its own file under `blobs/` and never
//! syncs it. The leader therefore also syncs blob files written since its previous pass (one
//! `stat` of the directory when nothing changed), before the log that points at them.

use std::fs::{self, File};
use std::io;
use std::path::{Path, PathBuf};
use std::sync::{Condvar, Mutex, MutexGuard, PoisonError};
use std::time::{Duration, SystemTime};

use super::StoreError;

/// Shared by every clone of a `Store`.
pub struct GroupCommit {
    db: sled::Db,
    /// sled's data file; `sync_data` on it is the power-safe half of a flush.
    file: File,
    /// sled's directory of oversized pages.
    blobs: PathBuf,
    /// When the previous blob pass started; `None` before the first. Only the leader touches
    /// it, so the lock is never contended.
    blob_pass: Mutex<Option<SystemTime>>,
    state: Mutex<State>,
    /// Signalled whenever a flush finishes (successfully or not).
    flushed: Condvar,
}

#[derive(Default)]
struct State {
    /// The last ticket handed out.
    issued: u64,
    /// Every ticket up to this one is durable.
    durable: u64,
    /// Every ticket in (durable, failed] saw its covering flush fail.
    failed: u64,
    failure: Option<FlushError>,
    /// A leader is flushing right now.
    flushing: bool,
    /// Flushes run so far (for measurements).
    flushes: u64,
}

#[derive(Clone, Debug)]
enum FlushError {
    Sled(sled::Error),
    Io(std::io::ErrorKind, String),
}

impl From<FlushError> for StoreError {
    fn from(e: FlushError) -> Self {
        match e {
            FlushError::Sled(e) => StoreError::Storage(e),
            FlushError::Io(kind, msg) => StoreError::Io(std::io::Error::new(kind, msg)),
        }
    }
}

impl GroupCommit {
    /// Group commit for the sled directory `dir`, whose log is `dir/db`.
    pub fn new(db: sled::Db, dir: &Path) -> io::Result<Self> {
        Ok(GroupCommit {
            db,
            file: File::open(dir.join("db"))?,
            blobs: dir.join("blobs"),
            blob_pass: Mutex::new(None),
            state: Mutex::new(State::default()),
            flushed: Condvar::new(),
        })
    }

    /// A ticket for everything committed before this call. Call it after the transaction
    /// committed, then [`GroupCommit::wait`] on it.
    pub fn ticket(&self) -> u64 {
        let mut s = self.lock();
        s.issued += 1;
        s.issued
    }

    /// The newest ticket already handed out: waiting on it covers every write whose writer
    /// has taken its ticket, without forcing a flush when those are already durable.
    pub fn latest(&self) -> u64 {
        self.lock().issued
    }

    /// How many flushes have run: with group commit, fewer than the writes they covered.
    pub fn flushes(&self) -> u64 {
        self.lock().flushes
    }

    /// Returns once a flush that started after `ticket` was issued has completed.
    pub fn wait(&self, ticket: u64) -> Result<(), StoreError> {
        let mut s = self.lock();
        loop {
            if s.durable >= ticket {
                return Ok(());
            }
            if s.failed >= ticket
                && let Some(e) = &s.failure
            {
                return Err(e.clone().into());
            }
            if !s.flushing {
                return self.lead(s);
            }
            s = self.flushed.wait(s).unwrap_or_else(PoisonError::into_inner);
        }
    }

    /// Flushes for every ticket issued so far, then wakes the followers.
    fn lead(&self, mut s: MutexGuard<'_, State>) -> Result<(), StoreError> {
        let target = s.issued;
        s.flushing = true;
        drop(s);
        let result = self.flush_and_sync();
        let mut s = self.lock();
        s.flushing = false;
        s.flushes += 1;
        let out = match result {
            Ok(()) => {
                s.durable = s.durable.max(target);
                Ok(())
            }
            Err(e) => {
                tracing::error!(error = ?e, "group commit flush failed");
                s.failed = s.failed.max(target);
                s.failure = Some(e.clone());
                Err(e.into())
            }
        };
        drop(s);
        self.flushed.notify_all();
        out
    }

    fn flush_and_sync(&self) -> Result<(), FlushError> {
        let io = |e: io::Error| FlushError::Io(e.kind(), e.to_string());
        self.sync_new_blobs().map_err(io)?;
        self.db.flush().map_err(FlushError::Sled)?;
        self.file.sync_data().map_err(io)
    }

    /// Syncs blob files created or written since the previous pass began (with a margin for
    /// coarse timestamps), then the directory entries. Blobs are written before their
    /// transaction commits, so every ticket this flush covers has its blobs on disk already.
    fn sync_new_blobs(&self) -> io::Result<()> {
        /// File times can be coarse and clocks step a little; rescanning a bit more is cheap.
        const MARGIN: Duration = Duration::from_secs(2);
        let mut pass = self
            .blob_pass
            .lock()
            .unwrap_or_else(PoisonError::into_inner);
        let started = SystemTime::now();
        let since = pass.and_then(|t| t.checked_sub(MARGIN));
        let fresh = |m: &fs::Metadata| match (since, m.modified()) {
            (Some(since), Ok(t)) => t >= since,
            _ => true,
        };
        let dir = match fs::metadata(&self.blobs) {
            Ok(m) => m,
            Err(e) if e.kind() == io::ErrorKind::NotFound => {
                *pass = Some(started);
                return Ok(());
            }
            Err(e) => return Err(e),
        };
        if fresh(&dir) {
            for entry in fs::read_dir(&self.blobs)? {
                let entry = entry?;
                let meta = match entry.metadata() {
                    Ok(m) => m,
                    // sled removes blobs it no longer needs; a vanished one needs no sync.
                    Err(e) if e.kind() == io::ErrorKind::NotFound => continue,
                    Err(e) => return Err(e),
                };
                if !meta.is_file() || !fresh(&meta) {
                    continue;
                }
                match File::open(entry.path()) {
                    Ok(f) => f.sync_data()?,
                    Err(e) if e.kind() == io::ErrorKind::NotFound => {}
                    Err(e) => return Err(e),
                }
            }
            File::open(&self.blobs)?.sync_all()?;
        }
        *pass = Some(started);
        Ok(())
    }

    fn lock(&self) -> MutexGuard<'_, State> {
        // No code panics while holding the lock, and every update leaves the state valid.
        self.state.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Arc;

    fn open(dir: &std::path::Path) -> GroupCommit {
        let db = sled::Config::new().path(dir).open().unwrap();
        GroupCommit::new(db, dir).unwrap()
    }

    #[test]
    fn waiting_on_a_ticket_makes_it_durable() {
        let dir = tempfile::tempdir().unwrap();
        let gc = open(dir.path());
        let t = gc.ticket();
        gc.wait(t).unwrap();
        assert!(gc.lock().durable >= t);
        // Already durable: returns without flushing again.
        gc.wait(gc.latest()).unwrap();
    }

    #[test]
    fn concurrent_writers_share_flushes_and_all_return() {
        let dir = tempfile::tempdir().unwrap();
        let gc = Arc::new(open(dir.path()));
        let threads: Vec<_> = (0..8)
            .map(|_| {
                let gc = gc.clone();
                std::thread::spawn(move || {
                    for _ in 0..20 {
                        let t = gc.ticket();
                        gc.wait(t).unwrap();
                        assert!(gc.lock().durable >= t);
                    }
                })
            })
            .collect();
        for t in threads {
            t.join().unwrap();
        }
        let s = gc.lock();
        assert_eq!(s.durable, 160);
        assert!(!s.flushing);
    }
}
