//! The same input gives the same bytes whatever the thread count.

use copydesk_pipeline::{Config, NoProgress, run};
use std::path::Path;

/// splitmix64: a tiny seeded generator, enough to vary test articles reproducibly.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

/// A few thousand articles recombined from the seeds' paragraphs, a third of them edited copies
/// of earlier ones, written as JSONL shards plus some `.txt` files.
fn generate(dir: &Path, articles: usize) {
    let seeds = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../seeds");
    let mut paragraphs = Vec::new();
    let mut names: Vec<_> = std::fs::read_dir(&seeds)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    names.sort();
    for p in &names {
        let text = std::fs::read_to_string(p).unwrap();
        paragraphs.extend(text.lines().filter(|l| l.len() > 60).map(str::to_owned));
    }
    let words = [
        "harbour", "ledger", "quarry", "meadow", "lantern", "orchard", "glacier", "pylon",
    ];
    let mut rng = Rng(7);
    let mut made: Vec<String> = Vec::new();
    for i in 0..articles {
        let text = if i > 10 && rng.below(3) == 0 {
            let mut copy = made[rng.below(made.len())].clone();
            if rng.below(2) == 0 {
                copy.push_str("\nBack to top button");
            }
            copy
        } else {
            let n = 3 + rng.below(5);
            let mut t = format!("Report {i} on the {} talks", words[rng.below(words.len())]);
            for _ in 0..n {
                t.push('\n');
                t.push_str(&paragraphs[rng.below(paragraphs.len())]);
                t.push_str(&format!(
                    " The {} count stood at {}.",
                    words[rng.below(words.len())],
                    rng.next() % 100_000
                ));
            }
            t
        };
        made.push(text);
    }
    for (shard, chunk) in made.chunks(500).enumerate() {
        let lines: String = chunk
            .iter()
            .enumerate()
            .map(|(j, t)| {
                serde_json::json!({"id": format!("s{shard}-{j}"), "text": t}).to_string() + "\n"
            })
            .collect();
        std::fs::write(dir.join(format!("shard-{shard:02}.jsonl")), lines).unwrap();
    }
    for (j, t) in made.iter().take(50).enumerate() {
        std::fs::write(dir.join(format!("page-{j:03}.txt")), t).unwrap();
    }
}

fn strip_seconds(report: &str) -> String {
    let mut v: serde_json::Value = serde_json::from_str(report).unwrap();
    fn walk(v: &mut serde_json::Value) {
        match v {
            serde_json::Value::Object(m) => {
                m.remove("seconds");
                m.values_mut().for_each(walk);
            }
            serde_json::Value::Array(a) => a.iter_mut().for_each(walk),
            _ => {}
        }
    }
    walk(&mut v);
    v.to_string()
}

#[test]
fn output_is_identical_with_one_and_four_threads() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in");
    std::fs::create_dir(&input).unwrap();
    generate(&input, 3000);
    let mut outs = Vec::new();
    for threads in [1, 4] {
        let out = dir.path().join(format!("out-{threads}"));
        let mut config = Config::new(vec![input.clone()], out.clone());
        config.threads = Some(threads);
        let outcome = run(&config, &NoProgress).unwrap();
        assert!(
            outcome.summary.duplicates > 500,
            "planted duplicates found: {}",
            outcome.summary.duplicates
        );
        outs.push(out);
    }
    for name in ["documents.jsonl", "duplicates.jsonl"] {
        let a = std::fs::read(outs[0].join(name)).unwrap();
        let b = std::fs::read(outs[1].join(name)).unwrap();
        assert!(a == b, "{name} differs between 1 and 4 threads");
    }
    let a = std::fs::read_to_string(outs[0].join("report.json")).unwrap();
    let b = std::fs::read_to_string(outs[1].join("report.json")).unwrap();
    assert_eq!(strip_seconds(&a), strip_seconds(&b));
}
