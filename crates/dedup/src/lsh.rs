//! LSH banding: the signature is cut into `bands` bands of `rows` values; two articles whose
//! signatures agree on a whole band become a candidate pair. With Jaccard similarity `s` that
//! happens with probability `1 - (1 - s^rows)^bands`, an S-shaped curve. Bands x rows are chosen
//! to minimize the weighted areas of false positives (below the threshold) and false negatives
//! (above it) under that curve, as datasketch does.

use serde::{Deserialize, Serialize};

use crate::shingle::mix64;

/// LSH bands x rows (`bands * rows <= permutations`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct LshParams {
    pub bands: usize,
    pub rows: usize,
}

/// Probability that two signatures of Jaccard similarity `s` share at least one band.
pub fn collision_probability(s: f64, params: LshParams) -> f64 {
    let band = s.clamp(0.0, 1.0).powi(params.rows as i32);
    1.0 - (1.0 - band).powi(params.bands as i32)
}

/// Composite Simpson integral of `f` over `[lo, hi]`.
fn integrate(lo: f64, hi: f64, f: impl Fn(f64) -> f64) -> f64 {
    const STEPS: usize = 256; // even
    if hi <= lo {
        return 0.0;
    }
    let h = (hi - lo) / STEPS as f64;
    let mut sum = f(lo) + f(hi);
    for i in 1..STEPS {
        let w = if i % 2 == 1 { 4.0 } else { 2.0 };
        sum += w * f(lo + i as f64 * h);
    }
    sum * h / 3.0
}

/// Area under the S-curve below the threshold: pairs that are not duplicates but are proposed.
pub fn false_positive_area(threshold: f64, params: LshParams) -> f64 {
    integrate(0.0, threshold, |s| collision_probability(s, params))
}

/// Area above the S-curve above the threshold: duplicates that are never proposed.
pub fn false_negative_area(threshold: f64, params: LshParams) -> f64 {
    integrate(threshold, 1.0, |s| 1.0 - collision_probability(s, params))
}

/// Bands x rows for `permutations` values that minimize
/// `fp_weight * false_positive_area + fn_weight * false_negative_area` at `threshold`.
/// Ties go to the fewest bands (then fewest rows), so the choice is deterministic.
pub fn optimal_params(
    threshold: f64,
    permutations: usize,
    fp_weight: f64,
    fn_weight: f64,
) -> LshParams {
    let mut best = LshParams { bands: 1, rows: 1 };
    let mut best_err = f64::INFINITY;
    for bands in 1..=permutations.max(1) {
        for rows in 1..=permutations / bands {
            let p = LshParams { bands, rows };
            let err = fp_weight * false_positive_area(threshold, p)
                + fn_weight * false_negative_area(threshold, p);
            if err < best_err {
                best_err = err;
                best = p;
            }
        }
    }
    best
}

/// Hash of band `band` of a signature (the caller guarantees the band lies inside it).
#[inline]
pub(crate) fn band_hash(signature: &[u32], band: usize, rows: usize) -> u64 {
    let start = band * rows;
    let mut h = (band as u64 + 1).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    for &v in signature.iter().skip(start).take(rows) {
        h = mix64(h ^ u64::from(v));
    }
    h
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn curve_ends() {
        let p = LshParams { bands: 9, rows: 13 };
        assert_eq!(collision_probability(0.0, p), 0.0);
        assert_eq!(collision_probability(1.0, p), 1.0);
    }

    #[test]
    fn integral_is_accurate() {
        let v = integrate(0.0, 1.0, |x| x.powi(13));
        assert!((v - 1.0 / 14.0).abs() < 1e-7, "{v}");
    }

    #[test]
    fn respects_budget() {
        for k in [1usize, 2, 7, 64, 128, 200] {
            for t in [0.3, 0.5, 0.8, 0.95] {
                let p = optimal_params(t, k, 0.5, 0.5);
                assert!(
                    p.bands * p.rows <= k && p.bands >= 1 && p.rows >= 1,
                    "{k} {t} {p:?}"
                );
            }
        }
    }
}
