//! Translations on disk: one file per (backend, model, languages, text), named by a SHA-256 of
//! those. Each file is written to a temporary name and renamed into place, so two runs sharing
//! the directory never see half a file, and a run that fails keeps every batch it finished.
//!
//! Files rather than one database: no lock and no compaction to get right, and a rename is
//! atomic on every platform we run on.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

use sha2::{Digest, Sha256};

/// Format version, part of every key: bump it to orphan old entries.
const VERSION: &str = "v1";

#[derive(Debug)]
pub struct Cache {
    dir: PathBuf,
    counter: AtomicUsize,
}

/// The key of one translation.
pub fn key(backend: &str, model: &str, from: &str, to: &str, text: &str) -> String {
    let mut h = Sha256::new();
    for part in [VERSION, backend, model, from, to, text] {
        h.update(part.as_bytes());
        h.update([0u8]);
    }
    h.finalize()
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect::<String>()
}

impl Cache {
    /// A cache in `dir` (created when first written).
    pub fn new(dir: impl Into<PathBuf>) -> Cache {
        Cache {
            dir: dir.into(),
            counter: AtomicUsize::new(0),
        }
    }

    /// The platform's cache directory (`~/.cache/parallax/translations` on Linux), if it has one.
    pub fn platform_dir() -> Option<PathBuf> {
        Self::platform_dir_for("translations")
    }

    /// The platform's cache directory for `what` (`~/.cache/parallax/WHAT` on Linux).
    pub fn platform_dir_for(what: &str) -> Option<PathBuf> {
        dirs::cache_dir().map(|d| d.join("parallax").join(what))
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    fn path(&self, key: &str) -> PathBuf {
        self.dir.join(&key[..2]).join(format!("{key}.txt"))
    }

    /// The cached translation under `key`.
    pub fn get(&self, key: &str) -> Option<String> {
        std::fs::read_to_string(self.path(key)).ok()
    }

    /// Store `value` under `key`, atomically.
    pub fn put(&self, key: &str, value: &str) -> std::io::Result<()> {
        let path = self.path(key);
        let dir = path.parent().expect("cache path has a parent");
        std::fs::create_dir_all(dir)?;
        let tmp = dir.join(format!(
            ".{key}.{}.{}.tmp",
            std::process::id(),
            self.counter.fetch_add(1, Ordering::Relaxed)
        ));
        let result = std::fs::File::create(&tmp)
            .and_then(|mut f| f.write_all(value.as_bytes()))
            .and_then(|()| std::fs::rename(&tmp, &path));
        if result.is_err() {
            let _ = std::fs::remove_file(&tmp);
        }
        result
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn put_then_get_and_keys_differ_by_every_part() {
        let dir = tempfile::tempdir().unwrap();
        let c = Cache::new(dir.path());
        let k = key("apertium", "", "es", "en", "Hola.");
        assert_eq!(c.get(&k), None);
        c.put(&k, "Hello.").unwrap();
        assert_eq!(c.get(&k).as_deref(), Some("Hello."));
        assert_ne!(k, key("apertium", "", "es", "fr", "Hola."));
        assert_ne!(k, key("deepl", "", "es", "en", "Hola."));
        assert_ne!(k, key("apertium", "m", "es", "en", "Hola."));
        // No temporary files are left behind.
        let leftovers = walk(dir.path())
            .into_iter()
            .filter(|p| p.extension().is_some_and(|e| e == "tmp"))
            .count();
        assert_eq!(leftovers, 0);
    }

    #[test]
    fn concurrent_writers_of_one_key_leave_a_whole_file() {
        let dir = tempfile::tempdir().unwrap();
        let c = Cache::new(dir.path());
        let k = key("a", "", "es", "en", "x");
        let value = "y".repeat(100_000);
        std::thread::scope(|s| {
            for _ in 0..8 {
                s.spawn(|| c.put(&k, &value).unwrap());
            }
        });
        assert_eq!(c.get(&k).unwrap(), value);
    }

    fn walk(dir: &Path) -> Vec<PathBuf> {
        let mut out = Vec::new();
        for e in std::fs::read_dir(dir).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                out.extend(walk(&p));
            } else {
                out.push(p);
            }
        }
        out
    }
}
