//! Evaluation against brute force: every pair of a small generated corpus gets its exact Jaccard
//! similarity (from string shingles, independent of the crate's hashing); the true clusters are
//! the connected components of the pairs at or above the threshold. Dedup's clusters are scored
//! on pairs of articles put in the same cluster.

mod common;

use copydesk_dedup::{DedupConfig, Deduper, Verdict};

fn find(parent: &mut [usize], mut x: usize) -> usize {
    while parent[x] != x {
        parent[x] = parent[parent[x]];
        x = parent[x];
    }
    x
}

#[test]
fn precision_and_recall_against_brute_force() {
    let (texts, origin) = common::corpus(2026, 500, 0.6);
    let n = texts.len();
    let config = DedupConfig::default();
    let dd = Deduper::new(config.clone()).expect("valid config");
    let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
    let fps: Vec<_> = refs.iter().map(|t| dd.fingerprint(t)).collect();
    let outcome = dd.cluster(&fps, &refs);
    let predicted = common::cluster_ids(&outcome.verdicts);

    let sets = common::string_shingles(&texts, config.ngram);
    let mut parent: Vec<usize> = (0..n).collect();
    let mut true_edges = Vec::new();
    for i in 0..n {
        for j in i + 1..n {
            if common::jaccard32(&sets[i], &sets[j]) >= config.threshold {
                true_edges.push((i, j));
                let (a, b) = (find(&mut parent, i), find(&mut parent, j));
                parent[a.max(b)] = a.min(b);
            }
        }
    }
    let truth: Vec<usize> = (0..n).map(|i| find(&mut parent, i)).collect();

    // Pairs co-clustered by dedup, and how many of them are co-clustered in truth.
    let (mut pred_pairs, mut pred_true) = (0usize, 0usize);
    let (mut truth_pairs, mut truth_found) = (0usize, 0usize);
    for i in 0..n {
        for j in i + 1..n {
            let p = predicted[i] == predicted[j];
            let t = truth[i] == truth[j];
            pred_pairs += usize::from(p);
            pred_true += usize::from(p && t);
            truth_pairs += usize::from(t);
            truth_found += usize::from(p && t);
        }
    }
    let edges_found = true_edges
        .iter()
        .filter(|&&(i, j)| predicted[i] == predicted[j])
        .count();
    let precision = pred_true as f64 / pred_pairs.max(1) as f64;
    let recall = truth_found as f64 / truth_pairs.max(1) as f64;
    let edge_recall = edges_found as f64 / true_edges.len().max(1) as f64;

    // Against the planted truth: copies of one original in one cluster.
    let (mut planted, mut planted_found) = (0usize, 0usize);
    for i in 0..n {
        for j in i + 1..n {
            if origin[i] == origin[j] {
                planted += 1;
                planted_found += usize::from(predicted[i] == predicted[j]);
            }
        }
    }
    let planted_recall = planted_found as f64 / planted.max(1) as f64;
    let s = &outcome.stats;
    let report = format!(
        "articles {n}, true pairs {truth_pairs}, predicted pairs {pred_pairs}, precision {precision:.4}, \
         recall {recall:.4}, edge recall {edge_recall:.4} ({edges_found}/{}), planted recall {planted_recall:.4}, \
         candidates {}, verified {}, rejected {}, bands {} x rows {}",
        true_edges.len(),
        s.candidate_pairs,
        s.verified_pairs,
        s.rejected_pairs,
        s.bands,
        s.rows
    );
    std::fs::write(
        std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("dedup-eval.txt"),
        &report,
    )
    .expect("write report");
    assert!(truth_pairs > 200, "{report}");
    assert!(precision >= 0.99, "{report}");
    assert!(recall >= 0.97, "{report}");
    assert!(edge_recall >= 0.97, "{report}");
    // Every duplicate names a kept article that is really similar or chained to it.
    for (i, v) in outcome.verdicts.iter().enumerate() {
        if let Verdict::Duplicate { of, similarity, .. } = v {
            assert_eq!(outcome.verdicts[*of], Verdict::Keep);
            assert!(texts[*of].len() >= texts[i].len(), "kept the longest");
            let exact = common::jaccard32(&sets[i], &sets[*of]);
            assert!(
                (exact - similarity).abs() < 1e-9,
                "{i}: {exact} vs {similarity}"
            );
        }
    }
}
