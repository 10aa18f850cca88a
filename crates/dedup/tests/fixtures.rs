//! Data-driven cases: `fixtures/dedup/NAME.txt` holds articles separated by a line `=====`;
//! `NAME.expected.txt` holds the verdicts, the stats and what dropping repeated passages from
//! the kept articles does. Set `UPDATE_EXPECT=1` to rewrite the expected files.

use std::fmt::Write as _;
use std::path::PathBuf;

use copydesk_dedup::{DedupConfig, Deduper, PassageIndex, Verdict};
use copydesk_doc::{Document, Source};

fn fixtures() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../fixtures/dedup")
}

fn render(input: &str) -> String {
    let input = input.strip_suffix('\n').unwrap_or(input);
    let texts: Vec<&str> = input.split("\n=====\n").collect();
    let dd = Deduper::new(DedupConfig::default()).expect("valid");
    let fps: Vec<_> = texts.iter().map(|t| dd.fingerprint(t)).collect();
    let out = dd.cluster(&fps, &texts);

    let mut s = String::from("# verdicts\n");
    for (i, v) in out.verdicts.iter().enumerate() {
        match v {
            Verdict::Keep => writeln!(s, "{i} keep"),
            Verdict::Duplicate {
                of,
                similarity,
                method,
            } => {
                writeln!(s, "{i} duplicate of {of} {method:?} {similarity:.4}")
            }
        }
        .expect("write to string");
    }
    s.push_str("# stats\n");
    s.push_str(&serde_json::to_string_pretty(&out.stats).expect("stats serialize"));
    s.push('\n');

    // Repeated passages among the kept articles, as the pipeline runs it.
    let mut index = PassageIndex::default();
    for (i, t) in texts.iter().enumerate() {
        if out.verdicts[i] == Verdict::Keep {
            index.observe(i, t);
        }
    }
    s.push_str("# repeated passages\n");
    s.push_str(&serde_json::to_string(&index.stats()).expect("serialize"));
    s.push('\n');
    for (i, t) in texts.iter().enumerate() {
        if out.verdicts[i] != Verdict::Keep {
            continue;
        }
        let mut doc = Document::new(i.to_string(), Source::file("fixture"), *t);
        if index.drop_repeated(i, &mut doc) > 0 {
            writeln!(s, "## article {i}").expect("write");
            for e in &doc.edits {
                writeln!(s, "- line {} ({}): {}", e.line, e.reason, e.before).expect("write");
            }
        }
    }
    s
}

#[test]
fn fixtures_match_expected() {
    let update = std::env::var_os("UPDATE_EXPECT").is_some();
    let mut names: Vec<PathBuf> = std::fs::read_dir(fixtures())
        .expect("fixtures/dedup exists")
        .map(|e| e.expect("entry").path())
        .filter(|p| {
            p.extension().is_some_and(|x| x == "txt")
                && !p.to_string_lossy().ends_with(".expected.txt")
        })
        .collect();
    names.sort();
    assert!(names.len() >= 4, "fixtures found: {names:?}");
    let mut failures = Vec::new();
    for path in names {
        let input = std::fs::read_to_string(&path).expect("fixture is UTF-8");
        let actual = render(&input);
        let expected_path = path.with_extension("expected.txt");
        if update {
            std::fs::write(&expected_path, &actual).expect("write expected");
            continue;
        }
        let expected = std::fs::read_to_string(&expected_path).unwrap_or_default();
        if expected != actual {
            failures.push(format!(
                "{}: expected\n{expected}\nactual\n{actual}",
                path.display()
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} (UPDATE_EXPECT=1 to accept)",
        failures.join("\n")
    );
}
