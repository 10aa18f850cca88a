//! Bad input, each kind with its test: the run names the problem, counts it, and goes on
//! (or stops before writing anything when the run itself cannot proceed).

use copydesk_pipeline::{Config, NoProgress, PipelineError, Stage, run};
use std::io::Write;
use std::path::{Path, PathBuf};

fn config(inputs: &[&Path], out: &Path) -> Config {
    Config::new(
        inputs.iter().map(|p| p.to_path_buf()).collect(),
        out.to_path_buf(),
    )
}

fn write(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let p = dir.join(name);
    std::fs::write(&p, bytes).unwrap();
    p
}

fn read_lines(path: &Path) -> Vec<serde_json::Value> {
    std::fs::read_to_string(path)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

const ARTICLE: &str = "A headline for the test\nThe first paragraph of the story says something plain.\nA second paragraph follows it, with more words in it.\n";

#[test]
fn missing_input_fails_naming_it_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out");
    let missing = dir.path().join("no-such-folder");
    let err = run(&config(&[&missing], &out), &NoProgress).unwrap_err();
    assert!(matches!(err, PipelineError::Input { .. }));
    assert!(err.to_string().contains("no-such-folder"), "{err}");
    assert!(!out.exists(), "nothing may be written");
}

#[test]
fn unwritable_output_fails_before_any_work() {
    let dir = tempfile::tempdir().unwrap();
    let input = write(dir.path(), "a.txt", ARTICLE.as_bytes());
    // A regular file where the output folder should be.
    let blocker = write(dir.path(), "blocker", b"");
    let out = blocker.join("out");
    let err = run(&config(&[&input], &out), &NoProgress).unwrap_err();
    assert!(matches!(err, PipelineError::Output { .. }), "{err:?}");
    assert!(err.to_string().contains("blocker"), "{err}");
}

#[test]
fn invalid_utf8_is_decoded_lossily_and_counted_per_file() {
    let dir = tempfile::tempdir().unwrap();
    let mut bytes = ARTICLE.as_bytes().to_vec();
    bytes.extend_from_slice(b"Bad bytes \xff\xfe here and \xc3 there.\n");
    let input = write(dir.path(), "bad.txt", &bytes);
    let out = dir.path().join("out");
    let outcome = run(&config(&[&input], &out), &NoProgress).unwrap();
    assert_eq!(outcome.report.input.errors.get("invalid_utf8"), Some(&1));
    assert!(
        outcome.report.input.problems[0]
            .location
            .ends_with("bad.txt")
    );
    assert_eq!(outcome.documents.len(), 1);
    let docs = read_lines(&out.join("documents.jsonl"));
    assert!(docs[0]["text"].as_str().unwrap().contains("Bad bytes"));
}

#[test]
fn malformed_jsonl_lines_are_reported_with_file_and_line_and_the_run_goes_on() {
    let dir = tempfile::tempdir().unwrap();
    let jsonl = format!(
        "{}\n{{not json\n{}\n\n{}\n[1,2]\n{}\n",
        serde_json::json!({"id": "one", "text": "The first record has a body of its own.", "lang": "en"}),
        serde_json::json!({"id": "two", "title": "no text here"}),
        serde_json::json!({"id": 3, "text": "Third record, with a numeric id and different words entirely."}),
        serde_json::json!({"id": "five", "text": "   "}),
    );
    let input = write(dir.path(), "feed.jsonl", jsonl.as_bytes());
    let out = dir.path().join("out");
    let outcome = run(&config(&[&input], &out), &NoProgress).unwrap();
    let errors = &outcome.report.input.errors;
    assert_eq!(errors.get("malformed_json"), Some(&2), "{errors:?}");
    assert_eq!(errors.get("missing_text"), Some(&1), "{errors:?}");
    assert_eq!(errors.get("empty_article"), Some(&1), "{errors:?}");
    let locations: Vec<&str> = outcome
        .report
        .input
        .problems
        .iter()
        .map(|p| p.location.as_str())
        .collect();
    assert!(locations[0].ends_with("feed.jsonl:2"), "{locations:?}");
    assert!(locations[1].ends_with("feed.jsonl:3"), "{locations:?}");
    assert!(locations[2].ends_with("feed.jsonl:6"), "{locations:?}");
    assert!(locations[3].ends_with("feed.jsonl:7"), "{locations:?}");
    let docs = read_lines(&out.join("documents.jsonl"));
    let ids: Vec<&str> = docs.iter().map(|d| d["id"].as_str().unwrap()).collect();
    assert_eq!(ids, ["one", "3"]);
    assert_eq!(docs[0]["metadata"]["lang"], "en");
    assert_eq!(docs[0]["source"]["line"], 1);

    // --strict makes the first problem fatal, naming file and line, and writes nothing.
    let out2 = dir.path().join("strict-out");
    let mut cfg = config(&[&input], &out2);
    cfg.strict = true;
    let err = run(&cfg, &NoProgress).unwrap_err().to_string();
    assert!(err.contains("feed.jsonl:2"), "{err}");
    assert!(!out2.join("documents.jsonl").exists());
}

#[test]
fn empty_files_and_empty_articles_are_skipped_and_counted() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "a.txt", ARTICLE.as_bytes());
    write(dir.path(), "b.txt", b"");
    write(dir.path(), "c.txt", b" \n\n\t\n");
    write(dir.path(), "notes.md", b"not an input format");
    let out = dir.path().join("out");
    let outcome = run(&config(&[dir.path()], &out), &NoProgress).unwrap();
    assert_eq!(outcome.report.input.errors.get("empty_article"), Some(&2));
    assert_eq!(outcome.report.input.errors.get("skipped_files"), Some(&1));
    assert_eq!(outcome.documents.len(), 1);
}

fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    enc.write_all(bytes).unwrap();
    enc.finish().unwrap()
}

fn many_articles_jsonl(n: usize) -> String {
    (0..n)
        .map(|i| {
            serde_json::json!({"id": format!("a{i}"), "text": format!("Article number {i} tells its own story about item {}.", i * 7919)})
                .to_string()
                + "\n"
        })
        .collect()
}

#[test]
fn compressed_inputs_are_read() {
    let dir = tempfile::tempdir().unwrap();
    let body = many_articles_jsonl(20);
    write(dir.path(), "a.jsonl.gz", &gzip(body.as_bytes()));
    write(
        dir.path(),
        "b.txt.zst",
        &zstd::encode_all(ARTICLE.as_bytes(), 3).unwrap(),
    );
    let out = dir.path().join("out");
    let mut cfg = config(&[dir.path()], &out);
    cfg.skip.insert(Stage::Dedup);
    let outcome = run(&cfg, &NoProgress).unwrap();
    assert!(
        outcome.report.input.errors.is_empty(),
        "{:?}",
        outcome.report.input.problems
    );
    assert_eq!(outcome.documents.len(), 21);
    assert_eq!(outcome.documents[20].id, "b");
    assert_eq!(
        outcome.documents[20].title.as_deref(),
        Some("A headline for the test")
    );
}

#[test]
fn truncated_archives_are_errors_naming_the_file_not_partial_input() {
    let dir = tempfile::tempdir().unwrap();
    let body = many_articles_jsonl(2000);
    let gz = gzip(body.as_bytes());
    let zst = zstd::encode_all(body.as_bytes(), 3).unwrap();
    write(dir.path(), "cut.jsonl.gz", &gz[..gz.len() / 2]);
    write(dir.path(), "cut2.jsonl.zst", &zst[..zst.len() / 2]);
    let out = dir.path().join("out");
    let mut cfg = config(&[dir.path()], &out);
    cfg.skip.insert(Stage::Dedup);
    let outcome = run(&cfg, &NoProgress).unwrap();
    assert_eq!(outcome.report.input.errors.get("unreadable_file"), Some(&2));
    let problems = &outcome.report.input.problems;
    assert!(
        problems[0].location.ends_with("cut.jsonl.gz"),
        "{problems:?}"
    );
    assert!(
        problems[1].location.ends_with("cut2.jsonl.zst"),
        "{problems:?}"
    );
    assert!(
        outcome.documents.is_empty(),
        "half an archive must not pass for the whole"
    );

    cfg.strict = true;
    let err = run(&cfg, &NoProgress).unwrap_err().to_string();
    assert!(err.contains("cut.jsonl.gz"), "{err}");
}

#[test]
fn a_single_line_of_100_megabytes_is_handled() {
    let dir = tempfile::tempdir().unwrap();
    let sentence = "Officials said the talks would go on, and the ministers agreed to meet again. ";
    let mut text = String::with_capacity(100 << 20);
    while text.len() < 100 << 20 {
        text.push_str(sentence);
    }
    let input = write(dir.path(), "huge.txt", text.as_bytes());
    let out = dir.path().join("out");
    let outcome = run(&config(&[&input], &out), &NoProgress).unwrap();
    assert_eq!(outcome.documents.len(), 1);
    let doc = &outcome.documents[0];
    assert_eq!(doc.title, None, "a 100 MB paragraph is no headline");
    assert!(doc.text.len() > 99 << 20);
    assert!(doc.tokens.unwrap() > 10_000_000);
}

#[test]
fn a_flood_of_bad_lines_is_counted_in_full_but_listed_only_in_part() {
    let dir = tempfile::tempdir().unwrap();
    let mut jsonl = "{broken\n".repeat(1500);
    jsonl.push_str(&many_articles_jsonl(3));
    let input = write(dir.path(), "flood.jsonl", jsonl.as_bytes());
    let out = dir.path().join("out");
    let outcome = run(&config(&[&input], &out), &NoProgress).unwrap();
    let report = &outcome.report.input;
    assert_eq!(report.errors.get("malformed_json"), Some(&1500));
    assert_eq!(report.problems.len(), copydesk_export::MAX_LISTED_PROBLEMS);
    assert_eq!(report.problems_not_listed, 500);
    assert_eq!(outcome.documents.len(), 3);
}

#[test]
fn a_reused_id_is_reported_and_both_articles_are_kept() {
    let dir = tempfile::tempdir().unwrap();
    let jsonl = format!(
        "{}\n{}\n",
        serde_json::json!({"id": "same", "text": "One story about the harbour reopening after the storm."}),
        serde_json::json!({"id": "same", "text": "A different story about the orchard harvest this autumn."}),
    );
    let input = write(dir.path(), "ids.jsonl", jsonl.as_bytes());
    let out = dir.path().join("out");
    let outcome = run(&config(&[&input], &out), &NoProgress).unwrap();
    assert_eq!(outcome.report.input.errors.get("duplicate_id"), Some(&1));
    assert!(
        outcome.report.input.problems[0]
            .location
            .ends_with("ids.jsonl:2")
    );
    assert_eq!(outcome.documents.len(), 2);
}
