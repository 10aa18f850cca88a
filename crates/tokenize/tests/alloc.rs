//! Tokenizing allocates nothing: a counting global allocator sees no allocation while
//! the iterators walk the seed articles (so none per token), nor from `fold_case` once
//! its buffer has grown.

use copydesk_tokenize::{SentenceMode, count_words, fold_case, sentences, tokens, words};

// dhat's allocator counts every allocation; this file holds a single test so no other
// test thread allocates while it measures.
#[global_allocator]
static ALLOC: dhat::Alloc = dhat::Alloc;

fn seeds() -> String {
    let dir = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../seeds");
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .expect("seeds dir")
        .map(|e| e.expect("entry").path())
        .collect();
    paths.sort();
    let mut text = String::new();
    for p in paths {
        text.push_str(&std::fs::read_to_string(p).expect("seed"));
        // Mixed scripts too, so the non-ASCII paths run.
        text.push_str("\nМосква заявила: «Переговоры — важны». Ελλάδα 🇺🇦 👩‍👩‍👧 ½ café naïve\n");
    }
    text
}

fn allocations_during(f: impl FnOnce() -> usize) -> (u64, usize) {
    let before = dhat::HeapStats::get().total_blocks;
    let out = f();
    (dhat::HeapStats::get().total_blocks - before, out)
}

#[test]
fn tokenizing_allocates_nothing() {
    let _profiler = dhat::Profiler::builder().testing().build();
    let text = seeds();
    // The counter does see allocations.
    let (n, _) = allocations_during(|| std::hint::black_box(String::from("x")).len());
    assert_eq!(n, 1, "the allocation counter works");
    let (n, count) = allocations_during(|| tokens(&text).count());
    assert!(count > 3000, "{count} tokens");
    assert_eq!(n, 0, "tokens() allocated");
    let (n, count) = allocations_during(|| words(&text).map(str::len).filter(|&l| l > 0).count());
    assert!(count > 1500, "{count} words");
    assert_eq!(n, 0, "words() allocated");
    let (n, _) = allocations_during(|| count_words(&text));
    assert_eq!(n, 0, "count_words() allocated");
    for mode in [SentenceMode::Uax29, SentenceMode::News] {
        let (n, count) = allocations_during(|| sentences(&text, mode).count());
        assert!(count > 50, "{count} sentences");
        assert_eq!(n, 0, "sentences({mode:?}) allocated");
    }
    let mut buf = String::with_capacity(256);
    let (n, _) = allocations_during(|| {
        words(&text)
            .map(|w| {
                fold_case(w, &mut buf);
                buf.len()
            })
            .sum()
    });
    assert_eq!(n, 0, "fold_case() into a grown buffer allocated");
}
