//! Reading aligned pairs out of `--format json` output.

use serde_json::Value;

/// (first left, first right) sentence index of each pair in a JSON array of pairs.
pub fn first_indices(pairs: &Value) -> Vec<(u64, u64)> {
    pairs
        .as_array()
        .expect("pairs is an array")
        .iter()
        .map(|p| {
            (
                p["left"][0].as_u64().unwrap(),
                p["right"][0].as_u64().unwrap(),
            )
        })
        .collect()
}
