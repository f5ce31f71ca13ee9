//! The benchmark's client world (10 queues, 10 producers at 100 msg/s, 50
//! consumers at 20 ms a message) is what it says: the producers send 1,000
//! messages a simulated second and the consumers keep up.
#![cfg(not(target_arch = "wasm32"))]

use switchyard::workload::ClientsWorkload;

#[test]
fn the_benchmark_world_sends_a_thousand_a_second_and_keeps_up() {
    let mut wl = ClientsWorkload::new();
    let done = wl.run_minutes(1);
    let sent: u64 = wl
        .world
        .clients
        .views()
        .iter()
        .map(|v| v.counters.sent)
        .sum();
    assert!((59_900..=60_010).contains(&sent), "sent {sent}");
    assert!(done * 100 >= sent * 99, "processed {done} of {sent}");
    assert_eq!(wl.world.clients.views().len(), 60);
    wl.world.check_invariants();
}
