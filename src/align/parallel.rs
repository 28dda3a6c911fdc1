//! Parallel mode: a text and its translation, aligned monotonically.
//!
//! Dynamic programming over the moves 1-1, 1-2, 2-1, 2-2, 1-0 and 0-1 (Gale–Church's moves),
//! scored by anchors shared (the comparable features) and by how well the lengths agree, inside
//! a diagonal band so long documents stay linear.

use super::features::{EntityWeights, Features, score};

/// Cost of leaving one sentence unaligned.
const SKIP: f64 = 1.0;
/// Extra cost of a merge (1-2, 2-1) and of 2-2.
const MERGE: f64 = 0.4;
/// Cells of the band each side of the diagonal, at least.
const MIN_BAND: usize = 30;

const MOVES: [(usize, usize); 6] = [(1, 1), (1, 0), (0, 1), (1, 2), (2, 1), (2, 2)];

pub fn align(
    lf: &[Features],
    rf: &[Features],
    weights: &EntityWeights,
) -> Vec<(Vec<usize>, Vec<usize>)> {
    let (n, m) = (lf.len(), rf.len());
    if n == 0 || m == 0 {
        return Vec::new();
    }
    let band = MIN_BAND.max(n.max(m) / 10) + n.abs_diff(m);
    let in_band = |i: usize, j: usize| (i * m).abs_diff(j * n) <= band * n.max(1);
    // best[i][j]: best total for the first i left and j right sentences
    let mut best = vec![f64::NEG_INFINITY; (n + 1) * (m + 1)];
    let mut back = vec![(0usize, 0usize); (n + 1) * (m + 1)];
    let idx = |i: usize, j: usize| i * (m + 1) + j;
    best[0] = 0.0;
    for i in 0..=n {
        for j in 0..=m {
            if (i, j) == (0, 0) || !in_band(i, j) {
                continue;
            }
            for (a, b) in MOVES {
                if a > i || b > j {
                    continue;
                }
                let prev = best[idx(i - a, j - b)];
                if prev == f64::NEG_INFINITY {
                    continue;
                }
                let gain = match (a, b) {
                    (1, 0) | (0, 1) => -SKIP,
                    _ => {
                        group_gain(&lf[i - a..i], &rf[j - b..j], weights)
                            - if (a, b) == (1, 1) {
                                0.0
                            } else {
                                MERGE * (a + b - 2) as f64
                            }
                    }
                };
                if prev + gain > best[idx(i, j)] {
                    best[idx(i, j)] = prev + gain;
                    back[idx(i, j)] = (a, b);
                }
            }
        }
    }
    let mut out = Vec::new();
    let (mut i, mut j) = (n, m);
    while i > 0 || j > 0 {
        let (a, b) = back[idx(i, j)];
        if (a, b) == (0, 0) {
            break; // unreachable outside the band; give up on the rest
        }
        if a > 0 && b > 0 {
            out.push(((i - a..i).collect(), (j - b..j).collect()));
        }
        i -= a;
        j -= b;
    }
    out.reverse();
    out
}

/// Gain of aligning these sentences together: anchors in common plus length agreement.
fn group_gain(l: &[Features], r: &[Features], weights: &EntityWeights) -> f64 {
    let lc: usize = l.iter().map(|f| f.chars).sum();
    let rc: usize = r.iter().map(|f| f.chars).sum();
    let length = 1.0 - ((lc as f64 + 10.0) / (rc as f64 + 10.0)).ln().abs() * 2.0;
    let mut anchors: f64 = 0.0;
    for a in l {
        for b in r {
            anchors = anchors.max(score(a, b, weights).0);
        }
    }
    length + anchors.min(3.0) * 0.5
}
