//! What the page shows, computed natively (and so tested natively): event lines
//! for the log, clock labels. The Yew components in `ui/` only lay these out.

use crate::sim::event::WorldEvent;
use crate::sim::time::format_unix_ms;
use crate::sim::{Event, JournalEntry};
use crate::world::World;

/// One line of the event log: `+5.000s  ClockAdvanced by 5.000s`.
pub fn event_line(world: &World, e: &JournalEntry) -> String {
    format!("{:>12}  {}", e.at.to_string(), event_text(world, &e.event))
}

/// A sentence for one event, with ids resolved to names.
pub fn event_text(world: &World, event: &Event) -> String {
    match event {
        Event::World(WorldEvent::ClockAdvanced { by_ms }) => {
            format!(
                "Clock advanced by {}",
                crate::sim::SimTime(*by_ms)
                    .to_string()
                    .trim_start_matches('+')
            )
        }
        Event::World(WorldEvent::Refused { service, operation }) => {
            format!("Refused {service}:{operation} (not emulated yet)")
        }
        Event::Sqs(e) => crate::sqs::describe_event(world, e),
        Event::Sns(e) => crate::sns::engine::describe_event(world, e),
        Event::Kinesis(e) => crate::kinesis::describe_event(world, e),
    }
}

/// The virtual clock as the top bar shows it: date-time and elapsed.
pub fn clock_label(world: &World) -> (String, String) {
    (format_unix_ms(world.sim.unix_ms()), world.now().to_string())
}
