//! Placeholder until the normalize stage lands: the real benchmark replaces this file.
use criterion::{Criterion, criterion_group, criterion_main};

fn bench(c: &mut Criterion) {
    let text = copydesk_benches::news_text(1 << 20);
    c.bench_function("normalize/placeholder_len", |b| {
        b.iter(|| std::hint::black_box(&text).len())
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
