//! Engine benchmarks (criterion). Filled in with each engine.
use criterion::{criterion_group, criterion_main, Criterion};

fn world_advance(c: &mut Criterion) {
    c.bench_function("world/sleep_1s_x1000", |b| {
        b.iter(|| {
            let mut w = switchyard::World::new(1);
            for _ in 0..1000 {
                w.sleep_ms(1000);
            }
            w.sim.journal.digest()
        })
    });
}

criterion_group!(benches, world_advance);
criterion_main!(benches);
