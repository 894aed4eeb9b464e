//! Checkworthiness scores and claim fingerprints (placeholder until implemented).

use crate::domain::Fact;

/// How worth checking a sentence is, 0..1.
pub(crate) fn checkworthiness(_text: &str, facts: &[Fact]) -> f32 {
    (facts.len() as f32 / 4.0).min(1.0)
}

/// Stable hash of the normalized facts and content words.
pub(crate) fn fingerprint(text: &str, _facts: &[Fact]) -> String {
    use sha2::{Digest, Sha256};
    hex::encode(&Sha256::digest(text.to_lowercase().as_bytes())[..16])
}
