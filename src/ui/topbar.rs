//! The top bar: pause/play, speed, step to next event, the virtual clock, the seed.

use crate::view::clock_label;
use crate::web::with_host;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub redraw: Callback<()>,
}

/// Speeds a person can pick, as the page labels them.
pub const SPEEDS: [(f64, &str); 7] = [
    (0.1, "0.1x"),
    (1.0, "1x"),
    (2.0, "2x"),
    (10.0, "10x"),
    (60.0, "60x"),
    (100.0, "100x"),
    (1000.0, "1000x"),
];

#[function_component(TopBar)]
pub fn top_bar(p: &Props) -> Html {
    let (now_ms, paused, speed, (date, elapsed), seed, next) = with_host(|h| {
        (
            h.world.now().as_ms(),
            h.paused,
            h.speed,
            clock_label(&h.world),
            h.world.sim.seed,
            h.world.next_event_time(),
        )
    });
    let toggle = {
        let redraw = p.redraw.clone();
        Callback::from(move |_| {
            with_host(|h| {
                h.tick();
                h.paused = !h.paused;
            });
            redraw.emit(());
        })
    };
    let step = {
        let redraw = p.redraw.clone();
        Callback::from(move |_| {
            with_host(|h| h.step());
            redraw.emit(());
        })
    };
    let on_speed = {
        let redraw = p.redraw.clone();
        Callback::from(move |e: Event| {
            let sel: HtmlSelectElement = e.target_unchecked_into();
            if let Ok(v) = sel.value().parse::<f64>() {
                with_host(|h| {
                    h.tick();
                    h.speed = v;
                });
            }
            redraw.emit(());
        })
    };
    html! {
        <header class="topbar" role="banner">
            <h1 class="brand">{"Switchyard"}</h1>
            <div class="clock-controls" role="group" aria-label="Clock controls">
                <button type="button" onclick={toggle} aria-label={if paused {"Play"} else {"Pause"}}
                    title={if paused {"Play: let virtual time run"} else {"Pause: stop virtual time"}}>
                    { if paused { "▶ Play" } else { "❚❚ Pause" } }
                </button>
                <label>
                    {"Speed "}
                    <select aria-label="Speed" onchange={on_speed}>
                        { for SPEEDS.iter().map(|(v, label)| html! {
                            <option value={v.to_string()} selected={(*v - speed).abs() < 1e-9}>{*label}</option>
                        }) }
                    </select>
                </label>
                <button type="button" onclick={step} aria-label="Step to next event" disabled={next.is_none()}
                    title="Jump the clock to the next scheduled event">
                    {"Step ▸|"}
                </button>
            </div>
            <div class="clock" role="timer" aria-label="Virtual clock" aria-live="off" data-now-ms={now_ms.to_string()}>
                <span class="clock-date" data-testid="clock-date">{date}</span>
                <span class="clock-elapsed" data-testid="clock-elapsed">{elapsed}</span>
                <span class="clock-state">{ if paused { " (paused)" } else { "" } }</span>
            </div>
            <div class="seed" aria-label="Seed">{format!("seed {seed}")}</div>
        </header>
    }
}
