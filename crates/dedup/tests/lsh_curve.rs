//! The chosen bands x rows against the S-curve: the choice minimizes the weighted areas, and the
//! rate at which pairs of known Jaccard similarity share a band matches the curve's probability,
//! for both signature schemes.

use copydesk_dedup::{
    DedupConfig, Deduper, LshParams, MinHashScheme, collision_probability, false_negative_area,
    false_positive_area, optimal_params,
};

#[test]
fn choice_minimizes_weighted_error() {
    for (t, k, fpw) in [
        (0.8, 128, 0.05),
        (0.8, 128, 0.5),
        (0.5, 64, 0.5),
        (0.9, 256, 0.2),
    ] {
        let chosen = optimal_params(t, k, fpw, 1.0 - fpw);
        let err = |p: LshParams| {
            fpw * false_positive_area(t, p) + (1.0 - fpw) * false_negative_area(t, p)
        };
        for bands in 1..=k {
            for rows in 1..=k / bands {
                let p = LshParams { bands, rows };
                assert!(
                    err(chosen) <= err(p) + 1e-12,
                    "{t} {k}: {chosen:?} worse than {p:?}"
                );
            }
        }
    }
    // Equal weights give datasketch's classic choice for 0.8 with 128 permutations.
    assert_eq!(
        optimal_params(0.8, 128, 0.5, 0.5),
        LshParams { bands: 9, rows: 13 }
    );
}

#[test]
fn default_curve_favours_recall() {
    let dd = Deduper::new(DedupConfig::default()).expect("valid");
    let p = dd.lsh_params();
    assert_eq!(p, LshParams { bands: 16, rows: 8 });
    assert!(collision_probability(0.8, p) > 0.94);
    assert!(collision_probability(0.9, p) > 0.999);
    assert!(collision_probability(0.5, p) < 0.07);
    assert!(collision_probability(0.2, p) < 1e-4);
}

/// Two texts of distinct one-word shingles whose exact Jaccard similarity is `inter / union`.
fn pair(next_word: &mut u64, size: usize, inter: usize) -> (String, String) {
    let mut word = || {
        *next_word += 1;
        format!("w{}", *next_word)
    };
    let shared: Vec<String> = (0..inter).map(|_| word()).collect();
    let a: Vec<String> = shared
        .iter()
        .cloned()
        .chain((inter..size).map(|_| word()))
        .collect();
    let b: Vec<String> = shared
        .iter()
        .cloned()
        .chain((inter..size).map(|_| word()))
        .collect();
    (a.join(" "), b.join(" "))
}

fn check_scheme(scheme: MinHashScheme) {
    let config = DedupConfig {
        ngram: 1,
        scheme,
        ..DedupConfig::default()
    };
    let dd = Deduper::new(config).expect("valid");
    let p = dd.lsh_params();
    let trials = 400usize;
    let size = 300usize;
    let mut next_word = 0u64;
    for s in [0.5, 0.65, 0.75, 0.8, 0.85, 0.9] {
        // |A ∩ B| = I and |A ∪ B| = 2·size − I give Jaccard I / (2·size − I).
        let inter = (2.0 * size as f64 * s / (1.0 + s)).round() as usize;
        let exact = inter as f64 / (2 * size - inter) as f64;
        let (mut hits, mut agree, mut slots) = (0usize, 0usize, 0usize);
        for _ in 0..trials {
            let (a, b) = pair(&mut next_word, size, inter);
            let (sa, sb) = (dd.signature(&a), dd.signature(&b));
            assert_eq!(sa.len(), 128);
            agree += sa.iter().zip(sb.iter()).filter(|(x, y)| x == y).count();
            slots += sa.len();
            let shared_band = (0..p.bands).any(|band| {
                let r = band * p.rows..(band + 1) * p.rows;
                sa[r.clone()] == sb[r]
            });
            hits += usize::from(shared_band);
        }
        let estimate = agree as f64 / slots as f64;
        assert!(
            (estimate - exact).abs() < 0.01,
            "{scheme:?} s={exact}: slots agree {estimate}"
        );
        let expected = collision_probability(exact, p);
        let observed = hits as f64 / trials as f64;
        let sigma = (expected * (1.0 - expected) / trials as f64).sqrt();
        assert!(
            (observed - expected).abs() <= 4.0 * sigma + 0.02,
            "{scheme:?} s={exact}: candidate rate {observed}, S-curve {expected}"
        );
    }
}

#[test]
fn one_permutation_follows_the_curve() {
    check_scheme(MinHashScheme::OnePermutation);
}

#[test]
fn permutations_follow_the_curve() {
    check_scheme(MinHashScheme::Permutations);
}
